/**
 * Consents to personal-data processing (152-ФЗ): the registry sheet «Согласия», decisions from the
 * consent form and the menu, eligibility for later stages, the consent text, and anonymisation after
 * withdrawal.
 */
export {
  CONSENT_COLUMNS,
  CONSENT_PURPOSES,
  CONSENT_SOURCES,
  CONSENT_STATUSES,
  consentStatus,
  consentStatuses,
  latestDecision,
  readConsentRegistry,
} from './registry';
export type { ConsentPurpose, ConsentRecord, ConsentSource, ConsentStatus } from './registry';
export { isEligible, planConsentUpdates, planWithdrawal } from './decisions';
export type { ConsentPlan, Eligibility, WithdrawalPlan } from './decisions';
export { consentText } from './text';
export {
  ANONYMISED,
  HASH_PREFIX,
  hashedEmail,
  isAnonymised,
  planAnonymisation,
  pseudonym,
} from './anonymise';
export type { AnonymisationPlan, CellReplacement } from './anonymise';
