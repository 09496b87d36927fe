import {
  CONTINUE_HANDLER,
  DAILY_DOCUMENTS_LIMIT,
  DOC_JOB_PROPERTY,
  DOC_QUOTA_PROPERTY,
  TIME_BUDGET_MS,
  TRIGGER_SPACING_MS,
  appendDone,
  chunkProperty,
  continueDelay,
  formatDateNumeric,
  keyHash,
  messages,
  newJob,
  parseDone,
  parseJob,
  quotaLeft,
  quotaResumeDelay,
  quotaToday,
} from '../../core';
import type { DocJob, QuotaCounter, TemplateKey } from '../../core';
import type { JournalEntry, KeyValueStore } from '../../ports';
import type { AddonDeps } from '../composition-root';
import { GenerationRun, JOB_MARK } from './context';
import { planPairDocuments } from './generate';

/**
 * «Сформировать документы по парам» as a resumable job (issue 5, item 7). Documents are made one by one;
 * after each the checkpoint (core/documents/batch-job.ts) records it, so however an execution ends —
 * stopped on purpose before the 6-minute limit, out of the day's documents, or killed — the next one
 * makes only what is missing:
 * - a document recorded as done is never made again; its link is written back again (harmless);
 * - the document in flight when an execution died may exist as a copy not recorded: it carries this
 *   job's mark (`job=<id>` in its description, set right after `makeCopy`), is found by name in its
 *   folder and moved to the trash, then made again. Adopting it instead would risk a half-filled
 *   document: the mark is there from the first instant, the content only at the end.
 * Links and register rows are written at the end of every execution that ends normally; a register row
 * right after its order, so an order number is never lost.
 */

export interface BatchOutcome {
  status: 'done' | 'paused' | 'quota' | 'noPairs';
  /** For the person (menu) — the alert's text. */
  text: string;
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;

/** The checkpoint in document properties. */
class JobStore {
  constructor(private readonly store: KeyValueStore) {}

  job(): DocJob | null {
    return parseJob(this.store.get(DOC_JOB_PROPERTY));
  }

  chunks(job: DocJob): string[] {
    const out: string[] = [];
    for (let i = 1; i <= job.chunks; i++) out.push(this.store.get(chunkProperty(i)) ?? '');
    return out;
  }

  quota(now: number): QuotaCounter {
    return quotaToday(this.store.get(DOC_QUOTA_PROPERTY), now);
  }

  save(values: { job?: DocJob; quota?: QuotaCounter; chunk?: { index: number; text: string } }): void {
    const out: Record<string, string> = {};
    if (values.job) out[DOC_JOB_PROPERTY] = JSON.stringify(values.job);
    if (values.quota) out[DOC_QUOTA_PROPERTY] = JSON.stringify(values.quota);
    if (values.chunk) out[chunkProperty(values.chunk.index)] = values.chunk.text;
    this.store.setAll(out);
  }

  clear(job: DocJob): void {
    for (let i = 1; i <= job.chunks; i++) this.store.remove(chunkProperty(i));
    this.store.remove(DOC_JOB_PROPERTY);
  }
}

/** Google's own exception when the day's documents are spent (§4.7, §7.9). */
const isDocsQuota = (error: unknown): boolean =>
  error instanceof Error && /too many times for one day: docs create/i.test(error.message);

/** Removes this project's continuation triggers (a one-off that fired stays listed until deleted, §7.2). */
export function removeContinuations(deps: AddonDeps): void {
  for (const t of deps.triggers.list()) if (t.handler === CONTINUE_HANDLER) deps.triggers.remove(t.id);
}

/** One continuation trigger, `afterMs` from now. */
export function scheduleContinuation(deps: AddonDeps, afterMs: number): void {
  removeContinuations(deps);
  deps.triggers.installOnce(CONTINUE_HANDLER, afterMs);
}

/**
 * Starts the job, or continues the one in progress (a second click, or the trigger). Runs under the
 * document lock the caller holds; `started` is when the execution began (the clock port's ms).
 */
export function runPairDocuments(deps: AddonDeps, started: number, via: 'menu' | 'trigger'): BatchOutcome {
  const store = deps.properties.document();
  if (!store) throw new Error('No document properties');
  const jobs = new JobStore(store);
  const existing = jobs.job();
  if (!existing && via === 'trigger') {
    // Finished meanwhile (the person clicked the menu): nothing to continue.
    removeContinuations(deps);
    return { status: 'done', text: '' };
  }
  const job = existing ?? newJob(started.toString(36), new Date(started));
  job.executions += 1;
  if (via === 'trigger') job.lastTriggerAt = started;
  const run = GenerationRun.open(deps, new Date(job.startedAt));
  const plan = planPairDocuments(run);
  if (!plan) {
    jobs.clear(job);
    removeContinuations(deps);
    return { status: 'noPairs', text: messages.generation.noPairs };
  }

  const chunks = jobs.chunks(job);
  const done = parseDone(chunks);
  let lastChunk = chunks[chunks.length - 1] ?? '';
  const journal: JournalEntry[] = [];
  if (job.inFlight) {
    const folderId = run.folderFor(job.inFlight.kind as TemplateKey);
    const recorded = new Set(done.values());
    for (const file of deps.documents.filesNamed(folderId, job.inFlight.name)) {
      if (recorded.has(file.id) || !file.description.split('\n').includes(`${JOB_MARK}${job.id}`)) continue;
      deps.documents.trash(file.id);
      journal.push({
        level: 'WARNING',
        code: 'DOCUMENT_INFLIGHT_TRASHED',
        message: messages.generation.batch.journalInFlight(job.inFlight.name),
        details: file.id,
      });
    }
    job.inFlight = null;
  }

  let quota = jobs.quota(deps.clock.now().getTime());
  let stop: 'time' | 'quota' | null = null;
  try {
    for (const item of plan.items) {
      const hash = keyHash(item.key);
      const madeId = done.get(hash);
      if (madeId) {
        item.after(docUrl(madeId));
        continue;
      }
      if (stop) continue;
      if (deps.clock.now().getTime() - started >= TIME_BUDGET_MS) {
        stop = 'time';
        continue;
      }
      quota = jobs.quota(deps.clock.now().getTime());
      if (quotaLeft(quota) <= 0) {
        stop = 'quota';
        continue;
      }
      // Counted and marked in flight before the copy: a copy made by an execution that dies is still counted.
      quota.used += 1;
      job.inFlight = { hash, kind: item.kind, name: item.name };
      jobs.save({ job, quota });
      let made;
      try {
        made = run.make({ ...item, jobId: job.id });
      } catch (error) {
        if (!isDocsQuota(error)) throw error;
        // Google refused the copy: nothing was made; the own counter learns that the day is spent.
        quota.used = DAILY_DOCUMENTS_LIMIT;
        job.inFlight = null;
        jobs.save({ job, quota });
        stop = 'quota';
        continue;
      }
      item.after(made.document.url);
      done.set(hash, made.document.id);
      const chunk = appendDone(job, lastChunk, hash, made.document.id);
      lastChunk = chunk.text;
      job.inFlight = null;
      jobs.save({ job, chunk });
      if (item.kind === 'orderPairs') deps.blocks.write(plan.takeRegisterWrites());
    }
  } finally {
    deps.blocks.write([...plan.takeRegisterWrites(), ...plan.linkWrites()]);
    run.journal();
  }

  // Over the whole job: an order made by an earlier execution is no longer in this execution's plan.
  const doneCount = done.size;
  const total = doneCount + plan.items.filter((i) => !done.has(keyHash(i.key))).length;
  const progress = messages.generation.batch.progress(doneCount, total);
  const now = deps.clock.now().getTime();
  if (!stop) {
    jobs.clear(job);
    removeContinuations(deps);
    journal.push({
      level: 'INFO',
      code: 'DOCUMENTS_BATCH_DONE',
      message: messages.generation.batch.journalDone(total, job.executions),
      details: plan.summaryLines().join('\n'),
    });
    journal.push(...plan.problems);
    deps.journal.writeAll(journal);
    return {
      status: 'done',
      text: [messages.generation.pairDocumentsDone(plan.summaryLines()), ...run.notes()].join('\n'),
    };
  }
  const delay = stop === 'time' ? continueDelay(job, now) : quotaResumeDelay(quota, now);
  scheduleContinuation(deps, delay);
  jobs.save({ job });
  const text =
    stop === 'time'
      ? `${progress} ${messages.generation.batch.paused(Math.ceil(delay / 60_000))}`
      : `${progress} ${messages.generation.batch.quotaStop(
          quota.used,
          DAILY_DOCUMENTS_LIMIT,
          total - doneCount,
          `${formatDateNumeric(new Date(now + delay), run.timeZone)} ${clockTime(now + delay, run.timeZone)}`,
        )}`;
  journal.push({
    level: stop === 'time' ? 'INFO' : 'WARNING',
    code: stop === 'time' ? 'DOCUMENTS_BATCH_PAUSED' : 'DOCUMENTS_QUOTA_STOP',
    message:
      stop === 'time'
        ? messages.generation.batch.journalPaused(doneCount, total)
        : messages.generation.batch.journalQuota(doneCount, total),
    details: text,
  });
  deps.journal.writeAll(journal);
  return { status: stop === 'time' ? 'paused' : 'quota', text };
}

/** The trigger could not get the lock: try again in an hour (the add-on's trigger spacing, §7.3). */
export function postponeContinuation(deps: AddonDeps): void {
  scheduleContinuation(deps, TRIGGER_SPACING_MS);
  deps.journal.write({
    level: 'WARNING',
    code: 'DOCUMENTS_BATCH_LOCK_BUSY',
    message: messages.generation.batch.journalLockBusy,
  });
}

function clockTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
}
