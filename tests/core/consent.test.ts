import { CellValue } from '../../src/ports';
import {
  ANONYMISED,
  CONSENT_COLUMNS,
  CONSENT_FORM,
  DEFAULT_COMPETENCES,
  consentStatus,
  consentStatuses,
  consentText,
  hashedEmail,
  isEligible,
  parseResponse,
  planAnonymisation,
  planConsentUpdates,
  planWithdrawal,
  pseudonym,
  readSettings,
} from '../../src/core';
import { at, consentAnswers, responseHeader, responseRow } from './fixtures/responses';

const header = responseHeader(CONSENT_FORM);
const registryHeader = (): CellValue[][] => [Object.values(CONSENT_COLUMNS)];
let row = 1;
const decision = (
  email: string,
  when: string,
  d: 'Даю согласие' | 'Отзываю согласие',
  name = 'Иванова Мария Петровна',
) =>
  parseResponse(
    CONSENT_FORM,
    DEFAULT_COMPETENCES,
    header,
    responseRow(header, at(when), email, consentAnswers(d, { 'Фамилия, имя, отчество': name })),
    ++row,
    'Ответы: согласия',
  );

function record(values: CellValue[][], plan: { appendRows: CellValue[][]; appendAt: number }): CellValue[][] {
  const result = values.map((r) => r.slice());
  plan.appendRows.forEach((r, i) => (result[plan.appendAt - 1 + i] = r));
  return result;
}

const NOW = at('2026-03-10T09:00:00Z');

describe('consent registry', () => {
  it('records a given consent, then a withdrawal, then a consent given again — each as its own row', () => {
    const give = decision('Ivanova@college.ru', '2026-03-01T08:00:00Z', 'Даю согласие');
    const withdraw = decision('ivanova@college.ru', '2026-03-03T08:00:00Z', 'Отзываю согласие');
    const again = decision('ivanova@college.ru', '2026-03-05T08:00:00Z', 'Даю согласие');
    let reg = record(registryHeader(), planConsentUpdates(registryHeader(), [give], NOW, '1'));
    expect(consentStatus(reg, 'ivanova@college.ru')).toBe('дано');
    reg = record(reg, planConsentUpdates(reg, [withdraw], NOW, '1'));
    expect(consentStatus(reg, 'IVANOVA@college.ru ')).toBe('отозвано');
    expect(isEligible({ email: 'ivanova@college.ru' }, reg)).toEqual({
      eligible: false,
      reason: 'исключён — согласие на обработку ПДн отозвано',
    });
    reg = record(reg, planConsentUpdates(reg, [again], NOW, '2'));
    expect(reg).toHaveLength(4);
    expect(consentStatus(reg, 'ivanova@college.ru')).toBe('дано');
    expect(isEligible({ email: 'ivanova@college.ru' }, reg).eligible).toBe(true);
    expect(reg[3][Object.values(CONSENT_COLUMNS).indexOf(CONSENT_COLUMNS.version)]).toBe('2');
  });

  it('lets the latest decision win whatever order the responses arrive in', () => {
    const give = decision('a@college.ru', '2026-03-01T08:00:00Z', 'Даю согласие');
    const withdraw = decision('a@college.ru', '2026-03-03T08:00:00Z', 'Отзываю согласие');
    const reg = record(registryHeader(), planConsentUpdates(registryHeader(), [withdraw, give], NOW, '1'));
    expect(consentStatuses(reg).get('a@college.ru')).toBe('отозвано');
  });

  it('records the same consent response once, even when it comes again', () => {
    const give = decision('a@college.ru', '2026-03-01T08:00:00Z', 'Даю согласие');
    const plan = planConsentUpdates(registryHeader(), [give, give], NOW, '1');
    expect(plan.appendRows).toHaveLength(1);
    const reg = record(registryHeader(), plan);
    expect(planConsentUpdates(reg, [give], NOW, '1').appendRows).toEqual([]);
  });

  it('says «нет» for a person who never answered', () => {
    expect(consentStatus(registryHeader(), 'nobody@college.ru')).toBe('нет');
    expect(isEligible({ email: 'nobody@college.ru' }, registryHeader()).reason).toBe(
      'исключён — нет согласия на обработку ПДн',
    );
  });

  it('withdraws from the menu at once, and only a consent that stands', () => {
    const reg = record(
      registryHeader(),
      planConsentUpdates(
        registryHeader(),
        [decision('a@college.ru', '2026-03-01T08:00:00Z', 'Даю согласие')],
        NOW,
        '1',
      ),
    );
    const plan = planWithdrawal(reg, ' A@College.ru ', NOW, 'меню');
    expect(plan.withdrawn).toBe(true);
    const after = record(reg, plan);
    expect(consentStatus(after, 'a@college.ru')).toBe('отозвано');
    expect(planWithdrawal(after, 'a@college.ru', NOW, 'меню')).toMatchObject({
      withdrawn: false,
      appendRows: [],
    });
    expect(planWithdrawal(after, 'nobody@college.ru', NOW, 'меню').withdrawn).toBe(false);
    expect(planWithdrawal(after, 'не адрес', NOW, 'меню').summary).toContain('некорректный');
  });
});

describe('consent text', () => {
  it('contains every item 152-ФЗ ст. 9 ч. 4 requires, with the operator from «Настройки»', () => {
    const settings = readSettings([
      ['Ключ', 'Значение'],
      ['organization.fullName', 'ГБПОУ «Колледж связи № 54»'],
      ['organization.address', '119048, г. Москва, ул. Усачёва, д. 1'],
    ]);
    const text = consentText(settings, '3');
    for (const part of [
      'ГБПОУ «Колледж связи № 54»',
      '119048, г. Москва, ул. Усачёва, д. 1',
      'адрес регистрации',
      'документа',
      'Цель обработки',
      'Перечень персональных данных',
      'Google LLC',
      'Действия с персональными данными',
      'Способ обработки',
      'Срок действия согласия',
      'Отзываю согласие',
      '01.09.2025',
      'отдельным документом',
      'версия 3',
    ])
      expect(text).toContain(part);
  });

  it('marks operator details that are still missing in «Настройки»', () => {
    expect(consentText(readSettings([]), '1')).toContain('заполните лист «Настройки»');
  });
});

describe('anonymisation after withdrawal', () => {
  const email = 'ivanova@college.ru';
  const bank: CellValue[][] = [
    ['Эл. почта', 'ФИО', 'Телефон', 'Удобный формат встреч', 'Источник (ключ ответа)'],
    [
      email,
      'Иванова Мария Петровна',
      '+7 926 000-00-01',
      'очно',
      `mentee|2026-03-01T08:00:00.000Z|${email}|abcd1234`,
    ],
    ['other@college.ru', 'Петров Иван', '', 'очно', ''],
  ];
  const responses: CellValue[][] = [
    [
      'Отметка времени',
      'Адрес электронной почты',
      'Фамилия, имя, отчество',
      'Адрес регистрации',
      'Документ, удостоверяющий личность',
      'Ваше решение',
    ],
    [
      at('2026-01-01T08:00:00Z'),
      'Ivanova@College.ru',
      'Иванова Мария Петровна',
      'г. Москва',
      'паспорт 4500 123456',
      'Даю согласие',
    ],
  ];
  const journal: CellValue[][] = [
    ['Дата и время', 'Сообщение'],
    [NOW, `Анкета, ${email} (Иванова Мария Петровна): замечание`],
  ];
  const registry = (): CellValue[][] => {
    let reg = record(
      registryHeader(),
      planConsentUpdates(
        registryHeader(),
        [decision(email, '2026-01-01T08:00:00Z', 'Даю согласие')],
        NOW,
        '1',
      ),
    );
    reg = record(
      reg,
      planConsentUpdates(reg, [decision(email, '2026-02-01T08:00:00Z', 'Отзываю согласие')], NOW, '1'),
    );
    return reg;
  };
  const sheets = [
    { name: 'Банк наставляемых', values: bank },
    { name: 'Ответы: согласия', values: responses },
    { name: 'Журнал', values: journal },
  ];
  const apply = (
    plan: ReturnType<typeof planAnonymisation>,
    all: Array<{ name: string; values: CellValue[][] }>,
  ) =>
    all.map((s) => {
      const values = s.values.map((r) => r.slice());
      for (const r of plan.replacements.filter((x) => x.sheet === s.name))
        values[r.row - 1][r.column - 1] = r.value;
      return { name: s.name, values };
    });

  it('waits for the retention period after the withdrawal', () => {
    const plan = planAnonymisation(
      sheets,
      { name: 'Согласия', values: registry() },
      at('2026-02-20T08:00:00Z'),
      30,
    );
    expect(plan.replacements).toEqual([]);
  });

  it("replaces the person's data in every sheet and keeps the proof of consent in the registry", () => {
    const reg = { name: 'Согласия', values: registry() };
    const plan = planAnonymisation(sheets, reg, at('2026-03-05T08:00:00Z'), 30);
    expect(plan.people).toEqual([email]);
    const [b, r, j, g] = apply(plan, [...sheets, reg]);
    const p = pseudonym(email);
    expect(p).toMatch(/^Участник-[0-9a-f]{6}$/);
    expect(b.values[1].slice(0, 4)).toEqual([p, ANONYMISED, ANONYMISED, 'очно']);
    expect(String(b.values[1][4])).not.toContain(email);
    expect(b.values[2]).toEqual(bank[2]);
    expect(r.values[1].slice(1, 5)).toEqual([p, ANONYMISED, ANONYMISED, ANONYMISED]);
    expect(r.values[1][5]).toBe('Даю согласие');
    expect(String(j.values[1][1])).toBe(`Анкета, ${p} (${p}): замечание`);
    const cols = Object.values(CONSENT_COLUMNS) as string[];
    for (const row of g.values.slice(1)) {
      expect(row[cols.indexOf(CONSENT_COLUMNS.email)]).toBe(hashedEmail(email));
      expect(row[cols.indexOf(CONSENT_COLUMNS.fullName)]).toBe(ANONYMISED);
      expect(row[cols.indexOf(CONSENT_COLUMNS.anonymisedAt)]).toEqual(at('2026-03-05T08:00:00Z'));
      expect(row[cols.indexOf(CONSENT_COLUMNS.decidedAt)]).toBeInstanceOf(Date);
    }
    expect(plan.journal[0].message).not.toContain(email);
    expect(plan.journal[0].message).not.toContain('Иванова');
    // Idempotent: a second run over the result changes nothing.
    const again = planAnonymisation([b, r, j], g, at('2026-03-06T08:00:00Z'), 30);
    expect(again.replacements).toEqual([]);
  });

  it('does not anonymise someone who gave consent again after withdrawing', () => {
    const reg = record(
      registry(),
      planConsentUpdates(registry(), [decision(email, '2026-02-10T08:00:00Z', 'Даю согласие')], NOW, '1'),
    );
    expect(
      planAnonymisation(sheets, { name: 'Согласия', values: reg }, at('2026-06-01T08:00:00Z'), 30)
        .replacements,
    ).toEqual([]);
  });
});
