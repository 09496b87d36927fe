/**
 * Stage 7 (issue 7, items 1–2 and 5): the consent to publication and its registry rows, the drafts for
 * the website and social networks, and the «Публикации» sheet.
 */
export * from './columns';
export { publicationConsentText, publicationConsentVersion, publicityResources } from './consent-text';
export {
  allowedCategories,
  describePublicationResponse,
  planPublicationConsentUpdates,
  responseProhibitions,
} from './consent-plan';
export type { PublicationConsentPlan } from './consent-plan';
export {
  PROHIBITED_REASON,
  parsePermissionNote,
  permissionNote,
  prohibitedChannels,
  publicationRights,
  namingReasonText,
  rightIn,
} from './permissions';
export type { NamingReason, PublicationRight, PublicationRights } from './permissions';
export { PUBLICATION_SOURCE_SHEETS, sourceAt, sourceByKey, sourceKeyAt } from './sources';
export type {
  PublicationParticipant,
  PublicationRole,
  PublicationSource,
  SourceLookup,
  SourcePick,
} from './sources';
export { REDACTED, nameForms, nameParticipants, redactNames, shortName } from './naming';
export type { Naming, NamedParticipant, UnnamedParticipant } from './naming';
export { DRAFT_LENGTH, describeUnnamed, draftLength, draftPlainText, siteNews, socialPost } from './texts';
export type { BuiltDraft, DraftContext, DraftText } from './texts';
export {
  DRAFT_MARK,
  buildDrafts,
  channelName,
  docIdOf,
  draftContext,
  draftDescription,
  draftRowsOf,
  isEditedDraft,
  rightsMarkOf,
  isPublicationsSheet,
  jobDescription,
  planPreparation,
  planRefresh,
  publicationWrites,
  publicitySheets,
  readPublicationRows,
  redactDraft,
  textHash,
} from './plan';
export type {
  ChannelDraft,
  DraftJob,
  JobResult,
  PreparationPlan,
  PublicationInput,
  PublicationRow,
  RefreshPlan,
} from './plan';
