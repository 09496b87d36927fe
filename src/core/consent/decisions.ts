import { JournalEntry } from '../../ports/journal';
import { CellValue } from '../../ports/workbook';
import { describeResponse } from '../banks/describe';
import { HISTORY_COLUMNS, HistoryOutcome, historyRows } from '../banks/history';
import { messages } from '../messages';
import { isValidEmail, normalizeEmail } from '../people';
import { ParsedResponse, inApplyOrder, isApplicable, isDeferred } from '../questionnaires/parse';
import { headerKey } from '../schema/headers';
import {
  CONSENT_COLUMNS,
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  ConsentPurpose,
  ConsentRecord,
  ConsentSource,
  consentStatus,
  latestDecision,
  readConsentRegistry,
} from './registry';

export interface ConsentPlan {
  /** Registry rows to append (laid out by the registry's header row), one per decision. */
  appendRows: CellValue[][];
  /** 1-based row where they start. */
  appendAt: number;
  /** 1-based registry columns to format as plain text before writing. */
  textColumns: number[];
  /** Rows for «История анкет» (consent responses are processed once, like questionnaires). */
  historyRows: CellValue[][];
  journal: JournalEntry[];
  counts: { given: number; withdrawn: number; skipped: number };
}

export interface Eligibility {
  eligible: boolean;
  /** Russian, for «Участие» and messages: «допущен» or «исключён — …». */
  reason: string;
}

export interface WithdrawalPlan {
  /** One registry row (empty when there was nothing to withdraw). */
  appendRows: CellValue[][];
  appendAt: number;
  textColumns: number[];
  journal: JournalEntry[];
  /** Whether a given consent was actually withdrawn (false: none on record or already withdrawn). */
  withdrawn: boolean;
  /** Russian summary for the menu action's alert. */
  summary: string;
}

const DATE_COLUMNS = new Set<string>(
  [CONSENT_COLUMNS.decidedAt, CONSENT_COLUMNS.withdrawnAt, CONSENT_COLUMNS.anonymisedAt].map(headerKey),
);

/** The registry's header row as read, or the spec's headers for a sheet without one. */
export const registryHeader = (values: readonly (readonly CellValue[])[]): readonly CellValue[] =>
  values[0] && values[0].some((h) => String(h).trim() !== '') ? values[0] : Object.values(CONSENT_COLUMNS);

/** 1-based registry columns written as plain text (all but the dates). */
export const textColumnsOf = (header: readonly CellValue[]): number[] =>
  header.flatMap((h, i) => (String(h).trim() !== '' && !DATE_COLUMNS.has(headerKey(h)) ? [i + 1] : []));

/** One decision as the registry records it. */
export interface Decision {
  email: string;
  fullName: string;
  role: string;
  purpose: string;
  decidedAt: Date;
  version: string;
  source: ConsentSource;
  status: 'дано' | 'отозвано';
  key: string;
  note: string;
}

/** A decision laid out by the registry's header row (columns found by header). */
export function registryRow(d: Decision, header: readonly CellValue[]): CellValue[] {
  const byHeader = new Map<string, CellValue>(
    (
      [
        [CONSENT_COLUMNS.email, d.email],
        [CONSENT_COLUMNS.fullName, d.fullName],
        [CONSENT_COLUMNS.role, d.role],
        [CONSENT_COLUMNS.purpose, d.purpose],
        [CONSENT_COLUMNS.decidedAt, d.decidedAt],
        [CONSENT_COLUMNS.version, d.version],
        [CONSENT_COLUMNS.source, d.source],
        [CONSENT_COLUMNS.status, d.status],
        [CONSENT_COLUMNS.withdrawnAt, d.status === 'отозвано' ? d.decidedAt : ''],
        [CONSENT_COLUMNS.anonymisedAt, ''],
        [CONSENT_COLUMNS.key, d.key],
        [CONSENT_COLUMNS.note, d.note],
      ] as Array<[string, CellValue]>
    ).map(([h, v]) => [headerKey(h), v]),
  );
  return header.map((h) => byHeader.get(headerKey(h)) ?? '');
}

/** A decision as the registry reads it back, at its 1-based sheet row. */
export function registryRecord(d: Decision, row: number): ConsentRecord {
  return {
    row,
    email: d.email,
    fullName: d.fullName,
    role: d.role,
    purpose: d.purpose,
    decidedAt: d.decidedAt,
    version: d.version,
    source: d.source,
    status: d.status,
    withdrawnAt: d.status === 'отозвано' ? d.decidedAt : null,
    anonymisedAt: null,
    key: d.key,
  };
}

/**
 * Plans registry rows for consent-form responses (already filtered to unprocessed, or all on re-import:
 * keys found in the registry are not recorded twice). Every decision becomes a row; the latest decision
 * per e-mail and purpose is the one in force, so a consent given again after a withdrawal is valid.
 * `retentionDays` only shapes the journal's wording.
 */
export function planConsentUpdates(
  registryValues: readonly (readonly CellValue[])[],
  responses: readonly ParsedResponse[],
  now: Date,
  version: string,
  options: {
    processed?: ReadonlySet<string>;
    historyHeaders?: readonly CellValue[];
    retentionDays?: number;
  } = {},
): ConsentPlan {
  const header = registryHeader(registryValues);
  const records: ConsentRecord[] = readConsentRegistry(registryValues);
  const recorded = new Set(records.map((r) => r.key).filter((k) => k !== ''));
  const processed = options.processed ?? new Set<string>();
  const historyHeaders = options.historyHeaders ?? Object.values(HISTORY_COLUMNS);
  const days = String(options.retentionDays ?? 30);
  const plan: ConsentPlan = {
    appendRows: [],
    appendAt: Math.max(registryValues.length, 1) + 1,
    textColumns: textColumnsOf(header),
    historyRows: [],
    journal: [],
    counts: { given: 0, withdrawn: 0, skipped: 0 },
  };
  const seen = new Set<string>();
  const history = (r: ParsedResponse, outcome: HistoryOutcome): void => {
    if (!processed.has(r.key)) plan.historyRows.push(...historyRows(r, outcome, now, historyHeaders));
  };
  for (const r of inApplyOrder(responses.filter((x) => x.questionnaire === 'consent'))) {
    if (seen.has(r.key) || isDeferred(r)) {
      plan.counts.skipped++;
      continue;
    }
    seen.add(r.key);
    const context = describeResponse(r);
    if (!isApplicable(r) || r.fields.decision === null || r.timestamp === null) {
      plan.counts.skipped++;
      if (!processed.has(r.key))
        plan.journal.push({
          level: 'ERROR',
          code: 'CONSENT_REJECTED',
          message: [messages.consent.rejected(context), ...r.problems.map((p) => p.message)].join('\n'),
          details: r.key,
        });
      history(r, 'rejected');
      continue;
    }
    const status = r.fields.decision === 'give' ? 'дано' : 'отозвано';
    const outcome: HistoryOutcome = status === 'дано' ? 'consentGiven' : 'consentWithdrawn';
    history(r, outcome);
    if (recorded.has(r.key)) {
      plan.counts.skipped++;
      continue;
    }
    recorded.add(r.key);
    const before = consentStatus(records, r.email, CONSENT_PURPOSES.processing);
    const decision: Decision = {
      email: r.email,
      fullName: r.fields.fullName?.full ?? '',
      role: String(r.fields.answers.role ?? ''),
      purpose: CONSENT_PURPOSES.processing,
      decidedAt: r.timestamp,
      version,
      source: CONSENT_SOURCES.form,
      status,
      key: r.key,
      note: '',
    };
    const row = registryRow(decision, header);
    plan.appendRows.push(row);
    records.push(registryRecord(decision, plan.appendAt + plan.appendRows.length - 1));
    if (status === 'дано') {
      plan.counts.given++;
      if (!processed.has(r.key))
        plan.journal.push({
          level: 'INFO',
          code: 'CONSENT_GIVEN',
          message: messages.consent.given(context),
          details: r.key,
        });
    } else {
      plan.counts.withdrawn++;
      // Publishing is processing too: without the consent to processing nothing may be published, and
      // the consent to publication must not come back by itself if processing is consented again later.
      const publication = alsoWithdrawPublication(
        records,
        decision,
        header,
        plan.appendAt + plan.appendRows.length,
      );
      if (publication) {
        plan.appendRows.push(publication.row);
        records.push(publication.record);
      }
      if (!processed.has(r.key))
        plan.journal.push({
          level: before === 'дано' ? 'WARNING' : 'INFO',
          code: 'CONSENT_WITHDRAWN',
          message:
            (before === 'дано'
              ? messages.consent.withdrawnByForm(context, days)
              : messages.consent.withdrawnWithoutConsent(context)) +
            (publication ? ` ${messages.publicity.consent.menuAlsoPublication}` : ''),
          details: r.key,
        });
    }
  }
  return plan;
}

/** Plans a withdrawal from the menu («Отозвать согласие…») or another source, dated `now`. */
export function planWithdrawal(
  registryValues: readonly (readonly CellValue[])[],
  email: string,
  now: Date,
  source: ConsentSource,
  purpose: ConsentPurpose = CONSENT_PURPOSES.processing,
  retentionDays = 30,
): WithdrawalPlan {
  const header = registryHeader(registryValues);
  const normalised = normalizeEmail(email);
  const plan: WithdrawalPlan = {
    appendRows: [],
    appendAt: Math.max(registryValues.length, 1) + 1,
    textColumns: textColumnsOf(header),
    journal: [],
    withdrawn: false,
    summary: '',
  };
  if (!isValidEmail(normalised)) {
    plan.summary = messages.consent.menuInvalidEmail(email.trim());
    return plan;
  }
  const latest = latestDecision(registryValues, normalised, purpose);
  if (!latest) {
    plan.summary = messages.consent.menuNoConsent(normalised);
    return plan;
  }
  if (latest.status === 'отозвано') {
    plan.summary = messages.consent.menuAlreadyWithdrawn(normalised);
    return plan;
  }
  plan.appendRows.push(
    registryRow(
      {
        email: normalised,
        fullName: latest.fullName,
        role: latest.role,
        purpose,
        decidedAt: now,
        version: latest.version,
        source,
        status: 'отозвано',
        key: '',
        note: '',
      },
      header,
    ),
  );
  plan.withdrawn = true;
  plan.summary = messages.consent.menuWithdrawn(normalised, String(retentionDays));
  if (purpose === CONSENT_PURPOSES.processing) {
    const records = readConsentRegistry(registryValues);
    const publication = alsoWithdrawPublication(
      records,
      { email: normalised, fullName: latest.fullName, role: latest.role, decidedAt: now, source },
      header,
      plan.appendAt + 1,
    );
    if (publication) {
      plan.appendRows.push(publication.row);
      plan.summary += ` ${messages.publicity.consent.menuAlsoPublication}`;
    }
  }
  plan.journal.push({ level: 'WARNING', code: 'CONSENT_WITHDRAWN', message: plan.summary, details: source });
  return plan;
}

/** Whether the person may take part in later stages (pairs, documents), with the reason in Russian. */
export function isEligible(
  person: { email: string },
  registry: readonly ConsentRecord[] | readonly (readonly CellValue[])[],
  purpose: ConsentPurpose = CONSENT_PURPOSES.processing,
): Eligibility {
  const status = consentStatus(registry, person.email, purpose);
  const p = messages.banks.participation;
  if (status === 'дано') return { eligible: true, reason: p.admitted };
  return { eligible: false, reason: status === 'отозвано' ? p.withdrawn : p.noConsent };
}

/**
 * The withdrawal of the consent to publication that goes with a withdrawal of the consent to processing
 * (152-ФЗ ст. 10.1 is a kind of processing): a row with the same date, or null when no consent to
 * publication is in force. `row` is the 1-based row it will land in.
 */
function alsoWithdrawPublication(
  records: readonly ConsentRecord[],
  withdrawal: Pick<Decision, 'email' | 'fullName' | 'role' | 'decidedAt' | 'source'>,
  header: readonly CellValue[],
  row: number,
): { row: CellValue[]; record: ConsentRecord } | null {
  const latest = latestDecision(records, withdrawal.email, CONSENT_PURPOSES.publication);
  if (!latest || latest.status !== 'дано') return null;
  const decision: Decision = {
    ...withdrawal,
    purpose: CONSENT_PURPOSES.publication,
    version: latest.version,
    status: 'отозвано',
    key: '',
    note: messages.publicity.consent.withdrawnWithProcessing,
  };
  return {
    row: registryRow(decision, header),
    record: registryRecord(decision, row),
  };
}
