import {
  ORDER_REGISTER_COLUMNS,
  allocateOrderNumber,
  documentKey,
  parseOrderRegisters,
  parseYearStart,
  readRegisterRows,
  recordYearLabel,
  registerRowValues,
} from '../../../src/core';

const TZ = 'Europe/Moscow';
const HEADERS = Object.values(ORDER_REGISTER_COLUMNS);
const at = (iso: string) => new Date(`${iso}T12:00:00+03:00`);

/** Registers orders one after another, as the shell would under the document lock. */
function register(
  yearStart: '01.01' | '01.09',
  orders: Array<{ date: string; key: string; register?: string }>,
) {
  const values: unknown[][] = [HEADERS];
  return orders.map((o) => {
    const rows = readRegisterRows(values as never);
    const allocated = allocateOrderNumber(rows, {
      register: o.register ?? 'од',
      key: o.key,
      date: at(o.date),
      yearStart,
      timeZone: TZ,
    });
    if (!allocated.existing)
      values.push(
        registerRowValues(allocated, {
          date: at(o.date),
          title: 't',
          link: 'l',
          status: 'сформирован',
          key: o.key,
        }),
      );
    return `${allocated.number} (${allocated.year})${allocated.existing ? ' повторно' : ''}`;
  });
}

describe('реестр приказов', () => {
  it('номера идут подряд внутри регистра, у каждого регистра свой счётчик', () => {
    expect(
      register('01.01', [
        { date: '2026-02-01', key: 'a' },
        { date: '2026-03-01', key: 'b' },
        { date: '2026-03-02', key: 'c', register: '-лс' },
        { date: '2026-04-01', key: 'd' },
      ]),
    ).toEqual(['1-од (2026)', '2-од (2026)', '1-лс (2026)', '3-од (2026)']);
  });

  it('календарный год: счётчик начинается заново 1 января', () => {
    expect(
      register('01.01', [
        { date: '2026-12-30', key: 'a' },
        { date: '2026-12-31', key: 'b' },
        { date: '2027-01-01', key: 'c' },
      ]),
    ).toEqual(['1-од (2026)', '2-од (2026)', '1-од (2027)']);
  });

  it('год с 1 сентября: «2025/26» до 31 августа, «2026/27» с 1 сентября', () => {
    expect(
      register('01.09', [
        { date: '2025-12-31', key: 'a' },
        { date: '2026-01-15', key: 'b' },
        { date: '2026-08-31', key: 'c' },
        { date: '2026-09-01', key: 'd' },
      ]),
    ).toEqual(['1-од (2025/26)', '2-од (2025/26)', '3-од (2025/26)', '1-од (2026/27)']);
  });

  it('граница года считается в часовом поясе скрипта', () => {
    const newYearInMoscow = new Date('2026-12-31T21:30:00Z');
    expect(recordYearLabel(newYearInMoscow, '01.01', 'Europe/Moscow')).toBe('2027');
    expect(recordYearLabel(newYearInMoscow, '01.01', 'UTC')).toBe('2026');
    expect(recordYearLabel(at('2099-09-01'), '01.09', TZ)).toBe('2099/00');
  });

  it('повторное формирование того же документа сохраняет его номер', () => {
    expect(
      register('01.01', [
        { date: '2026-02-01', key: documentKey('orderPairs', ['3', '1', '2']) },
        { date: '2026-02-02', key: 'other' },
        { date: '2026-02-10', key: documentKey('orderPairs', ['1', '2', '3']) },
      ]),
    ).toEqual(['1-од (2026)', '2-од (2026)', '1-од (2026) повторно']);
  });

  it('отменённый приказ не отдаёт свой номер повторно', () => {
    const rows = readRegisterRows([
      HEADERS,
      ['од', '2026', 1, '1-од', at('2026-02-01'), 't', 'l', 'отменён', 'k'],
    ] as never);
    expect(
      allocateOrderNumber(rows, {
        register: 'од',
        key: 'k',
        date: at('2026-03-01'),
        yearStart: '01.01',
        timeZone: TZ,
      }),
    ).toMatchObject({
      number: '2-од',
      existing: false,
    });
  });

  it('строки, набранные вручную без порядкового номера, учитываются по номеру «7-од»; год числом тоже', () => {
    const rows = readRegisterRows([HEADERS, ['-ОД', 2026, '', '7-од', '', '', '', '', '']] as never);
    expect(
      allocateOrderNumber(rows, {
        register: 'од',
        key: 'x',
        date: at('2026-05-01'),
        yearStart: '01.01',
        timeZone: TZ,
      }).number,
    ).toBe('8-од');
  });

  it('настройки: регистры и начало делопроизводственного года', () => {
    expect(parseOrderRegisters('од: основная деятельность; лс: личный состав')).toEqual([
      { key: 'од', title: 'основная деятельность', suffix: '-од' },
      { key: 'лс', title: 'личный состав', suffix: '-лс' },
    ]);
    expect(parseYearStart('01.09')).toBe('01.09');
    expect(parseYearStart(' 1.09. ')).toBe('01.09');
    expect(parseYearStart('01.01')).toBe('01.01');
    expect(parseYearStart('абв')).toBe('01.01');
  });
});
