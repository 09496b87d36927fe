import { CellValue } from '../../ports/workbook';
import { messages } from '../messages';
import { ParsedResponse } from '../questionnaires/parse';
import { headerIndex, headerKey } from '../schema/headers';

/** A Sheets cell holds at most 50,000 characters (apps-script-behaviours.md §1.3.8). */
export const CELL_LIMIT = 50000;

/** Headers of «История анкет»: one row per processed response (plus continuation rows, see below). */
export const HISTORY_COLUMNS = {
  key: 'Ключ ответа',
  questionnaire: 'Анкета',
  email: 'Эл. почта',
  fullName: 'ФИО',
  timestamp: 'Отметка времени',
  sheet: 'Лист ответов',
  row: 'Строка',
  processedAt: 'Обработано',
  outcome: 'Результат',
  problems: 'Проблемы',
  answers: 'Ответы (JSON)',
  part: 'Часть',
} as const;

/** What happened to a response; the «Результат» column. */
export const HISTORY_OUTCOMES = {
  created: 'добавлен в банк',
  updated: 'обновлён в банке',
  unchanged: 'без изменений',
  superseded: 'заменён более поздней анкетой',
  conflict: 'конфликт',
  rejected: 'ошибка',
  consentGiven: 'согласие дано',
  consentWithdrawn: 'согласие отозвано',
  continuation: 'продолжение',
} as const;

export type HistoryOutcome = keyof typeof HISTORY_OUTCOMES;

/** Keys already in «История анкет» (header row first): responses with these keys are not processed again. */
export function processedKeys(historyValues: readonly (readonly CellValue[])[]): Set<string> {
  const at = headerIndex(historyValues[0] ?? []).get(headerKey(HISTORY_COLUMNS.key));
  const keys = new Set<string>();
  if (at === undefined) return keys;
  for (let i = 1; i < historyValues.length; i++) {
    const key = String(historyValues[i][at] ?? '').trim();
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Splits text into pieces of at most `limit` UTF-16 units without cutting a surrogate pair, so each
 * piece fits a cell and the pieces concatenate back to the original.
 */
export function splitForCells(text: string, limit: number = CELL_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(pos + limit, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(pos, end));
    pos = end;
  }
  return pieces;
}

/** The answers of a response as the history keeps them: every field, in one JSON object. */
export const answersJson = (response: ParsedResponse): string =>
  JSON.stringify({
    ...response.fields.answers,
    ...(Object.keys(response.fields.difficulties).length > 0
      ? { difficulties: response.fields.difficulties }
      : {}),
    ...(response.fields.strengths.length > 0 ? { strengths: response.fields.strengths } : {}),
    ...(response.fields.unrecognised.length > 0 ? { unrecognised: response.fields.unrecognised } : {}),
  });

/**
 * The history rows of one response, laid out by `headers`. Answers go in as JSON; JSON longer than a
 * cell is split at 50,000 characters (never inside a surrogate pair) into continuation rows with the
 * same key, outcome «продолжение» and «Часть» «2/3», so nothing typed is lost.
 */
export function historyRows(
  response: ParsedResponse,
  outcome: HistoryOutcome,
  processedAt: Date,
  headers: readonly CellValue[],
): CellValue[][] {
  const pieces = splitForCells(answersJson(response));
  const problems = response.problems.map((p) => p.message).join('\n');
  return pieces.map((piece, i) => {
    const byHeader = new Map<string, CellValue>([
      [HISTORY_COLUMNS.key, response.key],
      [
        HISTORY_COLUMNS.questionnaire,
        messages.responses.questionnaireNames[response.questionnaire] ?? response.questionnaire,
      ],
      [HISTORY_COLUMNS.email, response.email],
      [HISTORY_COLUMNS.fullName, response.fields.fullName?.full ?? ''],
      [HISTORY_COLUMNS.timestamp, response.timestamp ?? ''],
      [HISTORY_COLUMNS.sheet, response.sheet],
      [HISTORY_COLUMNS.row, response.rowNumber],
      [HISTORY_COLUMNS.processedAt, processedAt],
      [HISTORY_COLUMNS.outcome, HISTORY_OUTCOMES[i === 0 ? outcome : 'continuation']],
      [HISTORY_COLUMNS.problems, i === 0 ? problems.slice(0, CELL_LIMIT) : ''],
      [HISTORY_COLUMNS.answers, piece],
      [HISTORY_COLUMNS.part, pieces.length > 1 ? `${i + 1}/${pieces.length}` : ''],
    ]);
    const folded = new Map(Array.from(byHeader, ([h, v]) => [headerKey(h), v]));
    return headers.map((h) => folded.get(headerKey(h)) ?? '');
  });
}
