import { messages } from '../messages';
import { ParsedResponse } from '../questionnaires/parse';

const pad = (n: number): string => String(n).padStart(2, '0');

/** «25.11.2026 10:15» in the runtime's time zone (the script's, in Apps Script). */
export const formatDateTime = (d: Date): string =>
  `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Which response a journal line is about: questionnaire, sheet, row, time, e-mail and name. */
export const describeResponse = (r: ParsedResponse): string =>
  messages.responses.describe(
    messages.responses.questionnaireNames[r.questionnaire] ?? r.questionnaire,
    r.sheet,
    r.rowNumber,
    r.timestamp ? formatDateTime(r.timestamp) : '',
    r.email,
    r.fields.fullName?.full ?? '',
  );
