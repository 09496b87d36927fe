/**
 * A long generation run (stage 5.2: a programme per pair, 150 and more) as a resumable job. Apps Script
 * stops an execution after 6 minutes (§7.7) and the day allows a limited number of new documents (§4.7),
 * so the job keeps a checkpoint in document properties, stops itself before the limit and continues in
 * a later execution started by a one-off time-driven trigger. Pure: the shell stores the strings.
 *
 * Checkpoint (`nastavnik.docjob`, JSON): the job's id, when it started (its documents keep that date,
 * whichever day an execution runs), how many chunks of done documents there are, the document being
 * made right now (`inFlight`, saved before its copy is made, so an execution killed mid-document is
 * noticed), and when a trigger last ran it. Done documents are `hash=fileId;…` in `nastavnik.docjob.1`,
 * `.2`…: a key can be long (an order's key lists every pair), so it is kept as a short hash, and chunks
 * stay under Google's 9 KB per value (§6.4) however many documents the job makes.
 */

export const DOC_JOB_PROPERTY = 'nastavnik.docjob';
/** The add-on's own count of documents made today (it cannot read Google's quota). */
export const DOC_QUOTA_PROPERTY = 'nastavnik.docquota';
/** The top-level function the continuation trigger runs. */
export const CONTINUE_HANDLER = 'continueDocuments';

/** Stop starting documents after 4.5 minutes: the last one, the links and the journal fit in the rest of 6 (§7.7). */
export const TIME_BUDGET_MS = 270_000;
/** An add-on may use a time-driven trigger at most once per hour (§7.3, §10.6). */
export const TRIGGER_SPACING_MS = 60 * 60 * 1000;
/** The first continuation: a minute after the menu run stopped. */
export const FIRST_CONTINUE_DELAY_MS = 60_000;
/**
 * Documents created per day: 250 for a consumer account, 1 500 for Google Workspace (§4.7). The add-on
 * cannot tell which, nor what else the person created today, so it counts its own copies against the
 * smaller figure with a margin left for set-up and other work.
 */
export const DAILY_DOCUMENTS_LIMIT = 250;
export const DAILY_DOCUMENTS_MARGIN = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Google resets a quota 24 hours after its first use (§7.7); the continuation waits a little longer. */
const QUOTA_RESET_MARGIN_MS = 10 * 60 * 1000;
const CHUNK_CHARS = 8000;

export interface DocJob {
  id: string;
  /** ms since epoch; the job's documents are dated this day. */
  startedAt: number;
  chunks: number;
  /** The document whose copy may exist without being recorded as done. */
  inFlight: { hash: string; kind: string; name: string } | null;
  /** When a continuation trigger last started this job (for the hourly spacing). */
  lastTriggerAt: number | null;
  /** Executions that worked on the job so far. */
  executions: number;
}

export const chunkProperty = (i: number): string => `${DOC_JOB_PROPERTY}.${i}`;

/** FNV-1a (32 bit) of the key, base 36: short enough to keep 200+ keys in a few KB. */
export function keyHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function newJob(id: string, now: Date): DocJob {
  return { id, startedAt: now.getTime(), chunks: 0, inFlight: null, lastTriggerAt: null, executions: 0 };
}

export function parseJob(text: string | null): DocJob | null {
  if (!text) return null;
  try {
    const job = JSON.parse(text) as Partial<DocJob>;
    if (typeof job.id !== 'string' || typeof job.startedAt !== 'number') return null;
    return {
      id: job.id,
      startedAt: job.startedAt,
      chunks: typeof job.chunks === 'number' ? job.chunks : 0,
      inFlight: job.inFlight ?? null,
      lastTriggerAt: typeof job.lastTriggerAt === 'number' ? job.lastTriggerAt : null,
      executions: typeof job.executions === 'number' ? job.executions : 0,
    };
  } catch {
    return null;
  }
}

/** Done documents from the chunks' texts: key hash → file id. */
export function parseDone(chunks: ReadonlyArray<string | null>): Map<string, string> {
  const done = new Map<string, string>();
  for (const chunk of chunks)
    for (const entry of (chunk ?? '').split(';')) {
      const at = entry.indexOf('=');
      if (at > 0) done.set(entry.slice(0, at), entry.slice(at + 1));
    }
  return done;
}

/**
 * Adds a done document to the last chunk, or opens a new chunk when the last is full. Returns the
 * chunk (1-based) to store and its new text; the caller stores `job.chunks` too when it grew.
 */
export function appendDone(
  job: DocJob,
  lastChunk: string,
  hash: string,
  fileId: string,
): { index: number; text: string } {
  const entry = `${hash}=${fileId}`;
  if (job.chunks > 0 && lastChunk.length + 1 + entry.length <= CHUNK_CHARS)
    return { index: job.chunks, text: lastChunk ? `${lastChunk};${entry}` : entry };
  job.chunks += 1;
  return { index: job.chunks, text: entry };
}

export interface QuotaCounter {
  /** When the counting window began (the first document of the day), ms. */
  start: number;
  used: number;
}

/** The day's own counter; a window older than 24 hours starts again at zero. */
export function quotaToday(text: string | null, now: number): QuotaCounter {
  try {
    const q = text ? (JSON.parse(text) as QuotaCounter) : null;
    if (q && typeof q.start === 'number' && typeof q.used === 'number' && now - q.start < DAY_MS) return q;
  } catch {
    // A damaged counter starts again; Google's own exception still stops the job (see the shell).
  }
  return { start: now, used: 0 };
}

export const quotaLeft = (q: QuotaCounter): number =>
  Math.max(0, DAILY_DOCUMENTS_LIMIT - DAILY_DOCUMENTS_MARGIN - q.used);

/** When the day's documents are spent: wait until the window resets. */
export const quotaResumeDelay = (q: QuotaCounter, now: number): number =>
  Math.max(FIRST_CONTINUE_DELAY_MS, q.start + DAY_MS + QUOTA_RESET_MARGIN_MS - now);

/** When the time ran out: a minute, but never sooner than an hour after the last trigger run (§7.3). */
export const continueDelay = (job: DocJob, now: number): number =>
  Math.max(
    FIRST_CONTINUE_DELAY_MS,
    job.lastTriggerAt === null ? 0 : job.lastTriggerAt + TRIGGER_SPACING_MS - now,
  );
