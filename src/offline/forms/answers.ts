import { formatIsoDate } from './dates';
import type { AnswerValue, FormRecord, ItemRecord, ResponseRecord } from './store';

/**
 * What a simulated respondent types, by question title: a string for text, choice, list, scale and
 * date ('YYYY-MM-DD' or a Date) questions; a string[] for checkboxes; for grids, an object from row
 * label to the chosen column (checkbox grids: to the chosen columns).
 */
export type RespondentAnswer = string | number | Date | string[] | Record<string, string | string[]>;
export type RespondentAnswers = Record<string, RespondentAnswer>;

/**
 * Checks answers the way the Forms page would refuse them and turns them into the stored shape
 * (`ItemResponse.getResponse()` types, §2.3.2). These errors belong to the simulator, not to Google:
 * a respondent never gets an exception, they get a red message on the page, so a scenario that
 * submits something impossible is a mistake in the scenario.
 */
export function normalizeAnswers(
  form: FormRecord,
  answers: RespondentAnswers,
  timeZone: string,
): ResponseRecord['answers'] {
  const questions = form.items.filter((i) => i.kind !== 'SECTION_HEADER');
  for (const title of Object.keys(answers)) {
    if (!questions.some((q) => q.title === title)) {
      throw new Error(`Form "${form.title}" has no question titled "${title}".`);
    }
  }
  const out: ResponseRecord['answers'] = [];
  for (const item of questions) {
    const given = Object.prototype.hasOwnProperty.call(answers, item.title) ? answers[item.title] : undefined;
    const value = given === undefined ? null : normalizeOne(form, item, given, timeZone);
    if (value === null) {
      if (item.required) throw new Error(`Question "${item.title}" of form "${form.title}" is required.`);
      continue;
    }
    out.push({ itemId: item.id, value });
  }
  return out;
}

/** The stored answer, or null when the respondent left the question blank. */
function normalizeOne(
  form: FormRecord,
  item: ItemRecord,
  given: RespondentAnswer,
  timeZone: string,
): AnswerValue | null {
  const where = `question "${item.title}" of form "${form.title}"`;
  switch (item.kind) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      if (typeof given !== 'string') throw new Error(`The answer to ${where} must be text.`);
      return given === '' ? null : given;
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      if (typeof given !== 'string') throw new Error(`The answer to ${where} must be one choice.`);
      if (given === '') return null;
      checkChoice(item, given, where);
      return given;
    }
    case 'CHECKBOX': {
      const chosen = typeof given === 'string' ? [given] : given;
      if (!Array.isArray(chosen) || chosen.some((c) => typeof c !== 'string')) {
        throw new Error(`The answer to ${where} must be a list of choices.`);
      }
      const picked = chosen.filter((c) => c !== '');
      picked.forEach((c) => checkChoice(item, c, where));
      // Respondents tick boxes; the same box twice is one tick.
      return picked.length === 0 ? null : [...new Set(picked)];
    }
    case 'SCALE': {
      if (given === '') return null;
      const n = typeof given === 'number' ? given : typeof given === 'string' ? Number(given) : NaN;
      if (!Number.isInteger(n) || n < item.lowerBound || n > item.upperBound) {
        throw new Error(
          `The answer to ${where} must be a whole number from ${item.lowerBound} to ${item.upperBound}.`,
        );
      }
      return String(n);
    }
    case 'DATE': {
      if (given === '') return null;
      if (given instanceof Date) return formatIsoDate(given, timeZone);
      if (typeof given !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
        throw new Error(`The answer to ${where} must be a date as YYYY-MM-DD.`);
      }
      return given;
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      if (typeof given !== 'object' || given === null || Array.isArray(given) || given instanceof Date) {
        throw new Error(`The answer to ${where} must map row labels to columns.`);
      }
      const byRow = given as Record<string, string | string[]>;
      for (const row of Object.keys(byRow)) {
        if (!item.rows.includes(row))
          throw new Error(`Question "${item.title}" of form "${form.title}" has no row "${row}".`);
      }
      const perRow = item.rows.map((row) => {
        const cell = byRow[row];
        const chosen =
          cell === undefined ? [] : (Array.isArray(cell) ? cell : [cell]).filter((c) => c !== '');
        for (const c of chosen) {
          if (!item.columns.includes(c)) throw new Error(`"${c}" is not a column of ${where}.`);
        }
        if (item.kind === 'GRID' && chosen.length > 1)
          throw new Error(`Row "${row}" of ${where} takes one column.`);
        return chosen;
      });
      // A required grid needs every row answered (the Forms page says "This question requires one response per row").
      if (item.required && perRow.some((r) => r.length === 0) && perRow.some((r) => r.length > 0)) {
        throw new Error(`Question "${item.title}" of form "${form.title}" needs an answer in every row.`);
      }
      if (perRow.every((r) => r.length === 0)) return null;
      if (item.kind === 'GRID') return perRow.map((r) => r[0] ?? '');
      return perRow.map((r) => item.columns.filter((c) => r.includes(c)));
    }
    default:
      return null;
  }
}

function checkChoice(item: ItemRecord, value: string, where: string): void {
  if (item.choices.includes(value)) return;
  if (item.otherOption && item.kind !== 'LIST') return;
  throw new Error(
    `"${value}" is not a choice of ${where} (choices: ${item.choices.map((c) => `"${c}"`).join(', ')}).`,
  );
}
