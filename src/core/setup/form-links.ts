import type { FormLinksView } from '../../ports/dialogs';
import { messages } from '../messages';
import { QUESTIONNAIRES } from '../questionnaires/registry';
import type { Settings } from '../settings/settings';
import { FORM_KEYS, StoredForms } from './forms-plan';

/**
 * What the «Ссылки на анкеты» dialog shows: each form's respondent link and a short text ready to paste
 * into an e-mail or a messenger. Null when set-up has not made the forms yet.
 */
export function formLinksView(stored: StoredForms, settings: Settings): FormLinksView | null {
  const curator = (settings['curator.name'] ?? '').trim();
  const forms = FORM_KEYS.flatMap((key) => {
    const ref = stored[key];
    if (!ref || !ref.publishedUrl) return [];
    const title = QUESTIONNAIRES[key].title;
    return [
      { title, url: ref.publishedUrl, message: messages.formLinks.message(title, ref.publishedUrl, curator) },
    ];
  });
  if (forms.length === 0) return null;
  const t = messages.formLinks;
  return {
    title: t.title,
    intro: t.intro,
    forms,
    copyLabel: t.copy,
    copiedLabel: t.copied,
    copyFailedLabel: t.copyFailed,
    closeLabel: t.close,
  };
}
