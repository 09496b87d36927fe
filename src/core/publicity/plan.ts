import type { JournalEntry } from '../../ports/journal';
import type { BlockWrite } from '../../ports/sheet-blocks';
import type { CellValue } from '../../ports/workbook';
import { BANK_SYSTEM_HEADERS } from '../banks/columns';
import { readConsentRegistry } from '../consent/registry';
import { messages } from '../messages';
import {
  columnsOf,
  layoutRow,
  rowBlocks,
  rowPatch,
  tableOf,
  textAt,
  valueAt,
  type Table,
} from '../pairs/table';
import { fnv1a, normalizeEmail, samePerson } from '../people';
import { headerKey } from '../schema/headers';
import { readSettings } from '../settings/settings';
import {
  PUBLICATIONS_SHEET,
  PUBLICATION_CHANNELS,
  PUBLICATION_COLUMNS,
  PUBLICATION_STATUS,
  PUBLICATION_VALUE_COLUMNS,
  publicationStatusKind,
  type PublicationChannel,
  type PublicationStatusKind,
} from './columns';
import { publicityResources } from './consent-text';
import { nameParticipants, type Naming } from './naming';
import {
  PROHIBITED_REASON,
  namingReasonText,
  publicationRights,
  rightIn,
  type PublicationRights,
} from './permissions';
import { PUBLICATION_SOURCE_SHEETS, sourceByKey, type PublicationSource, type SourceLookup } from './sources';
import {
  draftPlainText,
  siteNews,
  socialPost,
  type BuiltDraft,
  type DraftContext,
  type DraftText,
} from './texts';
import { nameForms, redactNames } from './naming';

/**
 * One run over «Публикации» (issue 7, items 2–5), pure: what «Подготовить публикацию…» writes for the
 * selected source, and what every run (the menu, the consent form's processor, the daily trigger)
 * repairs: drafts that name someone who may no longer be named in their channel (consent withdrawn, or
 * the channel prohibited since) are regenerated without the name (or,
 * when their source is gone, have the name struck out of their own text); published ones are left as
 * they are with a warning; rows whose source was deleted are marked. The shell writes the Docs the jobs
 * describe and hands back their links; `publicationWrites` then lays out the sheet's rows.
 */

const CONSENTS_SHEET = 'Согласия';
const SETTINGS_SHEET = 'Настройки';

/** The sheets a publication run reads (one getValues each). */
export const publicitySheets = (): string[] => [
  PUBLICATIONS_SHEET,
  CONSENTS_SHEET,
  SETTINGS_SHEET,
  ...PUBLICATION_SOURCE_SHEETS,
];

/** The Drive description of a draft: which source and channel it is, and a hash of the text written. */
export const DRAFT_MARK = 'nastavnik-publication:';

export const draftDescription = (
  sourceKey: string,
  channel: PublicationChannel,
  text: string,
  rights = '',
  edited = false,
): string =>
  `${DRAFT_MARK}${sourceKey}|${channel}|${edited ? EDITED_HASH : textHash(text)}${rights ? `|${rights}` : ''}`;

/** The hash a Doc staff edited keeps when the add-on strikes names out of it: it stays «edited». */
const EDITED_HASH = 'edited';

/** The fingerprint of the named people's consents a draft was written with ('' when not recorded). */
export function rightsMarkOf(description: string): string {
  const at = description.indexOf(DRAFT_MARK);
  if (at < 0) return '';
  return description.slice(at).split(/\s/)[0]!.split('|')[3] ?? '';
}

/** The hash of a draft's text, blind to line breaks and spacing (Docs may add or fold them). */
export const textHash = (text: string): string => fnv1a(text.replace(/\s+/g, ' ').trim());

/**
 * Whether staff changed a draft since the add-on wrote it: its text no longer has the hash the
 * description recorded. A Doc without the add-on's mark counts as changed.
 */
export function isEditedDraft(description: string, text: string): boolean {
  const at = description.indexOf(DRAFT_MARK);
  if (at < 0) return true;
  const hash = description.slice(at).split(/\s/)[0]!.split('|')[2] ?? '';
  return hash !== textHash(text);
}

export interface PublicationRow {
  /** 1-based sheet row. */
  row: number;
  sourceKey: string;
  channel: PublicationChannel | null;
  status: string;
  statusKind: PublicationStatusKind;
  label: string;
  link: string;
  docId: string;
  named: string[];
  note: string;
}

const fold = (v: string): string => v.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');

export const docIdOf = (link: string): string => /\/d\/([A-Za-z0-9_-]+)/.exec(link)?.[1] ?? '';

const channelOf = (text: string): PublicationChannel | null =>
  fold(text) === PUBLICATION_CHANNELS.site
    ? PUBLICATION_CHANNELS.site
    : fold(text) === PUBLICATION_CHANNELS.social
      ? PUBLICATION_CHANNELS.social
      : null;

const splitNames = (text: string): string[] =>
  text
    .split(/[\n;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function readPublicationRows(table: Table): PublicationRow[] {
  const C = PUBLICATION_COLUMNS;
  return table.rows.flatMap((values, i) => {
    const text = (h: string): string => textAt(table, values, h);
    const sourceKey = text(C.sourceKey);
    if (!sourceKey) return [];
    const link = text(C.link);
    return [
      {
        row: i + 2,
        sourceKey,
        channel: channelOf(text(C.channel)),
        status: text(C.status),
        statusKind: publicationStatusKind(text(C.status)),
        label: text(C.source),
        link,
        docId: docIdOf(link),
        named: splitNames(text(C.named)),
        note: text(C.note),
      },
    ];
  });
}

// ── The «Примечание» lines the add-on manages; staff lines are kept as they are ──

const NOTES = messages.publicity.notes;
const REMOVE_PREFIX = NOTES.removeFromSite([]).split(':')[0]!;
const REMOVE_PROHIBITED_PREFIX = NOTES.removeProhibited([]).split(':')[0]!;
const NARROWED_PREFIX = NOTES.publishedNarrowed([]).split(':')[0]!;
const MANAGED_PREFIXES = [
  NOTES.sourceDeleted,
  NOTES.redacted,
  NOTES.editedRedacted,
  NARROWED_PREFIX,
  NOTES.reagree,
  NOTES.photo([]).split(':')[0]!,
  NOTES.conditions([]).split(':')[0]!,
  REMOVE_PREFIX,
  REMOVE_PROHIBITED_PREFIX,
].map(fold);

const isManaged = (line: string): boolean => MANAGED_PREFIXES.some((p) => fold(line).startsWith(p));

/**
 * The note with the add-on's lines of the given kinds replaced by `lines` (staff lines first, as they
 * were). A line that is already there stays where it is, so a run that finds nothing new writes the same
 * note, not the same lines in another order.
 */
function noteWith(note: string, drop: (line: string) => boolean, lines: readonly string[]): string {
  const kept = note
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !(isManaged(l) && drop(l) && !lines.includes(l)));
  for (const l of lines) if (!kept.includes(l)) kept.push(l);
  return kept.join('\n');
}

const startsWith = (prefix: string) => (line: string) => fold(line).startsWith(fold(prefix));

// ── Jobs: the Docs to write, and the rows that follow ──

export interface DraftJob {
  /** prepare: the menu's source; regenerate: a refresh from the source; redact: names struck out of the Doc. */
  kind: 'prepare' | 'regenerate' | 'redact';
  channel: PublicationChannel;
  /** The row it updates; null: a new row. */
  row: number | null;
  /** The Doc to rewrite; null or a missing one: a new Doc. */
  docId: string | null;
  documentName: string;
  sourceKey: string;
  label: string;
  /** The text to write (prepare, regenerate); null for redact (it works on the Doc's own text). */
  content: DraftText | null;
  /** Redact: the names to strike out, and the names that stay. */
  redact: string[];
  keep: string[];
  /** The fingerprint of the consents of the people the Doc names once written (rightsMark). */
  rights: string;
  /**
   * Set when the job is due only if the Doc was written with other consents than those in force now (a
   * named person's new consent): the shell skips it when the Doc's description carries this fingerprint.
   */
  unlessRights: string | null;
  /**
   * For a regenerate job: what to do instead when staff edited the Doc (rebuilding it would lose their
   * edits, and a trigger cannot ask) — strike the names out of its own text.
   */
  onEdited: DraftJob | null;
  /** The row's fields besides the link (laid out by header). */
  fields: Record<string, CellValue>;
  journal: JournalEntry[];
}

export interface PublicationInput {
  sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>;
  now: Date;
  timeZone: string;
}

export interface RefreshPlan {
  jobs: DraftJob[];
  /** Notes to update on rows no job rewrites (deleted source, published with a withdrawn name). */
  notes: Array<{ row: number; note: string }>;
  journal: JournalEntry[];
}

/** The day only (the sheet's «Дата» is the day a draft was prepared). */
const dayOf = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate());

export function draftContext(input: PublicationInput, rights?: PublicationRights): DraftContext {
  const settings = readSettings(input.sheets.get(SETTINGS_SHEET) ?? []);
  const may = rights ?? publicationRights(input.sheets.get(CONSENTS_SHEET) ?? []);
  const people = nameIndex(input);
  const prohibitedIn = (channel: PublicationChannel): string[] => [
    ...new Set(
      people
        .filter((p) => may(p.email).named && !rightIn(may(p.email), channel).named)
        .map((p) => p.fullName),
    ),
  ];
  return {
    organisation: (settings['organization.shortName'] ?? '').trim(),
    siteUrl: publicityResources(settings)[0] ?? '',
    hashtags: settings['publicity.hashtags'] ?? '',
    timeZone: input.timeZone,
    now: input.now,
    protect: [...new Set(people.filter((p) => !may(p.email).named).map((p) => p.fullName))],
    prohibited: {
      [PUBLICATION_CHANNELS.site]: prohibitedIn(PUBLICATION_CHANNELS.site),
      [PUBLICATION_CHANNELS.social]: prohibitedIn(PUBLICATION_CHANNELS.social),
    },
  };
}

/** Everyone the add-on can put an e-mail to by name: the banks and the registry (for names kept in «Названы»). */
function nameIndex(input: PublicationInput): Array<{ email: string; fullName: string }> {
  const people: Array<{ email: string; fullName: string }> = [];
  for (const sheet of ['Банк наставляемых', 'Банк наставников']) {
    const table = tableOf(sheet, input.sheets.get(sheet));
    for (const row of table.rows)
      people.push({
        email: normalizeEmail(textAt(table, row, BANK_SYSTEM_HEADERS.email)),
        fullName: textAt(table, row, BANK_SYSTEM_HEADERS.fullName),
      });
  }
  for (const r of readConsentRegistry(input.sheets.get(CONSENTS_SHEET) ?? []))
    if (!r.anonymisedAt) people.push({ email: r.email, fullName: r.fullName });
  return people.filter((p) => p.email && p.fullName.split(' ').length >= 2);
}

/**
 * Whether a name kept in «Названы» of a `channel` row may still be named there: 'named' when some e-mail
 * with that ФИО may be named in the channel; 'prohibited' when one may be named but prohibited the
 * channel; 'gone' when no consent in force allows the name (withdrawn, or never given).
 */
function stillNameable(
  name: string,
  index: ReadonlyArray<{ email: string; fullName: string }>,
  rights: PublicationRights,
  channel: PublicationChannel,
): 'named' | 'prohibited' | 'gone' {
  const same = index.filter((p) => samePerson(p.fullName, name));
  if (same.some((p) => rightIn(rights(p.email), channel).named)) return 'named';
  return same.some((p) => rights(p.email).named) ? 'prohibited' : 'gone';
}

/**
 * A fingerprint of what the consents in force allow the people named: each e-mail known by the name, its
 * categories and conditions. A draft records it; a new consent that changes it makes the draft due again.
 * Prohibited channels are left out: a prohibition of this channel makes the name one to drop, one of the
 * other channel does not change this draft.
 */
function rightsMark(
  names: readonly string[],
  index: ReadonlyArray<{ email: string; fullName: string }>,
  rights: PublicationRights,
): string {
  if (names.length === 0) return '';
  const parts = names.map((name) =>
    [...new Set(index.filter((p) => samePerson(p.fullName, name)).map((p) => p.email))]
      .sort()
      .map((email) => {
        const r = rights(email);
        return `${email}:${r.named ? [...r.allowed].sort().join(',') : '-'}:${r.conditions}`;
      })
      .join(';'),
  );
  return fnv1a(parts.sort().join('\n'));
}

/** A sheet's «Дата» as a day (a Date, or «дд.мм.гггг» typed as text); null when there is none. */
function dayValue(value: CellValue): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOf(value);
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(String(value ?? '').trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : null;
}

/** The row's fields for a draft built from its source: everything but the link and the number. */
function draftFields(
  source: PublicationSource,
  channel: PublicationChannel,
  draft: DraftText,
  naming: Naming,
  redacted: boolean,
  status: string,
  note: string,
  now: Date,
  reagree: boolean,
): Record<string, CellValue> {
  const C = PUBLICATION_COLUMNS;
  const byReason = new Map<string, string[]>();
  for (const p of naming.unnamed) {
    const reason = namingReasonText(p.reason);
    const who = p.fullName || p.email || messages.publicity.reasons.unknownPerson;
    byReason.set(reason, [...(byReason.get(reason) ?? []), who]);
  }
  const noPhoto = naming.named.filter((p) => !p.photoAllowed).map((p) => p.fullName);
  const conditions = naming.named.filter((p) => p.conditions !== '').map((p) => p.fullName);
  const lines = [
    ...(redacted ? [NOTES.redacted] : []),
    ...(noPhoto.length > 0 ? [NOTES.photo(noPhoto)] : []),
    ...(conditions.length > 0 ? [NOTES.conditions(conditions)] : []),
    ...(reagree ? [NOTES.reagree] : []),
  ];
  return {
    [C.source]: source.label,
    [C.stage]: source.stage,
    [C.channel]: channel,
    [C.title]: draft.title,
    [C.status]: status,
    [C.date]: dayOf(now),
    [C.named]: naming.named.map((p) => p.fullName).join('\n'),
    [C.unnamed]: [...byReason].map(([reason, names]) => `${reason}: ${names.join(', ')}`).join('\n'),
    [C.sourceKey]: source.key,
    // A draft built from its source: the source is there, so every line of the add-on's is recomputed;
    // staff lines stay as they are.
    [C.note]: noteWith(note, () => true, lines),
  };
}

/** A channel's draft with its naming (who the draft names, who it does not and why). */
export interface ChannelDraft extends BuiltDraft {
  naming: Naming;
}

/**
 * The two drafts of a source, each with its own naming: a person who prohibited one channel is named in
 * the other only.
 */
export function buildDrafts(
  source: PublicationSource,
  rights: PublicationRights,
  context: DraftContext,
): { site: ChannelDraft; social: ChannelDraft } {
  const site = nameParticipants(source.participants, rights, PUBLICATION_CHANNELS.site);
  const social = nameParticipants(source.participants, rights, PUBLICATION_CHANNELS.social);
  return {
    site: { ...siteNews(source, site, context), naming: site },
    social: { ...socialPost(source, social, context), naming: social },
  };
}

const CHANNEL_KEY: Record<PublicationChannel, 'site' | 'social'> = { сайт: 'site', соцсети: 'social' };
export const channelName = (channel: PublicationChannel): string =>
  messages.publicity.channels[CHANNEL_KEY[channel]];

function sourceJob(
  kind: 'prepare' | 'regenerate',
  source: PublicationSource,
  channel: PublicationChannel,
  built: ReturnType<typeof buildDrafts>,
  existing: PublicationRow | null,
  now: Date,
  mark: (names: readonly string[]) => string,
): DraftJob {
  const draft = channel === PUBLICATION_CHANNELS.site ? built.site : built.social;
  const reagree = kind === 'regenerate' && existing?.statusKind === 'agreed';
  return {
    kind,
    channel,
    row: existing?.row ?? null,
    docId: existing?.docId || null,
    documentName: messages.publicity.documentName(CHANNEL_KEY[channel], source.label),
    sourceKey: source.key,
    label: source.label,
    content: draft.draft,
    redact: [],
    keep: [],
    rights: mark(draft.naming.named.map((p) => p.fullName)),
    unlessRights: null,
    onEdited: null,
    fields: draftFields(
      source,
      channel,
      draft.draft,
      draft.naming,
      draft.redacted,
      // A regenerated draft that was agreed must be agreed again; a draft stays a draft.
      existing && existing.statusKind === 'draft' && existing.status !== ''
        ? existing.status
        : PUBLICATION_STATUS.draft,
      existing?.note ?? '',
      now,
      reagree,
    ),
    journal: [],
  };
}

/** What the row's named people may no longer be named for, by cause. */
interface Dropped {
  /** Consent withdrawn or not in force. */
  withdrawn: string[];
  /** This channel prohibited. */
  prohibited: string[];
  /** Still nameable, but their consent changed since the draft (struck out only where it cannot be rebuilt). */
  narrowed: string[];
}

/**
 * A redact job: the names struck out of the Doc's own text, the rest kept — when the source is gone, or
 * (`edited`) instead of a regeneration that would lose staff edits.
 */
function redactJob(
  row: PublicationRow,
  table: Table,
  note: string,
  dropped: Dropped,
  edited: boolean,
  now: Date,
  mark: (names: readonly string[]) => string,
): DraftJob {
  const { withdrawn, prohibited, narrowed } = dropped;
  const struck = [...withdrawn, ...prohibited, ...narrowed];
  const named = row.named.filter((n) => !struck.includes(n));
  const C = PUBLICATION_COLUMNS;
  const J = messages.publicity.journal;
  const channel = row.channel!;
  const label = row.label || row.sourceKey;
  const unnamed = textAt(table, table.rows[row.row - 2] ?? [], C.unnamed);
  const reasons = [
    ...(withdrawn.length > 0 ? [`${namingReasonText('publicationWithdrawn')}: ${withdrawn.join(', ')}`] : []),
    ...(prohibited.length > 0
      ? [`${namingReasonText(PROHIBITED_REASON[channel])}: ${prohibited.join(', ')}`]
      : []),
    ...(narrowed.length > 0 ? [`${NOTES.unnamedNarrowed}: ${narrowed.join(', ')}`] : []),
  ];
  return {
    kind: 'redact',
    channel,
    row: row.row,
    docId: row.docId || null,
    documentName: '',
    sourceKey: row.sourceKey,
    label,
    content: null,
    redact: struck,
    keep: named,
    rights: mark(named),
    unlessRights: null,
    onEdited: null,
    fields: {
      [C.named]: named.join('\n'),
      [C.unnamed]: [unnamed, ...reasons].filter((s) => s !== '').join('\n'),
      [C.status]: PUBLICATION_STATUS.draft,
      [C.date]: dayOf(now),
      [C.note]: noteWith(note, () => false, [
        edited ? NOTES.editedRedacted : NOTES.redacted,
        ...(row.statusKind === 'agreed' ? [NOTES.reagree] : []),
      ]),
    },
    journal: [
      {
        level: 'WARNING',
        code: 'PUBLICATION_DRAFT_REDACTED',
        message: edited
          ? J.editedRedacted(label, channelName(channel), struck)
          : J.redacted(label, channelName(channel), withdrawn, prohibited, narrowed),
        details: row.link,
      },
    ],
  };
}

/**
 * What every run repairs (items 3–4): drafts naming someone who may no longer be named, or someone whose
 * consent changed since the draft was written (a narrower consent reaches the draft too); published texts
 * that do (a warning, once); rows whose source was deleted (marked, once). `skip` are rows the menu's own
 * source rewrites anyway.
 */
export function planRefresh(input: PublicationInput, skip: ReadonlySet<number> = new Set()): RefreshPlan {
  const plan: RefreshPlan = { jobs: [], notes: [], journal: [] };
  const table = tableOf(PUBLICATIONS_SHEET, input.sheets.get(PUBLICATIONS_SHEET));
  const rows = readPublicationRows(table);
  if (rows.length === 0) return plan;
  const rights = publicationRights(input.sheets.get(CONSENTS_SHEET) ?? []);
  const index = nameIndex(input);
  const mark = (names: readonly string[]): string => rightsMark(names, index, rights);
  const context = draftContext(input, rights);
  const lookups = new Map<string, SourceLookup>();
  const lookup = (key: string): SourceLookup => {
    let found = lookups.get(key);
    if (!found) {
      found = sourceByKey(input.sheets, key);
      lookups.set(key, found);
    }
    return found;
  };
  const built = new Map<string, ReturnType<typeof buildDrafts>>();
  const J = messages.publicity.journal;
  for (const row of rows) {
    if (skip.has(row.row) || row.channel === null) continue;
    const found = lookup(row.sourceKey);
    const deleted = found.state === 'missing';
    const label = row.label || row.sourceKey;
    let note = noteWith(row.note, startsWith(NOTES.sourceDeleted), deleted ? [NOTES.sourceDeleted] : []);
    if (
      deleted &&
      !fold(row.note)
        .split('\n')
        .some((l) => l.startsWith(fold(NOTES.sourceDeleted)))
    )
      plan.journal.push({
        level: 'WARNING',
        code: 'PUBLICATION_SOURCE_DELETED',
        message: J.sourceDeleted(label),
        details: row.sourceKey,
      });
    const state = new Map(row.named.map((name) => [name, stillNameable(name, index, rights, row.channel!)]));
    // Withdrawn (or never in force) and prohibited in this channel: both are names the row may not keep.
    const withdrawn = row.named.filter((name) => state.get(name) === 'gone');
    const prohibited = row.named.filter((name) => state.get(name) === 'prohibited');
    const gone = [...withdrawn, ...prohibited];
    // Still nameable, but with a publication decision dated on or after the row's «Дата»: the draft may
    // have been written with a broader consent (a category since refused prints in it).
    const since = dayValue(valueAt(table, table.rows[row.row - 2] ?? [], PUBLICATION_COLUMNS.date));
    const decidedSince = (name: string, narrowerOnly: boolean): boolean =>
      index.some((p) => {
        if (!samePerson(p.fullName, name)) return false;
        const r = rights(p.email);
        const at = r.decidedAt;
        return at !== null && (since === null || at >= since) && (!narrowerOnly || r.narrower);
      });
    const channel = channelName(row.channel);
    if (row.statusKind === 'draft' || row.statusKind === 'agreed') {
      const narrowed = row.named.filter((name) => state.get(name) === 'named' && decidedSince(name, false));
      // Struck out of a Doc that cannot be rebuilt (source gone, staff edits): a consent that allows less
      // than the one before it; one that allows as much or more leaves the text as allowed as it was.
      const narrower = narrowed.filter((name) => decidedSince(name, true));
      const strike: Dropped = { withdrawn, prohibited, narrowed: narrower };
      const strikes = gone.length > 0 || narrower.length > 0;
      if (gone.length === 0 && (narrowed.length === 0 || (found.state !== 'found' && !strikes))) {
        if (
          note !==
          row.note
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '')
            .join('\n')
        )
          plan.notes.push({ row: row.row, note });
        continue;
      }
      // Only a changed consent: due only when the Doc was written with other consents (the shell checks).
      const unlessRights = gone.length === 0 ? mark(row.named) : null;
      if (found.state === 'found') {
        let drafts = built.get(row.sourceKey);
        if (!drafts) {
          drafts = buildDrafts(found.source, rights, context);
          built.set(row.sourceKey, drafts);
        }
        const job = sourceJob(
          'regenerate',
          found.source,
          row.channel,
          drafts,
          { ...row, note },
          input.now,
          mark,
        );
        job.unlessRights = unlessRights;
        job.journal.push({
          level: 'WARNING',
          code: 'PUBLICATION_DRAFT_REGENERATED',
          message:
            gone.length > 0
              ? J.regenerated(label, channel, withdrawn, prohibited)
              : J.regeneratedNarrowed(label, channel, narrowed),
          details: row.link,
        });
        // Staff edited the Doc: the names struck out of its own text instead, the edits kept (none to
        // strike: the edited Doc is left as it is).
        job.onEdited = strikes ? redactJob(row, table, note, strike, true, input.now, mark) : null;
        plan.jobs.push(job);
        continue;
      }
      // The source is gone: the names struck out of the Doc's own text (a changed consent cannot be
      // applied otherwise).
      const job = redactJob(row, table, note, strike, false, input.now, mark);
      job.unlessRights = unlessRights;
      plan.jobs.push(job);
      continue;
    }
    // Published (or a status the add-on does not know): never rewritten; staff are told once per name
    // and cause (a withdrawal, a prohibition of this channel, a narrower consent since the text).
    const warn = (
      names: readonly string[],
      prefix: string,
      line: (names: readonly string[]) => string,
      message: typeof J.published,
      code: string,
    ): void => {
      if (names.length === 0) return;
      const warned = fold(note)
        .split('\n')
        .filter((l) => l.startsWith(fold(prefix)));
      const fresh = names.filter((n) => !warned.some((l) => l.includes(fold(n))));
      if (fresh.length === 0) return;
      note = noteWith(note, startsWith(prefix), [line(names)]);
      plan.journal.push({
        level: 'WARNING',
        code,
        message: message(label, channel, row.link, fresh),
        details: row.sourceKey,
      });
    };
    const narrower = row.named.filter((name) => state.get(name) === 'named' && decidedSince(name, true));
    warn(withdrawn, REMOVE_PREFIX, NOTES.removeFromSite, J.published, 'PUBLISHED_NAMES_WITHDRAWN');
    warn(
      prohibited,
      REMOVE_PROHIBITED_PREFIX,
      NOTES.removeProhibited,
      J.publishedProhibited,
      'PUBLISHED_NAMES_WITHDRAWN',
    );
    warn(
      narrower,
      NARROWED_PREFIX,
      NOTES.publishedNarrowed,
      J.publishedNarrowed,
      'PUBLISHED_CONSENT_NARROWED',
    );
    if (
      note !==
      row.note
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join('\n')
    )
      plan.notes.push({ row: row.row, note });
  }
  return plan;
}

export type PreparationPlan =
  | { ok: false; message: string }
  | {
      ok: true;
      source: PublicationSource;
      /** Who each channel's draft names. */
      naming: { site: Naming; social: Naming };
      jobs: DraftJob[];
      /** Channels left as they are (agreed or published), as lines for the summary. */
      locked: string[];
    };

/** «Подготовить публикацию…» for the source with this key: a job per channel whose row is a draft or absent. */
export function planPreparation(input: PublicationInput, sourceKey: string): PreparationPlan {
  const found = sourceByKey(input.sheets, sourceKey);
  if (found.state !== 'found') return { ok: false, message: messages.publicity.prepare.notSelected };
  const source = found.source;
  const rights = publicationRights(input.sheets.get(CONSENTS_SHEET) ?? []);
  const built = buildDrafts(source, rights, draftContext(input, rights));
  const index = nameIndex(input);
  const mark = (names: readonly string[]): string => rightsMark(names, index, rights);
  const rows = readPublicationRows(tableOf(PUBLICATIONS_SHEET, input.sheets.get(PUBLICATIONS_SHEET)));
  const jobs: DraftJob[] = [];
  const locked: string[] = [];
  for (const channel of [PUBLICATION_CHANNELS.site, PUBLICATION_CHANNELS.social]) {
    const existing = rows.find((r) => r.sourceKey === source.key && r.channel === channel) ?? null;
    if (existing && existing.statusKind !== 'draft') {
      locked.push(messages.publicity.prepare.locked(channelName(channel), existing.status));
      continue;
    }
    jobs.push(sourceJob('prepare', source, channel, built, existing, input.now, mark));
  }
  jobs[0]?.journal.push({
    level: 'INFO',
    code: 'PUBLICATION_PREPARED',
    message: messages.publicity.journal.prepared(source.label),
    details: jobs.map((j) => j.channel).join(', '),
  });
  return { ok: true, source, naming: { site: built.site.naming, social: built.social.naming }, jobs, locked };
}

/** The rows of the sheet (1-based) with a draft of `sourceKey` that the menu would rewrite. */
export function draftRowsOf(
  values: readonly (readonly CellValue[])[] | undefined,
  sourceKey: string,
): PublicationRow[] {
  return readPublicationRows(tableOf(PUBLICATIONS_SHEET, values)).filter(
    (r) => r.sourceKey === sourceKey && r.statusKind === 'draft' && r.docId !== '',
  );
}

/** A redact job's text: the Doc's own paragraphs with the names struck out (staff edits kept). */
export function redactDraft(job: DraftJob, paragraphs: readonly string[]): DraftText {
  // Every form of a kept name — «Громова Т.И.», «Громовой Татьяне Ивановне» — or the catch-all
  // patterns for unknown names would strike the people still named out too.
  const keep = job.keep.flatMap(nameForms);
  const lines = paragraphs.map((p) => redactNames(p, job.redact, keep).text);
  return { title: lines[0] ?? '', paragraphs: lines.slice(1) };
}

/** What the shell did for a job: the Doc's link, or null when there was no Doc to change (redact of a gone Doc). */
export interface JobResult {
  job: DraftJob;
  link: string | null;
}

/**
 * The sheet writes after the Docs are written: a patch per existing row (first to last changed column),
 * new rows in one block below the last, numbered on from the highest «№»; notes of rows no job touched.
 */
export function publicationWrites(
  values: readonly (readonly CellValue[])[] | undefined,
  results: readonly JobResult[],
  notes: ReadonlyArray<{ row: number; note: string }> = [],
): BlockWrite[] {
  const table = tableOf(PUBLICATIONS_SHEET, values);
  const C = PUBLICATION_COLUMNS;
  const textColumns = columnsOf(
    table,
    Object.values(C).filter((h) => !PUBLICATION_VALUE_COLUMNS.includes(h)),
  );
  const writes: BlockWrite[] = [];
  let next =
    Math.max(
      0,
      ...table.rows.map((r) => {
        const n = Number(valueAt(table, r, C.id));
        return Number.isFinite(n) ? n : 0;
      }),
    ) + 1;
  const appended = new Map<number, CellValue[]>();
  let appendAt = table.rows.length + 2;
  for (const { job, link } of results) {
    const fields: Record<string, CellValue> = { ...job.fields, ...(link !== null ? { [C.link]: link } : {}) };
    if (job.row !== null) {
      const patch = rowPatch(table, job.row, fields, textColumns);
      if (patch) writes.push(patch);
    } else {
      appended.set(appendAt++, layoutRow(table, { ...fields, [C.id]: next++ }));
    }
  }
  for (const { row, note } of notes) {
    const patch = rowPatch(table, row, { [C.note]: note }, textColumns);
    if (patch) writes.push(patch);
  }
  writes.push(...rowBlocks(table, appended, textColumns));
  return writes;
}

/**
 * The Drive description of a job's Doc once its text is known; `edited`: the Doc staff edited, whose
 * names the job struck out — it stays «edited», so no later run rebuilds it over the edits unasked.
 */
export const jobDescription = (job: DraftJob, text: DraftText, edited = false): string =>
  draftDescription(job.sourceKey, job.channel, draftPlainText(text), job.rights, edited);

/** Whether the sheet has the add-on's header row (set-up made it). */
export const isPublicationsSheet = (values: readonly (readonly CellValue[])[] | undefined): boolean =>
  (values?.[0] ?? []).some((h) => headerKey(h) === headerKey(PUBLICATION_COLUMNS.sourceKey));
