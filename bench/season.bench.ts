import { execFileSync } from 'child_process';
import * as path from 'path';
import { BenchCollege } from './college';
import { CONSENT_COLUMNS, CONSENT_PURPOSES } from '../src/core/consent/registry';
import { PAIRS_COLUMNS, PAIRS_SHEET } from '../src/core/pairs/columns';
import { COMPLETION_COLUMNS } from '../src/core/season/completion/columns';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
} from '../src/core/season/events/columns';
import { PRACTICES_SHEET, PRACTICE_COLUMNS } from '../src/core/season/practices/columns';
import { MONITORING_SHEET, REMINDERS_SHEET } from '../src/core/season/monitoring/sheet-names';
import { PUBLICATIONS_SHEET } from '../src/core/publicity/columns';
import { ROADMAP_SHEET } from '../src/core/roadmap/columns';
import { FORMS_PROPERTY } from '../src/core/setup/forms-plan';
import type { CellValue } from '../src/ports';
import type { SheetModel, SpreadsheetModel } from '../src/offline/spreadsheet/store';
import {
  answersByTitle,
  responsesSheet,
  type MonitoringAnswer,
} from '../tests/core/season/monitoring-fixture';

/**
 * Stages 4.2, 6 and 7 at college scale (issue 6 and 7): what each menu item of the season costs in Apps
 * Script — service calls (of which Spreadsheet, Calendar, Mail and DocumentApp), predicted time from the
 * offline Workspace's latency table — and what this machine took to simulate it. Every measured action
 * runs through the BUILT bundle's real entry point (`dist/Code.js`: a menu click, a form submission
 * and its trigger), so the figures include what main.ts wraps around it: each stage's menu item ends
 * with the quiet refresh of «Дорожная карта» (thenRefreshRoadmap), whose own cost is the
 * «Обновить дорожную карту» row. The data is seeded cheaply and without counting (the spreadsheet
 * store's raw writes, as a form writes its response sheet), and each case checks that the action did
 * what it should before its figures are kept — a broken run throws instead of printing a figure.
 *
 * `summariseMonitoring` on 5,000 pairs × 20,000 answers is pure computation: wall time and peak memory,
 * in its own Node process (monitoring-case.ts), as the matching benchmark does.
 */

export interface SeasonMeasurement {
  benchmark: string;
  case: string;
  /** What the action was checked to have done. */
  result: string;
  calls: number;
  spreadsheetCalls: number;
  calendarCalls: number;
  mailCalls: number;
  docsCalls: number;
  predictedMs: number;
  offlineMedianMs: number;
  runs: number;
}

type Figures = Omit<SeasonMeasurement, 'benchmark' | 'case' | 'offlineMedianMs' | 'runs'>;

interface SeasonCase {
  benchmark: string;
  name: string;
  /** Builds and seeds a college, returns the measured action; it throws when the action went wrong. */
  prepare: () => () => Figures;
  runs: number;
}

// ── A college in its season, seeded without counting ──

const FULL_NAMES = [
  'Иванова Мария Петровна',
  'Петров Иван Сергеевич',
  'Смирнова Анна Олеговна',
  'Кузнецов Олег Игоревич',
  'Соколова Елена Викторовна',
  'Попов Андрей Николаевич',
  'Лебедева Ольга Ивановна',
  'Козлов Сергей Павлович',
  'Новикова Татьяна Юрьевна',
  'Морозов Дмитрий Алексеевич',
  'Волкова Наталья Сергеевна',
  'Зайцев Павел Андреевич',
];

/** Midnight in Moscow (the script's time zone), as Sheets hands a date over. */
const day = (d: number, m: number, y: number): Date => new Date(Date.UTC(y, m - 1, d, -3));

const mentorOf = (i: number) => ({
  email: `mentor${i}@college.example`,
  fullName: FULL_NAMES[i % FULL_NAMES.length]!,
});
const menteeOf = (i: number) => ({
  email: `mentee${i}@college.example`,
  fullName: FULL_NAMES[(i + 5) % FULL_NAMES.length]!,
});

const COLLEGE_SETTINGS: Record<string, string> = {
  'organization.fullName': 'Профессиональное образовательное учреждение «Колледж управления»',
  'organization.shortName': 'ПОУ «КУ»',
  'organization.address': 'г. Северодвинск, ул. Ломоносова, д. 1',
  'organization.inn': '2902000000',
  'organization.ogrn': '1022900000000',
  'director.name': 'Лукьяненко Светлана Викторовна',
  'curator.name': 'Смирнов Алексей Игоревич',
  'publicity.resources': 'https://college.example.ru\nhttps://vk.com/college_example',
};

interface PairShape {
  start: Date;
  end: Date;
  status: string;
}

/** A monitoring answer of a pair's participant: scores vary with the pair, both phases alike. */
function monitoringAnswer(
  pair: number,
  role: 'наставник' | 'наставляемый',
  phase: MonitoringAnswer['phase'],
  at: Date,
): MonitoringAnswer {
  const who = role === 'наставник' ? mentorOf(pair) : menteeOf(pair);
  const end = phase === 'завершение программы';
  return {
    at,
    email: who.email,
    name: who.fullName,
    role,
    phase,
    effectiveness: 4 + (pair % 5) + (end ? 1 : 0),
    others: 5 + (pair % 4) + (end ? 1 : 0),
    frequency: pair % 3 === 0 ? 'ежемесячно' : 'еженедельно',
    flags: ['да', pair % 2 === 0 ? 'да' : 'нет', pair % 4 === 0 ? 'да' : 'нет', 'да'],
    valuable: end ? 'Разбор занятий с наставником' : '',
  };
}

/** Four answers per pair: the mentor and the mentee, at the start and at the end of the programme. */
export function seasonAnswers(pairs: number, from = 0): MonitoringAnswer[] {
  const out: MonitoringAnswer[] = [];
  const base = Date.UTC(2026, 7, 1, 7);
  for (let p = from; p < from + pairs; p += 1)
    for (const phase of ['начало программы', 'завершение программы'] as const)
      for (const role of ['наставник', 'наставляемый'] as const)
        out.push(monitoringAnswer(p, role, phase, new Date(base + out.length * 60_000)));
  return out;
}

export class SeasonCollege extends BenchCollege {
  /** «Настроить систему» run; the clock moved to `now` if given (the college's season date). */
  constructor(now?: Date) {
    super();
    this.setUp();
    if (now) this.workspace.kernel.clock.set(now);
  }

  private model(): SpreadsheetModel {
    return this.workspace.sheets.get(this.workspace.kernel.container!.id)!;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model().sheetByName(name);
    if (!sheet) throw new Error(`The bench expected a sheet «${name}»`);
    return sheet;
  }

  /** A sheet's values as they are, without counting a call. */
  values(name: string): CellValue[][] {
    return this.sheet(name).getValuesRaw();
  }

  /** Data rows (below the header) with anything in them. */
  dataRows(name: string): number {
    return this.values(name)
      .slice(1)
      .filter((r) => r.some((v) => v !== '' && v !== null)).length;
  }

  /** Appends records under a sheet's headers (columns found by header), as raw values. */
  append(name: string, records: ReadonlyArray<Record<string, CellValue>>): void {
    if (records.length === 0) return;
    const sheet = this.sheet(name);
    const headers = (sheet.getValuesRaw()[0] ?? []).map(String);
    for (const key of Object.keys(records[0]!))
      if (!headers.includes(key)) throw new Error(`Sheet «${name}» has no column «${key}»`);
    const rows = records.map((r) => headers.map((h) => r[h] ?? ''));
    sheet.writeRaw(sheet.lastRow() + 1, 1, rows);
  }

  /** «Настройки» by key, as staff fill them in. */
  settings(values: Record<string, string>): this {
    const sheet = this.sheet('Настройки');
    const rows = sheet.getValuesRaw();
    const keyAt = rows[0]!.indexOf('Ключ');
    const valueAt = rows[0]!.indexOf('Значение');
    for (const [key, value] of Object.entries(values)) {
      const i = rows.findIndex((r) => r[keyAt] === key);
      if (i < 0) throw new Error(`No setting ${key}`);
      sheet.writeRawValue(i + 1, valueAt + 1, value);
    }
    return this;
  }

  /**
   * `count` one-to-one pairs numbered from 1 (mentor i, mentee i) in «Пары и группы», and everyone's
   * consent to processing in «Согласия».
   */
  pairs(count: number, shape: PairShape): this {
    const P = PAIRS_COLUMNS;
    this.append(
      PAIRS_SHEET,
      Array.from({ length: count }, (_, i) => ({
        [P.id]: String(i + 1),
        [P.mentorEmail]: mentorOf(i).email,
        [P.mentorName]: mentorOf(i).fullName,
        [P.menteeEmails]: menteeOf(i).email,
        [P.menteeNames]: menteeOf(i).fullName,
        [P.form]: 'традиционная «один-на-один»',
        [P.start]: shape.start,
        [P.end]: shape.end,
        [P.status]: shape.status,
        [P.order]: '№ 1-од от 01.09.2026',
      })),
    );
    const C = CONSENT_COLUMNS;
    this.append(
      'Согласия',
      Array.from({ length: count }, (_, i) => [
        { ...mentorOf(i), role: 'наставник' },
        { ...menteeOf(i), role: 'наставляемый' },
      ])
        .flat()
        .map((p) => ({
          [C.email]: p.email,
          [C.fullName]: p.fullName,
          [C.role]: p.role,
          [C.purpose]: CONSENT_PURPOSES.processing,
          [C.decidedAt]: day(1, 9, 2025),
          [C.source]: 'форма',
          [C.status]: 'дано',
        })),
    );
    return this;
  }

  formId(key: string): string {
    const stored = JSON.parse(
      this.workspace.services.PropertiesService.getDocumentProperties()!.getProperty(FORMS_PROPERTY)!,
    ) as Record<string, { formId: string }>;
    return stored[key]!.formId;
  }

  /** Monitoring answers written straight into the form's response sheet (triggers never see them). */
  monitoringAnswers(answers: readonly MonitoringAnswer[]): this {
    const formId = this.formId('monitoring');
    const sheet = this.model().sheets.find((s) => s.formUrl?.includes(formId));
    if (!sheet) throw new Error('No response sheet of the monitoring form');
    const [given, ...rows] = responsesSheet(answers);
    const headers = (sheet.getValuesRaw()[0] ?? []).map(String);
    const at = headers.map((h) => given!.indexOf(h));
    if (at.some((i) => i < 0)) throw new Error(`Unexpected response sheet headers: ${headers.join(' | ')}`);
    sheet.writeRaw(
      sheet.lastRow() + 1,
      1,
      rows.map((r) => at.map((i) => r[i]!)),
    );
    return this;
  }

  /** One answer through the form: the on-form-submit trigger runs the add-on. */
  submitMonitoring(a: MonitoringAnswer): void {
    this.workspace.forms.submitAsRespondent(this.formId('monitoring'), answersByTitle(a), a.email, a.at);
  }

  /** The last alert or toast the person saw. */
  lastShown(kind: 'alert' | 'toast'): string {
    return this.workspace.kernel.screen.filter((e) => e.kind === kind).slice(-1)[0]?.content ?? '';
  }

  /** Documents made so far (not counted). */
  documentCount(): number {
    return this.workspace.documents.all().length;
  }

  /** Service calls, by service, of what `body` makes the add-on do; throws when an execution failed. */
  figures(body: () => void): Omit<Figures, 'result'> {
    const { calls } = this.workspace.kernel;
    const snapshot = () => ({
      total: calls.total,
      sheets: calls.countPrefix('SpreadsheetApp.'),
      calendar: calls.countPrefix('CalendarApp.'),
      mail: calls.countPrefix('MailApp.'),
      docs: calls.countPrefix('DocumentApp.'),
      ms: calls.predictedTimeMs,
    });
    const before = snapshot();
    const journaled = this.values('Журнал').length;
    this.measure(body);
    const after = snapshot();
    // A failure the add-on caught (the quiet road-map refresh, an action's own error) is a «Журнал» row
    // at level «ошибка», not a failed execution: it must not pass for a figure either.
    const errors = this.values('Журнал')
      .slice(journaled)
      .filter((r) => r.includes('ошибка'));
    if (errors.length > 0)
      throw new Error(`The add-on journaled an error while measured: ${errors[0]!.join(' | ')}`);
    return {
      calls: after.total - before.total,
      spreadsheetCalls: after.sheets - before.sheets,
      calendarCalls: after.calendar - before.calendar,
      mailCalls: after.mail - before.mail,
      docsCalls: after.docs - before.docs,
      predictedMs: after.ms - before.ms,
    };
  }
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Benchmark check failed: ${what}`);
}

const plural = (n: number) => n.toLocaleString('en');

// ── «Создать приглашения на мероприятия» ──

const EVENT_DATE = (k: number): Date => new Date(Date.UTC(2026, 9, 5 + k, 11));

function eventsCase(events: number, participants: 50 | 500, rerun: boolean): SeasonCase {
  // 250 pairs: «все» means their 500 people, «пары: 1, …, 25» the 50 people of 25 pairs.
  const cell =
    participants === 500 ? 'все' : `пары: ${Array.from({ length: 25 }, (_, i) => i + 1).join(', ')}`;
  return {
    benchmark: '«Создать приглашения на мероприятия»',
    name: `${rerun ? 're-run (no change)' : 'first run'}: ${events} events × ${participants} participants`,
    runs: 3,
    prepare: () => {
      const college = new SeasonCollege().settings(COLLEGE_SETTINGS);
      college.pairs(250, { start: day(1, 9, 2026), end: day(31, 5, 2027), status: 'действует' });
      const E = EVENT_COLUMNS;
      college.append(
        EVENTS_SHEET,
        Array.from({ length: events }, (_, k) => ({
          [E.kind]: k % 2 === 0 ? 'консультация' : 'обмен опытом',
          [E.title]: `Тема ${k + 1}: проектирование занятия`,
          [E.start]: EVENT_DATE(k),
          [E.place]: 'ауд. 204',
          [E.participants]: cell,
          [E.responsible]: 'Смирнов А.И.',
          [E.status]: 'запланировано',
        })),
      );
      if (rerun) college.clickMenu('Создать приглашения на мероприятия');
      const before = {
        events: college.workspace.calendar.events().length,
        invitations: college.workspace.calendar.invitationsSent().length,
        attendance: college.dataRows(ATTENDANCE_SHEET),
      };
      return () => {
        const figures = college.figures(() => college.clickMenu('Создать приглашения на мероприятия'));
        const after = {
          events: college.workspace.calendar.events().length,
          invitations: college.workspace.calendar.invitationsSent().length,
          attendance: college.dataRows(ATTENDANCE_SHEET),
        };
        const alert = college.lastShown('alert');
        if (rerun) {
          check(
            after.events === events && after.invitations === before.invitations,
            `re-run made no event and sent no invitation (${JSON.stringify({ before, after })})`,
          );
          check(after.attendance === before.attendance, 're-run added no «Посещаемость» row');
          check(alert.includes(`Без изменений: ${events}.`), `the summary says nothing changed: ${alert}`);
        } else {
          check(after.events === events, `${events} Calendar events (got ${after.events})`);
          check(
            after.invitations === events * participants,
            `${events * participants} invitations (got ${after.invitations})`,
          );
          check(
            after.attendance === events * participants,
            `${events * participants} «Посещаемость» rows (got ${after.attendance})`,
          );
          check(
            alert.startsWith(`Создано событий в календаре: ${events} `),
            `the summary counts the events: ${alert.split('\n')[0]}`,
          );
        }
        return {
          ...figures,
          result: rerun
            ? `${after.events} events unchanged, no invitation sent`
            : `${after.events} events, ${plural(after.invitations)} invitations, ${plural(after.attendance)} attendance rows`,
        };
      };
    },
  };
}

// ── Monitoring: the trigger's run after one answer, and «Обновить мониторинг» ──

/**
 * A college whose pairs end within the monitoring window (both phases due), with `answers` answers
 * (four per pair) in the response sheet; one more pair waits to answer through the form.
 */
function monitoringCollege(answers: number): { college: SeasonCollege; pairs: number } {
  const pairs = answers / 4;
  const college = new SeasonCollege().settings(COLLEGE_SETTINGS);
  college.pairs(pairs + 1, { start: day(1, 10, 2025), end: day(20, 9, 2026), status: 'действует' });
  college.monitoringAnswers(seasonAnswers(pairs));
  return { college, pairs };
}

const counted = (college: SeasonCollege): number =>
  college.values('История анкет').filter((r) => r.includes('учтён в мониторинге')).length;

function monitoringCase(answers: number, measured: 'submission' | 'refresh-first' | 'refresh'): SeasonCase {
  const names = {
    submission: `one answer submitted (the trigger's run), ${plural(answers)} answers before`,
    'refresh-first': `«Обновить мониторинг», ${plural(answers)} answers, all new to «История анкет»`,
    refresh: `«Обновить мониторинг» again, ${plural(answers)} answers`,
  };
  return {
    benchmark: 'Мониторинг',
    name: names[measured],
    runs: 3,
    prepare: () => {
      const { college, pairs } = monitoringCollege(answers);
      if (measured !== 'refresh-first') college.clickMenu('Обновить мониторинг');
      const expected = measured === 'submission' ? answers + 1 : answers;
      return () => {
        const figures = college.figures(() =>
          measured === 'submission'
            ? college.submitMonitoring(
                monitoringAnswer(pairs, 'наставник', 'начало программы', new Date(Date.UTC(2026, 8, 1, 6))),
              )
            : college.clickMenu('Обновить мониторинг'),
        );
        check(
          counted(college) === expected,
          `«История анкет» records ${expected} answers as counted (got ${counted(college)})`,
        );
        const summary = college.values(MONITORING_SHEET);
        check(summary.length > 10, '«Мониторинг» was written');
        if (measured !== 'submission') {
          const toast = college.lastShown('toast');
          check(
            toast.includes(`учтено ${expected} `) && !toast.includes('не учтено'),
            `the toast counts ${expected} answers and ignores none: ${toast}`,
          );
        }
        return { ...figures, result: `${plural(expected)} answers counted` };
      };
    },
  };
}

// ── «Напомнить о мониторинге…» (consumer quota: 100 recipients a day) ──

function remindersCase(due: number): SeasonCase {
  return {
    benchmark: 'Мониторинг',
    name: `«Напомнить о мониторинге…», ${due} due, quota 100, preview confirmed`,
    runs: 3,
    prepare: () => {
      const college = new SeasonCollege().settings(COLLEGE_SETTINGS);
      // Running programmes: only the start is due, two people a pair.
      college.pairs(due / 2, { start: day(1, 9, 2026), end: day(31, 5, 2027), status: 'действует' });
      check(college.workspace.services.MailApp.getRemainingDailyQuota() === 100, 'consumer quota 100');
      return () => {
        const figures = college.figures(() => college.person.clickMenu('Напомнить о мониторинге…', ['YES']));
        const sent = college.workspace.mail.outbox.length;
        const logged = college.dataRows(REMINDERS_SHEET);
        const alert = college.lastShown('alert');
        const preview = college.workspace.kernel.screen.find((e) => e.answer === 'YES')?.content ?? '';
        check(
          preview.includes(`Будет отправлено ${due} `) &&
            preview.includes('Сегодня можно отправить ещё 100 '),
          `the preview names ${due} letters and today's quota: ${preview.split('\n').slice(0, 2).join(' / ')}`,
        );
        check(sent === 100 && logged === 100, `100 letters sent and logged (got ${sent}, ${logged})`);
        if (due > 100)
          check(alert.includes(`Ещё ${due - 100} `), `the rest (${due - 100}) reported: ${alert}`);
        else check(alert.startsWith('Отправлено 100 '), `all sent: ${alert}`);
        return {
          ...figures,
          result: due > 100 ? `100 sent, ${due - 100} left for tomorrow` : '100 sent',
        };
      };
    },
  };
}

// ── «Завершить пару или группу…» ──

function closeCase(kind: 'finished' | 'terminated'): SeasonCase {
  const pairs = 1000;
  const row = 501;
  return {
    benchmark: '«Завершить пару или группу…»',
    name: `${kind === 'finished' ? '«завершена»' : '«расторгнута» (reason, notice)'}, row ${row} of ${plural(pairs)} pairs`,
    runs: 3,
    prepare: () => {
      const college = new SeasonCollege().settings(COLLEGE_SETTINGS);
      college.pairs(pairs, { start: day(1, 9, 2025), end: day(31, 5, 2026), status: 'действует' });
      college.person.selectCell(PAIRS_SHEET, row, 1);
      const answers = kind === 'finished' ? ['YES', ''] : ['NO', 'по инициативе наставника', '', ''];
      return () => {
        const figures = college.figures(() =>
          college.person.clickMenu('Завершить пару или группу…', answers),
        );
        const values = college.values(PAIRS_SHEET);
        const headers = values[0]!.map(String);
        const status = values[row - 1]![headers.indexOf(PAIRS_COLUMNS.status)];
        const closedAt = values[row - 1]![headers.indexOf(COMPLETION_COLUMNS.closedAt)];
        const expected = kind === 'finished' ? 'завершена' : 'расторгнута';
        check(
          status === expected && closedAt instanceof Date,
          `row ${row} is «${expected}» (got «${status}»)`,
        );
        const others = values
          .slice(1)
          .filter((r, i) => i + 2 !== row && r[headers.indexOf(PAIRS_COLUMNS.status)] !== 'действует');
        check(others.length === 0, 'no other row changed');
        return { ...figures, result: `pair ${row - 1} ${expected}` };
      };
    },
  };
}

// ── A season at its end: report, publication, road map ──

/**
 * A college on 15.06.2027 with `pairs` finished pairs, four answers each, four held events everyone
 * attended, a practice for every tenth pair, and the settings filled in.
 */
export function endOfSeason(pairs: number): SeasonCollege {
  const college = new SeasonCollege(new Date('2027-06-15T07:00:00Z')).settings(COLLEGE_SETTINGS);
  college.pairs(pairs, { start: day(1, 9, 2026), end: day(31, 5, 2027), status: 'завершена' });
  college.monitoringAnswers(seasonAnswers(pairs));
  const E = EVENT_COLUMNS;
  const events = [
    ['М-1', 'установочная сессия наставников', 'Установочная сессия', day(15, 9, 2026)],
    ['М-2', 'обмен опытом', 'Обмен опытом наставников', day(10, 11, 2026)],
    ['М-3', 'конференция или семинар', 'Семинар «Наставничество в колледже»', day(12, 2, 2027)],
    ['М-4', 'круглый стол', 'Круглый стол «Лучшие практики»', day(20, 5, 2027)],
  ] as const;
  college.append(
    EVENTS_SHEET,
    events.map(([id, kind, title, date]) => ({
      [E.id]: id,
      [E.kind]: kind,
      [E.title]: title,
      [E.start]: new Date(date.getTime() + 17 * 3_600_000),
      [E.place]: 'актовый зал',
      [E.participants]: 'все',
      [E.responsible]: 'Смирнов А.И.',
      [E.status]: 'проведено',
    })),
  );
  const A = ATTENDANCE_COLUMNS;
  college.append(
    ATTENDANCE_SHEET,
    events.flatMap(([id, , title, date]) =>
      Array.from({ length: pairs }, (_, i) => [
        { ...mentorOf(i), role: 'наставник' },
        { ...menteeOf(i), role: 'наставляемый' },
      ])
        .flat()
        .map((p) => ({
          [A.eventId]: id,
          [A.event]: title,
          [A.date]: date,
          [A.fullName]: p.fullName,
          [A.email]: p.email,
          [A.role]: p.role,
          [A.present]: 'да',
        })),
    ),
  );
  const P = PRACTICE_COLUMNS;
  college.append(
    PRACTICES_SHEET,
    Array.from({ length: Math.ceil(pairs / 10) }, (_, k) => ({
      [P.id]: `К-${k + 1}`,
      [P.title]: `Практика ${k + 1}: кейс-метод на занятии`,
      [P.authors]: mentorOf(k * 10).fullName,
      [P.email]: mentorOf(k * 10).email,
      [P.pair]: String(k * 10 + 1),
      [P.kind]: 'методическая разработка',
      [P.date]: day(1, 3, 2027),
      [P.status]: 'одобрена',
      [P.best]: k % 2 === 0 ? 'да' : '',
    })),
  );
  return college;
}

const REPORT_KEY = 'finalReport:2026/2027';

function reportId(college: SeasonCollege): string | undefined {
  const drive = JSON.parse(
    college.workspace.services.PropertiesService.getDocumentProperties()!.getProperty('nastavnik.drive')!,
  ) as { generated?: Record<string, string> };
  return drive.generated?.[REPORT_KEY];
}

function finalReportCase(pairs: number, second: boolean): SeasonCase {
  return {
    benchmark: '«Сформировать итоговый отчёт»',
    name: `${second ? 'second run (same Doc rendered again)' : 'first run'}, ${pairs} pairs`,
    runs: 3,
    prepare: () => {
      const college = endOfSeason(pairs);
      if (second) college.clickMenu('Сформировать итоговый отчёт');
      const before = { docs: college.documentCount(), id: reportId(college) };
      return () => {
        const figures = college.figures(() => college.clickMenu('Сформировать итоговый отчёт'));
        const alert = college.lastShown('alert');
        const id = reportId(college);
        if (second) {
          check(id !== undefined && id === before.id, 'the same report Doc');
          check(college.documentCount() === before.docs, 'no new Doc');
          check(alert.includes('обновлён по данным таблицы'), `refreshed: ${alert.split('\n')[0]}`);
        } else {
          check(id !== undefined && college.documentCount() === before.docs + 1, 'one new report Doc');
          check(alert.startsWith('Итоговый отчёт сформирован'), `made: ${alert.split('\n')[0]}`);
        }
        check(alert.includes(`пар и групп — ${pairs},`), `the report covers ${pairs} pairs: ${alert}`);
        const text = college.workspace.documents.plainText(id!);
        return { ...figures, result: `${second ? 'refreshed' : 'made'}: ${plural(text.length)} characters` };
      };
    },
  };
}

function publicationCase(participants: number, again: boolean): SeasonCase {
  return {
    benchmark: '«Подготовить публикацию…»',
    name: `${again ? 'again (drafts rewritten)' : 'first'}: held event, ${participants} participants, half consent to publication`,
    runs: 3,
    prepare: () => {
      const college = endOfSeason(participants / 2);
      // Half the people consent to publication, every category allowed.
      const C = CONSENT_COLUMNS;
      college.append(
        'Согласия',
        Array.from({ length: participants / 2 }, (_, i) => (i % 2 === 0 ? mentorOf(i) : menteeOf(i))).map(
          (p) => ({
            [C.email]: p.email,
            [C.fullName]: p.fullName,
            [C.purpose]: CONSENT_PURPOSES.publication,
            [C.decidedAt]: day(1, 10, 2026),
            [C.source]: 'форма',
            [C.status]: 'дано',
            [C.note]: 'разрешено: всё',
          }),
        ),
      );
      college.person.selectCell(EVENTS_SHEET, 3, 1); // М-2, «обмен опытом»
      if (again) college.clickMenu('Подготовить публикацию…');
      const before = college.documentCount();
      return () => {
        const figures = college.figures(() => college.clickMenu('Подготовить публикацию…'));
        const rows = college.dataRows(PUBLICATIONS_SHEET);
        const made = college.documentCount() - before;
        check(rows === 2, `two rows of «Публикации» (got ${rows})`);
        check(made === (again ? 0 : 2), `${again ? 'no' : 'two'} new Docs (got ${made})`);
        const alert = college.lastShown('alert');
        check(alert.includes('М-2'), `the summary names the event: ${alert.split('\n')[0]}`);
        return { ...figures, result: again ? '2 drafts rewritten' : '2 drafts, 2 rows of «Публикации»' };
      };
    },
  };
}

function roadmapCase(pairs: number): SeasonCase {
  return {
    benchmark: '«Обновить дорожную карту»',
    name: `season's sheets filled, ${plural(pairs)} pairs, ${plural(pairs * 4)} answers`,
    runs: 3,
    prepare: () => {
      const college = endOfSeason(pairs);
      return () => {
        const figures = college.figures(() => college.clickMenu('Обновить дорожную карту'));
        const alert = college.lastShown('alert');
        check(alert.startsWith('Дорожная карта обновлена'), `refreshed: ${alert}`);
        const rows = college.dataRows(ROADMAP_SHEET);
        check(rows >= 19, `«Дорожная карта» has its activities (got ${rows})`);
        return { ...figures, result: alert.split('\n')[0]!.replace('Дорожная карта обновлена: ', '') };
      };
    },
  };
}

export const SEASON_CASES: SeasonCase[] = [
  eventsCase(10, 50, false),
  eventsCase(10, 50, true),
  eventsCase(10, 500, false),
  eventsCase(10, 500, true),
  ...[100, 1000, 4000].flatMap((n) => [
    monitoringCase(n, 'submission'),
    monitoringCase(n, 'refresh-first'),
    monitoringCase(n, 'refresh'),
  ]),
  remindersCase(100),
  remindersCase(150),
  closeCase('finished'),
  closeCase('terminated'),
  finalReportCase(20, false),
  finalReportCase(20, true),
  finalReportCase(200, false),
  finalReportCase(200, true),
  publicationCase(200, false),
  publicationCase(200, true),
  roadmapCase(200),
  roadmapCase(1000),
];

export function measureSeason(cases: readonly SeasonCase[] = SEASON_CASES): SeasonMeasurement[] {
  return cases.map((c) => {
    const times: number[] = [];
    let figures: Figures | undefined;
    for (let i = 0; i < c.runs; i += 1) {
      const run = c.prepare();
      const started = process.hrtime.bigint();
      figures = run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    return {
      benchmark: c.benchmark,
      case: c.name,
      ...figures!,
      offlineMedianMs: times[Math.floor(times.length / 2)]!,
      runs: c.runs,
    };
  });
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function formatSeasonTable(rows: readonly SeasonMeasurement[]): string {
  return table(
    [
      'benchmark',
      'case',
      'checked result',
      'service calls',
      'Spreadsheet',
      'Calendar',
      'Mail',
      'DocumentApp',
      'predicted Apps Script time',
      'offline (median)',
    ],
    rows.map((r) => [
      r.benchmark,
      r.case,
      r.result,
      String(r.calls),
      String(r.spreadsheetCalls),
      String(r.calendarCalls),
      String(r.mailCalls),
      String(r.docsCalls),
      `${(r.predictedMs / 1000).toFixed(2)} s`,
      `${r.offlineMedianMs.toFixed(1)} ms${r.runs > 1 ? ` (${r.runs} runs)` : ''}`,
    ]),
  );
}

// ── summariseMonitoring alone, in its own process ──

export interface PureMeasurement {
  case: string;
  runs: number;
  medianMs: number;
  peakRssMb: number;
  rssBeforeMb: number;
  detail: string;
}

export function measureSummary(pairs = 5000, answers = 20_000, runs = 3): PureMeasurement {
  const script = path.join(__dirname, 'monitoring-case.ts');
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', script, String(pairs), String(answers), String(runs)],
    { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, TZ: 'Europe/Moscow' } },
  );
  const figures = JSON.parse(out.trim().split('\n').pop()!) as Omit<PureMeasurement, 'case'>;
  return { case: `summariseMonitoring, ${plural(pairs)} pairs × ${plural(answers)} answers`, ...figures };
}

export function formatSummaryTable(rows: readonly PureMeasurement[]): string {
  return table(
    ['benchmark', 'case', 'runs', 'wall time (median)', 'RSS at start', 'peak RSS', 'result'],
    rows.map((r) => [
      'Мониторинг (чистое вычисление)',
      r.case,
      String(r.runs),
      `${r.medianMs.toFixed(0)} ms`,
      `${r.rssBeforeMb.toFixed(0)} MB`,
      `${r.peakRssMb.toFixed(0)} MB`,
      r.detail,
    ]),
  );
}

if (require.main === module) {
  process.env.TZ = 'Europe/Moscow';
  const only = process.argv[2];
  const cases = only ? SEASON_CASES.filter((c) => `${c.benchmark} ${c.name}`.includes(only)) : SEASON_CASES;
  console.log(formatSeasonTable(measureSeason(cases)));
  if (!only) console.log(`\n${formatSummaryTable([measureSummary()])}`);
}
