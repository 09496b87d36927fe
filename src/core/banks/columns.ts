import { DEFAULT_COMPETENCES, Competence } from '../schema/competences';
import { SheetSpec } from '../schema/sheets';

export type BankKey = 'mentees' | 'mentors';

/**
 * Where a bank cell's value comes from: a field of the parsed response, a competence (difficulty or
 * strength), or the add-on's own bookkeeping.
 */
export type BankField =
  | { kind: 'email' }
  | { kind: 'fullName' }
  | {
      kind: 'field';
      name: 'position' | 'subject' | 'experience' | 'experienceYears' | 'category' | 'phone' | 'capacity';
    }
  | { kind: 'answer'; question: string }
  | { kind: 'difficulty'; competence: string }
  | { kind: 'strength'; competence: string }
  | { kind: 'unrecognised' }
  | { kind: 'consent' }
  | { kind: 'participation' }
  | { kind: 'updated' }
  | { kind: 'source' }
  | { kind: 'fingerprint' };

export interface BankColumn {
  header: string;
  field: BankField;
  /** Plain-text `@` format before writing, so «=…», «+7…», «007» stay as typed (§1.3.2–1.3.5). */
  text: boolean;
  /** Personal data (152-ФЗ): replaced on anonymisation and protected for `editors.personalData`. */
  personal: boolean;
  /** Answers from the questionnaire, covered by the fingerprint; staff edits to them are kept. */
  answer: boolean;
}

/** Headers of the columns the add-on maintains itself in both banks. */
export const BANK_SYSTEM_HEADERS = {
  email: 'Эл. почта',
  fullName: 'ФИО',
  unrecognised: 'Нераспознанные ответы',
  consent: 'Согласие на обработку ПДн',
  participation: 'Участие',
  updated: 'Обновлено',
  source: 'Источник (ключ ответа)',
  fingerprint: 'Служебное: отпечаток',
} as const;

/** Values of «Согласие на обработку ПДн» in the banks (for data validation too). */
export const CONSENT_COLUMN_VALUES = ['дано', 'отозвано', 'нет'] as const;

/** Values of «Участие»: admitted, or excluded with the reason after « — ». */
export const PARTICIPATION = { admitted: 'допущен', excluded: 'исключён' } as const;

const col = (
  header: string,
  field: BankField,
  opts: { text?: boolean; personal?: boolean; answer?: boolean } = {},
): BankColumn => ({
  header,
  field,
  text: opts.text ?? true,
  personal: opts.personal ?? false,
  answer: opts.answer ?? true,
});

const H = BANK_SYSTEM_HEADERS;

const personColumns = (): BankColumn[] => [
  col(H.email, { kind: 'email' }, { personal: true, answer: false }),
  col(H.fullName, { kind: 'fullName' }, { personal: true }),
  col('Должность', { kind: 'field', name: 'position' }),
  col('ПЦК / предмет', { kind: 'field', name: 'subject' }),
  col('Педагогический стаж', { kind: 'field', name: 'experience' }),
  col('Стаж, лет (не менее)', { kind: 'field', name: 'experienceYears' }, { text: false }),
  col('Квалификационная категория', { kind: 'field', name: 'category' }),
  col('Телефон', { kind: 'field', name: 'phone' }, { personal: true }),
];

const systemColumns = (): BankColumn[] => [
  col(H.unrecognised, { kind: 'unrecognised' }),
  col(H.consent, { kind: 'consent' }, { answer: false }),
  col(H.participation, { kind: 'participation' }, { answer: false }),
  col(H.updated, { kind: 'updated' }, { text: false, answer: false }),
  col(H.source, { kind: 'source' }, { answer: false }),
  col(H.fingerprint, { kind: 'fingerprint' }, { answer: false }),
];

/**
 * The owned columns of a bank, for the given competence list (from «Настройки»). Competence columns
 * are titled by label: when staff reword a label, set-up adds the new column and the old one becomes a
 * staff column that keeps its values.
 */
export function bankColumns(
  bank: BankKey,
  competences: readonly Competence[] = DEFAULT_COMPETENCES,
): BankColumn[] {
  if (bank === 'mentees')
    return [
      ...personColumns(),
      col('Педагогическое образование', { kind: 'answer', question: 'pedagogicalEducation' }),
      ...competences.map((c) =>
        col(`Затруднение: ${c.label}`, { kind: 'difficulty', competence: c.key }, { text: false }),
      ),
      col('Предпочитаемая поддержка', { kind: 'answer', question: 'support' }),
      col('Предпочитаемая форма наставничества', { kind: 'answer', question: 'mentoringForm' }),
      col('Удобный формат встреч', { kind: 'answer', question: 'meetingFormat' }),
      col('Удобное время встреч', { kind: 'answer', question: 'meetingTime' }),
      col('Главный запрос', { kind: 'answer', question: 'mainRequest' }, { personal: true }),
      ...systemColumns(),
    ];
  return [
    ...personColumns(),
    col('Награды и звания', { kind: 'answer', question: 'awards' }, { personal: true }),
    col('Опыт наставничества', { kind: 'answer', question: 'mentoringExperience' }),
    ...competences.map((c) => col(`Готов делиться: ${c.label}`, { kind: 'strength', competence: c.key })),
    col('Предпочитаемая форма наставничества', { kind: 'answer', question: 'mentoringForm' }),
    col('Сколько наставляемых может взять', { kind: 'field', name: 'capacity' }, { text: false }),
    col('Удобный формат встреч', { kind: 'answer', question: 'meetingFormat' }),
    col('Удобное время встреч', { kind: 'answer', question: 'meetingTime' }),
    col('Нужно обучение', { kind: 'answer', question: 'needsTraining' }),
    col('Готовность быть наставником', { kind: 'answer', question: 'willing' }),
    ...systemColumns(),
  ];
}

/**
 * The staff's own columns in each bank, created by set-up but never written by the upsert: «Статус», and
 * the cases of the person's name for documents when the library declines it wrongly (issue 5, decision 4;
 * the same text as MANUAL_FORMS_HEADER of src/core/documents, written out to keep this module a leaf).
 */
export const BANK_STAFF_HEADERS: readonly string[] = ['Статус', 'ФИО в падежах (вручную)'];

/**
 * Staff's per-mentor limit for matching (issue 4, decision 3): set-up adds the column, the upsert never
 * writes it, matching reads it (src/core/matching/profiles.ts names the same header).
 */
export const MENTOR_CAPACITY_OVERRIDE_HEADER = 'Макс. наставляемых (переопределение)';

/** The bank as a sheet spec (owned columns plus the staff column «Статус»), for set-up. */
export function bankSheetSpec(
  bank: BankKey,
  competences: readonly Competence[] = DEFAULT_COMPETENCES,
): SheetSpec {
  // The staff column goes after the owned ones, so the owned columns stay one run and an upsert is one
  // setValues block.
  const columns = [
    ...bankColumns(bank, competences).map((c) => ({ header: c.header, text: c.text })),
    ...BANK_STAFF_HEADERS.map((header) => ({ header, text: true })),
    ...(bank === 'mentors' ? [{ header: MENTOR_CAPACITY_OVERRIDE_HEADER, text: false }] : []),
  ];
  return {
    key: bank,
    name: bank === 'mentees' ? 'Банк наставляемых' : 'Банк наставников',
    columns,
  };
}
