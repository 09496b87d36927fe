import { readFileSync } from 'fs';
import { join } from 'path';
import { readBundle } from '../../src/cli/bundle';
import { replay, Replay, StepReport } from '../../src/cli/scenario/runner';
import { loadScenario, Scenario } from '../../src/cli/scenario/scenario';
import { BANK_SYSTEM_HEADERS } from '../../src/core/banks/columns';
import { CONSENT_COLUMNS } from '../../src/core/consent/registry';
import {
  CONSENT_DECISIONS,
  CONSENT_FORM,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
} from '../../src/core/questionnaires/spec';
import {
  PUBLICATION_CONSENT_FORM,
  PUBLICATION_CONSENT_TITLES,
} from '../../src/core/questionnaires/publication-consent-spec';
import type { CellValue } from '../../src/ports/workbook';
import type { DocumentSnapshot, TableCellSnapshot } from '../../src/offline/document/snapshot';
import type { OfflineWorkspace } from '../../src/offline/workspace';
import { MENTORING_FORMS } from '../../src/core/schema/competences';
import type { MentorRanking, SidebarData } from '../../src/core/pairs/contract';
import {
  acceptedPairMentees,
  admittedPractices,
  approvedPairs,
  ATTENDANCE,
  attendanceRows,
  buildSampleScenario,
  COLLEGE,
  COMPLETION,
  eventNumber,
  EVENTS,
  EVENTS_PLAN,
  hasTwoRoles,
  MARKED_TWICE,
  MATCHING,
  MATERIALS,
  MONITORING,
  MonitoringAnswer,
  monitoringAnswers,
  monitoringSlot,
  PAIRS_AFTER_SEPTEMBER,
  pairOf,
  pairRow,
  PRACTICES,
  programmeMarks,
  PROGRAMME_MARKS,
  programmeParticipants,
  PUBLICATION_CONSENTS,
  PUBLICITY,
  roadmapRow,
  roleOfAnswer,
  ROUND_TABLE_RESULT,
  SEASON_SETTINGS,
  SeasonEvent,
  Teacher,
  TEACHERS,
  TERMINATION,
} from '../../scenarios/build-sample';

/**
 * The sample college replayed over the built bundle, checked the way a curator would check the
 * spreadsheet at the end of September: who is in which bank, whose consent is valid, what the messy
 * answers became, that «Импортировать ответы» changes nothing, which pairs and groups she approved and who
 * still waits for a mentor and why, and that a month after a withdrawal the person's data are gone.
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

/** A setting's value in «Настройки», by its key. */
const settingValue = (view: WorkbookView, key: string): CellValue =>
  rowsOf(view, 'Настройки')
    .find((r) => r.get('Ключ') === key)
    ?.get('Значение') ?? '';

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
/** The spreadsheet when September's story ends (a month after the documents), before the season. */
let afterSeptember: WorkbookView;
let importStep: StepReport | undefined;
let lastLinksStep: StepReport | undefined;
/** Matching (stages 4–5): the spreadsheet after the first run, the pin, the second run, the forbid, the third run. */
let afterFirstRun: WorkbookView;
let afterPin: WorkbookView;
let afterSecondRun: WorkbookView;
let afterForbid: WorkbookView;
let afterThirdRun: WorkbookView;
/**
 * Documents (stages 1 and 5.2): the spreadsheet after the first «Сформировать документы по парам», and
 * a few minutes after the second (which a time-driven trigger may have finished).
 */
let afterFirstPairDocuments: WorkbookView;
let afterSecondPairDocuments: WorkbookView;
/**
 * The season: the spreadsheet after the refused early termination, after the set-up session's drafts and
 * after the withdrawal of a consent to publication, with the drafts' texts at those two moments.
 */
let afterRefusedClose: WorkbookView;
let afterSetupDraft: WorkbookView;
let afterWithdrawal: WorkbookView;
let setupDraftTexts: Map<number, string>;
let withdrawalTexts: Map<number, string>;

/** The text of the Google Doc each row of «Публикации» links to, by the row's number. */
function publicationTexts(workspace: OfflineWorkspace, view: WorkbookView): Map<number, string> {
  const texts = new Map<number, string>();
  for (const r of rowsOf(view, 'Публикации')) {
    const id = /\/d\/([^/]+)/.exec(String(r.get('Ссылка')))?.[1];
    if (id) texts.set(r.row, workspace.documents.plainText(id));
  }
  return texts;
}

/** 1-based numbers of the steps that click a menu item or call a server function by this name. */
function stepNumbers(name: string): number[] {
  return scenario.steps.flatMap((s, i) =>
    (s.action === 'menu' && s.label === name) || (s.action === 'callServer' && s.function === name)
      ? [i + 1]
      : [],
  );
}

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
  // 1-based step numbers, as the reports give them.
  const [firstRunStep, secondRunStep] = stepNumbers('Подобрать пары');
  const pinStep = stepNumbers('pinProposal')[0];
  const forbidStep = stepNumbers('forbidPair')[0];
  const thirdRunStep = stepNumbers('runMatching')[0];
  const [firstPairDocumentsStep, secondPairDocumentsStep] = stepNumbers('Сформировать документы по парам');
  // September ends with a month's wait; the season's steps follow it.
  const septemberStep = scenario.steps.findIndex((s) => s.action === 'advanceClock' && s.days === 31) + 1;
  const [setupDraftStep] = stepNumbers('Подготовить публикацию…');
  const withdrawalStep =
    scenario.steps.findIndex(
      (s) =>
        s.action === 'submitForm' &&
        s.form === PUBLICATION_CONSENT_FORM.title &&
        s.answers[PUBLICATION_CONSENT_TITLES.decision] === CONSENT_DECISIONS.withdraw,
    ) + 1;
  const [refusedCloseStep] = stepNumbers('Завершить пару или группу…');
  try {
    run = replay(scenario, readBundle(join(root, 'dist')), (report) => {
      // The runner calls back after each step; the workspace is reachable from the first report on.
      if (report.index === importIndex) beforeImport = viewOf(workspaceOf(report));
      if (report.index === importIndex + 1) {
        afterImport = viewOf(workspaceOf(report));
        importStep = report;
      }
      if (report.index === linksIndex + 1) lastLinksStep = report;
      if (report.index === firstRunStep) afterFirstRun = viewOf(workspaceOf(report));
      if (report.index === pinStep) afterPin = viewOf(workspaceOf(report));
      if (report.index === secondRunStep) afterSecondRun = viewOf(workspaceOf(report));
      if (report.index === forbidStep) afterForbid = viewOf(workspaceOf(report));
      if (report.index === thirdRunStep) afterThirdRun = viewOf(workspaceOf(report));
      if (report.index === firstPairDocumentsStep) afterFirstPairDocuments = viewOf(workspaceOf(report));
      // The step after it is the wait for the continuation.
      if (report.index === secondPairDocumentsStep! + 1)
        afterSecondPairDocuments = viewOf(workspaceOf(report));
      if (report.index === septemberStep) afterSeptember = viewOf(workspaceOf(report));
      if (report.index === refusedCloseStep) afterRefusedClose = viewOf(workspaceOf(report));
      if (report.index === setupDraftStep) {
        afterSetupDraft = viewOf(workspaceOf(report));
        setupDraftTexts = publicationTexts(workspaceOf(report), afterSetupDraft);
      }
      if (report.index === withdrawalStep) {
        afterWithdrawal = viewOf(workspaceOf(report));
        withdrawalTexts = publicationTexts(workspaceOf(report), afterWithdrawal);
      }
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
    for (const [key, typed] of Object.entries(COLLEGE.settings))
      expect([key, settingValue(atEnd, key)]).toEqual([key, typed]);
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

describe('pairs and groups at the end of September (stages 4–5)', () => {
  const PAIRS = 'Пары и группы';
  const WAITING = 'Поиск наставника продолжается';
  const FORBIDDEN = 'Запреты пар';
  const MENTOR = 'Наставник: эл. почта';
  const MENTEES = 'Наставляемые: эл. почта';
  const email = (id: string): string => person(id).email;
  /** «Журавлёва М.А.»: how the sheet and the sidebar name a mentor in an alternative or a reason. */
  const short = (id: string): string => {
    const [surname, name, patronymic] = person(id).name.split(' ') as [string, string, string];
    return `${surname} ${name[0]}.${patronymic[0]}.`;
  };
  const lines = (v: CellValue): string[] => String(v).split('\n').filter(Boolean);
  /** The row of «Пары и группы» that holds this mentee (pairs and groups alike). */
  const rowOfMentee = (view: WorkbookView, id: string) => {
    const rows = rowsOf(view, PAIRS).filter((r) => lines(r.get(MENTEES)).includes(email(id)));
    if (rows.length !== 1) throw new Error(`${PAIRS}: ${rows.length} rows hold ${email(id)}, expected one.`);
    return rows[0]!;
  };
  const groupOf = (view: WorkbookView, mentor: string) =>
    rowsOf(view, PAIRS).filter((r) => r.get(MENTOR) === email(mentor));
  const day = (d: number, m: number, y: number): Date => new Date(y, m - 1, d);
  const admitted = mentees.filter((t) => t.consent === 'дано');
  const groupMembers = Object.values(MATCHING.groups).flat();
  const floor = Number(MATCHING.settings['matching.minScore']);
  const { forbid, reject } = MATCHING;
  const stepsCalling = (name: string): StepReport[] =>
    replayed().steps.filter((r) => r.description === `sidebar calls ${name}()`);
  /** The figures of «Подбор выполнен: предложено пар P, групп G (наставляемых M); без пары W; сохранено … K.» */
  const summary = (text: string) => {
    const m =
      /Подбор выполнен: предложено пар (\d+), групп (\d+) \(наставляемых (\d+)\); без пары (\d+); сохранено утверждённых и закреплённых (\d+)\./.exec(
        text,
      );
    if (!m) throw new Error(`Not a matching summary: ${text}`);
    const [pairs, groups, placed, unplaced, kept] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    return { pairs, groups, placed, unplaced, kept };
  };

  it('every sidebar call succeeded, and each matching run said what it proposed', () => {
    const { steps } = replayed();
    const calls = steps.filter((r) => r.description.startsWith('sidebar calls '));
    expect(calls.length).toBeGreaterThanOrEqual(20);
    expect(calls.filter((r) => r.outcome.detail).map((r) => `${r.description}: ${r.outcome.detail}`)).toEqual(
      [],
    );
    const runs = steps.filter((r) => r.description === 'menu «Подобрать пары»');
    expect(runs).toHaveLength(2);
    const [first, second] = runs.map((r) =>
      summary(r.shown.map((e) => e.content).find((c) => c.startsWith('Подбор выполнен')) ?? ''),
    );
    // The first run proposes a mentor to every admitted mentee; «без пары» are those without consent.
    expect(first).toEqual({
      pairs: expect.any(Number),
      groups: Object.keys(MATCHING.groups).length,
      placed: admitted.length,
      unplaced: mentees.length - admitted.length,
      kept: 0,
    });
    // The second keeps the pinned group and proposes the rest anew.
    const pinned = MATCHING.groups[MATCHING.pin]!.length;
    expect(second).toEqual({
      pairs: admitted.length - groupMembers.length,
      groups: Object.keys(MATCHING.groups).length - 1,
      placed: admitted.length - pinned,
      unplaced: mentees.length - admitted.length,
      kept: 1,
    });
    // The third keeps every approval: the groups and all pairs but the two the curator had not approved.
    const third = summary((stepsCalling('runMatching')[0]!.outcome.result as SidebarData).notice ?? '');
    expect(third).toEqual({
      pairs: 2,
      groups: 0,
      placed: 2,
      unplaced: mentees.length - admitted.length,
      kept: acceptedPairMentees().length + Object.keys(MATCHING.groups).length,
    });
  });

  it('stage 4: the ranking for one mentee lists every other mentor with a score, an explanation and why one is not available', () => {
    replayed();
    const ranking = stepsCalling('rankMentors')[0]!.outcome.result as MentorRanking;
    expect(ranking.mentee.email).toBe(email(MATCHING.rankFor));
    // She answered both questionnaires: every mentor but herself.
    expect(ranking.mentors.map((m) => m.email).sort()).toEqual(
      mentors
        .filter((t) => t.id !== MATCHING.rankFor)
        .map((t) => t.email)
        .sort(),
    );
    for (const m of ranking.mentors) {
      expect(m.text).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\. — \d+(,\d)? балл/);
      if (!m.available) expect(m.reasons.length).toBeGreaterThan(0);
    }
    // The first run gave her the best available mentor; the one the curator then gives a third place
    // scores higher but was full, which is why she did.
    const best = ranking.mentors.find((m) => m.available)!;
    expect(rowOfMentee(afterFirstRun, MATCHING.rankFor).get(MENTOR)).toBe(best.email);
    const golubeva = ranking.mentors.find((m) => m.email === email(MATCHING.capacityOverride.mentor))!;
    expect([golubeva.available, golubeva.reasons]).toEqual([false, ['занят: все места распределены']]);
    expect(golubeva.score).toBeGreaterThan(best.score);
    // Without consent, or not willing yet: never available, and the ranking says why.
    expect(ranking.mentors.find((m) => m.email === email('panov'))!.reasons).toContain(
      'нет согласия на обработку персональных данных',
    );
  });

  it('«Закрепить»: the second run keeps the pinned group exactly as it was', () => {
    replayed();
    const [pinned] = groupOf(afterPin, MATCHING.pin);
    expect(pinned!.get('Закреплена куратором')).toBe('да');
    const [kept] = groupOf(afterSecondRun, MATCHING.pin);
    const columns = ['№ пары/группы', MENTEES, 'Обоснование', 'Статус', 'Закреплена куратором'];
    expect(columns.map((c) => kept!.get(c))).toEqual(columns.map((c) => pinned!.get(c)));
  });

  it('the curator’s settings and capacity override took effect in the second run', () => {
    replayed();
    for (const [key, value] of Object.entries(MATCHING.settings))
      expect([key, String(settingValue(afterSeptember, key))]).toEqual([key, value]);
    const fresh = rowsOf(afterSecondRun, PAIRS).filter((r) => r.get('Закреплена куратором') !== 'да');
    expect(fresh.length).toBeGreaterThan(0);
    for (const r of fresh) expect(Number(r.get('Оценка'))).toBeGreaterThanOrEqual(floor);
    // The default capacity (2) held her in the first run; the override gives her the third place she declared.
    const golubeva = (view: WorkbookView) =>
      rowsOf(view, PAIRS)
        .filter((r) => r.get(MENTOR) === email(MATCHING.capacityOverride.mentor))
        .flatMap((r) => lines(r.get(MENTEES)));
    expect(golubeva(afterFirstRun)).toHaveLength(2);
    expect(golubeva(afterFirstRun)).not.toContain(email(MATCHING.rankFor));
    expect(golubeva(afterSeptember)).toHaveLength(MATCHING.capacityOverride.value);
    expect(golubeva(afterSeptember)).toContain(email(MATCHING.rankFor));
    // A pair that meets only remotely on both sides gets the format's full weight: 10 now instead of 5.
    const vasileva = (view: WorkbookView) => rowOfMentee(view, 'vasileva');
    expect([vasileva(afterFirstRun).get(MENTOR), vasileva(afterSecondRun).get(MENTOR)]).toEqual([
      email(MATCHING.capacityOverride.mentor),
      email(MATCHING.capacityOverride.mentor),
    ]);
    expect(Number(vasileva(afterSecondRun).get('Оценка'))).toBeCloseTo(
      Number(vasileva(afterFirstRun).get('Оценка')) + Number(MATCHING.settings['matching.weight.format']) - 5,
      1,
    );
  });

  it('«Пары и группы»: every approved pair is «утверждена» with the approval date, a 9-month programme and its form', () => {
    replayed();
    const ids = acceptedPairMentees();
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of ids) {
      const r = rowOfMentee(afterSeptember, id);
      const row = [
        'Статус',
        'Дата утверждения',
        'Начало',
        'Окончание',
        'Наставляемые: ФИО',
        'Закреплена куратором',
      ].map((c) => r.get(c));
      expect([id, ...row]).toEqual([
        id,
        'утверждена',
        day(28, 9, 2026),
        day(28, 9, 2026),
        day(27, 6, 2027),
        person(id).name,
        '',
      ]);
      expect(MENTORING_FORMS).toContain(r.get('Форма наставничества'));
      expect(r.get('Форма наставничества')).not.toBe('групповая');
      const mentor = TEACHERS.find((t) => t.email === r.get(MENTOR))!;
      expect([id, mentor.consent, mentor.mentor?.willing, mentor.id === id]).toEqual([
        id,
        'дано',
        'да',
        false,
      ]);
    }
    const approved = rowsOf(afterSeptember, PAIRS).filter((r) => r.get('Статус') === 'утверждена');
    expect(approved).toHaveLength(ids.length + Object.keys(MATCHING.groups).length);
    // Nobody has more mentees than they declared, nor more than the default capacity (2) or, in a group,
    // the group size (5), unless staff raised it in «Макс. наставляемых (переопределение)».
    const load = new Map<string, number>();
    for (const r of approved)
      load.set(String(r.get(MENTOR)), (load.get(String(r.get(MENTOR))) ?? 0) + lines(r.get(MENTEES)).length);
    for (const [mentor, n] of load) {
      const t = TEACHERS.find((x) => x.email === mentor)!;
      const limit =
        t.id === MATCHING.capacityOverride.mentor
          ? MATCHING.capacityOverride.value
          : Math.min(t.mentor!.form === 'групповая' ? 5 : 2, t.mentor!.capacity);
      expect([mentor, n, n <= limit]).toEqual([mentor, n, true]);
    }
  });

  it('groups: mentors with the form «групповая», no more mentees than each declared, one per line, each with an explanation and an alternative', () => {
    replayed();
    for (const [mentor, members] of Object.entries(MATCHING.groups)) {
      const rows = groupOf(afterSeptember, mentor);
      expect([mentor, rows.length]).toEqual([mentor, 1]);
      const group = rows[0]!;
      expect([mentor, group.get('Форма наставничества'), group.get('Статус'), group.get('Начало')]).toEqual([
        mentor,
        'групповая',
        'утверждена',
        day(28, 9, 2026),
      ]);
      expect(lines(group.get(MENTEES))).toEqual(members.map(email));
      expect(lines(group.get('Наставляемые: ФИО'))).toEqual(members.map((id) => person(id).name));
      // The declared number is a ceiling in groups too: Сафонов declared 3 of the 5 a group may hold.
      expect(members.length).toBeLessThanOrEqual(Math.min(5, person(mentor).mentor!.capacity));
      const explanations = lines(group.get('Обоснование'));
      const alternatives = lines(group.get('Лучшая альтернатива'));
      members.forEach((id, i) => {
        expect(explanations[i]).toMatch(new RegExp(`^${person(id).name}: \\d+(,\\d)? балл`));
        expect(alternatives[i]).toMatch(
          new RegExp(`^${person(id).name}: [А-ЯЁ][а-яё]+ [А-ЯЁ]\\.[А-ЯЁ]\\. — `),
        );
      });
      // The group's score is its mentees' mean.
      const scores = explanations.map((l) => Number(/: (\d+(?:,\d)?) балл/.exec(l)![1]!.replace(',', '.')));
      expect(Number(group.get('Оценка'))).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
    }
    expect(person(MATCHING.pin).mentor!.capacity).toBe(MATCHING.groups[MATCHING.pin]!.length);
  });

  it('each approved pair explains its score in Russian and names the best alternative and why it lost', () => {
    replayed();
    for (const id of acceptedPairMentees()) {
      const r = rowOfMentee(afterSeptember, id);
      const score = String(r.get('Оценка')).replace('.', ',');
      const explanation = String(r.get('Обоснование'));
      expect([id, explanation]).toEqual([id, expect.stringMatching(new RegExp(`^${score} балл\\S*: \\S`))]);
      expect(explanation).toMatch(/закрывает затруднения|та же ПЦК|та же форма|тот же формат|категория|стаж/);
      const alternative = String(r.get('Лучшая альтернатива'));
      expect([id, alternative]).toEqual([
        id,
        expect.stringMatching(/^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\. — \d+(,\d)? балл\S*: \S/),
      ]);
      // Russian only: no English word in what the curator reads.
      expect(`${explanation} ${alternative}`).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('«та же ПЦК / предмет» counts the commission, the part before «:», whatever disciplines follow it', () => {
    replayed();
    // «ПЦК информационных технологий: веб-программирование» and «…: информатика, основы алгоритмизации…».
    const petrova = rowOfMentee(afterSeptember, 'petrova');
    expect(petrova.get(MENTOR)).toBe(email('gromova'));
    expect(String(petrova.get('Обоснование'))).toContain(
      'та же ПЦК / предмет: ПЦК информационных технологий: информатика, основы алгоритмизации и программирования',
    );
    // Its 20 points are always among the three criteria an explanation names (only coverage can give more).
    const commission = (t: Teacher): string => t.subject.split(':')[0]!;
    const same: string[] = [];
    for (const id of acceptedPairMentees()) {
      const mentor = TEACHERS.find((t) => t.email === rowOfMentee(afterSeptember, id).get(MENTOR))!;
      const named = String(rowOfMentee(afterSeptember, id).get('Обоснование')).includes(
        'та же ПЦК / предмет',
      );
      expect([id, mentor.id, named]).toEqual([id, mentor.id, commission(person(id)) === commission(mentor)]);
      if (named) same.push(id);
    }
    expect(same.length).toBeGreaterThanOrEqual(10);
  });

  it('«Запретить»: the forbidden pair’s mentee is at once proposed the best other free mentor at or above the floor', () => {
    replayed();
    const notice = (stepsCalling('forbidPair')[0]!.outcome.result as SidebarData).notice ?? '';
    expect(notice).toMatch(
      new RegExp(`предложен другой наставник: ${person(forbid.offered).name} \\((\\d+(,\\d)?) балл`),
    );
    const proposed = rowOfMentee(afterForbid, forbid.mentee);
    expect([proposed.get(MENTOR), proposed.get('Статус')]).toEqual([email(forbid.offered), 'предложена']);
    expect(Number(proposed.get('Оценка'))).toBeGreaterThanOrEqual(floor);
    expect(rowsOf(afterForbid, WAITING).map((r) => r.get('Эл. почта'))).not.toContain(email(forbid.mentee));
    // The next morning's run offers her the same mentor again and says why not the forbidden one.
    for (const view of [afterThirdRun, afterSeptember]) {
      const row = rowOfMentee(view, forbid.mentee);
      expect([row.get(MENTOR), row.get('Статус')]).toEqual([email(forbid.offered), 'предложена']);
      expect(String(row.get('Лучшая альтернатива'))).toMatch(
        new RegExp(`^${short(forbid.mentor)} — \\d+(,\\d)? балл\\S*: пара запрещена: запрещено куратором`),
      );
    }
  });

  it('«Поиск наставника продолжается»: who waits, why, and what support they get meanwhile', () => {
    replayed();
    // The rejected proposal was the one the note names, still open after the third run.
    const before = rowOfMentee(afterThirdRun, reject.mentee);
    expect([before.get(MENTOR), before.get('Статус')]).toEqual([email(reject.mentor), 'предложена']);
    const waiting = rowsOf(afterSeptember, WAITING);
    const byEmail = new Map(waiting.map((r) => [String(r.get('Эл. почта')), r]));
    expect([...byEmail.keys()]).toEqual([email(reject.mentee)]);
    const rejected = byEmail.get(email(reject.mentee))!;
    expect(rejected.get('ФИО')).toBe(person(reject.mentee).name);
    expect(rejected.get('Причина')).toBe('отклонено куратором');
    const dayOfCell = (v: CellValue): string => (v instanceof Date ? v.toDateString() : `not a date: ${v}`);
    expect(dayOfCell(rejected.get('В списке с'))).toBe(day(29, 9, 2026).toDateString());
    expect(dayOfCell(rejected.get('Последний подбор'))).toBe(day(29, 9, 2026).toDateString());
    // Stage 5.3: a support note built from what she asked for in the questionnaire.
    const note = String(rejected.get('Поддержка на время поиска'));
    for (const w of person(reject.mentee).mentee!.support) expect(note).toContain(w);
    // Without consent nobody is listed (152-ФЗ): their bank rows say why they take no part.
    for (const t of [...neverConsented, ...withdrawn]) expect(byEmail.has(t.email)).toBe(false);
  });

  it('every admitted mentee is in exactly one place: an approved pair or group, the open proposal, or the waiting list', () => {
    replayed();
    const rows = rowsOf(afterSeptember, PAIRS);
    const placed = rows.flatMap((r) => lines(r.get(MENTEES)));
    const waiting = rowsOf(afterSeptember, WAITING).map((r) => String(r.get('Эл. почта')));
    expect([...placed, ...waiting].sort()).toEqual(admitted.map((t) => t.email).sort());
    for (const t of neverConsented) expect(placed).not.toContain(t.email);
    // The only row not approved is the proposal the sidebar made after the forbid.
    expect(
      rows.filter((r) => r.get('Статус') !== 'утверждена').map((r) => [r.get(MENTOR), r.get(MENTEES)]),
    ).toEqual([[email(forbid.offered), email(forbid.mentee)]]);
  });

  it('«Запреты пар» holds the forbidden pair with the curator’s reason, and no later run proposed it again', () => {
    replayed();
    const forbidden = rowsOf(afterSeptember, FORBIDDEN);
    expect(
      forbidden.map((r) => [
        r.get('Наставник: эл. почта'),
        r.get('Наставляемый: эл. почта'),
        r.get('Причина'),
      ]),
    ).toEqual([
      [email(forbid.mentor), email(forbid.mentee), 'запрещено куратором в «Подбор пар» 28.09.2026'],
    ]);
    // Before the forbid the second run had proposed exactly that pair.
    expect(rowOfMentee(afterSecondRun, forbid.mentee).get(MENTOR)).toBe(email(forbid.mentor));
    for (const view of [afterForbid, afterThirdRun, afterSeptember])
      expect(
        rowsOf(view, PAIRS).filter(
          (r) =>
            r.get(MENTOR) === email(forbid.mentor) && lines(r.get(MENTEES)).includes(email(forbid.mentee)),
        ),
      ).toEqual([]);
  });

  it('the journal records each approval, the forbidden pair and the rejection', () => {
    replayed();
    const codes = rowsOf(afterSeptember, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'PAIR_ACCEPTED')).toHaveLength(
      acceptedPairMentees().length + Object.keys(MATCHING.groups).length,
    );
    expect(codes.filter((c) => c === 'PAIR_FORBIDDEN')).toHaveLength(1);
    expect(codes.filter((c) => c === 'PAIR_REJECTED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'MATCHING_DONE')).toHaveLength(3);
  });
});

describe('documents at the end of September (stages 1 and 5.2)', () => {
  const PAIRS = 'Пары и группы';
  const ORDERS = 'Реестр приказов';
  const lines = (v: CellValue): string[] => String(v).split('\n').filter(Boolean);
  const approvedRows = (view: WorkbookView) =>
    rowsOf(view, PAIRS).filter((r) => r.get('Статус') === 'утверждена');
  const idOf = (link: CellValue): string => /\/d\/([^/]+)/.exec(String(link))?.[1] ?? `not a link: ${link}`;
  const file = (id: string) => {
    const f = replayed().workspace.kernel.drive.find(id);
    if (!f) throw new Error(`No Drive file ${id}`);
    return f;
  };
  const text = (id: string): string => replayed().workspace.documents.plainText(id);
  /** Every file under «Наставничество / Документы», with its path, as the methodist sees Drive. */
  const generated = () => {
    const drive = replayed().workspace.kernel.drive;
    const path = (id: string): string[] => {
      const f = drive.find(id);
      return f && f.parents.length > 0 ? [...path(f.parents[0]!), f.name] : [];
    };
    return (
      drive
        .all()
        .filter((f) => f.mimeType === 'application/vnd.google-apps.document')
        .map((f) => ({ ...f, path: path(f.id).join(' / ') }))
        .filter((f) => f.path.startsWith('Наставничество / Документы / '))
        // The final report of May is in the same folder; these are September's documents.
        .filter((f) => !f.name.startsWith('Итоговый отчёт'))
    );
  };
  const menuAlerts = (label: string): string[] =>
    replayed()
      .steps.filter((r) => r.description === `menu «${label}»`)
      .map((r) => r.shown.map((e) => e.content).join('\n'));
  const orders = () => rowsOf(afterSeptember, ORDERS);
  const pairsOrder = () =>
    orders().find((r) => r.get('Заголовок') === 'Приказ о закреплении наставнических пар')!;
  /** The mentors' names in the genitive, as the consent's «от …» line needs them (checked by hand). */
  const GENITIVE: Record<string, string> = {
    gromova: 'Громовой Татьяны Ивановны',
    melnikova: 'Мельниковой Елены Викторовны',
    zhuravleva: 'Журавлёвой Марины Александровны',
    kirillov: 'Кириллова Сергея Владимировича',
    ershova: 'Ершовой Натальи Петровны',
    orlova: 'Орловой Светланы Дмитриевны',
    golubeva: 'Голубевой Ирины Юрьевны',
    kiseleva: 'Киселёвой Людмилы Борисовны',
    nikitina: 'Никитиной Веры Анатольевны',
    safonov: 'Сафонова Андрея Николаевича',
    tarasov: 'Тарасова Дмитрия Олеговича',
    lapteva: 'Лаптевой Ольги Геннадьевны',
  };
  const byEmail = (email: CellValue): Teacher => TEACHERS.find((t) => t.email === email)!;

  it('«Проверить шаблоны» finds no error in the eight templates set-up created', () => {
    expect(menuAlerts('Проверить шаблоны')).toEqual(['Шаблоны проверены (8): ошибок нет.']);
  });

  it('«Реестр приказов» numbers the two orders in the register «од»: the regulation 1-од, the pairs 2-од, once each', () => {
    replayed();
    expect(orders().map((r) => [r.get('Номер'), r.get('Заголовок'), r.get('Статус')])).toEqual([
      ['1-од', 'Приказ об утверждении положения о наставничестве', 'зарегистрирован'],
      ['2-од', 'Приказ о закреплении наставнических пар', 'зарегистрирован'],
    ]);
    for (const r of orders()) {
      expect(r.get('Дата')).toBeInstanceOf(Date);
      expect((r.get('Дата') as Date).toDateString()).toBe(new Date(2026, 8, 29).toDateString());
      expect(file(idOf(r.get('Ссылка на документ'))).trashed).toBe(false);
    }
    const [acts] = menuAlerts('Сформировать локальные акты');
    expect(acts).toMatch(
      /^Сформированы документы:\n• Приказ об утверждении положения о наставничестве № 1-од от 29\.09\.2026\n/,
    );
    expect(acts).not.toMatch(/Замечаний/);
  });

  it('the order on the pairs lists every approved pair and group, no one else, and appoints the curator in the accusative', () => {
    replayed();
    const order = text(idOf(pairsOrder().get('Ссылка на документ')));
    expect(order).toContain('29.09.2026 № 2-од');
    expect(order).toContain('г. Северодвинск');
    expect(order).toContain('утверждённым приказом от 29.09.2026 № 1-од');
    // The curator's name in the accusative after «назначить куратором», the position as a label in brackets.
    expect(order).toMatch(
      /Назначить куратором реализации персонализированных программ наставничества Белову Ирину Андреевну \([^)]+\) и поручить/,
    );
    const approved = approvedRows(afterSeptember);
    expect(approved).toHaveLength(acceptedPairMentees().length + Object.keys(MATCHING.groups).length);
    for (const r of approved) {
      expect([r.get('№ пары/группы'), order.includes(String(r.get('Наставник: ФИО')))]).toEqual([
        r.get('№ пары/группы'),
        true,
      ]);
      for (const name of lines(r.get('Наставляемые: ФИО')))
        expect([name, order.includes(name)]).toEqual([name, true]);
    }
    // The open proposal and the rejected mentee are not in it.
    for (const id of [MATCHING.forbid.mentee, MATCHING.reject.mentee])
      expect(order).not.toContain(person(id).name);
    // «Приказ (номер и дата)» of every approved row names the order; the open proposal has none.
    for (const r of rowsOf(afterSeptember, PAIRS))
      expect([r.get('№ пары/группы'), r.get('Приказ (номер и дата)')]).toEqual([
        r.get('№ пары/группы'),
        r.get('Статус') === 'утверждена' ? '№ 2-од от 29.09.2026' : '',
      ]);
  });

  it('one programme per approved pair or group, linked from «Пары и группы», naming its people, form, term and order', () => {
    replayed();
    const approved = approvedRows(afterSeptember);
    const ids = approved.map((r) => idOf(r.get('Программа')));
    expect(new Set(ids).size).toBe(approved.length);
    const paths = new Map(generated().map((g) => [g.id, g.path]));
    approved.forEach((r, i) => {
      const f = file(ids[i]!);
      expect([paths.get(f.id), f.trashed]).toEqual([
        expect.stringMatching(/^Наставничество \/ Документы \/ .+ \/ Программа наставничества — /),
        false,
      ]);
      const programme = text(ids[i]!);
      expect(programme).toContain('от 29.09.2026 № 2-од');
      expect(programme).toContain(`Форма наставничества: ${r.get('Форма наставничества')}.`);
      expect(programme).toContain('Срок реализации программы: с 28.09.2026 по 27.06.2027.');
      for (const name of [String(r.get('Наставник: ФИО')), ...lines(r.get('Наставляемые: ФИО'))])
        expect([f.name, programme.includes(name)]).toEqual([f.name, true]);
    });
    const open = rowsOf(afterSeptember, PAIRS).filter((r) => r.get('Статус') !== 'утверждена');
    for (const r of open) expect(r.get('Программа')).toBe('');
  });

  it('one written consent per mentor (ТК РФ ст. 351.8), «от» the mentor in the genitive, listing all their mentees', () => {
    replayed();
    const byMentor = new Map<string, Array<ReturnType<typeof approvedRows>[number]>>();
    for (const r of approvedRows(afterSeptember))
      byMentor.set(String(r.get('Наставник: эл. почта')), [
        ...(byMentor.get(String(r.get('Наставник: эл. почта'))) ?? []),
        r,
      ]);
    for (const [email, rows] of byMentor) {
      const mentor = byEmail(email);
      const links = new Set(rows.map((r) => String(r.get('Согласие наставника'))));
      expect([mentor.id, links.size]).toEqual([mentor.id, 1]);
      const consent = text(idOf([...links][0]!));
      expect([mentor.id, GENITIVE[mentor.id]]).toEqual([mentor.id, expect.any(String)]);
      expect(consent).toContain(`от ${GENITIVE[mentor.id]}`);
      expect(consent).toContain(`Я, ${mentor.name},`);
      for (const name of rows.flatMap((r) => lines(r.get('Наставляемые: ФИО'))))
        expect([mentor.id, consent.includes(name)]).toEqual([mentor.id, true]);
    }
  });

  it('the second «Сформировать документы по парам» replaced the documents: no duplicates, the old versions in the trash, the order kept', () => {
    replayed();
    const [first, second] = menuAlerts('Сформировать документы по парам');
    const approved = approvedRows(afterSecondPairDocuments);
    const mentorsCount = new Set(approved.map((r) => r.get('Наставник: эл. почта'))).size;
    const total = approved.length + mentorsCount;
    expect(first).toMatch(
      /^Сформированы документы:\n• Приказ о закреплении наставнических пар № 2-од от 29\.09\.2026\n/,
    );
    expect(first).toContain(`• Программы наставничества: ${approved.length}`);
    expect(first).toContain(`• Согласия наставников (ст. 351.8 ТК РФ): ${mentorsCount}`);
    // The second makes the programmes and consents again, not the order. Replacing takes longer: a run
    // that would outlast Apps Script's 6 minutes stops itself, and a trigger makes the rest a minute later.
    expect(second).toMatch(
      new RegExp(
        '^(Сформированы документы:\\n(?!• Приказ)[\\s\\S]*Прежние версии перемещены в корзину Google Диска\\.' +
          `|Сформировано документов: \\d+ из ${total}\\. Остальные будут сформированы автоматически примерно через \\d+ мин\\.)`,
      ),
    );
    for (const alert of [first, second]) expect(alert).not.toMatch(/Замечаний/);
    // The journal: each document made once, then replaced once; both runs finished within the wait.
    const journal = rowsOf(afterSecondPairDocuments, JOURNAL);
    const messagesOf = (code: string): string[] =>
      journal.filter((r) => r.get('Код') === code).map((r) => String(r.get('Сообщение')));
    expect(messagesOf('DOCUMENT_REPLACED')).toHaveLength(total);
    expect(new Set(messagesOf('DOCUMENT_REPLACED')).size).toBe(total);
    expect(messagesOf('DOCUMENTS_BATCH_DONE')).toEqual([
      expect.stringMatching(new RegExp(`^Документы по парам сформированы: ${total + 1} за \\d+ запуск`)),
      expect.stringMatching(new RegExp(`^Документы по парам сформированы: ${total} за \\d+ запуск`)),
    ]);
    // Drive: one live file per document, however many times it was made.
    const live = generated().filter((f) => !f.trashed);
    expect(live.map((f) => f.path).sort()).toEqual([...new Set(live.map((f) => f.path))].sort());
    expect(live).toHaveLength(3 + 1 + approved.length + mentorsCount);
    // The links moved to the new versions; the previous ones are in the trash.
    const before = approvedRows(afterFirstPairDocuments);
    for (const column of ['Программа', 'Согласие наставника'])
      before.forEach((r, i) => {
        const old = idOf(r.get(column));
        const now = idOf(approved[i]!.get(column));
        expect([column, old === now, file(old).trashed, file(now).trashed]).toEqual([
          column,
          false,
          true,
          false,
        ]);
      });
    // The order was made once and keeps its number and link.
    expect(before.map((r) => r.get('Приказ (номер и дата)'))).toEqual(
      approved.map((r) => r.get('Приказ (номер и дата)')),
    );
    expect(file(idOf(pairsOrder().get('Ссылка на документ'))).trashed).toBe(false);
  });

  it('no document has a blank: every value the templates ask for is in «Настройки» and the banks, so no warning', () => {
    replayed();
    const codes = rowsOf(afterSeptember, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'DOCUMENT_WARNINGS')).toEqual([]);
    expect(codes.filter((c) => c === 'DOCUMENT_MADE').length).toBeGreaterThan(0);
    // The two settings the documents need beyond the first day's: the place of the orders and the curator's post.
    for (const r of orders()) expect(text(idOf(r.get('Ссылка на документ')))).toContain('г. Северодвинск');
    for (const r of approvedRows(afterSeptember))
      expect(text(idOf(r.get('Программа')))).toContain(
        `Куратор\n${COLLEGE.settings['curator.name']}\n${COLLEGE.settings['curator.position']}\n`,
      );
  });
});

// ─── The season: November to May (stages 4.2, 6 and 7) ──────────────────────────────────────────────

/** What the curator reads, as the sheets and documents print it. */
const EVENTS_SHEET = 'Мероприятия';
const ATTENDANCE_SHEET = 'Посещаемость';
const PAIRS_SHEET = 'Пары и группы';
const email = (id: string): string => person(id).email;
const surname = (id: string): string => person(id).name.split(' ')[0]!;
/** «28.05.2027» as a Date at local midnight, the way a date cell reads. */
const dateOf = (text: string): Date => {
  const [d, m, y] = text.split('.').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const dayOf = (v: CellValue): string =>
  v instanceof Date ? `${v.getDate()}.${v.getMonth() + 1}.${v.getFullYear()}` : `not a date: ${v}`;
const menuShown = (label: string): string[] =>
  replayed()
    .steps.filter((r) => r.description === `menu «${label}»`)
    .map((r) => r.shown.map((e) => e.content).join('\n'));
const eventsByKey = (key: SeasonEvent['key']) => EVENTS.find((e) => e.key === key)!;
/** «12.11.2026 14:00» as the instant it means in Moscow. */
const instantOf = (typed: string): number => {
  const [day, time] = typed.split(' ') as [string, string];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const d = dateOf(day);
  d.setHours(h, min);
  return d.getTime();
};

describe('November: «Настройки» of stages 6–7 and «Настроить систему» again', () => {
  it('the methodist’s requisites and web resources are in «Настройки», and set-up puts them into the consent to publication', () => {
    replayed();
    for (const [key, typed] of Object.entries(SEASON_SETTINGS.values))
      expect([key, settingValue(atEnd, key)]).toEqual([key, typed]);
    // The third «Настроить систему» (the first of November) changes only the form's text.
    const setup = menuShown('Настроить систему');
    expect(setup).toHaveLength(4);
    expect(setup[3]).toMatch(/^Система настроена\./);
    expect(setup[3]).toMatch(/согласие на публикацию/);
    const form = replayed()
      .workspace.forms.all()
      .find((f) => f.title === PUBLICATION_CONSENT_FORM.title)!;
    for (const text of [
      SEASON_SETTINGS.values['organization.inn']!,
      SEASON_SETTINGS.values['organization.ogrn']!,
      ...SEASON_SETTINGS.values['publicity.resources']!.split('\n'),
    ])
      expect([text, form.description.includes(text)]).toEqual([text, true]);
  });
});

describe('events, Calendar invitations and attendance (stages 4.2 and 6)', () => {
  const invitedTo = (key: SeasonEvent['key']): string[] =>
    attendanceRows()
      .filter((r) => r.event === key)
      .map((r) => r.id);

  it('«Мероприятия»: the six rows typed, numbered М-1 … М-6 in order, each with its Calendar event, all held by the end of May', () => {
    replayed();
    const rows = rowsOf(atEnd, EVENTS_SHEET);
    expect(rows.map((r) => [r.get('№'), r.get('Вид'), r.get('Название'), r.get('Статус')])).toEqual(
      EVENTS.map((e) => [eventNumber(e.key), e.kind, e.title, 'проведено']),
    );
    const ids = rows.map((r) => String(r.get('Событие в календаре')));
    expect(new Set(ids).size).toBe(EVENTS.length);
    expect(ids.sort()).toEqual(
      replayed()
        .workspace.calendar.events()
        .map((e) => e.id)
        .sort(),
    );
    // The moved event says it was updated; the others were sent once.
    const notes = new Map(rows.map((r) => [r.get('№'), String(r.get('Приглашения'))]));
    expect(notes.get(eventNumber(EVENTS_PLAN.moved.key))).toMatch(/^обновлены 05\.11\.2026: 12 участник/);
    expect(notes.get(eventNumber('setup'))).toMatch(/^отправлены 03\.11\.2026: 13 участник/);
  });

  it('Calendar: one event per row with its time (the moved one at its new time) and exactly the people «Участники» means as guests', () => {
    const { workspace } = replayed();
    const events = workspace.calendar.events();
    expect(events).toHaveLength(EVENTS.length);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const r of rowsOf(atEnd, EVENTS_SHEET)) {
      const e = EVENTS.find((x) => eventNumber(x.key) === r.get('№'))!;
      const event = byId.get(String(r.get('Событие в календаре')))!;
      const start = e.key === EVENTS_PLAN.moved.key ? EVENTS_PLAN.moved.start : e.start;
      expect([e.key, event.title]).toEqual([
        e.key,
        `${e.kind[0]!.toUpperCase()}${e.kind.slice(1)}: ${e.title}`,
      ]);
      expect([e.key, event.start.getTime()]).toEqual([e.key, instantOf(start)]);
      // «Окончание» as a time of the same day, or 90 minutes when it is empty.
      const end = e.end ? instantOf(`${start.split(' ')[0]} ${e.end}`) : instantOf(start) + 90 * 60_000;
      expect([e.key, event.end.getTime()]).toEqual([e.key, end]);
      expect([e.key, event.guests.map((g) => g.email).sort()]).toEqual([
        e.key,
        invitedTo(e.key).map(email).sort(),
      ]);
    }
  });

  it('invitations: one per guest and event, never a second one after the re-run (the moved event is updated, not re-sent)', () => {
    const sent = replayed().workspace.calendar.invitationsSent();
    const expected = EVENTS.reduce((n, e) => n + invitedTo(e.key).length, 0);
    expect(expected).toBe(134);
    expect(sent).toHaveLength(expected);
    const keys = sent.map((i) => `${i.eventId}|${i.to}`);
    expect(new Set(keys).size).toBe(sent.length);
    const [first, second] = menuShown('Создать приглашения на мероприятия');
    const firstCount = EVENTS.filter((e) => e.participants !== '').reduce(
      (n, e) => n + invitedTo(e.key).length,
      0,
    );
    expect(first).toMatch(
      new RegExp(`^Создано событий в календаре: 5 \\(приглашения отправлены ${firstCount} участник`),
    );
    expect(first).toContain('Присвоены номера: М-1, М-2, М-3, М-4, М-5, М-6.');
    // The row typed without participants is refused with its reason, and gets its event two days later.
    expect(first).toContain(
      `• ${eventNumber('exchange')} «Обмен опытом: ${eventsByKey('exchange').title}»: не указаны участники.`,
    );
    expect(second).toMatch(
      new RegExp(
        `^Создано событий в календаре: 1 \\(приглашения отправлены ${invitedTo('exchange').length} участник`,
      ),
    );
    expect(second).toContain('Обновлено событий: 1.');
    expect(second).not.toContain('не указаны участники');
  });

  it('«Посещаемость»: one row per invited person and event, as the two runs wrote them, marked «да» or «нет» as the curator did', () => {
    replayed();
    const rows = rowsOf(atEnd, ATTENDANCE_SHEET);
    expect(rows.map((r) => [r.get('№ мероприятия'), r.get('Эл. почта')])).toEqual(
      attendanceRows().map((a) => [eventNumber(a.event), email(a.id)]),
    );
    rows.forEach((r, i) => {
      const { event, id } = attendanceRows()[i]!;
      expect([event, id, r.get('Присутствие')]).toEqual([
        event,
        id,
        ATTENDANCE[event].absent.includes(id) ? 'нет' : 'да',
      ]);
    });
    // The moved consultation's rows carry its new date.
    for (const r of rows.filter((x) => x.get('№ мероприятия') === eventNumber(EVENTS_PLAN.moved.key)))
      expect(dayOf(r.get('Дата'))).toBe(dayOf(dateOf(EVENTS_PLAN.moved.start.split(' ')[0]!)));
  });
});

/**
 * The monitoring answers the add-on counts for a phase: of the people of approved pairs, each one's latest
 * — each role's latest for Орлова, who mentors in one pair and is mentored in another.
 */
function countedAnswers(phase: 'start' | 'end'): MonitoringAnswer[] {
  const people = programmeParticipants().map((p) => p.id);
  const latest = new Map<string, MonitoringAnswer>();
  for (const a of monitoringAnswers(phase)) if (people.includes(a.id)) latest.set(monitoringSlot(a), a);
  return [...latest.values()];
}

/** The six scales as the «Мониторинг» sheet and the final report name them, in the form's order. */
const SCALES = [
  'Эффективность программы',
  'Комфорт общения',
  'Польза индивидуальных встреч',
  'Польза групповых встреч',
  'Ощущение поддержки',
  'Понятность целей',
];

describe('monitoring: the questionnaire at the start and the end, the «Мониторинг» sheet, charts and reminders', () => {
  const FLAGS = [
    'Рады участию в программе',
    'Хотят продолжить участие',
    'Хотят стать наставниками',
    'Видят свой рост в колледже через 5 лет',
  ];
  const people = programmeParticipants().map((p) => p.id);
  const counted = countedAnswers;
  /** Who answered the phase, each once (Орлова's two answers are one person's). */
  const respondents = (phase: 'start' | 'end'): string[] => [...new Set(counted(phase).map((a) => a.id))];
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const scaleMean = (phase: 'start' | 'end', i: number): number =>
    mean(counted(phase).map((a) => Number(a.scales.split(' ')[i])));
  const share = (phase: 'start' | 'end', i: number): number =>
    counted(phase).filter((a) => a.flags[i] === 'д').length / counted(phase).length;
  const sheetRow = (label: string): CellValue[] => {
    const rows = atEnd.get('Мониторинг')!.values.filter((r) => r[0] === label);
    if (rows.length !== 1) throw new Error(`«Мониторинг»: ${rows.length} rows «${label}»`);
    return rows[0]!;
  };

  it('every participant of the approved pairs is expected at both phases; 31 answered at the start and 30 at the end, with 32 and 31 answers counted (Орлова’s once per role)', () => {
    replayed();
    expect(people).toHaveLength(32);
    expect(respondents('start')).toHaveLength(31);
    expect(respondents('end')).toHaveLength(30);
    expect(counted('start')).toHaveLength(32);
    expect(counted('end')).toHaveLength(31);
    expect(
      counted('start')
        .filter((a) => hasTwoRoles(a.id))
        .map((a) => [a.id, roleOfAnswer(a)]),
    ).toEqual([
      ['orlova', 'наставник'],
      ['orlova', 'наставляемый'],
    ]);
    // The response rate counts people; «Учтено ответов» counts answers.
    expect(sheetRow('начало программы').slice(1, 4)).toEqual([31 / 32, 32, 31]);
    expect(sheetRow('завершение программы').slice(1, 4)).toEqual([30 / 32, 32, 30]);
    expect(sheetRow('Учтено ответов').slice(1, 3)).toEqual([32, 31]);
  });

  it('the means of each scale at the start and the end, and their change, are those of the answers by hand', () => {
    replayed();
    SCALES.forEach((label, i) => {
      const [, start, end, change] = sheetRow(label) as [string, number, number, number];
      expect([label, start]).toEqual([label, expect.closeTo(scaleMean('start', i), 10)]);
      expect([label, end]).toEqual([label, expect.closeTo(scaleMean('end', i), 10)]);
      expect([label, change]).toEqual([
        label,
        expect.closeTo(scaleMean('end', i) - scaleMean('start', i), 10),
      ]);
      // Every mean grew over the year.
      expect([label, change > 0]).toEqual([label, true]);
    });
    // Hand-checked: effectiveness 213/32 at the start, 244/31 at the end (Орлова's answers in both roles).
    expect(scaleMean('start', 0)).toBeCloseTo(213 / 32, 10);
    expect(scaleMean('end', 0)).toBeCloseTo(244 / 31, 10);
    FLAGS.forEach((label, i) => {
      const [, start, end] = sheetRow(label) as [string, number, number];
      expect([label, start, end]).toEqual([
        label,
        expect.closeTo(share('start', i), 10),
        expect.closeTo(share('end', i), 10),
      ]);
    });
  });

  it('the duplicate and the answer from outside the pairs are listed, not counted', () => {
    replayed();
    const values = atEnd.get('Мониторинг')!.values;
    const at = values.findIndex((r) => String(r[0]).startsWith('Ответы, не учтённые в мониторинге'));
    expect(String(values[at]![0])).toMatch(/: 2$/);
    const ignored = values.slice(at + 2, at + 4).map((r) => [r[1], r[3], r[4]]);
    expect(ignored).toEqual([
      [email('petrova'), 'начало программы', 'повторный ответ: учтён более поздний'],
      [email('semenova'), 'начало программы', 'ответ вне пар'],
    ]);
  });

  it('each pair’s row: who answered of how many and its means — Орлова’s answer as a mentor for Зуева’s pair, as a mentee for her own', () => {
    replayed();
    const values = atEnd.get('Мониторинг')!.values;
    const header = values.findIndex((r) => r[0] === '№ пары/группы');
    const columns = values[header]!.map(String);
    const col = (name: string): number => columns.indexOf(name);
    /** The answers that count for a pair: its people's, in the role each has in it. */
    const forPair = (p: (typeof PAIRS_AFTER_SEPTEMBER)[number], phase: 'start' | 'end') =>
      counted(phase).filter(
        (a) =>
          (a.id === p.mentor && roleOfAnswer(a) === 'наставник') ||
          (p.mentees.includes(a.id) && roleOfAnswer(a) === 'наставляемый'),
      );
    const effectivenessOf = (p: (typeof PAIRS_AFTER_SEPTEMBER)[number], phase: 'start' | 'end') =>
      values.find((r) => r[0] === p.id)![
        col(`Эффективность программы: ${phase === 'start' ? 'начало' : 'завершение'}`)
      ];
    for (const p of approvedPairs()) {
      const members = [p.mentor, ...p.mentees];
      const row = values.find((r) => r[0] === p.id)!;
      for (const phase of ['start', 'end'] as const) {
        const answered = forPair(p, phase);
        const label = phase === 'start' ? 'начало программы' : 'завершение программы';
        expect([p.id, row[col(`Ответили: ${label}`)]]).toEqual([
          p.id,
          `${answered.length} из ${members.length}`,
        ]);
        expect([p.id, effectivenessOf(p, phase)]).toEqual([
          p.id,
          expect.closeTo(mean(answered.map((a) => Number(a.scales.split(' ')[0]))), 10),
        ]);
      }
    }
    // By hand: Зуева's pair counts Орлова's answer as a mentor (8, then 9) with Зуева's (7, then 9);
    // Орлова's own pair counts Голубева's (8, then 9) with Орлова's answer as a mentee (6, then 8).
    expect([effectivenessOf(pairOf('zueva'), 'start'), effectivenessOf(pairOf('zueva'), 'end')]).toEqual([
      (8 + 7) / 2,
      (9 + 9) / 2,
    ]);
    expect([effectivenessOf(pairOf('orlova'), 'start'), effectivenessOf(pairOf('orlova'), 'end')]).toEqual([
      (8 + 6) / 2,
      (9 + 8) / 2,
    ]);
  });

  it('three native charts on «Мониторинг» hold the figures: means, shares of «да», response rates', () => {
    const { workspace } = replayed();
    const charts = workspace.sheets.chartsOf(workspace.kernel.container!.id, 'Мониторинг');
    expect(charts.map((c) => [c.type, c.options.title])).toEqual([
      ['COLUMN', 'Средние оценки: начало и завершение программы'],
      ['COLUMN', 'Доли ответивших «да»: начало и завершение'],
      ['BAR', 'Отклик на анкету мониторинга'],
    ]);
    const [means, shares, rates] = charts.map((c) => c.ranges[0]!.values);
    expect(means![0]).toEqual(['Показатель', 'Начало', 'Завершение']);
    SCALES.forEach((label, i) =>
      expect(means![i + 1]).toEqual([
        label,
        expect.closeTo(scaleMean('start', i), 10),
        expect.closeTo(scaleMean('end', i), 10),
      ]),
    );
    FLAGS.forEach((label, i) =>
      expect(shares![i + 1]).toEqual([
        label,
        expect.closeTo(share('start', i), 10),
        expect.closeTo(share('end', i), 10),
      ]),
    );
    expect(rates!.slice(1)).toEqual([
      ['начало программы', 31 / 32],
      ['завершение программы', 30 / 32],
    ]);
  });

  it('reminders: one letter to each who had not answered, never a second one — the same-day re-run sends nothing', () => {
    const { workspace } = replayed();
    const outbox = workspace.mail.outbox;
    /** Participants who had not answered the phase when the curator sent the reminders. */
    const due = (phase: 'start' | 'end'): string[] => {
      const before = MONITORING[phase].batches.flatMap((b) => b.answers).map((a) => a.id);
      return people.filter((id) => !before.includes(id));
    };
    /** The letters of the day the curator ran the reminders (both runs of that day). */
    const sentOn = (at: string) => outbox.filter((m) => m.at.toDateString() === new Date(at).toDateString());
    for (const phase of ['start', 'end'] as const) {
      const letters = sentOn(MONITORING[phase].remindAt);
      expect([phase, letters.map((m) => m.to.join()).sort()]).toEqual([phase, due(phase).map(email).sort()]);
      const label = phase === 'start' ? 'начало программы' : 'завершение программы';
      for (const m of letters) {
        expect(m.body).toContain(`В анкете выберите этап «${label}»`);
        expect(m.body).toMatch(/^Уважаем(ая|ый) [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+!/);
        expect(m.body).toMatch(/https:\/\/docs\.google\.com\/forms\/d\/e\/\S+\/viewform/);
      }
    }
    expect(outbox).toHaveLength(due('start').length + due('end').length);
    // Nobody twice for a phase: the log «Напоминания» has each e-mail and phase once, all sent.
    const log = rowsOf(atEnd, 'Напоминания').map(
      (r) => `${r.get('Эл. почта')}|${r.get('Этап')}|${r.get('Статус')}`,
    );
    expect(new Set(log).size).toBe(log.length);
    expect(log).toHaveLength(outbox.length);
    // Each reminder was run twice the same day: the second found nobody to write to.
    const runs = menuShown('Напомнить о мониторинге…');
    expect(runs).toHaveLength(4);
    expect(runs[0]).toMatch(new RegExp(`^Будет отправлено ${due('start').length} пис`));
    expect(runs[0]).toMatch(new RegExp(`Отправлено ${due('start').length} пис`));
    expect(runs[1]).toMatch(/^Напоминать некому/);
    expect(runs[2]).toMatch(new RegExp(`Отправлено ${due('end').length} пис`));
    expect(runs[3]).toMatch(/^Напоминать некому/);
  });
});

/** The id in a Docs or Drive link (`/d/<id>/`, `/folders/<id>`, `open?id=<id>`). */
const idOfLink = (link: CellValue): string =>
  /(?:\/d\/|\/folders\/|[?&]id=)([-\w]+)/.exec(String(link))?.[1] ?? `not a link: ${link}`;

/** A pair's programme Doc, by the link in «Пары и группы» at the end. */
function programmeOf(pairId: string): string {
  return idOfLink(
    rowsOf(atEnd, PAIRS_SHEET)
      .find((r) => r.get('№ пары/группы') === pairId)!
      .get('Программа'),
  );
}

/** The rows of the programme's plan (without its header), as cell texts: № … «Отметка о выполнении». */
function planOf(pairId: string): string[][] {
  const doc = replayed().workspace.documents.toJSON(programmeOf(pairId)) as DocumentSnapshot;
  const text = (cell: TableCellSnapshot): string =>
    cell.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
  const tables = doc.body.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map(text))] : []));
  const [, ...rows] = tables.find((t) => t[0]!.includes('Отметка о выполнении'))!;
  return rows;
}

/** «5 из 7»: the activities PROGRAMME_MARKS marks in the pair's programme, of its plan. */
const doneOf = (pairId: string): string =>
  `${programmeMarks().filter((m) => m.pairId === pairId).length} из ${planOf(pairId).length}`;

/** «01.12.2026» from «2026-12-01T15:40:00+03:00» (the marks' times are Moscow's). */
const dayText = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('.');

describe('closing pairs: an early termination in April, the rest completed in May', () => {
  const rowOf = (view: WorkbookView, id: string) =>
    rowsOf(view, PAIRS_SHEET).find((r) => r.row === pairRow(id))!;

  it('a termination date too early for three working days after the notice is refused, and nothing is written', () => {
    replayed();
    const [refused] = menuShown('Завершить пару или группу…');
    expect(refused).toContain(
      `Дата прекращения ${TERMINATION.tooEarly} раньше допустимой. По ТК РФ ст. 351.8 нужно предупредить не менее чем за три рабочих дня: при уведомлении ${TERMINATION.notice} наставничество можно прекратить не ранее ${TERMINATION.closedAt}`,
    );
    const row = rowOf(afterRefusedClose, TERMINATION.mentee);
    expect([row.get('Статус'), row.get('Дата завершения'), row.get('Причина расторжения')]).toEqual([
      'утверждена',
      '',
      '',
    ]);
  });

  it('the pair is «расторгнута» on the earliest lawful day, with the notice date and the reason', () => {
    replayed();
    const row = rowOf(atEnd, TERMINATION.mentee);
    expect(row.get('Наставляемые: эл. почта')).toBe(email(TERMINATION.mentee));
    expect([
      row.get('Статус'),
      dayOf(row.get('Дата завершения')),
      dayOf(row.get('Дата уведомления')),
      row.get('Причина расторжения'),
    ]).toEqual([
      'расторгнута',
      dayOf(dateOf(TERMINATION.closedAt)),
      dayOf(dateOf(TERMINATION.notice)),
      TERMINATION.reason,
    ]);
    const terminated = pairOf(TERMINATION.mentee).id;
    expect(menuShown('Завершить пару или группу…')[1]).toContain(
      `Пара № ${terminated} расторгнута ${TERMINATION.closedAt} (уведомление от ${TERMINATION.notice}).\n` +
        `Выполнено мероприятий программы: ${doneOf(terminated)}.`,
    );
    expect(row.get('Выполнено мероприятий')).toBe(doneOf(terminated));
  });

  it('every other approved pair and group is «завершена» on the day the curator typed; the open proposal is untouched; closing twice is refused', () => {
    replayed();
    for (const p of approvedPairs()) {
      if (p.mentees.includes(TERMINATION.mentee)) continue;
      const row = rowsOf(atEnd, PAIRS_SHEET).find((r) => r.row === pairRow(p.mentees[0]!))!;
      expect([p.id, row.get('№ пары/группы'), row.get('Статус'), dayOf(row.get('Дата завершения'))]).toEqual([
        p.id,
        p.id,
        'завершена',
        dayOf(dateOf(COMPLETION.closedAt)),
      ]);
      expect([p.id, row.get('Дата уведомления'), row.get('Причина расторжения')]).toEqual([p.id, '', '']);
      // What the mentors marked over the winter, of the programme's plan.
      expect([p.id, row.get('Выполнено мероприятий')]).toEqual([p.id, doneOf(p.id)]);
      expect(
        menuShown('Завершить пару или группу…').some((alert) =>
          alert.includes(
            `№ ${p.id} завершена ${COMPLETION.closedAt}.\nВыполнено мероприятий программы: ${doneOf(p.id)}.`,
          ),
        ),
      ).toBe(true);
    }
    const open = PAIRS_AFTER_SEPTEMBER.find((p) => p.status !== 'утверждена')!;
    const openRow = rowsOf(atEnd, PAIRS_SHEET).find((r) => r.row === pairRow(open.mentees[0]!))!;
    expect([openRow.get('Статус'), openRow.get('Дата завершения')]).toEqual(['предложена', '']);
    const shown = menuShown('Завершить пару или группу…');
    expect(shown[shown.length - 1]).toMatch(
      new RegExp(`уже завершена ${COMPLETION.closedAt}\\. Повторно завершать не нужно`),
    );
    const codes = rowsOf(atEnd, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'PAIR_TERMINATED')).toHaveLength(1);
    expect(codes.filter((c) => c === 'PAIR_FINISHED')).toHaveLength(approvedPairs().length - 1);
  });

  it('«Пары и группы» after September is the table the season’s steps point at', () => {
    replayed();
    expect(
      rowsOf(afterSeptember, PAIRS_SHEET).map((r) => [
        r.row,
        r.get('№ пары/группы'),
        r.get('Наставник: эл. почта'),
        String(r.get('Наставляемые: эл. почта')).split('\n'),
        r.get('Статус'),
      ]),
    ).toEqual(
      PAIRS_AFTER_SEPTEMBER.map((p, i) => [i + 2, p.id, email(p.mentor), p.mentees.map(email), p.status]),
    );
  });
});

describe('«Отметить выполнение»: the mentors mark their programmes from the Docs menu (stage 5)', () => {
  const PROGRESS = 'Выполнение программ';
  const markSteps = () =>
    replayed().steps.filter((r) => r.description.includes('Docs menu «Отметить выполнение»'));

  it('every click opened the programme from its link and ran the Docs menu item as the mentor’s menu execution', () => {
    const steps = markSteps();
    expect(steps).toHaveLength(PROGRAMME_MARKS.reduce((n, v) => n + v.activities.length, 0));
    for (const r of steps) {
      expect(r.outcome.executions.map((e) => [e.functionName, e.kind, e.error ?? ''])).toEqual([
        ['onOpen', 'simple-trigger', ''],
        ['markActivity', 'menu', ''],
      ]);
      expect(r.outcome.detail).toMatch(/^in «Программа наставничества — /);
    }
    // Each step names the mentor of the pair it marks.
    for (const [i, step] of scenario.steps.entries())
      if (step.action === 'docsMenu') {
        const pair = PAIRS_AFTER_SEPTEMBER.find((p) => p.id === step.document.where!['№ пары/группы'])!;
        expect([i + 1, step.user]).toEqual([i + 1, email(pair.mentor)]);
      }
  });

  it('«Выполнение программ» holds one row per activity marked, in the order marked, with the day and the programme’s link', () => {
    replayed();
    expect(
      rowsOf(atEnd, PROGRESS).map((r) => [
        r.get('№ пары/группы'),
        String(r.get('№ мероприятия')),
        dayOf(r.get('Дата выполнения')),
        idOfLink(r.get('Программа')),
      ]),
    ).toEqual(
      programmeMarks().map((m) => [
        m.pairId,
        String(m.activity),
        dayOf(dateOf(dayText(m.at))),
        programmeOf(m.pairId),
      ]),
    );
    expect(programmeMarks()).toHaveLength(73);
    const codes = rowsOf(atEnd, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'ACTIVITY_DONE')).toHaveLength(programmeMarks().length);
  });

  it('each programme’s plan shows «выполнено <день>» against exactly the activities marked, never the closing meeting in June', () => {
    replayed();
    for (const p of approvedPairs()) {
      const plan = planOf(p.id);
      const marks = new Map(
        programmeMarks()
          .filter((m) => m.pairId === p.id)
          .map((m) => [String(m.activity), `выполнено ${dayText(m.at)}`]),
      );
      expect([p.id, plan.map((row) => [row[0], row[row.length - 1]])]).toEqual([
        p.id,
        plan.map((row) => [row[0], marks.get(row[0]!) ?? '']),
      ]);
      expect([p.id, marks.has(String(plan.length))]).toEqual([p.id, false]);
    }
    // Лаптева never marked her programme; the others have three to five marks, Громова's first pair six.
    const count = (id: string): number => programmeMarks().filter((m) => m.pairId === id).length;
    expect(
      approvedPairs()
        .filter((p) => count(p.id) === 0)
        .map((p) => p.mentor),
    ).toEqual(['lapteva']);
    expect(
      approvedPairs()
        .filter((p) => count(p.id) > 5)
        .map((p) => [p.mentees, count(p.id)]),
    ).toEqual([[['petrova'], 6]]);
  });

  it('a number marked already is refused with the day it was marked, and nothing is written', () => {
    const at = scenario.steps.findIndex(
      (s) => s.action === 'docsMenu' && /marked already/.test(s.note ?? ''),
    );
    const pairId = pairOf(MARKED_TWICE.pair).id;
    const first = programmeMarks().find((m) => m.pairId === pairId && m.activity === MARKED_TWICE.activity)!;
    const shown = replayed()
      .steps[at]!.shown.filter((e) => e.kind === 'alert')
      .map((e) => e.content);
    expect(shown).toEqual([
      `Мероприятие № ${MARKED_TWICE.activity} уже отмечено: выполнено ${dayText(first.at)}.`,
    ]);
    expect(
      rowsOf(atEnd, PROGRESS).filter(
        (r) =>
          r.get('№ пары/группы') === pairId &&
          String(r.get('№ мероприятия')) === String(MARKED_TWICE.activity),
      ),
    ).toHaveLength(1);
  });
});

describe('«Методические материалы» (stage 4.2): the methodist’s uploads', () => {
  it('the folder holds the files she uploaded, and the dashboard counts them: stage 4’s materials are done', () => {
    const { workspace } = replayed();
    const folder = idOfLink(settingValue(atEnd, 'folders.materials'));
    expect(
      workspace.kernel.drive
        .children(folder)
        .filter((f) => !f.trashed)
        .map((f) => [f.name, f.owner]),
    ).toEqual(MATERIALS.uploads.map((u) => [u.name, COLLEGE.user]));
    const row = rowsOf(atEnd, 'Дорожная карта').find((r) => r.row === roadmapRow('materials'))!;
    expect([row.get('Этап'), row.get('Показатель (по данным таблицы)'), row.get('Статус')]).toEqual([
      4,
      `Файлов в папке «Методические материалы»: ${MATERIALS.uploads.length}`,
      'выполнено',
    ]);
  });
});

describe('«Методическая копилка» and the round table', () => {
  it('the practices of teachers with consent, in the order sent, with their pair and the round table’s result', () => {
    replayed();
    const rows = rowsOf(atEnd, 'Методическая копилка');
    const pairsOf = (id: string): string =>
      approvedPairs()
        .filter((p) => p.mentor === id || p.mentees.includes(id))
        .map((p) => p.id)
        .join(', ');
    expect(
      rows.map((r) => [
        r.get('№'),
        r.get('Название'),
        r.get('Авторы'),
        r.get('Эл. почта автора'),
        r.get('Пара/группа'),
        r.get('Вид'),
        r.get('Статус'),
        r.get('Лучшая практика'),
      ]),
    ).toEqual(
      admittedPractices().map((p, i) => [
        `К-${i + 1}`,
        p.title,
        p.authors,
        email(p.id),
        p.pairRef ? pairOf(p.pairRef).id : pairsOf(p.id),
        p.kind,
        ROUND_TABLE_RESULT[p.id]?.status ?? 'предложена',
        ROUND_TABLE_RESULT[p.id]?.best ?? '',
      ]),
    );
    const isoDay = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('.');
    expect(rows.map((r) => dayOf(r.get('Дата')))).toEqual(
      admittedPractices().map((p) => dayOf(dateOf(isoDay(p.at)))),
    );
    // Панов never consented to processing: his practice waits in the response sheet, and the journal says so once.
    expect(PRACTICES.length - admittedPractices().length).toBe(1);
    expect(rows.some((r) => String(r.get('Авторы')).includes('Панов'))).toBe(false);
    const codes = rowsOf(atEnd, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'PRACTICE_WAITS_FOR_CONSENT')).toHaveLength(1);
    expect(codes.filter((c) => c === 'PRACTICE_ADDED')).toHaveLength(admittedPractices().length);
  });
});

describe('the final report (stage 6)', () => {
  const report = (): string => {
    const { workspace } = replayed();
    const docs = workspace.documents
      .all()
      .filter((d) => !workspace.kernel.drive.find(d.id)?.trashed)
      .filter((d) => workspace.kernel.drive.find(d.id)!.name.startsWith('Итоговый отчёт'));
    expect(docs).toHaveLength(1);
    return workspace.documents.plainText(docs[0]!.id);
  };
  const oneDecimal = (x: number): string => x.toFixed(1).replace('.', ',');

  it('counts the pairs and groups, their people and how they ended', () => {
    const text = report();
    const approved = approvedPairs();
    const groups = Object.keys(MATCHING.groups).length;
    const mentorsOf = new Set(approved.map((p) => p.mentor));
    const menteesOf = new Set(approved.flatMap((p) => p.mentees));
    expect(text).toContain(
      `сформировано наставнических пар и групп: ${approved.length} (пар — ${approved.length - groups}, групп — ${groups}), в них участвовали наставников: ${mentorsOf.size}, наставляемых: ${menteesOf.size}.`,
    );
    expect(text).toContain(
      `Завершили программу наставничества (статус «завершена»): ${approved.length - 1}; расторгнуто досрочно (статус «расторгнута», статья 351.8 Трудового кодекса Российской Федерации): 1; продолжают работу: 0.`,
    );
    expect(text).toContain(`расторгнута ${TERMINATION.closedAt} (${TERMINATION.reason})`);
    expect(text).toContain(SEASON_SETTINGS.conclusions);
  });

  it('lists every pair and group with how it ended and how many activities of its plan were marked', () => {
    const text = report();
    for (const p of approvedPairs()) {
      const ended = new RegExp(
        `\\n${p.id}\\n${person(p.mentor).name}\\n[\\s\\S]*?\\n((?:завершена|расторгнута) \\d\\d\\.\\d\\d\\.\\d{4})[^\\n]*\\n([^\\n]*)\\n`,
      ).exec(text);
      const closed = p.mentees.includes(TERMINATION.mentee)
        ? `расторгнута ${TERMINATION.closedAt}`
        : `завершена ${COMPLETION.closedAt}`;
      expect([p.id, ended?.[1], ended?.[2]]).toEqual([p.id, closed, doneOf(p.id)]);
    }
  });

  it('prints the monitoring: response at both phases and each scale’s means and change, as computed by hand', () => {
    const text = report();
    expect(text).toContain(
      'Ответили в начале программ: 31 из 32 (97\u00a0%), при завершении: 30 из 32 (94\u00a0%).',
    );
    const answers = (phase: 'start' | 'end') =>
      countedAnswers(phase).map((a) => a.scales.split(' ').map(Number));
    const means = (phase: 'start' | 'end'): number[] =>
      [0, 1, 2, 3, 4, 5].map((i) => answers(phase).reduce((a, s) => a + s[i]!, 0) / answers(phase).length);
    const [start, end] = [means('start'), means('end')];
    SCALES.forEach((label, i) => {
      // The change is the difference of the printed means, so that start + change = end in the table.
      const change = Number(end[i]!.toFixed(1)) - Number(start[i]!.toFixed(1));
      const signed = `${change >= 0 ? '+' : '−'}${oneDecimal(Math.abs(change))}`;
      expect(text).toContain(`${label}\n${oneDecimal(start[i]!)}\n${oneDecimal(end[i]!)}\n${signed}\n`);
    });
  });

  it('prints the events held with how many were invited and came, and the best practices', () => {
    const text = report();
    const trained = attendanceRows().filter(
      (r) => r.event === 'setup' && !ATTENDANCE.setup.absent.includes(r.id),
    );
    expect(text).toContain(
      `Проведено мероприятий: ${EVENTS.length}, в том числе установочных сессий наставников: 1. Обучение (установочную сессию) прошли наставников: ${trained.length}.`,
    );
    for (const e of EVENTS) {
      const invited = attendanceRows().filter((r) => r.event === e.key).length;
      const came = invited - ATTENDANCE[e.key].absent.length;
      const start = e.key === EVENTS_PLAN.moved.key ? EVENTS_PLAN.moved.start : e.start;
      expect(text).toContain(
        `${eventNumber(e.key)}\n${start.split(' ')[0]}\n${e.kind}\n${e.title}\n${invited}\n${came}\n`,
      );
    }
    const best = Object.values(ROUND_TABLE_RESULT).filter((r) => r.best === 'да').length;
    expect(text).toContain(
      `В методическую копилку внесено практик наставничества: ${admittedPractices().length}, из них по итогам круглого стола признаны лучшими: ${best}.`,
    );
    const codes = rowsOf(atEnd, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'FINAL_REPORT_MADE')).toHaveLength(1);
    expect(codes.filter((c) => c === 'DOCUMENT_WARNINGS')).toEqual([]);
  });
});

describe('publications (stage 7): drafts only name people who consented to publication', () => {
  const PUBLICATIONS = 'Публикации';
  /** Who may be named at the end: ФИО and participation allowed, and the consent not withdrawn. */
  const allowed = PUBLICATION_CONSENTS.filter(
    (c) => c.allow[0] === 'д' && c.allow[3] === 'д' && c.id !== PUBLICITY.withdraw.id,
  ).map((c) => c.id);
  const withdrawing = PUBLICITY.withdraw.id;

  it('«Публикации»: two rows per source (website, social networks) with the status staff gave them', () => {
    replayed();
    expect(
      rowsOf(atEnd, PUBLICATIONS).map((r) => [
        r.get('Ключ источника'),
        r.get('Канал'),
        r.get('Статус'),
        r.get('Этап дорожной карты'),
      ]),
    ).toEqual([
      [`event:${eventNumber('setup')}`, 'сайт', 'опубликовано', 4],
      [`event:${eventNumber('setup')}`, 'соцсети', 'опубликовано', 4],
      [`event:${eventNumber('roundTable')}`, 'сайт', 'опубликовано', 6],
      [`event:${eventNumber('roundTable')}`, 'соцсети', 'черновик', 6],
      ['practice:К-1', 'сайт', 'черновик', 6],
      ['practice:К-1', 'соцсети', 'черновик', 6],
      ['stage:5:формирование наставнических пар/групп', 'сайт', 'опубликовано', 5],
      ['stage:5:формирование наставнических пар/групп', 'соцсети', 'черновик', 5],
    ]);
    for (const r of rowsOf(atEnd, PUBLICATIONS))
      expect([r.row, String(r.get('Ссылка'))]).toEqual([
        r.row,
        expect.stringMatching(/^https:\/\/docs\.google\.com\/document\/d\//),
      ]);
  });

  it('no draft names anyone without consent to publication: every other teacher’s surname is absent from every text', () => {
    const { workspace } = replayed();
    const texts = publicationTexts(workspace, atEnd);
    expect(texts.size).toBe(8);
    const channels = new Map(rowsOf(atEnd, PUBLICATIONS).map((r) => [r.row, String(r.get('Канал'))]));
    // A prohibition of the social networks (ст. 10.1 ч. 9) keeps her name out of the posts only.
    const prohibitedIn = (id: string, channel: string): boolean =>
      channel === 'соцсети' &&
      !!PUBLICATION_CONSENTS.find((c) => c.id === id)?.prohibit?.includes('в социальных сетях колледжа');
    const found: string[] = [];
    for (const [row, text] of texts)
      for (const t of TEACHERS)
        if (
          (!allowed.includes(t.id) || prohibitedIn(t.id, channels.get(row)!)) &&
          text.includes(surname(t.id))
        )
          found.push(`row ${row}: ${t.name}`);
    expect(found).toEqual([]);
    expect(prohibitedIn('kiseleva', 'соцсети')).toBe(true);
    // The drafts do name those who allowed it: the set-up session’s those who came, К-1 its two authors.
    const setup = texts.get(2)!;
    for (const id of ['gromova', 'safonov', 'kiseleva'])
      expect([id, setup.includes(person(id).name)]).toEqual([id, true]);
    expect(texts.get(6)!).toContain('Громова Татьяна Ивановна (преподаватель) и Петрова Анна Сергеевна');
    expect(texts.get(7)!).toContain('Громова Т.И. и Петрова А.С.');
  });

  it('the set-up session’s drafts named Мельникова while she consented; her withdrawal rewrote both without her name and sent the agreed one back to «черновик»', () => {
    replayed();
    const name = person(withdrawing).name;
    expect(setupDraftTexts.get(2)).toContain(name);
    expect(rowsOf(afterSetupDraft, PUBLICATIONS).map((r) => r.get('Статус'))).toEqual([
      'черновик',
      'черновик',
    ]);
    expect(String(rowsOf(afterSetupDraft, PUBLICATIONS)[0]!.get('Названы'))).toContain(name);
    for (const row of [2, 3])
      expect([row, withdrawalTexts.get(row)!.includes(surname(withdrawing))]).toEqual([row, false]);
    const [site, social] = rowsOf(afterWithdrawal, PUBLICATIONS);
    expect([site!.get('Статус'), social!.get('Статус')]).toEqual(['черновик', 'черновик']);
    expect(String(site!.get('Примечание'))).toContain(
      'текст изменён после отзыва согласия — согласуйте заново',
    );
    for (const r of [site!, social!]) {
      expect(String(r.get('Названы'))).not.toContain(name);
      expect(String(r.get('Без имени (нет согласия)'))).toContain(`согласие на публикацию отозвано: ${name}`);
    }
    const codes = rowsOf(atEnd, JOURNAL).map((r) => String(r.get('Код')));
    expect(codes.filter((c) => c === 'PUBLICATION_DRAFT_REGENERATED')).toHaveLength(2);
  });

  it('the refusal and the unanswered category both leave the person unnamed, and «Без имени» says why', () => {
    replayed();
    const setup = rowsOf(atEnd, PUBLICATIONS)[0]!;
    const unnamed = String(setup.get('Без имени (нет согласия)'));
    expect(unnamed).toMatch(
      /согласие не разрешает публиковать ФИО и участие в наставничестве: [^\n]*Голубева Ирина Юрьевна[^\n]*Никитина Вера Анатольевна/,
    );
  });
});

describe('«Дорожная карта» at the end of May (issue 7): every stage with a computed status', () => {
  const STATUSES = ['выполнено', 'в работе', 'не начато', 'просрочено'];

  it('lists the activities of all seven stages, each with a status computed from the sheets', () => {
    replayed();
    const rows = rowsOf(atEnd, 'Дорожная карта');
    expect(rows).toHaveLength(19);
    expect([...new Set(rows.map((r) => r.get('Этап')))]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const r of rows) {
      expect([r.row, STATUSES.includes(String(r.get('Статус')))]).toEqual([r.row, true]);
      expect([r.row, String(r.get('Показатель (по данным таблицы)'))]).toEqual([
        r.row,
        expect.stringMatching(/\S/),
      ]);
    }
    const counts = STATUSES.map((s) => rows.filter((r) => r.get('Статус') === s).length);
    const [last] = menuShown('Обновить дорожную карту');
    expect(last).toBe(
      `Дорожная карта обновлена: мероприятий 19, выполнено ${counts[0]}, в работе ${counts[1]}, просрочено ${counts[3]}.`,
    );
  });

  it('the statuses the season’s data imply: mentors trained, monitoring done, seminar and round table held, coverage still in progress', () => {
    replayed();
    const rows = rowsOf(atEnd, 'Дорожная карта');
    const status = (activity: string): CellValue =>
      rows.find((r) => r.row === roadmapRow(activity))!.get('Статус');
    // Every mentor of a pair came to the set-up session.
    const pairMentors = new Set(approvedPairs().map((p) => p.mentor));
    expect(ATTENDANCE.setup.absent.filter((id) => pairMentors.has(id))).toEqual([]);
    expect(status('training')).toBe('выполнено');
    // All programmes closed, with end answers; the seminar and the round table are «проведено».
    expect(status('monitoring')).toBe('выполнено');
    expect(status('conference')).toBe('выполнено');
    expect(status('roundTable')).toBe('выполнено');
    // Stages 1–3 have nothing published yet, so coverage is in progress (its deadline is the year's end).
    expect(status('coverage')).toBe('в работе');
    // The programmes: every one made, and the activities the mentors marked.
    const programmes = rows.find((r) => r.row === roadmapRow('pairProgrammes'))!;
    expect(programmes.get('Показатель (по данным таблицы)')).toMatch(
      new RegExp(`; отмечено выполненных мероприятий: ${programmeMarks().length}$`),
    );
    // Nothing is overdue at the end of May: the materials of stage 4.2 were uploaded in time.
    expect(rows.filter((r) => r.get('Статус') === 'просрочено').map((r) => r.get('Мероприятие'))).toEqual([]);
    // The row the stage-5 publication was prepared from.
    const milestone = rows.find((r) => r.row === roadmapRow(PUBLICITY.milestone.activity))!;
    expect([milestone.get('Этап'), milestone.get('Мероприятие')]).toEqual([
      PUBLICITY.milestone.stage,
      'Формирование наставнических пар/групп',
    ]);
  });

  it('«Публикации» per stage counts what was published: stage 4 two, stages 5 and 6 one each, stage 7 all four', () => {
    replayed();
    const byStage = new Map<number, Set<CellValue>>();
    for (const r of rowsOf(atEnd, 'Дорожная карта')) {
      const stage = Number(r.get('Этап'));
      byStage.set(stage, new Set([...(byStage.get(stage) ?? []), r.get('Публикации')]));
    }
    expect([...byStage].map(([stage, n]) => [stage, [...n]])).toEqual([
      [1, [0]],
      [2, [0]],
      [3, [0]],
      [4, [2]],
      [5, [1]],
      [6, [1]],
      [7, [4]],
    ]);
  });
});
