import { College, SHEET, menteeAnswers, mentorAnswers } from './pipeline-fixture';
import { callsDuring } from './fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const SURNAMES = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Волкова', 'Зайцева'];

/** `n` responses in the response sheets, half mentees and half mentors, with the trigger off. */
function collegeWith(n: number): College {
  const college = College.open();
  college.deleteSubmitTrigger();
  for (let i = 0; i < n; i++) {
    const name = `${SURNAMES[i % SURNAMES.length]} Мария Петровна`;
    if (i % 2 === 0) college.submit('mentee', menteeAnswers(name), `mentee${i}@college.example`);
    else college.submit('mentor', mentorAnswers(name), `mentor${i}@college.example`);
  }
  return college;
}

const spreadsheetCalls = (calls: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(calls).filter(([k]) => k.startsWith('SpreadsheetApp.')));

const total = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

describe('Spreadsheet calls do not grow with the number of responses', () => {
  it('a bulk import of 20 and of 2,000 responses makes the same Spreadsheet calls', () => {
    const imported = (n: number) => {
      const college = collegeWith(n);
      const calls = spreadsheetCalls(
        callsDuring(college.workspace, () => college.person.clickMenu('Импортировать ответы')),
      );
      expect(college.rows(SHEET.mentees)).toHaveLength(n / 2);
      expect(college.rows(SHEET.mentors)).toHaveLength(n / 2);
      return calls;
    };
    const small = imported(20);
    const large = imported(2000);
    // The one difference: a sheet whose grid (1,000 rows) is too small grows once, by one call each.
    const grown = large['SpreadsheetApp.Sheet.insertRowsAfter'] ?? 0;
    delete large['SpreadsheetApp.Sheet.insertRowsAfter'];
    expect(large).toEqual(small);
    expect(grown).toBe(3);
    expect(total(small)).toBe(IMPORT_CALLS);
    expect(small['SpreadsheetApp.Range.getValues']).toBe(GET_VALUES_IMPORT);
    expect(small['SpreadsheetApp.Range.setValues']).toBe(SET_VALUES_IMPORT);
  });

  it('one submission makes the same Spreadsheet calls with 20 or 2,000 people in the banks', () => {
    const submitted = (n: number) => {
      const college = collegeWith(n);
      college.person.clickMenu('Импортировать ответы');
      college.installSubmitTrigger();
      return spreadsheetCalls(
        callsDuring(college.workspace, () =>
          college.submit('mentee', menteeAnswers('Новикова Ника Николаевна'), 'novikova@college.example'),
        ),
      );
    };
    const small = submitted(20);
    const large = submitted(2000);
    expect(large).toEqual(small);
    expect(total(small)).toBe(SUBMISSION_CALLS);
    expect(small['SpreadsheetApp.Range.getValues']).toBe(GET_VALUES_SUBMISSION);
    expect(small['SpreadsheetApp.Range.setValues']).toBe(SET_VALUES_SUBMISSION);
  });
});

/**
 * «Импортировать ответы» over mentee and mentor responses: the spreadsheet and its 24 tabs (the six
 * forms' response sheets, «Лист1» and the add-on's 17 sheets) listed once (getSheets, getName and
 * getFormUrl per tab: 49 calls), 8 sheets read (5 of the add-on's, 3 response sheets:
 * getDataRange + getValues each), one block per bank and one for the history (getRange, getNumberFormats,
 * setNumberFormats, setValues, with the grid checked once per sheet), the journal as one block, one
 * flush, and the summary alert's getUi.
 */
const IMPORT_CALLS = 95;
const GET_VALUES_IMPORT = 9;
const SET_VALUES_IMPORT = 4;
/**
 * One mentee submission: the same tabs listed and the same reads, one bank block and one history block,
 * no journal line. The trigger tells a mentee's questionnaire by its questions and runs only the banks'
 * pipeline, so the stage 6–7 processors add nothing here.
 */
const SUBMISSION_CALLS = 79;
const GET_VALUES_SUBMISSION = 8;
const SET_VALUES_SUBMISSION = 2;
