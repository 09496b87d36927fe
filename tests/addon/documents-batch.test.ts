import { gasException } from '../../src/offline/runtime/exception';
import type { College } from './pipeline-fixture';
import { approvedCollege, filesBelow, idOf, lastAlert, pairRows, storedDrive } from './documents-fixture';

/**
 * Issue 5, item 7: «Сформировать документы по парам» for 150 pairs passes the 6-minute limit (§7.7), so
 * it runs as a resumable job: a checkpoint in document properties, a one-off `continueDocuments`
 * trigger, no document made twice or missed, the day's documents quota (§4.7) respected.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const HOUR = 60 * 60 * 1000;
const MARK = 'nastavnik-document:';

const continuations = (college: College) =>
  college.workspace.triggers.all().filter((t) => t.handler === 'continueDocuments');
const generated = (college: College) => filesBelow(college, storedDrive(college).documentsFolderId);
const keyOf = (description: string | undefined) =>
  (description ?? '').split('\n').find((l) => l.startsWith(MARK)) ?? '';
const byCode = (college: College, code: string) => college.journal().filter((r) => r['Код'] === code);
/**
 * Executions that hit the 6-minute limit. The entry points catch at the edge, so a time-out shows as an
 * execution longer than the limit (the kernel throws the moment it is passed) or as a recorded error.
 */
const timeouts = (college: College) =>
  college.workspace.kernel.executions.filter(
    (e) => e.error?.includes('Exceeded maximum execution time') || e.durationMs > 6 * 60 * 1000,
  );
const docProps = (college: College) => college.workspace.services.PropertiesService.getDocumentProperties()!;

/** Lets virtual time pass, running every due trigger, until no continuation is left (or `hours` pass). */
function waitForBatch(college: College, hours = 12): void {
  const kernel = college.workspace.kernel;
  const until = kernel.clock.now() + hours * HOUR;
  while (continuations(college).length > 0 && kernel.clock.now() < until) {
    const next = Math.min(...continuations(college).map((t) => t.nextDueAt ?? Infinity));
    if (!Number.isFinite(next)) break;
    college.workspace.triggers.fireDueTimeTriggers(new Date(next));
  }
}

/** Every document exactly once (by name and by mark), each pair's links pointing at a live file. */
function expectCompleteBatch(college: College, pairs: number, mentors: number): void {
  const files = generated(college);
  const marks = files.map((f) => keyOf(f.description));
  expect(new Set(marks).size).toBe(marks.length);
  expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  expect(marks.filter((m) => m.startsWith(`${MARK}programme:`))).toHaveLength(pairs);
  expect(marks.filter((m) => m.startsWith(`${MARK}consentMentor:`))).toHaveLength(mentors);
  expect(marks.filter((m) => m.startsWith(`${MARK}orderPairs:`))).toHaveLength(1);
  expect(files).toHaveLength(pairs + mentors + 1);
  const ids = new Set(files.map((f) => f.id));
  const rows = pairRows(college);
  expect(rows).toHaveLength(pairs);
  for (const row of rows) {
    expect(ids.has(idOf(row['Программа']))).toBe(true);
    expect(ids.has(idOf(row['Согласие наставника']))).toBe(true);
    expect(String(row['Приказ (номер и дата)'])).toMatch(/^№ 1-од от /);
  }
  expect(new Set(rows.map((r) => idOf(r['Программа']))).size).toBe(pairs);
  expect(continuations(college)).toHaveLength(0);
  expect(docProps(college).getProperty('nastavnik.docjob')).toBeNull();
}

describe('a batch longer than one execution (item 7)', () => {
  it('150 programmes: stops before the 6-minute limit, continues by trigger, ends with each document once and a summary', () => {
    const college = approvedCollege(150, 75);
    college.person.clickMenu('Настроить систему');
    college.person.clickMenu('Сформировать документы по парам');
    const first = college.workspace.kernel.executions.slice(-1)[0]!;
    expect(first.functionName).toBe('makePairDocuments');
    expect(first.error).toBeUndefined();
    expect(first.durationMs).toBeLessThan(6 * 60 * 1000);
    expect(lastAlert(college)).toMatch(/Сформировано документов: \d+ из 226\. Остальные будут сформированы/);
    expect(continuations(college)).toHaveLength(1);
    expect(byCode(college, 'DOCUMENTS_BATCH_PAUSED')).toHaveLength(1);

    waitForBatch(college);
    expect(timeouts(college)).toEqual([]);
    const runs = college.workspace.kernel.executions.filter((e) => e.functionName === 'continueDocuments');
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) expect(run.error).toBeUndefined();
    // An add-on's time-driven trigger runs at most once an hour (§7.3).
    const starts = college.workspace.triggers.firings
      .filter((f) => f.handler === 'continueDocuments')
      .map((f) => f.at);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(HOUR);
    expectCompleteBatch(college, 150, 75);
    const summary = byCode(college, 'DOCUMENTS_BATCH_DONE');
    expect(summary).toHaveLength(1);
    expect(summary[0]!['Сообщение']).toBe(
      `Документы по парам сформированы: 226 за ${runs.length + 1} запуск(а)`,
    );
    expect(summary[0]!['Подробности']).toContain('Программы наставничества: 150');
    expect(byCode(college, 'DOCUMENT_MADE')).toHaveLength(226);
  }, 60_000);

  it('an execution killed right after makeCopy: the half-made copy goes to the trash and the document is made once', () => {
    const college = approvedCollege(4, 2);
    college.person.clickMenu('Настроить систему');
    const kernel = college.workspace.kernel;
    // The third document's copy exists (marked) when the time limit strikes, before anything records it.
    const tick = kernel.tick.bind(kernel);
    let copies = 0;
    let armed = true;
    jest.spyOn(kernel, 'tick').mockImplementation((method: string, cells?: number) => {
      if (armed && method === 'DocumentApp.DocumentApp.openById' && copies === 3) {
        armed = false;
        kernel.current!.timedOut = true;
        throw gasException('Exceeded maximum execution time');
      }
      if (method === 'DriveApp.File.makeCopy') copies += 1;
      tick(method, cells);
    });
    college.person.clickMenu('Сформировать документы по парам');
    expect(copies).toBe(3);
    const job = JSON.parse(docProps(college).getProperty('nastavnik.docjob')!) as { inFlight: unknown };
    expect(job.inFlight).not.toBeNull();
    expect(generated(college)).toHaveLength(3);

    // The person clicks again (or the trigger would): the job resumes from its checkpoint.
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain('Сформированы документы');
    expectCompleteBatch(college, 4, 2);
    const trashed = filesBelow(college, storedDrive(college).documentsFolderId, true).filter(
      (f) => f.trashed,
    );
    expect(trashed).toHaveLength(1);
    expect(byCode(college, 'DOCUMENT_INFLIGHT_TRASHED')).toHaveLength(1);
  });

  it('the day’s documents quota: stops with a Russian message, continues the next day by trigger', () => {
    const college = approvedCollege(6, 3);
    college.person.clickMenu('Настроить систему');
    const now = college.workspace.kernel.clock.now();
    // The add-on's own counter says 236 documents were made today: 4 more fit under 250 − 10.
    docProps(college).setProperty('nastavnik.docquota', JSON.stringify({ start: now - HOUR, used: 236 }));
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain('Сформировано документов: 4 из 10.');
    expect(lastAlert(college)).toContain('Дневной лимит Google на создание документов почти исчерпан');
    expect(lastAlert(college)).toContain('Остальные 6 будут сформированы автоматически завтра');
    expect(byCode(college, 'DOCUMENTS_QUOTA_STOP')).toHaveLength(1);
    const [trigger] = continuations(college);
    expect(trigger!.nextDueAt! - now).toBeGreaterThanOrEqual(23 * HOUR);
    expect(generated(college)).toHaveLength(4);

    waitForBatch(college, 30);
    expectCompleteBatch(college, 6, 3);
    expect(byCode(college, 'DOCUMENTS_BATCH_DONE')).toHaveLength(1);
  });

  it('Google refusing a copy (the day spent elsewhere) stops the batch the same way, nothing half-made', () => {
    const college = approvedCollege(3, 2);
    college.person.clickMenu('Настроить систему');
    const quotas = college.workspace.kernel.quotas;
    quotas.add('documentsCreated', quotas.remaining('documentsCreated') - 2);
    college.person.clickMenu('Сформировать документы по парам');
    expect(lastAlert(college)).toContain('Сформировано документов: 2 из 6.');
    expect(lastAlert(college)).toContain('завтра');
    expect(generated(college)).toHaveLength(2);
    expect(continuations(college)).toHaveLength(1);
    waitForBatch(college, 30);
    expectCompleteBatch(college, 3, 2);
  });
});
