import type { CellValue } from '../../ports/workbook';
import type { Competence } from '../schema/competences';
import { type Table, textAt, valueAt } from '../pairs/table';
import { BANK_SYSTEM_HEADERS } from '../banks/columns';
import type { Difficulty, DocumentPerson } from './data-types';
import { parseManualForms } from './names';
import type { Gender } from './types';

/** The bank column staff fill when the library declines a name wrongly (issue 5, decision 4). */
export const MANUAL_FORMS_HEADER = 'ФИО в падежах (вручную)';

/** An optional bank column staff may add when a name does not show the person's gender. */
export const GENDER_HEADER = 'Пол';

function genderOf(text: string): Gender | undefined {
  const s = text.trim().toLowerCase();
  if (/^(м|муж|мужской)\.?$/.test(s)) return 'male';
  if (/^(ж|жен|женский)\.?$/.test(s)) return 'female';
  return undefined;
}

/**
 * A person from a bank row (read by header): ФИО, position, subject, e-mail, «ФИО в падежах
 * (вручную)», «Пол» when staff added it, and for mentees the «Затруднение: …» columns and «Главный
 * запрос».
 */
export function documentPerson(
  table: Table,
  row: readonly CellValue[],
  competences: readonly Competence[],
): DocumentPerson {
  const text = (header: string) => textAt(table, row, header);
  const difficulties: Difficulty[] = [];
  for (const c of competences) {
    const raw = valueAt(table, row, `Затруднение: ${c.label}`);
    const severity = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    if (String(raw).trim() !== '' && Number.isFinite(severity))
      difficulties.push({ competence: c.key, label: c.label, severity });
  }
  const person: DocumentPerson = {
    fullName: text(BANK_SYSTEM_HEADERS.fullName),
    position: text('Должность'),
    subject: text('ПЦК / предмет'),
    email: text(BANK_SYSTEM_HEADERS.email),
  };
  const gender = genderOf(text(GENDER_HEADER));
  if (gender) person.gender = gender;
  const forms = parseManualForms(text(MANUAL_FORMS_HEADER)).forms;
  if (Object.keys(forms).length > 0) person.forms = forms;
  if (difficulties.length > 0) person.difficulties = difficulties;
  const mainRequest = text('Главный запрос');
  if (mainRequest) person.mainRequest = mainRequest;
  return person;
}
