import type { JournalEntry } from '../../ports/journal';
import type { CellValue } from '../../ports/workbook';
import { formatDateTime } from '../banks/describe';
import { HISTORY_COLUMNS, historyRows, type HistoryOutcome } from '../banks/history';
import {
  registryHeader,
  registryRecord,
  registryRow,
  textColumnsOf,
  type ConsentPlan,
  type Decision,
} from '../consent/decisions';
import {
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  latestDecision,
  readConsentRegistry,
  type ConsentRecord,
} from '../consent/registry';
import { messages } from '../messages';
import {
  inApplyOrder,
  isApplicable,
  isDeferred,
  splitCheckboxAnswer,
  type ParsedResponse,
} from '../questionnaires/parse';
import {
  PUBLICATION_ALLOW,
  PUBLICATION_CATEGORIES,
  PUBLICATION_PROHIBITIONS,
  categoryQuestionKey,
  type PublicationCategory,
} from '../questionnaires/publication-consent-spec';
import { headerKey } from '../schema/headers';
import type { PublicationChannel } from './columns';
import { notesByRow, parsePermissionNote, permissionNote, prohibitedChannels } from './permissions';

/** The same registry and history rows as the processing consent's plan, and what changed for drafts. */
export interface PublicationConsentPlan extends ConsentPlan {
  /** E-mails whose consent to publication stopped being in force in this run (drafts to regenerate). */
  withdrawn: string[];
  /**
   * Channels newly prohibited by a consent in force that did not prohibit them (drafts of those channels
   * to regenerate, like a withdrawal), by e-mail.
   */
  prohibited: Array<{ email: string; channels: PublicationChannel[] }>;
}

/** A response to the publication form, for journal lines: the form, the row, the time, the person. */
export const describePublicationResponse = (r: ParsedResponse): string =>
  messages.responses.describe(
    messages.publicity.consent.formName,
    r.sheet,
    r.rowNumber,
    r.timestamp ? formatDateTime(r.timestamp) : '',
    r.email,
    r.fields.fullName?.full ?? '',
  );

/** The categories a response allows: those answered «разрешаю» (an unanswered one is not allowed). */
export function allowedCategories(r: ParsedResponse): Set<PublicationCategory> {
  const allowed = new Set<PublicationCategory>();
  for (const c of PUBLICATION_CATEGORIES)
    if (headerKey(r.fields.answers[categoryQuestionKey(c.key)] ?? '') === headerKey(PUBLICATION_ALLOW.yes))
      allowed.add(c.key);
  return allowed;
}

/**
 * The resources a response prohibits publication on (ст. 10.1 ч. 9): the channels of the choices ticked
 * (an unanswered question prohibits nothing). A choice the add-on does not know (staff renamed it in the
 * form) is read by its words, and one that names no known resource prohibits every channel (`unknown`
 * lists it for the journal): a prohibition is never read as narrower than the subject wrote it.
 */
export function responseProhibitions(r: ParsedResponse): {
  channels: Set<PublicationChannel>;
  /** The answers that name no resource the add-on knows (they closed every channel). */
  unknown: string[];
} {
  const cell = String(r.fields.answers.prohibited ?? '');
  const { keys, unknown } = splitCheckboxAnswer(
    cell,
    PUBLICATION_PROHIBITIONS.map((p) => ({ key: p.channel, label: p.label })),
  );
  const channels = new Set<PublicationChannel>(keys as PublicationChannel[]);
  for (const text of unknown) for (const c of prohibitedChannels(text)) channels.add(c);
  return { channels, unknown: unknown.filter((text) => prohibitedChannels(text, true).size === 0) };
}

/** The role the person has in the registry already (the processing consent says it), else ''. */
function roleOf(records: readonly ConsentRecord[], email: string): string {
  for (let i = records.length - 1; i >= 0; i--)
    if (records[i]!.email === email && records[i]!.role) return records[i]!.role;
  return '';
}

/**
 * Plans registry rows for responses to the publication form (purpose «распространение (публикация)»),
 * never mixed with the consent to processing. Like the processing consent: every decision is a row,
 * the latest decision per e-mail is in force, keys already in the registry are not recorded twice, and
 * responses already in «История анкет» (`processed`) are not journaled again. A give records the
 * categories allowed and the subject's conditions in «Примечание» (permissionNote).
 */
export function planPublicationConsentUpdates(
  registryValues: readonly (readonly CellValue[])[],
  responses: readonly ParsedResponse[],
  now: Date,
  version: string,
  options: { processed?: ReadonlySet<string>; historyHeaders?: readonly CellValue[] } = {},
): PublicationConsentPlan {
  const header = registryHeader(registryValues);
  const records = readConsentRegistry(registryValues);
  const notes = notesByRow(registryValues);
  const recorded = new Set(records.map((r) => r.key).filter((k) => k !== ''));
  const processed = options.processed ?? new Set<string>();
  const historyHeaders = options.historyHeaders ?? Object.values(HISTORY_COLUMNS);
  const text = messages.publicity.consent;
  const plan: PublicationConsentPlan = {
    appendRows: [],
    appendAt: Math.max(registryValues.length, 1) + 1,
    textColumns: textColumnsOf(header),
    historyRows: [],
    journal: [],
    counts: { given: 0, withdrawn: 0, skipped: 0 },
    withdrawn: [],
    prohibited: [],
  };
  const seen = new Set<string>();
  const history = (r: ParsedResponse, outcome: HistoryOutcome): void => {
    if (!processed.has(r.key)) plan.historyRows.push(...historyRows(r, outcome, now, historyHeaders));
  };
  const journal = (r: ParsedResponse, entry: Omit<JournalEntry, 'details'>): void => {
    if (!processed.has(r.key)) plan.journal.push({ ...entry, details: r.key });
  };
  for (const r of inApplyOrder(responses.filter((x) => x.questionnaire === 'publicationConsent'))) {
    if (seen.has(r.key) || isDeferred(r)) {
      plan.counts.skipped++;
      continue;
    }
    seen.add(r.key);
    const context = describePublicationResponse(r);
    if (!isApplicable(r) || r.fields.decision === null || r.timestamp === null) {
      plan.counts.skipped++;
      journal(r, {
        level: 'ERROR',
        code: 'PUBLICATION_CONSENT_REJECTED',
        message: [text.rejected(context), ...r.problems.map((p) => p.message)].join('\n'),
      });
      history(r, 'rejected');
      continue;
    }
    const status = r.fields.decision === 'give' ? 'дано' : 'отозвано';
    history(r, status === 'дано' ? 'consentGiven' : 'consentWithdrawn');
    if (recorded.has(r.key)) {
      plan.counts.skipped++;
      continue;
    }
    recorded.add(r.key);
    const previous = latestDecision(records, r.email, CONSENT_PURPOSES.publication);
    const before = previous?.status ?? '';
    const allowed = allowedCategories(r);
    const prohibition = responseProhibitions(r);
    const conditions = String(r.fields.answers.conditions ?? '').trim();
    const decision: Decision = {
      email: r.email,
      fullName: r.fields.fullName?.full ?? '',
      role: roleOf(records, r.email),
      purpose: CONSENT_PURPOSES.publication,
      decidedAt: r.timestamp,
      version,
      source: CONSENT_SOURCES.form,
      status,
      key: r.key,
      note: status === 'дано' ? permissionNote(allowed, conditions, prohibition.channels) : '',
    };
    // What the consent in force before this one prohibited (its note, as publicationRights reads it).
    const prohibitedBefore =
      before === 'дано' ? parsePermissionNote(notes.get(previous!.row) ?? '').prohibited : null;
    plan.appendRows.push(registryRow(decision, header));
    records.push(registryRecord(decision, plan.appendAt + plan.appendRows.length - 1));
    notes.set(plan.appendAt + plan.appendRows.length - 1, decision.note);
    if (status === 'дано') {
      plan.counts.given++;
      plan.withdrawn = plan.withdrawn.filter((e) => e !== r.email);
      const processing = latestDecision(records, r.email, CONSENT_PURPOSES.processing)?.status ?? '';
      const named = allowed.has('fullName') && allowed.has('participation');
      // A channel prohibited now that the consent in force allowed is a withdrawal for that channel.
      const fresh = prohibitedBefore
        ? PUBLICATION_PROHIBITIONS.filter(
            (p) => prohibition.channels.has(p.channel) && !prohibitedBefore.has(p.channel),
          )
        : [];
      plan.prohibited = plan.prohibited.filter((p) => p.email !== r.email);
      if (fresh.length > 0) plan.prohibited.push({ email: r.email, channels: fresh.map((p) => p.channel) });
      journal(r, {
        level: processing === 'дано' && named && prohibition.unknown.length === 0 ? 'INFO' : 'WARNING',
        code: 'PUBLICATION_CONSENT_GIVEN',
        message: [
          text.given(context, decision.note),
          ...(processing === 'дано' ? [] : [text.givenWithoutProcessing]),
          ...(named ? [] : [text.givenWithoutName]),
          ...(prohibition.unknown.length > 0 ? [text.unknownProhibition(prohibition.unknown)] : []),
          ...(fresh.length > 0 ? [text.newProhibition(fresh.map((p) => p.label))] : []),
        ].join(' '),
      });
    } else {
      plan.counts.withdrawn++;
      plan.prohibited = plan.prohibited.filter((p) => p.email !== r.email);
      if (before === 'дано' && !plan.withdrawn.includes(r.email)) plan.withdrawn.push(r.email);
      journal(r, {
        level: before === 'дано' ? 'WARNING' : 'INFO',
        code: 'PUBLICATION_CONSENT_WITHDRAWN',
        message: before === 'дано' ? text.withdrawn(context) : text.withdrawnWithoutConsent(context),
      });
    }
  }
  return plan;
}
