import { ROADMAP_STAGES } from '../documents/roadmap';
import { formatDateWords } from '../documents/dates';
import { messages } from '../messages';
import { PUBLICATION_CHANNELS, type PublicationChannel } from './columns';
import { REDACTED, nameForms, nameRedactor, shortName, type NamedParticipant, type Naming } from './naming';
import { clip, type PublicationSource } from './sources';

/**
 * The drafts' words (issue 7, item 2): a news item for the college's website (about 1,500 characters)
 * and a short post for its social networks (about 500), in plain factual Russian without quotes from
 * people: the date, what happened, who took part, a link to the college. Pure and deterministic: the same
 * source, naming and context always give the same text. Names appear only for `naming.named`; everyone
 * else is counted or described («наставник ПЦК информатики»), and `redactNames` removes any form of an
 * unnamed person's name that staff typed into a title or an indicator.
 */

export interface DraftText {
  /** The headline: the Doc's first paragraph and the sheet's «Заголовок». */
  title: string;
  paragraphs: string[];
}

export interface DraftContext {
  /** The organisation as the text names it: «ПОУ «КУ»» (short name, else full name, else '' — «колледж»). */
  organisation: string;
  /** The college's website (first line of `publicity.resources`), '' when not set. */
  siteUrl: string;
  hashtags: string;
  timeZone: string;
  /** The day of preparation: the date of a stage milestone. */
  now: Date;
  /**
   * Everyone the add-on knows (banks, registry) who may not be named: their names are struck out of
   * whatever staff typed, even when they are not among the source's participants.
   */
  protect: readonly string[];
  /**
   * Everyone the add-on knows who may be named but prohibited publication on a channel, by channel: their
   * names are struck out of that channel's draft as `protect` are out of both.
   */
  prohibited?: Readonly<Partial<Record<PublicationChannel, readonly string[]>>>;
}

/** The names a draft for `channel` strikes out besides its unnamed participants. */
const protectIn = (ctx: DraftContext, channel: PublicationChannel): string[] => [
  ...ctx.protect,
  ...(ctx.prohibited?.[channel] ?? []),
];

/** Lengths the tests hold the drafts to: «about 1,500» and «about 500» characters. */
export const DRAFT_LENGTH = {
  site: { min: 1100, max: 1700 },
  social: { min: 250, max: 600 },
} as const;

/** Characters of a draft as a reader sees them: headline and paragraphs, one line break between. */
export const draftLength = (d: DraftText): number => [d.title, ...d.paragraphs].join('\n').length;

/** The text of a draft as the Doc holds it (the headline, then each paragraph on its line). */
export const draftPlainText = (d: DraftText): string => [d.title, ...d.paragraphs].join('\n');

const N = messages.publicity.news;

const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** «у» + quotes: «Название» unless the title is just the kind's own words. */
const quoted = (title: string, kind: string): string =>
  title && title.toLowerCase() !== kind.toLowerCase() ? ` «${title.replace(/^«|»$/g, '')}»` : '';

/** What the source is, in the words of its lead sentence and headline. */
function what(source: PublicationSource): { noun: string; past: string; headline: string } {
  if (source.kind === 'event') {
    const kind = source.eventKind ? N.eventKinds[source.eventKind] : N.eventKindOther;
    const noun = `${kind.noun}${quoted(source.title, source.detail || kind.noun)}`;
    const headline = capitalise(noun);
    return {
      noun,
      past: kind.past,
      headline: source.eventState === 'planned' ? `${N.announcement}: ${headline}` : headline,
    };
  }
  if (source.kind === 'practice') {
    const noun = `${N.practiceNoun}${quoted(source.title, '')}`;
    return {
      noun,
      past: '',
      headline: source.best ? N.bestPracticeHeadline(source.title) : N.practiceHeadline(source.title),
    };
  }
  return { noun: source.title, past: '', headline: N.stageHeadline(source.stage, source.stageTitle) };
}

/** «Иванова Мария Петровна (наставник, преподаватель)». */
function namedFull(p: NamedParticipant): string {
  const details = [N.roleWord[p.role], p.showPosition ? p.position : ''].filter((s) => s !== '');
  return details.length > 0 ? `${p.fullName} (${details.join(', ')})` : p.fullName;
}

/** An unnamed person described by role and, when the bank has it, their ПЦК. */
export function describeUnnamed(p: {
  role: string;
  bank: 'mentor' | 'mentee' | null;
  subject: string;
}): string {
  const who =
    p.bank === 'mentor' || p.role === 'mentor'
      ? N.unnamed.mentor
      : p.bank === 'mentee' || p.role === 'mentee'
        ? N.unnamed.mentee
        : N.unnamed.teacher;
  const pck = /^пцк(?![а-яё])/i.test(p.subject) ? clip(p.subject.split(':')[0]!, 60) : '';
  return pck ? `${who} ${pck}` : who;
}

/**
 * The sentence on who took part, naming the first `limit` named people; the rest, named or not, are
 * counted («и ещё 3 педагога»). Null when the source has no participants.
 */
function whoSentence(
  source: PublicationSource,
  naming: Naming,
  limit: number,
  format: (p: NamedParticipant) => string,
): string | null {
  const total = naming.named.length + naming.unnamed.length;
  if (total === 0) return source.audience ? N.audience(source.eventState, source.audience) : null;
  const shown = naming.named.slice(0, limit).map(format);
  const rest = total - shown.length;
  if (source.kind === 'practice') {
    if (shown.length === 0)
      return total === 1 ? N.authorUnnamed(describeUnnamed(naming.unnamed[0]!)) : N.authorsCount(total);
    return N.authors(shown, rest);
  }
  if (shown.length === 0 && total <= 2 && naming.unnamed.length === total)
    return N.participantsDescribed(
      source.kind,
      source.eventState,
      naming.unnamed.map((p) => describeUnnamed(p)),
    );
  return N.participants(source.kind, source.eventState, total, shown, rest);
}

/** The lead sentence: the date, the organisation and what happened (or will). */
function lead(source: PublicationSource, ctx: DraftContext): string {
  const date = formatDateWords(source.date ?? ctx.now, ctx.timeZone);
  const org = ctx.organisation;
  const w = what(source);
  if (source.kind === 'event')
    return N.eventLead(date, org, w.noun, w.past, source.eventState, source.place, source.online);
  if (source.kind === 'practice') return N.practiceLead(date, org, source.title, source.detail, source.best);
  return N.stageLead(
    date,
    org,
    source.stage,
    source.stageTitle,
    source.title,
    source.roadmapStatus,
    source.indicator,
  );
}

/** The paragraph on what this kind of event or source is for (the road map's own words). */
function about(source: PublicationSource): string | null {
  if (source.kind === 'event') {
    const text = source.eventKind ? N.eventAbout[source.eventKind] : null;
    if (!text) return null;
    return source.eventKind === 'roundTable' && source.counts.bestPractices > 0
      ? `${text} ${N.bestPracticesSoFar(source.counts.bestPractices)}`
      : text;
  }
  if (source.kind === 'practice') return N.practiceAbout;
  if (source.stage === 5 && source.counts.pairs + source.counts.groups > 0)
    return N.pairsFormed(source.counts.pairs, source.counts.groups);
  return null;
}

/** Which stage of the road map the source belongs to (a stage milestone's lead says it already). */
const stageContext = (source: PublicationSource): string | null =>
  source.kind === 'stage' ? null : N.stageContext(source.kind, source.stage, source.stageTitle);

/** Whole sentences of `text` that fit in `max`; whole words with «…» when not even one does. */
function clipSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const ends = [...text.slice(0, max).matchAll(/[.!?…](?=\s|$)/g)].map((m) => (m.index ?? 0) + 1);
  const end = ends.length > 0 ? ends[ends.length - 1]! : 0;
  return end > max / 3 ? text.slice(0, end) : clip(text, max);
}

const stageContent = (source: PublicationSource): string | null => {
  const content = ROADMAP_STAGES[source.stage - 1]?.content;
  return content ? N.stageContent(content) : null;
};

/** Fits optional paragraphs in after the required ones, in priority order, within `max`. */
function fit(
  title: string,
  required: Array<{ at: number; text: string }>,
  optional: Array<{ at: number; text: string | null }>,
  max: number,
): DraftText {
  const chosen = [...required];
  const length = (): number => draftLength({ title, paragraphs: chosen.map((p) => p.text) });
  for (const p of optional) {
    if (!p.text) continue;
    chosen.push({ at: p.at, text: p.text });
    if (length() > max) chosen.pop();
  }
  return { title, paragraphs: chosen.sort((a, b) => a.at - b.at).map((p) => p.text) };
}

/** The named people's names in every form (staff may have typed one declined into a title). */
const keptForms = (naming: Naming): string[] => naming.named.flatMap((p) => nameForms(p.fullName));

/** The redactor of a draft: everyone unnamed or protected struck out, the named kept. */
const redactorOf = (naming: Naming, protect: readonly string[]) =>
  nameRedactor(
    [...new Set([...naming.unnamed.map((p) => p.fullName), ...protect])].filter((n) => n !== ''),
    keptForms(naming),
  );

/** Applies redactNames to every line; `redacted` tells the sheet that a name was hidden. */
function redact(
  draft: DraftText,
  naming: Naming,
  protect: readonly string[],
): { draft: DraftText; redacted: boolean } {
  const redactor = redactorOf(naming, protect);
  let redacted = false;
  const line = (text: string): string => {
    const r = redactor(text);
    redacted ||= r.redacted;
    return r.text;
  };
  return { draft: { title: line(draft.title), paragraphs: draft.paragraphs.map(line) }, redacted };
}

/**
 * The source with every field staff typed cleared of names the draft may not print, before anything is
 * cut to length (a cut could leave half a surname nobody would recognise as one). Each field is cut to
 * what a draft prints of it.
 */
function sanitise(
  source: PublicationSource,
  naming: Naming,
  protect: readonly string[],
): { source: PublicationSource; redacted: boolean } {
  const redactor = redactorOf(naming, protect);
  let redacted = false;
  const field = (text: string, max: number): string => {
    const r = redactor(text);
    redacted ||= r.redacted;
    return clip(r.text, max);
  };
  return {
    source: {
      ...source,
      title: field(source.title, 120),
      stageTitle: field(source.stageTitle, 150),
      detail: field(source.detail, 80),
      place: field(source.place, 80),
      indicator: field(source.indicator, 300),
    },
    redacted,
  };
}

export interface BuiltDraft {
  draft: DraftText;
  /** A name typed into the source's own words was replaced by REDACTED. */
  redacted: boolean;
}

/** The news item for the college's website; `naming` is the website's (nameParticipants for «сайт»). */
export function siteNews(raw: PublicationSource, naming: Naming, ctx: DraftContext): BuiltDraft {
  const { max } = DRAFT_LENGTH.site;
  const protect = protectIn(ctx, PUBLICATION_CHANNELS.site);
  const { source, redacted } = sanitise(raw, naming, protect);
  const title = clip(what(source).headline, 140);
  const leadText = lead(source, ctx);
  const link = ctx.siteUrl ? N.siteLink(clip(ctx.siteUrl, 120)) : N.siteLinkMissing;
  const optional = [
    { at: 2, text: about(source) },
    { at: 3, text: stageContext(source) },
    { at: 4, text: N.system(ctx.organisation) },
    { at: 5, text: stageContent(source) },
    { at: 6, text: N.roadmapOverview },
  ];
  // As many names as fit with the lead and the link; those left out are counted with the unnamed.
  let limit = naming.named.length;
  let who = whoSentence(source, naming, limit, namedFull);
  const requiredLength = (): number =>
    draftLength({ title, paragraphs: [leadText, ...(who ? [who] : []), link] });
  while (limit > 0 && requiredLength() > max) {
    limit--;
    who = whoSentence(source, naming, limit, namedFull);
  }
  const required = [{ at: 0, text: leadText }, ...(who ? [{ at: 1, text: who }] : []), { at: 9, text: link }];
  const built = redact(fit(title, required, optional, max), naming, protect);
  return { draft: built.draft, redacted: redacted || built.redacted };
}

/**
 * The short post for social networks: headline, one sentence, who took part (short names), link, hashtags;
 * `naming` is the social networks' (nameParticipants for «соцсети»).
 */
export function socialPost(raw: PublicationSource, naming: Naming, ctx: DraftContext): BuiltDraft {
  const { max } = DRAFT_LENGTH.social;
  const protect = protectIn(ctx, PUBLICATION_CHANNELS.social);
  const { source, redacted } = sanitise(raw, naming, protect);
  const title = clip(what(source).headline, 100);
  const leadText = clipSentences(lead(source, ctx), 260);
  const tags = clip(ctx.hashtags.trim() || N.defaultHashtags, 120);
  const link = ctx.siteUrl ? clip(ctx.siteUrl, 120) : '';
  let limit = naming.named.length;
  let who = whoSentence(source, naming, limit, (p) => shortName(p.fullName));
  const tail = [link, tags].filter((s) => s !== '');
  const requiredLength = (): number =>
    draftLength({ title, paragraphs: [leadText, ...(who ? [who] : []), ...tail] });
  while (limit > 0 && requiredLength() > max) {
    limit--;
    who = whoSentence(source, naming, limit, (p) => shortName(p.fullName));
  }
  const required = [
    { at: 0, text: leadText },
    ...(who ? [{ at: 1, text: who }] : []),
    ...tail.map((text, i) => ({ at: 8 + i, text })),
  ];
  const optional = [
    { at: 2, text: source.kind === 'stage' ? null : N.socialStage(source.stage, source.stageTitle) },
  ];
  const built = redact(fit(title, required, optional, max), naming, protect);
  return { draft: built.draft, redacted: redacted || built.redacted };
}

export { REDACTED };
