import {
  SETTINGS,
  buildFinalReport,
  checkTemplate,
  knownPaths,
  planRender,
  templateData,
} from '../../../src/core';
import type { FinalReportSources } from '../../../src/core';
import { DEFAULT_TEMPLATES, templateOutline } from '../../../src/core/documents/templates';
import { academicYear } from '../../../src/core/season/report/academic-year';
import { decimal, percent, signedDecimal, signedInteger } from '../../../src/core/season/report/numbers';
import { finalReportRecord } from '../../../src/core/season/report/record';
import type { CellValue } from '../../../src/ports';
import {
  ATTENDANCE,
  CONSENTS,
  EVENTS,
  PAIRS,
  PRACTICES,
  PROGRESS,
  REPORT_NOW,
  TZ,
  monitoringResponses,
} from './report-fixture';

const settings: Record<string, string> = {
  ...Object.fromEntries(SETTINGS.map((s) => [s.key, s.defaultValue])),
  'organization.fullName': 'Профессиональное образовательное учреждение «Колледж управления»',
  'organization.shortName': 'ПОУ «КУ»',
  'director.name': 'Лукьяненко Светлана Викторовна',
  'director.position': 'Директор',
  'curator.name': 'Смирнов Алексей Игоревич',
};

function sources(overrides: Partial<FinalReportSources> = {}): FinalReportSources {
  return {
    settings,
    sheets: new Map<string, CellValue[][]>([
      ['Пары и группы', PAIRS],
      ['Выполнение программ', PROGRESS],
      ['Мероприятия', EVENTS],
      ['Посещаемость', ATTENDANCE],
      ['Методическая копилка', PRACTICES],
    ]),
    monitoringResponses: monitoringResponses(),
    consents: CONSENTS,
    now: REPORT_NOW,
    timeZone: TZ,
    ...overrides,
  };
}

const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('Russian figures', () => {
  it('a decimal comma, one decimal always, a signed change with the minus sign, whole percent', () => {
    expect(decimal(7.666)).toBe('7,7');
    expect(decimal(8)).toBe('8,0');
    expect(decimal(6.25)).toBe('6,3');
    expect(signedDecimal(1.4)).toBe('+1,4');
    expect(signedDecimal(-0.5)).toBe(`${MINUS}0,5`);
    expect(signedDecimal(-0.04)).toBe('0,0');
    expect(signedDecimal(7.7 - 6.0)).toBe('+1,7');
    expect(percent(2 / 3)).toBe(`67${NBSP}%`);
    expect(signedInteger(-8)).toBe(`${MINUS}8`);
    expect(signedInteger(17)).toBe('+17');
  });
});

describe('the academic year of the report', () => {
  it('is the year of the date (1 September – 31 August) unless «Настройки» name one', () => {
    expect(academicYear('', new Date('2027-06-15T07:00:00Z'), TZ).label).toBe('2026/2027');
    expect(academicYear('', new Date('2026-09-01T07:00:00Z'), TZ).label).toBe('2026/2027');
    // 31 August 23:30 in Moscow is still the old year, though UTC says 31 August 20:30.
    expect(academicYear('', new Date('2026-08-31T20:30:00Z'), TZ).label).toBe('2025/2026');
    for (const typed of ['2025/2026', '2025/26', '2025–2026', '2025'])
      expect(academicYear(typed, REPORT_NOW, TZ)).toMatchObject({ label: '2025/2026', unreadSetting: null });
    expect(academicYear('прошлый', REPORT_NOW, TZ)).toMatchObject({
      label: '2026/2027',
      unreadSetting: 'прошлый',
    });
  });
});

describe('buildFinalReport', () => {
  const report = buildFinalReport(sources());

  it('counts the pairs and groups formed in the year and how they ended', () => {
    expect(report.year.label).toBe('2026/2027');
    expect(report.pairs.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(report.totals).toEqual({
      pairs: 2,
      groups: 1,
      mentors: 2,
      mentees: 4,
      finished: 1,
      terminated: 1,
      running: 1,
    });
  });

  it('takes «Выполнено мероприятий» as closing wrote it, else counts «Выполнение программ» once per activity', () => {
    expect(report.pairs.map((p) => p.activitiesDone)).toEqual(['7 из 8', '2', '2 из 6']);
    expect(report.pairs[2]).toMatchObject({ reason: 'перевод в другую организацию', kind: 'terminated' });
    expect(report.pairs[1]).toMatchObject({ closedAt: null, reason: '', group: true });
  });

  it('lists the events held in the year with invited and attended; set-up sessions and mentors trained', () => {
    expect(report.events).toEqual([
      expect.objectContaining({ id: 'М-1', invited: 3, attended: 2 }),
      expect.objectContaining({ id: 'М-3', invited: 3, attended: 2 }),
    ]);
    expect(report.setupSessions).toBe(1);
    // m1 and m2 this year; m3's session of 2025 is last year's.
    expect(report.trainedMentors).toBe(2);
  });

  it('lists the year’s practices, the round table’s best marked', () => {
    expect(report.practices.map((p) => [p.id, p.best])).toEqual([
      ['К-1', true],
      ['К-2', false],
    ]);
    expect(report.bestPractices).toBe(1);
  });

  it('summarises monitoring through summariseMonitoring: answers, response rates, means, shares', () => {
    const m = report.monitoring;
    expect(m.answers).toEqual({ start: 4, end: 3 });
    expect(m.rates.start).toMatchObject({ expected: 6, answered: 4 });
    expect(m.rates.end).toMatchObject({ expected: 6, answered: 3 });
    expect(m.ignored).toBe(2);
    const effectiveness = m.scales.find((s) => s.key === 'effectiveness')!;
    expect(effectiveness.start).toBeCloseTo(6, 10);
    expect(effectiveness.end).toBeCloseTo(23 / 3, 10);
  });

  it('prints means with a decimal comma and the change of the printed means, shares in percent', () => {
    const data = finalReportRecord(report) as Record<string, Record<string, unknown>>;
    const monitoring = data['мониторинг']!;
    const rows = monitoring['показатели'] as Array<Record<string, string>>;
    const row = (label: string) => rows.find((r) => r['название'] === label);
    expect(row('Эффективность программы')).toEqual({
      название: 'Эффективность программы',
      начало: '6,0',
      завершение: '7,7',
      изменение: '+1,7',
    });
    expect(row('Комфорт общения')).toMatchObject({ начало: '7,5', завершение: '9,0', изменение: '+1,5' });
    expect(row('Ощущение поддержки')).toMatchObject({
      начало: '8,0',
      завершение: '7,3',
      изменение: `${MINUS}0,7`,
    });
    expect(row('Понятность целей')).toMatchObject({ начало: '5,0', завершение: '5,0', изменение: '0,0' });
    const shares = monitoring['доли'] as Array<Record<string, string>>;
    expect(shares.find((s) => s['название'] === 'Хотят продолжить участие')).toMatchObject({
      начало: `75${NBSP}%`,
      завершение: `67${NBSP}%`,
      изменение: `${MINUS}8 п.${NBSP}п.`,
    });
    expect(shares.find((s) => s['название'] === 'Хотят стать наставниками')).toMatchObject({
      начало: `50${NBSP}%`,
      завершение: `67${NBSP}%`,
      изменение: `+17 п.${NBSP}п.`,
    });
    expect(monitoring).toMatchObject({
      отклик_в_начале: `67${NBSP}%`,
      отклик_при_завершении: `50${NBSP}%`,
      хотят_продолжить: `67${NBSP}%`,
      хотят_стать_наставниками: `67${NBSP}%`,
    });
  });

  it('without monitoring answers the scales are empty and the report says so', () => {
    const none = buildFinalReport(sources({ monitoringResponses: [] }));
    expect(none.monitoring.answers).toEqual({ start: 0, end: 0 });
    expect(none.monitoring.scales).toEqual([]);
    const data = finalReportRecord(none) as Record<string, Record<string, unknown>>;
    expect(data['мониторинг']!['есть']).toBe(false);
    expect(data['мониторинг']!['хотят_продолжить']).toBe('');
  });

  it('a named academic year reports that year: 2025/2026 has pair 5, last year’s session and practice', () => {
    const last = buildFinalReport(
      sources({ settings: { ...settings, 'report.academicYear': '2025/2026' }, monitoringResponses: [] }),
    );
    expect(last.pairs.map((p) => p.id)).toEqual(['5']);
    expect(last.events.map((e) => e.id)).toEqual(['М-0']);
    expect(last.trainedMentors).toBe(1);
    expect(last.practices.map((p) => p.id)).toEqual(['К-0']);
  });

  it('empty sheets (a college before its first season) give a report of zeros, not an error', () => {
    const empty = buildFinalReport({
      ...sources(),
      sheets: new Map([['Пары и группы', [PAIRS[0]!]]]),
      monitoringResponses: [],
      consents: [],
    });
    expect(empty.pairs).toEqual([]);
    expect(empty.events).toEqual([]);
    expect(empty.practices).toEqual([]);
    expect(empty.totals.mentors).toBe(0);
  });
});

describe('the default «Итоговый отчёт» template', () => {
  const doc = DEFAULT_TEMPLATES.finalReport;
  const outline = templateOutline(doc);

  it('passes «Проверить шаблон» with no error and no warning', () => {
    const check = checkTemplate(outline, knownPaths('finalReport'));
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it('renders from a full season with no «____»: every placeholder has a value', () => {
    const data = templateData({
      kind: 'finalReport',
      settings: { ...settings, 'report.conclusions': 'Программы выполнены.' },
      report: buildFinalReport(sources()),
    });
    const plan = planRender(outline, data, { timeZone: TZ });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.map((w) => w.source)).toEqual([]);
  });

  it('an empty season removes the tables (no header without rows) and keeps lines for the conclusions', () => {
    const data = templateData({
      kind: 'finalReport',
      settings,
      report: buildFinalReport({
        ...sources(),
        sheets: new Map([['Пары и группы', [PAIRS[0]!]]]),
        monitoringResponses: [],
      }),
    });
    const plan = planRender(outline, data, { timeZone: TZ });
    expect(plan.warnings).toEqual([]);
    const tables = outline.body.flatMap((b, i) => ('rows' in b ? [i] : []));
    const removed = new Set(plan.removals.filter((l) => l.row === undefined).map((l) => l.block));
    for (const t of tables) expect(removed).toContain(t);
  });
});
