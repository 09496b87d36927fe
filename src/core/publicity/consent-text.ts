import { CONSENT_PURPOSES } from '../consent/registry';
import { messages } from '../messages';
import {
  PUBLICATION_CATEGORIES,
  PUBLICATION_CONSENT_TITLES,
} from '../questionnaires/publication-consent-spec';

/** The web resources of `publicity.resources`: one address a line (also «;» or «,» between them). */
export function publicityResources(settings: Readonly<Record<string, string>>): string[] {
  return String(settings['publicity.resources'] ?? '')
    .split(/[\n;,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The version of the publication consent's text (`publicity.consentVersion`). */
export const publicationConsentVersion = (settings: Readonly<Record<string, string>>): string =>
  (settings['publicity.consentVersion'] ?? '').trim() || '1';

/**
 * The text of the consent to publication («распространение», 152-ФЗ ст. 10.1), with the content
 * приказ Роскомнадзора от 24.02.2021 № 18 requires; it becomes the form's description. The numbers in
 * the comments are the items of the order's requirements. The subject's ФИО and contacts (items 1–2)
 * and the per-category decision, conditions and prohibitions (items 6–7) are the form's questions.
 */
export function publicationConsentText(settings: Readonly<Record<string, string>>, version: string): string {
  const get = (key: string, what: string): string =>
    (settings[key] ?? '').trim() || messages.consent.placeholder(what);
  const operator = get('organization.fullName', 'полное наименование организации');
  const address = get('organization.address', 'адрес организации');
  const inn = get('organization.inn', 'ИНН');
  const ogrn = get('organization.ogrn', 'ОГРН');
  const resources = publicityResources(settings);
  const years = (settings['publicity.consentTermYears'] ?? '').trim() || '3';
  const t = messages.publicity.consentText;
  return [
    t.heading(version),
    // 1–2: the subject and contacts are the form's answers (the e-mail is collected by the form).
    t.subject,
    // 3: the operator.
    t.operator(operator, address, inn, ogrn),
    // 4: the exact web resources.
    resources.length > 0
      ? t.resources(resources)
      : t.resourcesMissing(
          messages.consent.placeholder('адреса сайта и страниц в соцсетях, «publicity.resources»'),
        ),
    // 5: the purpose.
    t.purpose(CONSENT_PURPOSES.publication),
    // 6: categories and the list of data; the decision per category is the form's questions.
    t.categories(PUBLICATION_CATEGORIES.map((c) => c.label)),
    // 7: conditions and prohibitions, at the subject's wish (the resources prohibited, then free text).
    t.conditions(PUBLICATION_CONSENT_TITLES.prohibited),
    // 8: how the operator may pass the data on.
    t.transfer,
    // 9: the term; withdrawal (152-ФЗ ст. 10.1 ч. 12–14).
    t.term(years),
    t.withdrawal,
    t.separate,
    t.signature,
  ].join('\n\n');
}
