import { callsDuring } from './fixture';
import {
  FORBIDDEN,
  PAIRS,
  WAITING,
  matchingCollege,
  menteeEmail,
  menteeOf,
  proposalsOf,
  rowsOf,
} from './matching-fixture';
import type { College } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const sidebars = (college: College) => college.workspace.kernel.screen.filter((e) => e.kind === 'sidebar');
const failures = (college: College) =>
  college.workspace.kernel.executions.filter((e) => e.error !== undefined);

/** Sets a «Настройки» value by key, adding the row when the sheet lacks it. */
function setSetting(college: College, key: string, value: string): number {
  const sheet = college.spreadsheet.getSheetByName('Настройки')!;
  const values = sheet.getDataRange().getValues();
  const keyAt = values[0]!.indexOf('Ключ');
  const valueAt = values[0]!.indexOf('Значение');
  let row = values.findIndex((r) => r[keyAt] === key) + 1;
  if (row === 0) {
    row = values.length + 1;
    sheet.getRange(row, keyAt + 1).setValue(key);
  }
  sheet.getRange(row, valueAt + 1).setValue(value);
  return row;
}

describe('«Подобрать пары»', () => {
  it('writes the proposals as «предложена» rows, the unmatched list and a journal line, then opens «Подбор пар»', () => {
    const college = matchingCollege({ mentees: 6, mentors: 2 });
    college.person.clickMenu('Подобрать пары');
    expect(failures(college)).toEqual([]);
    const proposals = proposalsOf(college);
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) {
      expect(String(p['Наставник: эл. почта'])).toMatch(/^mentor\d@college\.example$/);
      expect(typeof p['Оценка']).toBe('number');
      expect(String(p['Обоснование'])).not.toBe('');
      expect(p['№ пары/группы']).toMatch(/^\d+$/);
    }
    const proposed = proposals.flatMap((p) => String(p['Наставляемые: эл. почта']).split('\n'));
    const waiting = rowsOf(college, WAITING).map((r) => String(r['Эл. почта']));
    // Two mentors with the default capacity of 2 take at most four of the six mentees.
    expect(proposed.length).toBeLessThanOrEqual(4);
    expect([...proposed, ...waiting].sort()).toEqual([0, 1, 2, 3, 4, 5].map(menteeEmail).sort());
    for (const w of rowsOf(college, WAITING)) {
      expect(String(w['Причина'])).not.toBe('');
      expect(w['В списке с']).toBeInstanceOf(Date);
    }
    expect(college.journal().some((r) => r['Код'] === 'MATCHING_DONE')).toBe(true);
    const sidebar = sidebars(college).slice(-1)[0];
    expect(sidebar?.title).toBe('Подбор пар');
    expect(sidebar?.content).toContain('data-focus=""');
  });

  it('a mentee without consent is neither proposed nor put on the support list: no consent, no processing', () => {
    const college = matchingCollege({ mentees: 2, mentors: 2 });
    college.submit('mentee', menteeOf(7, 'Безсогласия Ольга Ивановна'), 'no-consent@college.example');
    college.person.clickMenu('Подобрать пары');
    expect(failures(college)).toEqual([]);
    const mentioned = [
      ...proposalsOf(college).flatMap((p) => String(p['Наставляемые: эл. почта']).split('\n')),
      ...rowsOf(college, WAITING).map((r) => String(r['Эл. почта'])),
    ];
    expect(mentioned).not.toContain('no-consent@college.example');
    expect(college.row('Банк наставляемых', 'no-consent@college.example')!['Участие']).toMatch(/^исключён/);
  });

  it('a second run with nothing changed writes the same proposals in the same rows', () => {
    const college = matchingCollege({ mentees: 6, mentors: 3 });
    college.person.clickMenu('Подобрать пары');
    const first = college.values(PAIRS);
    const firstWaiting = rowsOf(college, WAITING).map((r) => [r['Эл. почта'], r['Причина'], r['В списке с']]);
    college.person.clickMenu('Подобрать пары');
    expect(college.values(PAIRS)).toEqual(first);
    expect(rowsOf(college, WAITING).map((r) => [r['Эл. почта'], r['Причина'], r['В списке с']])).toEqual(
      firstWaiting,
    );
  });

  it('keeps rows with other statuses and the columns staff added, untouched', () => {
    const college = matchingCollege({ mentees: 4, mentors: 2 });
    const sheet = college.spreadsheet.getSheetByName(PAIRS)!;
    const width = sheet.getLastColumn();
    sheet.getRange(1, width + 1).setValue('Комментарий методиста');
    // An active pair staff entered by hand: its mentee is not matched again.
    const active = [
      '50',
      'mentor1@college.example',
      'Петрова Анна Петровна',
      menteeEmail(3),
      'Кузнецова',
      'традиционная «один-на-один»',
    ];
    sheet.getRange(2, 1, 1, active.length).setValues([active]);
    sheet.getRange(2, 9).setValue('действует');
    sheet.getRange(2, width + 1).setValue('=1+1');
    college.person.clickMenu('Подобрать пары');
    college.person.clickMenu('Подобрать пары');
    expect(sheet.getRange(2, 1, 1, 9).getValues()[0]!.slice(0, 6)).toEqual(active);
    expect(sheet.getRange(2, 9).getValue()).toBe('действует');
    expect(sheet.getRange(2, width + 1).getFormula()).toBe('=1+1');
    const proposed = proposalsOf(college).flatMap((p) => String(p['Наставляемые: эл. почта']).split('\n'));
    expect(proposed).not.toContain(menteeEmail(3));
    expect(proposalsOf(college).every((p) => Number(p['№ пары/группы']) > 50)).toBe(true);
  });

  it('an invalid matching setting stops the run: a Russian alert names the cell, the journal says so, nothing is written', () => {
    const college = matchingCollege({ mentees: 3, mentors: 2 });
    const row = setSetting(college, 'matching.minScore', 'много');
    const before = [college.values(PAIRS), college.values(WAITING), college.values(FORBIDDEN)];
    college.person.clickMenu('Подобрать пары');
    expect([college.values(PAIRS), college.values(WAITING), college.values(FORBIDDEN)]).toEqual(before);
    const alert = college.alerts().slice(-1)[0]!;
    expect(alert).toMatch(/^Подбор не выполнен/);
    expect(alert).toContain(`C${row}`);
    expect(college.journal().some((r) => r['Код'] === 'MATCHING_SETTINGS_INVALID')).toBe(true);
    expect(sidebars(college)).toHaveLength(0);
  });
});

describe('«Подобрать наставника…»', () => {
  it('opens «Подбор пар» on the ranking for the mentee in the selected row of «Банк наставляемых»', () => {
    const college = matchingCollege({ mentees: 2, mentors: 2 });
    const bank = rowsOf(college, 'Банк наставляемых');
    const row = bank.findIndex((r) => r['Эл. почта'] === menteeEmail(1)) + 2;
    college.person.selectCell('Банк наставляемых', row, 'ФИО');
    college.person.clickMenu('Подобрать наставника…');
    expect(sidebars(college).slice(-1)[0]?.content).toContain(`data-focus="${menteeEmail(1)}"`);
    const data = college.person.callServer('matchingSidebarData', [menteeEmail(1)]).result as {
      focus: { mentee: { email: string }; mentors: Array<{ email: string; score: number; text: string }> };
    };
    expect(data.focus.mentee.email).toBe(menteeEmail(1));
    expect(data.focus.mentors.map((m) => m.email).sort()).toEqual([
      'mentor0@college.example',
      'mentor1@college.example',
    ]);
    expect(data.focus.mentors[0]!.text).not.toBe('');
  });

  it('elsewhere, says in Russian where to select a mentee', () => {
    const college = matchingCollege({ mentees: 1, mentors: 1 });
    college.person.selectCell('Банк наставников', 2, 1);
    college.person.clickMenu('Подобрать наставника…');
    expect(college.alerts().slice(-1)[0]).toMatch(
      /^Выделите строку наставляемого на листе «Банк наставляемых»/,
    );
    expect(sidebars(college)).toHaveLength(0);
  });
});

const spreadsheetCalls = (calls: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(calls).filter(([k]) => k.startsWith('SpreadsheetApp.')));

describe('Spreadsheet calls of «Подобрать пары» do not grow with the banks', () => {
  it('the same calls for 10 and for 500 people, first run and re-run', () => {
    const measured = (people: number) => {
      const college = matchingCollege({ mentees: people * 0.7, mentors: people * 0.3 });
      const first = spreadsheetCalls(
        callsDuring(college.workspace, () => college.person.clickMenu('Подобрать пары')),
      );
      const again = spreadsheetCalls(
        callsDuring(college.workspace, () => college.person.clickMenu('Подобрать пары')),
      );
      expect(failures(college)).toEqual([]);
      return { first, again };
    };
    const small = measured(10);
    const large = measured(500);
    expect(large.again).toEqual(small.again);
    // A first run may grow the grid of «Пары и группы» once (1,000 rows at set-up): one call more.
    const grown = large.first['SpreadsheetApp.Sheet.insertRowsAfter'] ?? 0;
    delete large.first['SpreadsheetApp.Sheet.insertRowsAfter'];
    delete small.first['SpreadsheetApp.Sheet.insertRowsAfter'];
    expect(grown).toBeLessThanOrEqual(1);
    expect(large.first).toEqual(small.first);
    expect(small.again).toEqual(small.first);
    expect(small.again['SpreadsheetApp.Range.getValues']).toBe(GET_VALUES);
    expect(small.again['SpreadsheetApp.Range.setValues']).toBe(SET_VALUES);
    expect(Object.values(small.again).reduce((a, b) => a + b, 0)).toBe(RUN_CALLS);
  });
});

/**
 * One run: the spreadsheet and its 24 tabs (the six forms' response sheets, «Лист1» and the add-on's 17
 * sheets) listed once (getSheets, getName each: 25 calls); the six sheets read
 * once each (getDataRange + getValues) and the journal's header row; one block of proposals and one of
 * the waiting list (getRange, getNumberFormats, setNumberFormats, setValues each, the grid checked once
 * per sheet), the journal line as one block below the last row; one flush; the toast and the sidebar.
 */
const GET_VALUES = 7;
const SET_VALUES = 3;
const RUN_CALLS = 64;
