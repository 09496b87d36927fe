import { BANK_QUESTIONNAIRES, type QuestionnaireKey, type QuestionnaireSpec } from './spec';
import { MONITORING_FORM } from './monitoring-spec';
import { BEST_PRACTICE_FORM } from './best-practice-spec';
import { PUBLICATION_CONSENT_FORM } from './publication-consent-spec';

/**
 * Every form the add-on makes, by key. Its own module (not spec.ts) so the stage 6–7 specs can use
 * spec.ts's shared lists without an import cycle.
 */
export const QUESTIONNAIRES: Readonly<Record<QuestionnaireKey, QuestionnaireSpec>> = {
  ...BANK_QUESTIONNAIRES,
  monitoring: MONITORING_FORM,
  bestPractice: BEST_PRACTICE_FORM,
  publicationConsent: PUBLICATION_CONSENT_FORM,
};
