import { refreshRoadmap, refreshRoadmapQuietly } from '../../src/addon/roadmap/entry-points';
import type { CellValue } from '../../src/ports';
import { callsDuring, depsOf } from './fixture';
import { approvedCollege, documentFunctions, lastAlert, setSettings } from './documents-fixture';
import type { College } from './pipeline-fixture';

/**
 * «Обновить дорожную карту» over the offline Workspace: a college whose pairs are approved, the sheet
 * written in one call, statuses following the data, the staff's comment kept, overdue rows highlighted
 * by one rule, and the quiet refresh the other actions call.
 */

const SHEET = 'Дорожная карта';

function roadmapCollege(mentees = 3, mentors = 2): College {
  const college = approvedCollege(mentees, mentors);
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    ...documentFunctions(college),
    refreshRoadmap: () => refreshRoadmap(undefined, depsOf(college.workspace)),
  };
  college.workspace.useFunctions((name) => functions[name]);
  return college;
}

const byActivity = (college: College): Map<string, Record<string, CellValue>> =>
  new Map(college.rows(SHEET).map((r) => [String(r['Мероприятие']), r]));

const activity = (college: College, startsWith: string): Record<string, CellValue> => {
  const found = college.rows(SHEET).find((r) => String(r['Мероприятие']).startsWith(startsWith));
  if (!found) throw new Error(`no activity ${startsWith}`);
  return found;
};

describe('«Обновить дорожную карту»', () => {
  it('writes the seven stages from the data, with the deadline and responsible from «Настройки»', () => {
    const college = roadmapCollege();
    setSettings(college, { 'roadmap.stage5.responsible': 'Смирнов А.И.' });
    college.person.clickMenu('Обновить дорожную карту');
    expect(lastAlert(college)).toBe(
      'Дорожная карта обновлена: мероприятий 19, выполнено 7, в работе 0, просрочено 0.',
    );
    const rows = college.rows(SHEET);
    expect(rows).toHaveLength(19);
    expect([...new Set(rows.map((r) => r['Этап']))]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // 3 mentees, 2 mentors, all with consent; matching approved every proposal.
    expect(activity(college, 'Банк данных наставляемых')).toMatchObject({
      Статус: 'выполнено',
      'Показатель (по данным таблицы)': 'В банке 3 человека; согласие дано: 3',
    });
    expect(activity(college, 'Формирование наставнических пар')).toMatchObject({
      Статус: 'выполнено',
      Ответственный: 'Смирнов А.И.',
      Срок: 'октябрь – май',
    });
    expect(activity(college, 'Формирование наставнических пар')['Контрольная дата']).toEqual(
      new Date(Date.UTC(2027, 4, 30, 21)), // 31.05.2027 00:00 in Moscow,
    );
    expect(activity(college, 'Приказ «Об утверждении')['Статус']).toBe('не начато');
    expect(activity(college, 'Разработка персонализированных программ')['Статус']).toBe('не начато');
  });

  it('follows the stage actions: local acts and pair documents make stage 1 done', () => {
    const college = roadmapCollege();
    college.person.clickMenu('Сформировать локальные акты');
    college.person.clickMenu('Сформировать документы по парам');
    college.person.clickMenu('Обновить дорожную карту');
    const rows = byActivity(college);
    const stage1 = [...rows.values()].filter((r) => r['Этап'] === 1);
    expect(stage1.map((r) => r['Статус'])).toEqual(Array(5).fill('выполнено'));
    expect(String(activity(college, 'Приказ «Об утверждении')['Показатель (по данным таблицы)'])).toMatch(
      /^Приказ № 1-од от \d\d\.\d\d\.2026$/,
    );
    expect(activity(college, 'Разработка персонализированных программ')['Статус']).toBe('выполнено');
  });

  it('keeps the staff comment with its activity and changes nothing on a second run', () => {
    const college = roadmapCollege();
    college.person.clickMenu('Обновить дорожную карту');
    const sheet = college.spreadsheet.getSheetByName(SHEET)!;
    const values = sheet.getDataRange().getValues() as CellValue[][];
    const commentAt = values[0]!.indexOf('Комментарий');
    const row = values.findIndex((r) => String(r[2]).startsWith('Конференция'));
    sheet.getRange(row + 1, commentAt + 1).setValue('=перенесли на апрель');
    // A column of the staff's own, and a row they added at the bottom.
    sheet.getRange(1, values[0]!.length + 1).setValue('Контроль');
    sheet.getRange(row + 1, values[0]!.length + 1).setValue('директор');
    sheet.getRange(values.length + 1, commentAt + 1).setValue('Своя строка');
    college.person.clickMenu('Обновить дорожную карту');
    const first = college.values(SHEET);
    college.person.clickMenu('Обновить дорожную карту');
    expect(college.values(SHEET)).toEqual(first);
    const conference = activity(college, 'Конференция');
    expect(conference['Комментарий']).toBe('=перенесли на апрель');
    expect(conference['Контроль']).toBe('директор');
    expect(college.rows(SHEET).slice(-1)[0]!['Комментарий']).toBe('Своя строка');
    expect(college.rows(SHEET)).toHaveLength(20);
  });

  it('marks a stage overdue when its deadline passed, with one highlight rule however often it runs', () => {
    const college = roadmapCollege();
    setSettings(college, {
      'roadmap.stage6.deadline': '31.08.2026',
      'roadmap.stage1.deadline': 'по мере готовности',
    });
    college.person.clickMenu('Обновить дорожную карту');
    college.person.clickMenu('Обновить дорожную карту');
    expect(activity(college, 'Конференция')['Статус']).toBe('просрочено');
    expect(activity(college, 'Приказ «Об утверждении')['Статус']).toBe('не начато');
    const rules = college.spreadsheet.getSheetByName(SHEET)!.getConditionalFormatRules();
    const formulas = rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(formulas).toEqual(['=$E2="просрочено"']);
    expect(rules[0]!.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
    // The unreadable deadline is said on screen and journaled (once per menu run) so staff can fix it.
    expect(lastAlert(college)).toContain(
      'Этап 1: срок «по мере готовности» в листе «Настройки» не распознан',
    );
    const warnings = () =>
      college
        .journal()
        .filter(
          (r) => r['Код'] === 'ROADMAP_DEADLINE' && String(r['Сообщение']).includes('по мере готовности'),
        );
    expect(warnings()).toHaveLength(2);
    refreshRoadmapQuietly(depsOf(college.workspace));
    expect(warnings()).toHaveLength(2);
  });

  it('reads each sheet once and writes the dashboard with one setValues, whatever the banks hold', () => {
    const measure = (mentees: number, mentors: number) => {
      const college = roadmapCollege(mentees, mentors);
      college.person.clickMenu('Обновить дорожную карту');
      return callsDuring(college.workspace, () => college.person.clickMenu('Обновить дорожную карту'));
    };
    const small = measure(3, 2);
    const large = measure(8, 5);
    const spreadsheet = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith('SpreadsheetApp.')));
    expect(spreadsheet(large)).toEqual(spreadsheet(small));
    expect(small['SpreadsheetApp.Range.setValues']).toBe(1);
    // The sheets the dashboard reads (13 names; those that exist) and the monitoring form's answers.
    expect(small['SpreadsheetApp.Range.getValues']).toBeLessThanOrEqual(14);
    expect(small['SpreadsheetApp.Sheet.setConditionalFormatRules'] ?? 0).toBe(0);
  });

  it('counts the files staff put into «Методические материалы» (the folder linked from «Настройки»)', () => {
    const college = roadmapCollege();
    college.person.clickMenu('Обновить дорожную карту');
    expect(activity(college, 'Подготовка методических материалов')).toMatchObject({
      Статус: 'не начато',
      'Показатель (по данным таблицы)': 'В папке «Методические материалы» пока нет файлов',
    });
    const settings = college.rows('Настройки').find((r) => r['Ключ'] === 'folders.materials')!;
    const folderId = /folders\/([-\w]+)/.exec(String(settings['Значение']))![1]!;
    const folder = college.workspace.services.DriveApp.getFolderById(folderId);
    folder.createFile('Памятка наставнику.txt', 'Как провести первую встречу');
    folder.createFile('Черновик.txt', 'удалён').setTrashed(true);
    college.person.clickMenu('Обновить дорожную карту');
    expect(activity(college, 'Подготовка методических материалов')).toMatchObject({
      Статус: 'выполнено',
      'Показатель (по данным таблицы)': 'Файлов в папке «Методические материалы»: 1',
    });
  });

  it('creates the sheet when it was deleted', () => {
    const college = roadmapCollege();
    const sheet = college.spreadsheet.getSheetByName(SHEET);
    if (sheet) college.spreadsheet.deleteSheet(sheet);
    college.person.clickMenu('Обновить дорожную карту');
    expect(college.rows(SHEET)).toHaveLength(19);
    expect(college.values(SHEET)[0]).toContain('Комментарий');
  });
});

describe('refreshRoadmapQuietly', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('refreshes without an alert', () => {
    const college = roadmapCollege();
    const alerts = college.alerts().length;
    expect(refreshRoadmapQuietly(depsOf(college.workspace))).toBe(true);
    expect(college.alerts()).toHaveLength(alerts);
    expect(college.rows(SHEET)).toHaveLength(19);
  });

  it('skips, writing nothing, while another execution holds the document lock', () => {
    const college = roadmapCollege();
    const { kernel, services } = college.workspace;
    const holder = kernel.begin('menu', 'makePairDocuments');
    kernel.within(holder, () => services.LockService.getDocumentLock()!.tryLock(1000));
    const quiet = kernel.begin('menu', 'refreshRoadmap');
    const refreshed = kernel.within(quiet, () => refreshRoadmapQuietly(depsOf(college.workspace)));
    kernel.end(quiet);
    kernel.end(holder);
    expect(refreshed).toBe(false);
    expect(college.rows(SHEET)).toHaveLength(0);
  });

  it('a failure becomes a «Журнал» row, never an exception for the action that called it', () => {
    const college = roadmapCollege();
    const deps = depsOf(college.workspace);
    const broken = {
      ...deps,
      roadmap: {
        ...deps.roadmap,
        ensureHighlight: () => {
          throw new Error('Service unavailable');
        },
        countFolderFiles: () => null,
      },
    };
    expect(refreshRoadmapQuietly(broken)).toBe(false);
    const row = college.journal().find((r) => r['Код'] === 'UNEXPECTED');
    expect(row).toMatchObject({ Сообщение: 'Дорожная карта не обновлена' });
    expect(String(row!['Подробности'])).toContain('Service unavailable');
  });
});
