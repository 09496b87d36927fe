import { PAIRS_COLUMNS, summariseMonitoring } from '../../../src/core';
import type { CellValue } from '../../../src/ports';
import { ANSWERS, NOW, consentsSheet, pairsSheet, responsesSheet } from './monitoring-fixture';

/*
 * Hand computation (rows of «Ответы: мониторинг» 2–10, see the fixture):
 * counted: row 2 (a, start), 4 (m2, start), 5 (m3, start), 7 (m1, start; replaces row 3),
 *          8 (a, end), 9 (m3, end); ignored: 3 duplicate, 6 no pair (x), 10 no consent (c).
 * Overall start, effectiveness: a 6, m2 5, m3 8, m1 6 → 25 / 4 = 6.25;
 *   comfort (the «others» value): 7, 6, 8, 5 → 26 / 4 = 6.5.
 * Overall end, effectiveness: a 9, m3 10 → 9.5 (change +3.25); comfort: 8, 9 → 8.5 (change +2).
 * Shares at start: glad 4/4; continue a да, m2 да, m3 да, m1 нет → 3/4; become a mentor a, m3 → 2/4;
 *   growth m3, m1 → 2/4. At the end everything 2/2.
 * Frequency at start: еженедельно a, m2, m3 = 3; ежемесячно m1 = 1. At the end: еженедельно 2.
 * Response rates: participants of monitored pairs (P3 only proposed): a, m1, m2, m3, c, Дмитриева = 6;
 *   start: all due, 4 answered → 4/6. End: only P2 is due (closed) → a, m3 = 2, both answered → 2/2.
 * Per pair: P1 (a, m1, m2) start effectiveness 6, 6, 5 → 17/3, no end answer (a's end answer belongs
 *   to P2, the pair that is ending); P2 (a, m3) start 6, 8 → 7, end 9, 10 → 9.5, change 2.5;
 *   P4 start 0 of 2 answered.
 */
const summary = () =>
  summariseMonitoring({
    pairs: pairsSheet(),
    responses: responsesSheet(ANSWERS),
    consents: consentsSheet(),
    now: NOW,
    responseSheet: 'Ответы: мониторинг',
  });

describe('summariseMonitoring', () => {
  it('computes the overall means, their change and the counted answers by hand', () => {
    const s = summary();
    expect(s.counted.map((a) => a.row)).toEqual([2, 4, 5, 7, 8, 9]);
    expect(s.overall.answers).toEqual({ start: 4, end: 2 });
    expect(s.overall.scales.effectiveness).toEqual({
      start: 6.25,
      end: 9.5,
      change: 3.25,
      startCount: 4,
      endCount: 2,
    });
    expect(s.overall.scales.comfort.start).toBe(6.5);
    expect(s.overall.scales.comfort.end).toBe(8.5);
    expect(s.overall.scales.comfort.change).toBe(2);
    expect(s.overall.scales.goals.start).toBe(6.5);
  });

  it('computes the shares of «да» at the start and the end', () => {
    const { shares } = summary().overall;
    expect(shares.glad.start).toEqual({ yes: 4, answered: 4, share: 1 });
    expect(shares.continueProgramme.start).toEqual({ yes: 3, answered: 4, share: 0.75 });
    expect(shares.becomeMentor.start.share).toBe(0.5);
    expect(shares.growth.start.share).toBe(0.5);
    for (const key of ['glad', 'continueProgramme', 'becomeMentor', 'growth'] as const)
      expect(shares[key].end).toEqual({ yes: 2, answered: 2, share: 1 });
  });

  it('counts the frequency of meetings and the response rates per phase', () => {
    const { frequency, responseRates } = summary().overall;
    expect(frequency.start).toEqual([
      { label: 'еженедельно', count: 3 },
      { label: 'ежемесячно', count: 1 },
      { label: 'реже раза в месяц', count: 0 },
      { label: 'не встречались', count: 0 },
    ]);
    expect(frequency.end.find((f) => f.label === 'еженедельно')!.count).toBe(2);
    expect(responseRates.start).toEqual({ expected: 6, answered: 4, rate: 4 / 6 });
    expect(responseRates.end).toEqual({ expected: 2, answered: 2, rate: 1 });
  });

  it('counts a mentor of two pairs for each pair, the end answer for the pair that is ending', () => {
    const s = summary();
    expect(s.pairs.map((p) => p.pair.id)).toEqual(['1', '2', '4']);
    const [p1, p2, p4] = s.pairs;
    expect(p1!.scales.effectiveness.start).toBeCloseTo(17 / 3, 12);
    expect(p1!.scales.effectiveness.end).toBeNull();
    expect(p1!.scales.effectiveness.change).toBeNull();
    expect(p1!.responseRates.start).toEqual({ expected: 3, answered: 3, rate: 1 });
    expect(p1!.responseRates.end).toEqual({ expected: 0, answered: 0, rate: null });
    expect(p2!.scales.effectiveness).toMatchObject({ start: 7, end: 9.5, change: 2.5 });
    expect(p2!.responseRates.end).toEqual({ expected: 2, answered: 2, rate: 1 });
    expect(p4!.responseRates.start).toEqual({ expected: 2, answered: 0, rate: 0 });
    const a = s.counted.filter((x) => x.email === 'a@college.ru');
    expect(a.map((x) => x.pairIds)).toEqual([['1', '2'], ['2']]);
  });

  it('lists the duplicate, the answer from outside the pairs and the one without consent, with reasons', () => {
    const { ignored } = summary();
    expect(ignored.map((i) => [i.row, i.reason])).toEqual([
      [3, 'duplicate'],
      [6, 'noPair'],
      [10, 'noConsent'],
    ]);
    expect(ignored[0]!.message).toContain('учтён более поздний ответ (строка 7)');
    expect(ignored[1]!.message).toContain('ответ вне пар');
    expect(ignored[1]!.message).toContain('x@college.ru');
    expect(ignored[2]!.message).toContain('нет согласия');
  });

  it('takes an answer in once consent arrives', () => {
    const s = summariseMonitoring({
      pairs: pairsSheet(),
      responses: responsesSheet(ANSWERS),
      consents: consentsSheet(['a', 'm1', 'm2', 'm3', 'x', 'c']),
      now: NOW,
    });
    expect(s.ignored.map((i) => i.reason)).toEqual(['duplicate', 'noPair']);
    expect(s.overall.responseRates.start.answered).toBe(5);
    expect(s.pairs[2]!.scales.effectiveness.start).toBe(3);
  });

  it('makes a pair due for the end questionnaire within the window before «Окончание»', () => {
    const base = { responses: responsesSheet(ANSWERS), consents: consentsSheet(), pairs: pairsSheet() };
    // P1 ends on 31.05.2027: 30 days before is 01.05.2027.
    const early = summariseMonitoring({ ...base, now: new Date(2027, 3, 30, 12) });
    const late = summariseMonitoring({ ...base, now: new Date(2027, 4, 2, 12) });
    expect(early.pairs[0]!.pair.due.end).toBe(false);
    expect(late.pairs[0]!.pair.due.end).toBe(true);
    expect(late.overall.responseRates.end.expected).toBe(4); // a, m1, m2, m3
  });

  it('gives empty figures without answers or pairs', () => {
    const s = summariseMonitoring({ pairs: [], responses: [], consents: [], now: NOW });
    expect(s.overall.answers).toEqual({ start: 0, end: 0 });
    expect(s.overall.scales.support).toEqual({
      start: null,
      end: null,
      change: null,
      startCount: 0,
      endCount: 0,
    });
    expect(s.overall.responseRates.start.rate).toBeNull();
    expect(s.pairs).toEqual([]);
  });

  it('a mentor of one pair who is mentored in another answers once per role, each for its own pair', () => {
    const H = Object.values(PAIRS_COLUMNS);
    const row = (f: Record<string, CellValue>): CellValue[] => H.map((h) => f[h] ?? '');
    const term = { Статус: 'утверждена', Начало: new Date(2026, 8, 28), Окончание: new Date(2027, 5, 27) };
    const pairs = [
      H,
      row({
        ...term,
        '№ пары/группы': '1',
        'Наставник: эл. почта': 'o@college.ru',
        'Наставляемые: эл. почта': 'm1@college.ru',
      }),
      row({
        ...term,
        '№ пары/группы': '2',
        'Наставник: эл. почта': 'a@college.ru',
        'Наставляемые: эл. почта': 'o@college.ru',
      }),
    ];
    const base = {
      name: 'Орлова Ольга Олеговна',
      email: 'o@college.ru',
      phase: 'начало программы' as const,
      frequency: 'еженедельно',
      flags: ['да', 'да', 'да', 'да'] as ['да', 'да', 'да', 'да'],
    };
    const s = summariseMonitoring({
      pairs,
      responses: responsesSheet([
        { ...base, at: new Date(2026, 10, 16, 10), role: 'наставник', effectiveness: 8, others: 8 },
        { ...base, at: new Date(2026, 10, 16, 11), role: 'наставляемый', effectiveness: 6, others: 6 },
      ]),
      consents: consentsSheet(['o', 'a', 'm1']),
      now: new Date(2026, 10, 20),
    });
    expect(s.ignored).toEqual([]);
    expect(s.counted.map((a) => [a.role, a.pairIds])).toEqual([
      ['mentor', ['1']],
      ['mentee', ['2']],
    ]);
    // Pair 1: her mentor answer (8); pair 2: her mentee answer (6). Each pair: 1 of its 2 people answered.
    expect(
      s.pairs.map((p) => [p.pair.id, p.scales.effectiveness.start, p.responseRates.start.answered]),
    ).toEqual([
      ['1', 8, 1],
      ['2', 6, 1],
    ]);
  });
});
