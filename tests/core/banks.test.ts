import fc from 'fast-check';
import { CellValue } from '../../src/ports';
import {
  BANK_SYSTEM_HEADERS,
  CELL_LIMIT,
  ConsentStatus,
  DEFAULT_COMPETENCES,
  HISTORY_COLUMNS,
  MENTEE_QUESTIONNAIRE,
  MENTOR_QUESTIONNAIRE,
  ParsedResponse,
  bankSheetSpec,
  headersOf,
  parseResponse,
  planBankUpsert,
  processedKeys,
} from '../../src/core';
import { applyBankPlan } from './fixtures/apply';
import { Answers, at, menteeAnswers, mentorAnswers, responseHeader, responseRow } from './fixtures/responses';

const C = DEFAULT_COMPETENCES;
const menteeHeader = responseHeader(MENTEE_QUESTIONNAIRE);
const mentorHeader = responseHeader(MENTOR_QUESTIONNAIRE);
const NOW = at('2026-03-10T09:00:00Z');
const noConsents = new Map<string, ConsentStatus>();

let row = 1;
const mentee = (email: string, when: string, over: Answers = {}): ParsedResponse =>
  parseResponse(
    MENTEE_QUESTIONNAIRE,
    C,
    menteeHeader,
    responseRow(menteeHeader, at(when), email, menteeAnswers(over)),
    ++row,
    'Ответы',
  );
const mentor = (email: string, when: string, over: Answers = {}): ParsedResponse =>
  parseResponse(
    MENTOR_QUESTIONNAIRE,
    C,
    mentorHeader,
    responseRow(mentorHeader, at(when), email, mentorAnswers(over)),
    ++row,
    'Ответы',
  );

const emptyBank = (bank: 'mentees' | 'mentors'): CellValue[][] => [headersOf(bankSheetSpec(bank))];
const col = (values: CellValue[][], header: string): number => values[0].indexOf(header);
const cell = (values: CellValue[][], r: number, header: string): CellValue => values[r][col(values, header)];

function upsert(
  values: CellValue[][],
  responses: ParsedResponse[],
  consents = noConsents,
  bank: 'mentees' | 'mentors' = 'mentees',
) {
  const plan = planBankUpsert(bank, values, responses, consents, NOW);
  return { plan, values: applyBankPlan(values, plan) };
}

describe('bank upsert', () => {
  it('adds a new person at the bottom with normalised fields and the consent columns', () => {
    const { plan, values } = upsert(emptyBank('mentees'), [
      mentee(' Ivanova@College.ru', '2026-03-01T08:00:00Z'),
    ]);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, conflicts: 0, skipped: 0 });
    expect(plan.writes).toEqual([]);
    expect(plan.appendAt).toBe(2);
    expect(cell(values, 1, 'Эл. почта')).toBe('ivanova@college.ru');
    expect(cell(values, 1, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(cell(values, 1, 'Стаж, лет (не менее)')).toBe(1);
    expect(cell(values, 1, 'Затруднение: оценивание')).toBe(5);
    expect(cell(values, 1, BANK_SYSTEM_HEADERS.consent)).toBe('нет');
    expect(cell(values, 1, BANK_SYSTEM_HEADERS.participation)).toBe(
      'исключён — нет согласия на обработку ПДн',
    );
    expect(plan.historyRows).toHaveLength(1);
  });

  it('updates the row of a re-submission instead of adding a new one, whatever the e-mail case or spaces', () => {
    let { values } = upsert(emptyBank('mentees'), [mentee('ivanova@college.ru', '2026-03-01T08:00:00Z')]);
    const next = upsert(values, [
      mentee('  IVANOVA@college.RU ', '2026-03-05T08:00:00Z', { 'Удобный формат встреч': 'дистанционно' }),
    ]);
    values = next.values;
    expect(next.plan.counts.updated).toBe(1);
    expect(values).toHaveLength(2);
    expect(cell(values, 1, 'Удобный формат встреч')).toBe('дистанционно');
    // «Обновлено» is the time of the answer that changed the row, so a trigger and an import agree.
    expect(cell(values, 1, BANK_SYSTEM_HEADERS.updated)).toEqual(new Date('2026-03-05T08:00:00Z'));
  });

  it('applies responses in timestamp order, so the latest wins whatever the row order', () => {
    const late = mentee('ivanova@college.ru', '2026-03-05T08:00:00Z', {
      'Удобный формат встреч': 'смешанный формат',
    });
    const early = mentee('ivanova@college.ru', '2026-03-01T08:00:00Z', {
      'Удобный формат встреч': 'дистанционно',
    });
    const { values } = upsert(emptyBank('mentees'), [late, early]);
    expect(values).toHaveLength(2);
    expect(cell(values, 1, 'Удобный формат встреч')).toBe('смешанный формат');
    // An older response arriving later does not overwrite a newer one.
    const again = upsert(values, [early]);
    expect(again.plan.writes).toEqual([]);
    expect(again.plan.results[0].outcome).toBe('superseded');
  });

  it('applies two submissions of one person within a second in order, and identical ones once', () => {
    const a = mentee('ivanova@college.ru', '2026-03-01T08:00:00.000Z', { 'Удобный формат встреч': 'очно' });
    const b = mentee('ivanova@college.ru', '2026-03-01T08:00:00.700Z', {
      'Удобный формат встреч': 'дистанционно',
    });
    const twice = upsert(emptyBank('mentees'), [a, b]);
    expect(twice.values).toHaveLength(2);
    expect(cell(twice.values, 1, 'Удобный формат встреч')).toBe('дистанционно');
    expect(twice.plan.historyRows).toHaveLength(2);
    const same = upsert(emptyBank('mentees'), [a, { ...a, rowNumber: a.rowNumber + 1 }]);
    expect(same.plan.counts).toMatchObject({ created: 1, skipped: 1 });
    expect(same.plan.historyRows).toHaveLength(1);
  });

  it('does not merge two different people who share one e-mail, and explains the conflict', () => {
    const first = mentee('shared@college.ru', '2026-03-01T08:00:00Z');
    const other = mentee('shared@college.ru', '2026-03-02T08:00:00Z', {
      'Фамилия, имя, отчество': 'Петров Иван Сергеевич',
    });
    const { plan, values } = upsert(emptyBank('mentees'), [first, other]);
    expect(values).toHaveLength(2);
    expect(cell(values, 1, 'ФИО')).toBe('Иванова Мария Петровна');
    expect(plan.counts.conflicts).toBe(1);
    expect(plan.journal.find((j) => j.code === 'BANK_CONFLICT')?.message).toContain('shared@college.ru');
    const outcomeAt = Object.values(HISTORY_COLUMNS).indexOf(HISTORY_COLUMNS.outcome);
    expect(plan.historyRows.map((r) => r[outcomeAt])).toEqual(['добавлен в банк', 'конфликт']);
  });

  it('keeps the columns staff added, their values and the row order', () => {
    const bank = emptyBank('mentees');
    bank[0].push('Заметки куратора');
    let { values } = upsert(bank, [
      mentee('b@college.ru', '2026-03-01T08:00:00Z'),
      mentee('a@college.ru', '2026-03-01T09:00:00Z'),
    ]);
    values[1][values[0].length - 1] = '=СЕГОДНЯ()';
    values[2][values[0].length - 1] = 'позвонить';
    values = [values[0], values[2], values[1]];
    const after = upsert(values, [mentee('b@college.ru', '2026-03-05T08:00:00Z', { Должность: 'методист' })]);
    expect(after.plan.writes.every((w) => w.column + w.values[0].length - 1 < values[0].length)).toBe(true);
    expect(after.values.map((r) => r[0])).toEqual(values.map((r) => r[0]));
    expect(after.values[1][values[0].length - 1]).toBe('позвонить');
    expect(after.values[2][values[0].length - 1]).toBe('=СЕГОДНЯ()');
    expect(cell(after.values, 2, 'Должность')).toBe('методист');
  });

  it('keeps a value staff corrected by hand and journals the difference', () => {
    let { values } = upsert(emptyBank('mentees'), [mentee('ivanova@college.ru', '2026-03-01T08:00:00Z')]);
    values[1][col(values, 'Должность')] = 'старший преподаватель';
    const next = upsert(values, [
      mentee('ivanova@college.ru', '2026-03-05T08:00:00Z', { 'Удобный формат встреч': 'дистанционно' }),
    ]);
    values = next.values;
    expect(cell(values, 1, 'Должность')).toBe('старший преподаватель');
    expect(cell(values, 1, 'Удобный формат встреч')).toBe('дистанционно');
    const line = next.plan.journal.find((j) => j.code === 'BANK_STAFF_EDITS')?.message ?? '';
    expect(line).toContain('«Должность»: в таблице «старший преподаватель», в анкете «преподаватель»');
  });

  it('recreates a bank row staff deleted by hand when that person responds again', () => {
    const first = upsert(emptyBank('mentees'), [mentee('ivanova@college.ru', '2026-03-01T08:00:00Z')]);
    const deleted = first.values.slice(0, 1);
    const again = upsert(deleted, [mentee('ivanova@college.ru', '2026-03-05T08:00:00Z')]);
    expect(again.plan.counts.created).toBe(1);
    expect(cell(again.values, 1, 'ФИО')).toBe('Иванова Мария Петровна');
  });

  it('writes formula-like answers and phones as they are, into plain-text columns', () => {
    const r = mentee('x@college.ru', '2026-03-01T08:00:00Z', {
      'Ваш главный профессиональный запрос': '=HYPERLINK("x")',
      'Телефон для связи': '007',
    });
    const { plan, values } = upsert(emptyBank('mentees'), [r]);
    expect(cell(values, 1, 'Главный запрос')).toBe('=HYPERLINK("x")');
    expect(cell(values, 1, 'Телефон')).toBe('007');
    for (const h of ['Главный запрос', 'Телефон', 'ФИО'])
      expect(plan.textColumns).toContain(col(values, h) + 1);
  });

  it('cuts a bank cell over 50,000 characters with a warning and keeps the full text in the history', () => {
    const long = 'ж'.repeat(50000);
    const r = mentor('petrov@college.ru', '2026-03-01T08:00:00Z', {
      'Награды, звания, достижения': long,
      'В каких направлениях вы готовы делиться опытом?': `${long}, оценивание, наставничество онлайн`,
    });
    const { plan, values } = upsert(emptyBank('mentors'), [r], noConsents, 'mentors');
    expect(cell(values, 1, 'Награды и звания')).toBe(long);
    const unrecognised = String(cell(values, 1, BANK_SYSTEM_HEADERS.unrecognised));
    expect(unrecognised.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(unrecognised).toContain('История анкет');
    expect(plan.journal.some((j) => j.message.includes('длиннее 50 000 символов'))).toBe(true);
    const jsonAt = Object.values(HISTORY_COLUMNS).indexOf(HISTORY_COLUMNS.answers);
    const json = plan.historyRows.map((h) => String(h[jsonAt])).join('');
    expect(plan.historyRows.length).toBeGreaterThan(1);
    for (const h of plan.historyRows) expect(String(h[jsonAt]).length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(JSON.parse(json).awards).toBe(long);
    expect(processedKeys([Object.values(HISTORY_COLUMNS), ...plan.historyRows])).toEqual(new Set([r.key]));
  });

  it('does not apply a response with an error, records it once, and does not write a deferred one', () => {
    const bad = mentee('x@college.ru', '2026-03-01T08:00:00Z', { Должность: '' });
    const { plan, values } = upsert(emptyBank('mentees'), [bad]);
    expect(values).toHaveLength(1);
    expect(plan.historyRows).toHaveLength(1);
    expect(plan.journal[0]).toMatchObject({ level: 'ERROR', code: 'RESPONSE_REJECTED' });
    const renamed = menteeHeader.map((h) => (h === 'Должность' ? 'Должность!' : h));
    const deferred = parseResponse(
      MENTEE_QUESTIONNAIRE,
      C,
      renamed,
      responseRow(renamed, NOW, 'y@college.ru', menteeAnswers()),
      2,
      'Ответы',
    );
    const d = upsert(emptyBank('mentees'), [deferred]);
    expect(d.plan.historyRows).toEqual([]);
    expect(d.plan.journal[0].code).toBe('RESPONSES_DEFERRED');
  });

  it('refreshes consent and participation on rows no response touched', () => {
    const { values } = upsert(emptyBank('mentees'), [
      mentee('a@college.ru', '2026-03-01T08:00:00Z'),
      mentee('b@college.ru', '2026-03-01T08:00:00Z', { 'Фамилия, имя, отчество': 'Белова Анна' }),
    ]);
    const consents = new Map<string, ConsentStatus>([['b@college.ru', 'дано']]);
    const { plan, values: after } = upsert(values, [], consents);
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0].row).toBe(3);
    expect(cell(after, 2, BANK_SYSTEM_HEADERS.participation)).toBe('допущен');
    expect(cell(after, 1, BANK_SYSTEM_HEADERS.participation)).toBe(
      'исключён — нет согласия на обработку ПДн',
    );
  });

  it('suppresses history rows and journal lines for responses already in the history (re-import)', () => {
    const r = mentee('ivanova@college.ru', '2026-03-01T08:00:00Z', { Должность: '' });
    const plan = planBankUpsert('mentees', emptyBank('mentees'), [r], noConsents, NOW, {
      processed: new Set([r.key]),
    });
    expect(plan.historyRows).toEqual([]);
    expect(plan.journal).toEqual([]);
  });
});

describe('bank upsert is idempotent (property)', () => {
  const people = [
    ['ivanova@college.ru', 'Иванова Мария Петровна'],
    ['petrov@college.ru', 'Петров Иван Сергеевич'],
    ['sidorova@college.ru', 'Сидорова Анна'],
    ['shared@college.ru', 'Кузнецов Олег'],
    ['shared@college.ru', 'Орлова Нина'],
  ] as const;
  const response = fc.record({
    who: fc.integer({ min: 0, max: people.length - 1 }),
    second: fc.integer({ min: 0, max: 5 }),
    format: fc.constantFrom('очно', 'дистанционно', 'смешанный формат'),
    casing: fc.boolean(),
  });

  it('planning again over the result writes nothing, and re-importing all responses changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(response, { maxLength: 12 }),
        fc.array(response, { maxLength: 6 }),
        fc.boolean(),
        (batch1, batch2, consent) => {
          const build = (x: { who: number; second: number; format: string; casing: boolean }) => {
            const [email, name] = people[x.who];
            return mentee(x.casing ? email.toUpperCase() : email, `2026-03-01T08:00:0${x.second}Z`, {
              'Фамилия, имя, отчество': name,
              'Удобный формат встреч': x.format,
            });
          };
          const consents = new Map<string, ConsentStatus>(consent ? [['ivanova@college.ru', 'дано']] : []);
          const first = batch1.map(build);
          // The pipeline passes only responses whose key is not yet in the history.
          const history = new Set(first.map((r) => r.key));
          const second = batch2.map(build).filter((r) => !history.has(r.key));
          const s1 = upsert(emptyBank('mentees'), first, consents);
          const s2 = upsert(s1.values, second, consents);
          const again = planBankUpsert('mentees', s2.values, second, consents, NOW);
          expect(again.writes).toEqual([]);
          expect(again.appendRows).toEqual([]);
          const reimport = planBankUpsert('mentees', s2.values, [...first, ...second], consents, NOW);
          expect(applyBankPlan(s2.values, reimport)).toEqual(s2.values);
          // One row per e-mail, whatever the case of the address.
          const emails = s2.values.slice(1).map((r) => r[0]);
          expect(new Set(emails).size).toBe(emails.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
