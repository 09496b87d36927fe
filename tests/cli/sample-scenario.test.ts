import { readFileSync } from 'fs';
import { join } from 'path';
import { readBundle } from '../../src/cli/bundle';
import { replay, Replay, StepReport } from '../../src/cli/scenario/runner';
import { loadScenario, Scenario } from '../../src/cli/scenario/scenario';
import { BANK_SYSTEM_HEADERS } from '../../src/core/banks/columns';
import { CONSENT_COLUMNS } from '../../src/core/consent/registry';
import { CONSENT_FORM, MENTEE_QUESTIONNAIRE, MENTOR_QUESTIONNAIRE } from '../../src/core/questionnaires/spec';
import type { CellValue } from '../../src/ports/workbook';
import type { OfflineWorkspace } from '../../src/offline/workspace';
import { buildSampleScenario, COLLEGE, Teacher, TEACHERS } from '../../scenarios/build-sample';

/**
 * The sample college replayed over the built bundle, checked the way a curator would check the
 * spreadsheet at the end of September: who is in which bank, whose consent is valid, what the messy
 * answers became, that «Импортировать ответы» changes nothing, and that a month after a withdrawal the
 * person's data are gone.
 */

const root = join(__dirname, '..', '..');
const SAMPLE = join(root, 'scenarios', 'sample.json');

const MENTOR_BANK = 'Банк наставников';
const MENTEE_BANK = 'Банк наставляемых';
const REGISTRY = 'Согласия';
const HISTORY = 'История анкет';
const JOURNAL = 'Журнал';

/** A sheet as the curator sees it: values, and the formula of any cell that holds one. */
interface SheetView {
  name: string;
  values: CellValue[][];
  formulas: Map<string, string>;
}
type WorkbookView = Map<string, SheetView>;

function viewOf(workspace: OfflineWorkspace): WorkbookView {
  const container = workspace.kernel.container!;
  const model = workspace.sheets.get(container.id)!;
  const view: WorkbookView = new Map();
  for (const sheet of model.sheets) {
    const values = sheet.getValuesRaw().map((row) => row.map((v) => (v instanceof Date ? new Date(v) : v)));
    const formulas = new Map<string, string>();
    values.forEach((row, r) =>
      row.forEach((_, c) => {
        const formula = sheet.cell(r + 1, c + 1)?.formula;
        if (formula) formulas.set(`${r + 1},${c + 1}`, formula);
      }),
    );
    view.set(sheet.name, { name: sheet.name, values, formulas });
  }
  return view;
}

const norm = (v: CellValue): string =>
  String(v ?? '')
    .trim()
    .toLowerCase();

/** Rows of a sheet as objects keyed by header, with their 1-based row number. */
function rowsOf(
  view: WorkbookView,
  name: string,
): Array<{ row: number; get: (header: string) => CellValue }> {
  const sheet = view.get(name);
  if (!sheet) throw new Error(`There is no sheet «${name}» (sheets: ${[...view.keys()].join(', ')}).`);
  const headers = (sheet.values[0] ?? []).map((h) => norm(h));
  return sheet.values.slice(1).flatMap((values, i) => {
    if (values.every((v) => v === '' || v === null)) return [];
    return [
      {
        row: i + 2,
        get: (header: string): CellValue => {
          const at = headers.indexOf(norm(header));
          if (at < 0)
            throw new Error(
              `Sheet «${name}» has no column «${header}» (headers: ${sheet.values[0]!.join(' | ')}).`,
            );
          return values[at]!;
        },
      },
    ];
  });
}

/** The header of the first column whose header matches, for columns whose exact wording is not fixed. */
function headerLike(view: WorkbookView, name: string, pattern: RegExp): string {
  const header = (view.get(name)?.values[0] ?? []).map(String).find((h) => pattern.test(h));
  if (!header) throw new Error(`Sheet «${name}» has no column like ${pattern}.`);
  return header;
}

const bankEmails = (view: WorkbookView, bank: string): string[] =>
  rowsOf(view, bank).map((r) => norm(r.get(BANK_SYSTEM_HEADERS.email)));

const bankRow = (view: WorkbookView, bank: string, t: Teacher) => {
  const rows = rowsOf(view, bank).filter((r) => norm(r.get(BANK_SYSTEM_HEADERS.email)) === t.email);
  if (rows.length !== 1) throw new Error(`${bank}: ${rows.length} rows for ${t.email}, expected one.`);
  return rows[0]!;
};

const questionTitle = (spec: typeof CONSENT_FORM, key: string): string =>
  spec.questions.find((q) => q.key === key)!.title;
const person = (id: string): Teacher => TEACHERS.find((t) => t.id === id)!;
const mentors = TEACHERS.filter((t) => t.mentor);
const mentees = TEACHERS.filter((t) => t.mentee);
const withdrawn = TEACHERS.filter((t) => t.consent === 'отозвано');
const neverConsented = TEACHERS.filter((t) => t.consent === 'нет');

let scenario: Scenario;
let run: Replay | undefined;
let replayError: Error | undefined;
/** The spreadsheet just before «Импортировать ответы», just after it, and at the end. */
let beforeImport: WorkbookView;
let afterImport: WorkbookView;
let atEnd: WorkbookView;
let importStep: StepReport | undefined;
let lastLinksStep: StepReport | undefined;

/** Fails the calling test with the replay's own error when the replay could not run to the end. */
function replayed(): Replay {
  if (replayError) throw replayError;
  return run!;
}

beforeAll(() => {
  scenario = loadScenario(SAMPLE);
  const importIndex = scenario.steps.findIndex(
    (s) => s.action === 'menu' && s.label === 'Импортировать ответы',
  );
  const linksIndex = scenario.steps
    .map((s) => s.action === 'menu' && s.label === 'Ссылки на анкеты')
    .lastIndexOf(true);
  try {
    run = replay(scenario, readBundle(join(root, 'dist')), (report) => {
      // The runner calls back after each step; the workspace is reachable from the first report on.
      if (report.index === importIndex) beforeImport = viewOf(workspaceOf(report));
      if (report.index === importIndex + 1) {
        afterImport = viewOf(workspaceOf(report));
        importStep = report;
      }
      if (report.index === linksIndex + 1) lastLinksStep = report;
    });
    atEnd = viewOf(run.workspace);
  } catch (error) {
    replayError = error as Error;
  }
}, 180_000);

/**
 * The runner's callback receives reports, not the workspace; the workspace it builds is caught where
 * the runner loads the bundle into it, so the spreadsheet can be read between steps.
 */
let mockWorkspace: OfflineWorkspace | undefined;
function workspaceOf(_report: StepReport): OfflineWorkspace {
  return mockWorkspace!;
}
jest.mock('../../src/cli/bundle', () => {
  const actual = jest.requireActual('../../src/cli/bundle');
  return {
    ...actual,
    loadBundle: (workspace: OfflineWorkspace, bundle: unknown) => {
      mockWorkspace = workspace;
      return actual.loadBundle(workspace, bundle);
    },
  };
});

describe('the sample college (scenarios/sample.json)', () => {
  it('sample.json is exactly what scenarios/build-sample.ts builds, and follows the schema', () => {
    expect(JSON.parse(readFileSync(SAMPLE, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(buildSampleScenario())),
    );
    expect(scenario.steps.filter((s) => s.action === 'submitForm').length).toBeGreaterThanOrEqual(80);
    for (const form of [MENTEE_QUESTIONNAIRE.title, MENTOR_QUESTIONNAIRE.title, CONSENT_FORM.title])
      expect(scenario.steps.some((s) => s.action === 'submitForm' && s.form === form)).toBe(true);
  });

  it('replays to the end with no execution failing', () => {
    const { failures, workspace } = replayed();
    expect(failures).toEqual([]);
    expect(
      workspace.kernel.executions.filter((e) => e.error).map((e) => `${e.functionName}: ${e.error}`),
    ).toEqual([]);
  });

  it('«Настройки» hold the college, its director and curator as the methodist typed them', () => {
    replayed();
    const settings = rowsOf(atEnd, 'Настройки');
    const value = (key: string): CellValue =>
      settings.find((r) => r.get('Ключ') === key)?.get('Значение') ?? '';
    for (const [key, typed] of Object.entries(COLLEGE.settings))
      expect([key, value(key)]).toEqual([key, typed]);
  });
});

describe('the banks after September', () => {
  it('the mentor bank holds exactly the 16 potential mentors, one row each, keyed by normalised e-mail', () => {
    replayed();
    const emails = bankEmails(afterImport, MENTOR_BANK);
    expect(emails).toHaveLength(16);
    expect([...emails].sort()).toEqual(mentors.map((t) => t.email).sort());
  });

  it('the mentee bank holds exactly the 26 mentees, one row each, keyed by normalised e-mail', () => {
    replayed();
    const emails = bankEmails(afterImport, MENTEE_BANK);
    expect(emails).toHaveLength(26);
    expect([...emails].sort()).toEqual(mentees.map((t) => t.email).sort());
  });

  it('e-mails typed in capitals or mixed case are stored trimmed and in lower case', () => {
    replayed();
    const raw = (bank: string, t: Teacher): CellValue =>
      bankRow(afterImport, bank, t).get(BANK_SYSTEM_HEADERS.email);
    expect(raw(MENTOR_BANK, person('zhuravleva'))).toBe('zhuravleva.ma@college.example');
    expect(raw(MENTEE_BANK, person('kuznetsova'))).toBe('kuznetsova.ar@college.example');
  });

  it('ФИО is normalised: spaces and case fixed, a Latin look-alike letter replaced by the Cyrillic one', () => {
    replayed();
    const name = (bank: string, id: string): CellValue =>
      bankRow(afterImport, bank, person(id)).get(BANK_SYSTEM_HEADERS.fullName);
    expect(name(MENTEE_BANK, 'petrova')).toBe('Петрова Анна Сергеевна');
    expect(name(MENTOR_BANK, 'panov')).toBe('Панов Виктор Степанович');
    expect(name(MENTEE_BANK, 'sokolova')).toBe('Соколова Дарья Игоревна');
    expect(String(name(MENTEE_BANK, 'sokolova'))).not.toMatch(/[A-Za-z]/);
  });

  it('the journal says which Latin letter was replaced in whose surname', () => {
    replayed();
    const lines = rowsOf(afterImport, JOURNAL).map((r) => `${r.get('Сообщение')} ${r.get('Подробности')}`);
    expect(lines.filter((l) => /латинск/i.test(l) && l.includes('Соколова'))).not.toHaveLength(0);
  });

  it('a phone, an answer starting with «=» or «-», and a very long answer are stored exactly as typed, never as formulas', () => {
    replayed();
    const phone = headerLike(afterImport, MENTEE_BANK, /телефон/i);
    const request = headerLike(afterImport, MENTEE_BANK, /запрос/i);
    const semenova = bankRow(afterImport, MENTEE_BANK, person('semenova'));
    expect(semenova.get(phone)).toBe('+7 921 555-12-34');
    for (const id of ['pavlov', 'egorova', 'krylova']) {
      const row = bankRow(afterImport, MENTEE_BANK, person(id));
      expect(row.get(request)).toBe(person(id).mentee!.request);
      const column = afterImport.get(MENTEE_BANK)!.values[0]!.map(String).indexOf(request) + 1;
      expect(afterImport.get(MENTEE_BANK)!.formulas.get(`${row.row},${column}`)).toBeUndefined();
    }
    expect(String(bankRow(afterImport, MENTEE_BANK, person('krylova')).get(request)).length).toBeGreaterThan(
      4000,
    );
    // No sheet the add-on writes holds a formula: answers never become formulas anywhere.
    for (const sheet of [MENTOR_BANK, MENTEE_BANK, REGISTRY, HISTORY, JOURNAL])
      expect([sheet, [...(afterImport.get(sheet)?.formulas.values() ?? [])]]).toEqual([sheet, []]);
  });

  it('a re-submission updates the person’s row (no duplicate) and the history keeps both answers', () => {
    replayed();
    const komarova = person('komarova');
    const request = headerLike(afterImport, MENTEE_BANK, /запрос/i);
    expect(bankRow(afterImport, MENTEE_BANK, komarova).get(request)).toBe(komarova.menteeUpdate!.request);
    // Long answers continue on extra rows marked «продолжение»; those are not responses.
    const history = rowsOf(afterImport, HISTORY).filter(
      (r) =>
        norm(r.get(headerLike(afterImport, HISTORY, /почт/i))) === komarova.email &&
        !/продолжение/.test(String(r.get(headerLike(afterImport, HISTORY, /результат/i)))),
    );
    // One mentee questionnaire twice, one consent.
    expect(history.length).toBe(3);
  });
});

describe('consents', () => {
  /** The latest decision of each e-mail in the registry (decision date, then row order). */
  function latestDecisions(view: WorkbookView): Map<string, string> {
    const latest = new Map<string, { at: number; row: number; status: string }>();
    for (const r of rowsOf(view, REGISTRY)) {
      const email = norm(r.get(CONSENT_COLUMNS.email));
      const decided = r.get(CONSENT_COLUMNS.decidedAt);
      const at = decided instanceof Date ? decided.getTime() : 0;
      const before = latest.get(email);
      if (!before || at > before.at || (at === before.at && r.row > before.row))
        latest.set(email, { at, row: r.row, status: String(r.get(CONSENT_COLUMNS.status)) });
    }
    return new Map([...latest].map(([email, d]) => [email, d.status]));
  }

  it('the registry holds the latest decision of the 37 who answered the consent form: 36 «дано», 1 «отозвано»', () => {
    replayed();
    const decisions = latestDecisions(afterImport);
    const expected = new Map(
      TEACHERS.filter((t) => t.consent !== 'нет').map((t) => [
        t.email,
        t.consent === 'отозвано' ? 'отозвано' : 'дано',
      ]),
    );
    expect(new Map([...decisions].sort())).toEqual(new Map([...expected].sort()));
    for (const t of neverConsented) expect(decisions.has(t.email)).toBe(false);
  });

  it('every registry row proves the decision: purpose, date, version of the text and source «форма»', () => {
    replayed();
    for (const r of rowsOf(afterImport, REGISTRY)) {
      expect(r.get(CONSENT_COLUMNS.purpose)).toBe('обработка ПДн в системе наставничества');
      expect(r.get(CONSENT_COLUMNS.decidedAt)).toBeInstanceOf(Date);
      expect(String(r.get(CONSENT_COLUMNS.version))).not.toBe('');
      expect(r.get(CONSENT_COLUMNS.source)).toBe('форма');
    }
  });

  it('both banks show each person’s consent, and those without a valid one are not admitted, with the reason', () => {
    replayed();
    for (const [bank, people] of [
      [MENTOR_BANK, mentors],
      [MENTEE_BANK, mentees],
    ] as const) {
      for (const t of people) {
        const row = bankRow(afterImport, bank, t);
        const consent = row.get(BANK_SYSTEM_HEADERS.consent);
        const participation = String(row.get(BANK_SYSTEM_HEADERS.participation));
        expect([bank, t.email, consent]).toEqual([bank, t.email, t.consent]);
        if (t.consent === 'дано') expect([t.email, participation]).toEqual([t.email, 'допущен']);
        else expect([t.email, participation]).toEqual([t.email, expect.stringMatching(/^исключён — \S/)]);
      }
    }
  });

  it('the e-mail typed differently in the questionnaire and in the consent form is one person', () => {
    replayed();
    const kuznetsova = bankRow(afterImport, MENTEE_BANK, person('kuznetsova'));
    expect(kuznetsova.get(BANK_SYSTEM_HEADERS.consent)).toBe('дано');
  });
});

describe('«Импортировать ответы» and «Ссылки на анкеты» at the end of September', () => {
  it('«Импортировать ответы» changes nothing in the banks, the registry or the history, and says what it did', () => {
    replayed();
    for (const sheet of [MENTOR_BANK, MENTEE_BANK, REGISTRY, HISTORY])
      expect([sheet, afterImport.get(sheet)?.values]).toEqual([sheet, beforeImport.get(sheet)?.values]);
    const alerts = importStep!.shown.filter((e) => e.kind === 'alert');
    expect(alerts.map((a) => a.content).join('\n')).toMatch(/Импорт завершён: обработано \d+ ответ/);
    expect(alerts.map((a) => a.content).join('\n')).toMatch(/новых 0, обновлено 0/);
  });

  it('«Ссылки на анкеты» shows the three forms with links ready to send', () => {
    replayed();
    const shown = lastLinksStep!.shown.map((e) => e.content).join('\n');
    for (const title of [MENTEE_QUESTIONNAIRE.title, MENTOR_QUESTIONNAIRE.title, CONSENT_FORM.title])
      expect(shown).toContain(title);
    const links =
      shown.match(/https:\/\/(docs\.google\.com\/forms\/d\/e\/[^"'<\s]+\/viewform|forms\.gle\/[^"'<\s]+)/g) ??
      [];
    expect(new Set(links).size).toBeGreaterThanOrEqual(3);
  });
});

describe('a month after the withdrawal', () => {
  const medvedev = withdrawn[0]!;

  it('the withdrawn person was excluded at once: «отозвано» and «исключён» in the bank before anonymisation', () => {
    replayed();
    const row = bankRow(afterImport, MENTEE_BANK, medvedev);
    expect(row.get(BANK_SYSTEM_HEADERS.consent)).toBe('отозвано');
    expect(String(row.get(BANK_SYSTEM_HEADERS.participation))).toMatch(/^исключён — \S/);
  });

  it('no sheet holds the withdrawn person’s e-mail, name, phone, address or passport any more', () => {
    replayed();
    // The phone by its digits, however it is spaced: «+7 911 555-40-40» or «89115554040».
    const phoneDigits = medvedev.phone!.replace(/\D/g, '').slice(1);
    // Everyone else's consent keeps its address and passport; only his must be gone, so look for his.
    const consentStep = scenario.steps.find(
      (s) => s.action === 'submitForm' && s.form === CONSENT_FORM.title && s.respondent === medvedev.email,
    ) as Extract<Scenario['steps'][number], { action: 'submitForm' }>;
    const address = String(consentStep.answers[questionTitle(CONSENT_FORM, 'address')]);
    const passport = String(consentStep.answers[questionTitle(CONSENT_FORM, 'identityDocument')]);
    const found: string[] = [];
    for (const sheet of atEnd.values())
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const text = String(v);
          const digits = text.replace(/\D/g, '');
          if (
            text.toLowerCase().includes(medvedev.email) ||
            text.includes('Медведев') ||
            text.includes(address) ||
            text.includes(passport) ||
            (digits.length >= 10 && digits.endsWith(phoneDigits))
          )
            found.push(`«${sheet.name}» R${r + 1}C${c + 1}: ${text.slice(0, 80)}`);
        }),
      );
    expect(found).toEqual([]);
  });

  it('everyone else is still there, and the registry keeps the proof of his consent and withdrawal', () => {
    replayed();
    expect(
      bankEmails(atEnd, MENTOR_BANK)
        .filter((e) => e.includes('@'))
        .sort(),
    ).toEqual(mentors.map((t) => t.email).sort());
    expect(
      bankEmails(atEnd, MENTEE_BANK)
        .filter((e) => e.includes('@'))
        .sort(),
    ).toEqual(
      mentees
        .filter((t) => t !== medvedev)
        .map((t) => t.email)
        .sort(),
    );
    const proof = rowsOf(atEnd, REGISTRY).filter((r) => r.get(CONSENT_COLUMNS.anonymisedAt) instanceof Date);
    expect(proof.length).toBeGreaterThanOrEqual(1);
    expect(proof.map((r) => r.get(CONSENT_COLUMNS.status))).toContain('отозвано');
    for (const r of proof) {
      expect(String(r.get(CONSENT_COLUMNS.email))).toMatch(/^sha256:/);
      expect(r.get(CONSENT_COLUMNS.decidedAt)).toBeInstanceOf(Date);
      expect(String(r.get(CONSENT_COLUMNS.version))).not.toBe('');
    }
    expect(proof.some((r) => r.get(CONSENT_COLUMNS.withdrawnAt) instanceof Date)).toBe(true);
  });

  it('the journal records the anonymisation', () => {
    replayed();
    const lines = rowsOf(atEnd, JOURNAL).map((r) => `${r.get('Сообщение')} ${r.get('Подробности')}`);
    expect(lines.filter((l) => /обезлич/i.test(l))).not.toHaveLength(0);
  });
});
