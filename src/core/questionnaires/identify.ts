import { QUESTIONNAIRES } from './registry';
import type { QuestionnaireKey, QuestionnaireSpec } from './spec';
import { EMAIL_HEADERS, TIMESTAMP_HEADERS } from './parse';

/**
 * Which form a submission came from, told from the event's `namedValues` (its keys are the response
 * sheet's headers, §2.2 of apps-script-behaviours.md), so the on-form-submit trigger runs only that form's
 * processor without a single service call. Staff may add questions to a form, so the form is the one
 * whose own titles cover the most keys; `null` when nothing fits well (the trigger then runs every
 * processor, which is always correct, only slower).
 */
export function formOfSubmission(
  namedValues: Readonly<Record<string, unknown>> | undefined,
): QuestionnaireKey | null {
  if (!namedValues) return null;
  const common = new Set([...TIMESTAMP_HEADERS, ...EMAIL_HEADERS]);
  const keys = Object.keys(namedValues).filter((k) => !common.has(k));
  if (keys.length === 0) return null;
  let best: { key: QuestionnaireKey; hits: number } | null = null;
  let tie = false;
  for (const [key, spec] of Object.entries(QUESTIONNAIRES) as Array<[QuestionnaireKey, QuestionnaireSpec]>) {
    const titles = titlesOf(spec);
    const hits = keys.filter((k) => titles.has(k) || titles.has(gridTitle(k))).length;
    if (best === null || hits > best.hits) {
      best = { key, hits };
      tie = false;
    } else if (hits === best.hits) tie = true;
  }
  // At least half the answers must be this form's own questions, and no other form may fit as well.
  if (!best || tie || best.hits * 2 < keys.length) return null;
  return best.key;
}

/** The question titles of a form; a grid contributes its title (its columns are «Title [Row]»). */
function titlesOf(spec: QuestionnaireSpec): Set<string> {
  return new Set(spec.questions.filter((q) => q.kind !== 'section').map((q) => q.title));
}

/** «Затруднения [Оценивание]» → «Затруднения». */
const gridTitle = (header: string): string => header.replace(/\s*\[[^\]]*\]\s*$/, '');
