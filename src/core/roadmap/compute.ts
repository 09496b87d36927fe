import type { CellValue } from '../../ports/workbook';
import { BANK_SYSTEM_HEADERS } from '../banks/columns';
import { ROADMAP_STAGES } from '../documents/roadmap';
import { calendarDay, formatDateNumeric, parseDayText, type CalendarDay } from '../documents/dates';
import { CANCELLED_STATUS, ORDER_REGISTER_SHEET, documentKey, readRegisterRows } from '../documents/register';
import { PROGRESS_SHEET } from '../documents/completion';
import { roadmapRu } from '../messages/roadmap';
import { PAIRS_COLUMNS, PAIRS_SHEET, WAITING_COLUMNS, WAITING_SHEET } from '../pairs/columns';
import { isGroupRow, readPairRows, statusKind, type PairRow } from '../pairs/pairs-sheet';
import { tableOf, textAt, valueAt, type Table } from '../pairs/table';
import { normalizeEmail } from '../people/email';
import { PAIRS_DOCUMENT_COLUMNS } from '../schema/document-columns';
import { headerKey } from '../schema/headers';
import { sheetSpec } from '../schema/sheets';
import type { Settings } from '../settings/settings';
import { PUBLICATIONS_SHEET, PUBLICATION_COLUMNS, publicationStatusKind } from '../publicity/columns';
import { summariseMonitoring } from '../season/monitoring/columns';
import { PRACTICES_SHEET, PRACTICE_COLUMNS, BEST_PRACTICE_MARK } from '../season/practices/columns';
import {
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
  EVENT_KINDS,
  isCancelledStatus,
  trainedMentors,
} from '../season/events/columns';
import { ROADMAP_STATUS, type RoadmapStatus } from './columns';
import { compareDays, dayInstant, dayStart, deadlineDay } from './deadline';

/**
 * The road-map dashboard (issue 7, item 3) as a pure function: for each activity of the seven stages,
 * a fact in Russian and a status computed from the sheets, with the stage's deadline and responsible
 * person from «Настройки» (`roadmap.stageN.deadline` / `.responsible`, the rows the road-map document
 * prints). The sheet writer (plan.ts) and other features (publicity drafts of a stage) read it here.
 *
 * Status: «выполнено» when the data shows the activity done; otherwise «просрочено» once the stage's
 * deadline day has passed; otherwise «в работе» when something of it exists; otherwise «не начато».
 */

export type RoadmapActivityKey = keyof typeof roadmapRu.activities;

export type SheetValues = readonly (readonly CellValue[])[];

export interface RoadmapInput {
  /** Sheet values (header row first) by sheet name; a missing sheet counts as empty. */
  sheets: ReadonlyMap<string, SheetValues>;
  settings: Settings;
  now: Date;
  /** The college's zone for calendar days (default Europe/Moscow). */
  timeZone?: string;
  /**
   * Generated documents no sheet links to, by document key (`StoredDrive.generated`: «regulation:»,
   * «roadmap:»). Absent: the regulation and the road map count as made with the registered order
   * approving them («Сформировать локальные акты» makes the three together).
   */
  generatedDocuments?: Readonly<Record<string, string>>;
  /** Files in the Drive folder «Методические материалы»; null when the folder is not found. */
  materialsFiles?: number | null;
  /** The monitoring form's response sheet (read by form, whatever its tab is called); [] when none. */
  monitoringResponses?: SheetValues;
}

export interface RoadmapRow {
  /** 1–7. */
  stage: number;
  stageTitle: string;
  /** Stable key of the activity (the comment column is matched by stage and activity text). */
  key: RoadmapActivityKey;
  activity: string;
  /** The fact behind the status, in Russian. */
  indicator: string;
  status: RoadmapStatus;
  /** The deadline's last day (00:00 of it in the college's zone), null when «Настройки» names none readable. */
  deadline: Date | null;
  /** The deadline as typed in «Настройки». */
  deadlineText: string;
  responsible: string;
  /** Publications of this stage with status «опубликовано» (stage 7: all stages together). */
  publications: number;
  /** The numbers behind the indicator, by name, for other features (report, publicity). */
  facts: Readonly<Record<string, number>>;
}

type Progress = 'done' | 'started' | 'none';

interface Activity {
  stage: number;
  key: RoadmapActivityKey;
  progress: Progress;
  indicator: string;
  facts: Record<string, number>;
}

const MENTEES_SHEET = sheetSpec('mentees').name;
const MENTORS_SHEET = sheetSpec('mentors').name;
const CONSENTS_SHEET = sheetSpec('consents').name;

const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const progressOf = (done: boolean, started: boolean): Progress =>
  done ? 'done' : started ? 'started' : 'none';

/** Approved pairs and groups, including those since closed: they were formed. */
const FORMED = new Set(['approved', 'active', 'finished', 'terminated']);
/** Pairs with a programme to run: formed and not terminated. */
const WITH_PROGRAMME = new Set(['approved', 'active', 'finished']);

interface EventRow {
  kind: string;
  status: 'held' | 'planned' | 'cancelled';
  date: Date | null;
  title: string;
}

function readEvents(values: SheetValues | undefined): EventRow[] {
  const table = tableOf(EVENTS_SHEET, values);
  return table.rows.flatMap((row) => {
    const kind = headerKey(textAt(table, row, EVENT_COLUMNS.kind));
    if (!kind) return [];
    const status = headerKey(textAt(table, row, EVENT_COLUMNS.status));
    const start = valueAt(table, row, EVENT_COLUMNS.start);
    const day = start instanceof Date ? null : parseDayText(String(start).split(/\s+/)[0] ?? '');
    return [
      {
        kind,
        status: status.startsWith('проведен')
          ? ('held' as const)
          : isCancelledStatus(status)
            ? ('cancelled' as const)
            : ('planned' as const),
        date: start instanceof Date ? start : day ? dayInstant(day) : null,
        title: textAt(table, row, EVENT_COLUMNS.title),
      },
    ];
  });
}

interface BankFacts {
  people: number;
  given: number;
  withdrawn: number;
  pending: number;
  emails: Set<string>;
  consented: Set<string>;
}

function bankFacts(values: SheetValues | undefined, name: string): BankFacts {
  const table = tableOf(name, values);
  const facts: BankFacts = {
    people: 0,
    given: 0,
    withdrawn: 0,
    pending: 0,
    emails: new Set(),
    consented: new Set(),
  };
  for (const row of table.rows) {
    const email = normalizeEmail(textAt(table, row, BANK_SYSTEM_HEADERS.email));
    if (!email) continue;
    facts.people += 1;
    facts.emails.add(email);
    const consent = headerKey(textAt(table, row, BANK_SYSTEM_HEADERS.consent));
    if (consent === 'дано') {
      facts.given += 1;
      facts.consented.add(email);
    } else if (consent === 'отозвано') facts.withdrawn += 1;
    else facts.pending += 1;
  }
  return facts;
}

const dateText = (d: Date | null, timeZone: string): string => (d ? formatDateNumeric(d, timeZone) : '');

function eventSummary(events: readonly EventRow[], kinds: readonly string[], timeZone: string) {
  const own = events.filter((e) => kinds.includes(e.kind) && e.status !== 'cancelled');
  const label = (e: EventRow): string => dateText(e.date, timeZone) || e.title || e.kind;
  return {
    held: own.filter((e) => e.status === 'held').map(label),
    planned: own.filter((e) => e.status === 'planned').map(label),
  };
}

/** «5», «5.», «Этап 5», «5. Организация…» → 5; anything else → 0. */
export function stageNumberOf(value: CellValue): number {
  const m = /(?:^|\D)([1-7])(?:\D|$)/.exec(String(value ?? '').trim());
  return m ? Number(m[1]) : 0;
}

function activities(
  input: RoadmapInput,
  timeZone: string,
  deadlinePassed: (stage: number) => boolean,
  pubs: PublicationCounts,
): Activity[] {
  const sheet = (name: string): SheetValues | undefined => input.sheets.get(name);
  const I = roadmapRu.indicators;
  const out: Activity[] = [];
  const add = (
    stage: number,
    key: RoadmapActivityKey,
    progress: Progress,
    indicator: string,
    facts: Record<string, number> = {},
  ) => out.push({ stage, key, progress, indicator, facts });

  // Pairs and groups.
  const pairsTable: Table = tableOf(PAIRS_SHEET, sheet(PAIRS_SHEET));
  const pairs: PairRow[] = readPairRows(pairsTable).filter((p) => p.kind !== 'blank');
  const cell = (p: PairRow, header: string): string =>
    textAt(pairsTable, pairsTable.rows[p.row - 2] ?? [], header);
  const formed = pairs.filter((p) => FORMED.has(p.kind));
  const proposed = pairs.filter((p) => p.kind === 'proposed');
  const running = pairs.filter((p) => WITH_PROGRAMME.has(p.kind));
  const ordered = formed.filter((p) => cell(p, PAIRS_COLUMNS.order) !== '');
  const consented = formed.filter((p) => cell(p, PAIRS_DOCUMENT_COLUMNS.mentorConsent) !== '');
  const programmes = running.filter((p) => cell(p, PAIRS_DOCUMENT_COLUMNS.programme) !== '');
  const marked = tableOf(PROGRESS_SHEET, sheet(PROGRESS_SHEET)).rows.length;

  // Stage 1: local acts.
  const register = readRegisterRows(sheet(ORDER_REGISTER_SHEET) ?? []);
  const regulationOrder = register.find(
    (r) =>
      r.key === documentKey('orderRegulation', []) && r.status.toLowerCase() !== CANCELLED_STATUS && r.number,
  );
  add(
    1,
    'orderRegulation',
    progressOf(!!regulationOrder, false),
    regulationOrder
      ? I.orderRegistered(regulationOrder.number, dateValueText(regulationOrder.date, timeZone))
      : I.orderMissing,
  );
  for (const kind of ['regulation', 'roadmap'] as const) {
    const made = input.generatedDocuments
      ? !!input.generatedDocuments[documentKey(kind, [])]
      : !!regulationOrder;
    add(
      1,
      kind === 'regulation' ? 'regulation' : 'roadmapDocument',
      progressOf(made, false),
      made ? I.documentMade : I.documentMissing,
    );
  }
  add(
    1,
    'orderPairs',
    progressOf(
      formed.length > 0 && ordered.length === formed.length && consented.length === formed.length,
      ordered.length + consented.length > 0,
    ),
    I.orderPairs(ordered.length, consented.length, formed.length),
    { pairs: formed.length, ordered: ordered.length, mentorConsents: consented.length },
  );
  add(
    1,
    'programmesPrepared',
    progressOf(running.length > 0 && programmes.length === running.length, programmes.length > 0),
    I.programmes(programmes.length, running.length),
    { pairs: running.length, programmes: programmes.length },
  );

  // Stages 2 and 3: the banks.
  const mentees = bankFacts(sheet(MENTEES_SHEET), MENTEES_SHEET);
  const mentors = bankFacts(sheet(MENTORS_SHEET), MENTORS_SHEET);
  const collected = (b: BankFacts, stage: number): Progress =>
    progressOf(b.people > 0 && (formed.length > 0 || deadlinePassed(stage)), b.people > 0);
  // A bank is formed when everyone in it has consented, or once pairs have been formed from it: a teacher
  // who never consents cannot be made to (152-ФЗ), stays out of the work and is counted in the indicator,
  // and must not keep the stage «просрочено» all year.
  const bankProgress = (b: BankFacts): Progress =>
    progressOf(b.given > 0 && (b.pending === 0 || formed.length > 0), b.people > 0);
  const bankNumbers = (b: BankFacts) => ({
    people: b.people,
    given: b.given,
    withdrawn: b.withdrawn,
    pending: b.pending,
  });
  add(2, 'menteeRequests', collected(mentees, 2), I.requests(mentees.people), {
    questionnaires: mentees.people,
  });
  add(2, 'menteeBank', bankProgress(mentees), I.bank(bankNumbers(mentees)), bankNumbers(mentees));
  add(3, 'mentorSurvey', collected(mentors, 3), I.requests(mentors.people), {
    questionnaires: mentors.people,
  });
  add(3, 'mentorBank', bankProgress(mentors), I.bank(bankNumbers(mentors)), bankNumbers(mentors));

  // Stage 4: selection and training.
  const waitingTable = tableOf(WAITING_SHEET, sheet(WAITING_SHEET));
  const waiting = new Set(
    waitingTable.rows
      .map((r) => normalizeEmail(textAt(waitingTable, r, WAITING_COLUMNS.email)))
      .filter((e) => e),
  );
  const supported = waitingTable.rows.filter(
    (r) =>
      normalizeEmail(textAt(waitingTable, r, WAITING_COLUMNS.email)) &&
      textAt(waitingTable, r, WAITING_COLUMNS.supportNote),
  ).length;
  const inPairs = new Set(pairs.filter((p) => p.kind !== 'other').flatMap((p) => p.menteeEmails));
  const consentedMentees = [...mentees.consented];
  const paired = consentedMentees.filter((e) => inPairs.has(e)).length;
  const waitingConsented = consentedMentees.filter((e) => !inPairs.has(e) && waiting.has(e)).length;
  const considered = paired + waitingConsented;
  add(
    4,
    'selection',
    progressOf(consentedMentees.length > 0 && considered === consentedMentees.length, considered > 0),
    I.selection({ mentees: consentedMentees.length, considered, paired, waiting: waitingConsented }),
    { mentees: consentedMentees.length, considered, paired, waiting: waitingConsented },
  );
  const materials = input.materialsFiles === undefined ? null : input.materialsFiles;
  add(4, 'materials', progressOf((materials ?? 0) > 0, false), I.materials(materials), {
    files: materials ?? 0,
  });

  const events = readEvents(sheet(EVENTS_SHEET));
  const trainingKinds: string[] = [EVENT_KINDS.setupSession, EVENT_KINDS.consultation, EVENT_KINDS.exchange];
  const training = events.filter((e) => trainingKinds.includes(e.kind) && e.status !== 'cancelled');
  const trained = trainedMentors(sheet(EVENTS_SHEET), sheet(ATTENDANCE_SHEET));
  const pairMentors = new Set(
    running
      .filter((p) => p.kind !== 'finished')
      .map((p) => p.mentorEmail)
      .filter((e) => e),
  );
  const trainedOfPairs = [...pairMentors].filter((e) => trained.has(e)).length;
  const heldSetup = training.filter((e) => e.status === 'held' && e.kind === EVENT_KINDS.setupSession).length;
  const heldTraining = training.filter((e) => e.status === 'held').length;
  add(
    4,
    'training',
    progressOf(
      heldSetup > 0 && (pairMentors.size > 0 ? trainedOfPairs === pairMentors.size : trained.size > 0),
      training.length > 0,
    ),
    I.training({
      held: heldTraining,
      planned: training.length - heldTraining,
      trained: pairMentors.size > 0 ? trainedOfPairs : trained.size,
      mentors: pairMentors.size,
    }),
    {
      held: heldTraining,
      planned: training.length - heldTraining,
      trained: trained.size,
      mentorsInPairs: pairMentors.size,
      trainedInPairs: trainedOfPairs,
    },
  );

  // Stage 5: pairs, programmes, support of those still waiting.
  const groups = formed.filter(isGroupRow).length;
  const closed = formed.filter((p) => p.kind === 'finished' || p.kind === 'terminated').length;
  add(
    5,
    'pairs',
    progressOf(formed.length > 0 && proposed.length === 0, formed.length + proposed.length > 0),
    I.pairs({ pairs: formed.length - groups, groups, proposed: proposed.length, closed }),
    { pairs: formed.length - groups, groups, proposed: proposed.length, closed },
  );
  add(
    5,
    'pairProgrammes',
    progressOf(running.length > 0 && programmes.length === running.length, programmes.length > 0),
    I.pairProgrammes(programmes.length, running.length, marked),
    { pairs: running.length, programmes: programmes.length, activitiesMarked: marked },
  );
  add(
    5,
    'support',
    progressOf(waiting.size === 0 && formed.length > 0, waiting.size > 0),
    I.support({ waiting: waiting.size, supported, pairs: formed.length }),
    { waiting: waiting.size, supported },
  );

  // Stage 6: monitoring, the conference, the round table and the collection of practices.
  const summary = summariseMonitoring({
    pairs: sheet(PAIRS_SHEET) ?? [],
    responses: input.monitoringResponses ?? [],
    consents: sheet(CONSENTS_SHEET) ?? [],
    now: input.now,
    endWindowDays: Number(input.settings['monitoring.endWindowDays']) || undefined,
  });
  const rates = summary.overall.responseRates;
  const participants = summary.participants.length;
  const open = summary.pairs.filter(
    (p) => !['finished', 'terminated'].includes(statusKind(p.pair.status)),
  ).length;
  const answers = summary.overall.answers.start + summary.overall.answers.end;
  add(
    6,
    'monitoring',
    progressOf(summary.pairs.length > 0 && open === 0 && rates.end.answered > 0, answers > 0),
    I.monitoring({
      participants,
      start: { answered: rates.start.answered, expected: rates.start.expected },
      end: { answered: rates.end.answered, expected: rates.end.expected },
      open,
    }),
    {
      participants,
      startAnswered: rates.start.answered,
      startExpected: rates.start.expected,
      endAnswered: rates.end.answered,
      endExpected: rates.end.expected,
      openProgrammes: open,
    },
  );
  const conference = eventSummary(events, [EVENT_KINDS.conference], timeZone);
  add(
    6,
    'conference',
    progressOf(conference.held.length > 0, conference.planned.length > 0),
    I.event(conference),
    { held: conference.held.length, planned: conference.planned.length },
  );
  const roundTable = eventSummary(events, [EVENT_KINDS.roundTable, EVENT_KINDS.final], timeZone);
  const practicesTable = tableOf(PRACTICES_SHEET, sheet(PRACTICES_SHEET));
  const practiceRows = practicesTable.rows.filter((r) => textAt(practicesTable, r, PRACTICE_COLUMNS.title));
  const best = practiceRows.filter(
    (r) => headerKey(textAt(practicesTable, r, PRACTICE_COLUMNS.best)) === BEST_PRACTICE_MARK,
  ).length;
  add(
    6,
    'roundTable',
    progressOf(
      roundTable.held.length > 0 && practiceRows.length > 0,
      roundTable.held.length + roundTable.planned.length + practiceRows.length > 0,
    ),
    I.roundTable({ ...roundTable, practices: practiceRows.length, best }),
    {
      held: roundTable.held.length,
      planned: roundTable.planned.length,
      practices: practiceRows.length,
      best,
    },
  );

  // Stage 7: coverage of every stage.
  const missing = [1, 2, 3, 4, 5, 6].filter((s) => (pubs.published.get(s) ?? 0) === 0);
  add(
    7,
    'coverage',
    progressOf(missing.length === 0, pubs.total > 0),
    I.coverage({ published: pubs.totalPublished, drafts: pubs.total - pubs.totalPublished, missing }),
    {
      published: pubs.totalPublished,
      drafts: pubs.total - pubs.totalPublished,
      stagesWithout: missing.length,
    },
  );
  return out;
}

function dateValueText(value: CellValue, timeZone: string): string {
  if (value instanceof Date) return formatDateNumeric(value, timeZone);
  return String(value ?? '').trim();
}

interface PublicationCounts {
  /** Published per stage. */
  published: Map<number, number>;
  total: number;
  totalPublished: number;
}

function publicationCounts(values: SheetValues | undefined): PublicationCounts {
  const table = tableOf(PUBLICATIONS_SHEET, values);
  const published = new Map<number, number>();
  let total = 0;
  let totalPublished = 0;
  for (const row of table.rows) {
    const stage = stageNumberOf(valueAt(table, row, PUBLICATION_COLUMNS.stage));
    const status = textAt(table, row, PUBLICATION_COLUMNS.status);
    if (!stage && !status.trim()) continue;
    total += 1;
    // Read as «Подготовить публикацию…» reads it: «опубликована» typed by hand counts too.
    if (publicationStatusKind(status) === 'published') {
      totalPublished += 1;
      if (stage) published.set(stage, (published.get(stage) ?? 0) + 1);
    }
  }
  return { published, total, totalPublished };
}

/** The dashboard: one row per activity, stages in order. */
export function computeRoadmap(input: RoadmapInput): RoadmapRow[] {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const today: CalendarDay = calendarDay(input.now, timeZone);
  const stages = ROADMAP_STAGES.map((stage, i) => {
    const n = i + 1;
    const deadlineText = (input.settings[`roadmap.stage${n}.deadline`] ?? stage.deadline).trim();
    const responsible = (input.settings[`roadmap.stage${n}.responsible`] ?? stage.responsible).trim();
    const day = deadlineDay(deadlineText, input.now, timeZone);
    return { n, title: stage.title, deadlineText, responsible, day };
  });
  const passed = (n: number): boolean => {
    const day = stages[n - 1]?.day;
    return !!day && compareDays(today, day) > 0;
  };
  const pubs = publicationCounts(input.sheets.get(PUBLICATIONS_SHEET));
  return activities(input, timeZone, passed, pubs).map((a) => {
    const stage = stages[a.stage - 1]!;
    const status: RoadmapStatus =
      a.progress === 'done'
        ? ROADMAP_STATUS.done
        : passed(a.stage)
          ? ROADMAP_STATUS.overdue
          : a.progress === 'started'
            ? ROADMAP_STATUS.inProgress
            : ROADMAP_STATUS.notStarted;
    return {
      stage: a.stage,
      stageTitle: stage.title,
      key: a.key,
      activity: roadmapRu.activities[a.key],
      indicator: a.indicator,
      status,
      deadline: stage.day ? dayStart(stage.day, timeZone) : null,
      deadlineText: stage.deadlineText,
      responsible: stage.responsible,
      publications: a.stage === 7 ? pubs.totalPublished : (pubs.published.get(a.stage) ?? 0),
      facts: a.facts,
    };
  });
}

/** Stages whose deadline text «Настройки» holds cannot be read (for a journal line). */
export function unreadableDeadlines(
  settings: Settings,
  now: Date,
  timeZone = DEFAULT_TIME_ZONE,
): Array<{ stage: number; text: string }> {
  return ROADMAP_STAGES.flatMap((stage, i) => {
    const text = (settings[`roadmap.stage${i + 1}.deadline`] ?? stage.deadline).trim();
    return text && !deadlineDay(text, now, timeZone) ? [{ stage: i + 1, text }] : [];
  });
}
