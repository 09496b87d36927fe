import {
  FORMS_PROPERTY,
  HISTORY_COLUMNS,
  HISTORY_SHEET,
  MentoringError,
  PUBLICATIONS_SHEET,
  channelName,
  draftRowsOf,
  isEditedDraft,
  isPublicationsSheet,
  jobDescription,
  messages,
  parseResponseSheet,
  parseStoredForms,
  planPreparation,
  planPublicationConsentUpdates,
  planRefresh,
  processedKeys,
  publicationConsentVersion,
  publicationWrites,
  publicitySheets,
  readSettings,
  redactDraft,
  rightsMarkOf,
  sheetSpec,
  sourceKeyAt,
  underDocumentLock,
  headerKey,
} from '../../core';
import type { DraftJob, JobResult, PublicationInput } from '../../core';
import { PUBLICATION_CONSENT_FORM } from '../../core/questionnaires/publication-consent-spec';
import { DRIVE_PROPERTY, parseStoredDrive } from '../../core/setup/set-up-documents';
import type { BlockWrite, CellValue, JournalEntry } from '../../ports';
import { appsScriptDeps, type AddonDeps } from '../composition-root';
import { runAction } from '../edge';

/**
 * Stage 7's entry point «Подготовить публикацию…» and the processor of the publication consent form
 * (issue 7, items 1–5). Both run one pass over «Публикации» under the document lock: one getValues per
 * sheet, one block per changed row, the Docs of the jobs the core planned; the processor first records
 * the new consent decisions in «Согласия», so a withdrawal regenerates the drafts in the same run.
 */

/** Long enough for a form submission to finish; short of the 30 s a UI call may take (§7.7). */
const LOCK_TIMEOUT_MS = 10_000;
/** A trigger waits longer: nobody waits at the screen, and a response left now waits for the next run. */
const TRIGGER_LOCK_TIMEOUT_MS = 30_000;

type Sheets = Map<string, CellValue[][]>;

/** The «Публикации» folder under the root «Наставничество» folder: the stored one, or made now and stored. */
function publicationsFolder(deps: AddonDeps): string {
  const store = deps.properties.document();
  if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  const stored = parseStoredDrive(store.get(DRIVE_PROPERTY));
  if (
    !stored ||
    !stored.rootFolderId ||
    deps.documents.itemState(stored.rootFolderId, 'folder') !== 'present'
  )
    throw new MentoringError('PUBLICATIONS_NO_DRIVE', messages.publicity.prepare.noDrive);
  const known = stored.publicationsFolderId ?? '';
  if (known && deps.documents.itemState(known, 'folder') === 'present') return known;
  stored.publicationsFolderId = deps.documents.createFolder(messages.publicity.folder, stored.rootFolderId);
  store.set(DRIVE_PROPERTY, JSON.stringify(stored));
  return stored.publicationsFolderId;
}

interface RunOutcome {
  results: JobResult[];
  /** Lines for the menu's summary, one per job that wrote from a source (created / rewritten / recreated). */
  lines: string[];
  /**
   * What stopped the run part-way (a Drive error, the time limit): the Docs written before it still get
   * their rows, so the next run rewrites them instead of making them again.
   */
  failure?: { error: unknown };
}

/** Writes each job's Doc and returns its link; a redact job works on the Doc's own text. */
function executeJobs(deps: AddonDeps, jobs: readonly DraftJob[], journal: JournalEntry[]): RunOutcome {
  let folder: string | null = null;
  const folderId = (): string => (folder ??= publicationsFolder(deps));
  const outcome: RunOutcome = { results: [], lines: [] };
  for (const job of jobs) {
    try {
      executeJob(deps, job, folderId, outcome, journal);
    } catch (error) {
      outcome.failure = { error };
      break;
    }
  }
  return outcome;
}

/**
 * One job: the Doc written (or, for a redact job, its own text with the names struck out). A refresh job
 * due only to a changed consent is skipped when the Doc was already written with the consents in force; a
 * regeneration of a Doc staff edited becomes its redact job, or nothing when it has no name to strike (a
 * trigger cannot ask, and must not lose the edits). Skipped jobs leave no result: no row patch, no journal.
 */
function executeJob(
  deps: AddonDeps,
  planned: DraftJob,
  folderId: () => string,
  outcome: RunOutcome,
  journal: JournalEntry[],
): void {
  const P = messages.publicity.prepare;
  const channel = channelName(planned.channel);
  const reads = planned.kind === 'redact' || (planned.kind === 'regenerate' && planned.docId !== null);
  const doc = reads && planned.docId ? deps.publicationDocs.read(planned.docId) : null;
  if (doc && planned.unlessRights !== null && rightsMarkOf(doc.description) === planned.unlessRights) return;
  const edited = doc !== null && isEditedDraft(doc.description, doc.paragraphs.join('\n'));
  if (planned.kind === 'regenerate' && edited && !planned.onEdited) return;
  const job = planned.kind === 'regenerate' && edited ? planned.onEdited! : planned;
  if (job.kind === 'redact') {
    if (doc) {
      const content = redactDraft(job, doc.paragraphs);
      deps.publicationDocs.write({
        id: job.docId,
        name: '',
        folderId,
        content,
        description: jobDescription(job, content, edited),
      });
    }
    outcome.results.push({ job, link: null });
    return;
  }
  const content = job.content!;
  const file = deps.publicationDocs.write({
    id: job.docId,
    name: job.documentName,
    folderId,
    content,
    description: jobDescription(job, content),
  });
  outcome.results.push({ job, link: file.url });
  if (file.created && job.docId) {
    journal.push({
      level: 'WARNING',
      code: 'PUBLICATION_DOC_MISSING',
      message: messages.publicity.journal.docMissing(job.label, channel),
      details: job.docId,
    });
    outcome.lines.push(P.recreated(channel));
  } else outcome.lines.push(file.created ? P.created(channel) : P.rewritten(channel));
}

function inputOf(deps: AddonDeps, sheets: Sheets): PublicationInput {
  return { sheets, now: deps.clock.now(), timeZone: deps.documents.timeZone() };
}

/**
 * One pass over «Публикации»: the refresh every run makes (withdrawn consents, deleted sources) and,
 * with a source key, the menu's drafts of that source. Returns the menu's summary (null without a key).
 */
function runPublications(deps: AddonDeps, sheets: Sheets, sourceKey: string | null): string | null {
  if (!isPublicationsSheet(sheets.get(PUBLICATIONS_SHEET))) {
    if (sourceKey)
      throw new MentoringError('SHEET_MISSING', messages.publicity.prepare.noSheet(PUBLICATIONS_SHEET));
    return null;
  }
  const input = inputOf(deps, sheets);
  const prep = sourceKey ? planPreparation(input, sourceKey) : null;
  if (prep && !prep.ok) return prep.message;
  const mine = prep?.ok ? prep.jobs : [];
  const refresh = planRefresh(input, new Set(mine.flatMap((j) => (j.row === null ? [] : [j.row]))));
  const journal: JournalEntry[] = [];
  const done = executeJobs(deps, [...mine, ...refresh.jobs], journal);
  deps.blocks.write(publicationWrites(sheets.get(PUBLICATIONS_SHEET), done.results, refresh.notes));
  // The journal of the jobs done (a job skipped, or not reached after an error, did nothing to tell).
  deps.journal.writeAll([...refresh.journal, ...done.results.flatMap((r) => r.job.journal), ...journal]);
  const refreshed = done.results.length - Math.min(done.results.length, mine.length);
  if (done.failure) throw done.failure.error;
  if (!prep || !prep.ok) return null;
  const P = messages.publicity.prepare;
  const lines = [...done.lines.slice(0, mine.length), ...prep.locked];
  const counts = (n: { named: readonly unknown[]; unnamed: readonly unknown[] }) => ({
    named: n.named.length,
    unnamed: n.unnamed.length,
  });
  const summary = P.summary(prep.source.label, lines, counts(prep.naming.site), counts(prep.naming.social));
  return refreshed > 0 ? `${summary}\n${P.refreshed(refreshed)}` : summary;
}

function lockedRun<T>(deps: AddonDeps, timeoutMs: number, body: () => T): T | null {
  return underDocumentLock(deps.locks, timeoutMs, () => deps.blocks.flush(), body);
}

/**
 * «Подготовить публикацию…»: from the selected row of «Мероприятия», «Методическая копилка» or «Дорожная
 * карта», two drafts (the website, social networks) in the «Публикации» folder and two rows of
 * «Публикации». Run again, it rewrites the same Docs while they are drafts (asking first when staff
 * edited one) and leaves agreed and published ones alone.
 */
export function preparePublication(_event?: unknown, deps: AddonDeps = appsScriptDeps()): void {
  runAction(deps, () => {
    const title = messages.publicity.title;
    const cell = deps.matching.currentCell();
    // Before the lock (a question may wait for the person): which source, and whether its drafts were edited.
    const first = deps.blocks.read(cell ? [...new Set([cell.sheet, PUBLICATIONS_SHEET])] : []);
    const key = sourceKeyAt(first, cell);
    if (!key.ok) {
      deps.ui.alert(title, key.message);
      return;
    }
    const edited = draftRowsOf(first.get(PUBLICATIONS_SHEET), key.key).filter((row) => {
      const doc = deps.publicationDocs.read(row.docId);
      return doc !== null && isEditedDraft(doc.description, doc.paragraphs.join('\n'));
    });
    if (
      edited.length > 0 &&
      !deps.ui.confirm(
        title,
        messages.publicity.prepare.editedConfirm(edited.map((r) => channelName(r.channel!))),
      )
    ) {
      deps.ui.alert(title, messages.publicity.prepare.cancelledByUser);
      return;
    }
    const summary = lockedRun(deps, LOCK_TIMEOUT_MS, () =>
      runPublications(deps, deps.blocks.read(publicitySheets()), key.key),
    );
    if (summary === null)
      throw new MentoringError(
        'PUBLICATIONS_LOCK_BUSY',
        messages.publicity.prepare.lockBusy,
        `waited ${LOCK_TIMEOUT_MS} ms`,
      );
    deps.ui.alert(title, summary ?? '');
  });
}

/** Places `rows` at 1-based `at` in a copy of `values`: the sheet as it is once the block lands. */
function withRows(values: readonly CellValue[][], at: number, rows: readonly CellValue[][]): CellValue[][] {
  const result = values.map((r) => [...r]);
  rows.forEach((row, i) => (result[at - 1 + i] = [...row]));
  for (let i = 0; i < result.length; i++) result[i] ??= [];
  return result;
}

const usedRows = (values: readonly (readonly CellValue[])[]): number => {
  let n = values.length;
  while (n > 0 && values[n - 1]!.every((v) => v === '' || v === null || v === undefined)) n -= 1;
  return n;
};

/**
 * The processor of the publication consent form (the LEAD wires it into `onFormSubmitted` and
 * `dailyMaintenance`): under the document lock, every response not yet in «История анкет» becomes a
 * registry row with purpose «распространение (публикация)», then «Публикации» is refreshed — so a
 * withdrawal regenerates the drafts naming the person in this very run, and the daily run catches
 * withdrawals of the consent to processing made by the other form or the menu. Re-running changes
 * nothing. Throws only what the trigger's edge reports; a busy lock is journaled (the response waits).
 */
export function processPublicationConsentResponses(deps: AddonDeps): void {
  const store = deps.properties.document();
  if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
  const ref = parseStoredForms(store.get(FORMS_PROPERTY)).publicationConsent;
  const registryName = sheetSpec('consents').name;
  const done = lockedRun(deps, TRIGGER_LOCK_TIMEOUT_MS, () => {
    const sheets = deps.blocks.read([...publicitySheets(), HISTORY_SHEET]);
    const registry = sheets.get(registryName);
    const history = sheets.get(HISTORY_SHEET);
    if (ref && registry && history) {
      const journal: JournalEntry[] = [];
      const responses = deps.blocks.readResponses([ref]);
      if (responses.length === 0)
        journal.push({
          level: 'ERROR',
          code: 'RESPONSE_SHEET_MISSING',
          message: messages.pipeline.responseSheetMissing(messages.forms.names.publicationConsent),
        });
      const processed = processedKeys(history);
      const parsed = responses
        .flatMap((r) => parseResponseSheet(PUBLICATION_CONSENT_FORM, [], r.values, r.sheet))
        .filter((r) => !processed.has(r.key));
      const settings = readSettings(sheets.get(sheetSpec('settings').name) ?? []);
      const plan = planPublicationConsentUpdates(
        registry,
        parsed,
        deps.clock.now(),
        publicationConsentVersion(settings),
        {
          processed,
          historyHeaders: history[0] ?? Object.values(HISTORY_COLUMNS),
        },
      );
      const writes: BlockWrite[] = [];
      if (plan.appendRows.length > 0) {
        writes.push({
          sheet: registryName,
          row: plan.appendAt,
          column: 1,
          values: plan.appendRows,
          textColumns: plan.textColumns,
        });
        sheets.set(registryName, withRows(registry, plan.appendAt, plan.appendRows));
      }
      if (plan.historyRows.length > 0) {
        const header = history[0] ?? [];
        const text = new Set(
          sheetSpec('history')
            .columns.filter((c) => c.text)
            .map((c) => headerKey(c.header)),
        );
        writes.push({
          sheet: HISTORY_SHEET,
          row: usedRows(history) + 1,
          column: 1,
          values: plan.historyRows,
          textColumns: header.flatMap((h, i) => (text.has(headerKey(h)) ? [i + 1] : [])),
        });
      }
      deps.blocks.write(writes);
      deps.journal.writeAll([...journal, ...plan.journal]);
    }
    runPublications(deps, sheets, null);
    return true;
  });
  if (done === null)
    deps.journal.write({
      level: 'WARNING',
      code: 'PUBLICATION_LOCK_BUSY',
      message: messages.pipeline.lockBusyTrigger(''),
    });
}
