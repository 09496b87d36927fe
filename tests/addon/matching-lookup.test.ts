import type { ProposalLookup, SidebarData } from '../../src/core';
import { FORBIDDEN, PAIRS, matchingCollege, menteeEmail, mentorEmail, rowsOf } from './matching-fixture';
import type { College } from './pipeline-fixture';

/**
 * The sidebar's actions named by what a curator knows without the sidebar (contract.ts, ProposalLookup):
 * a pair's number, its mentor, or one of its mentees. Scenarios use it: they cannot read the numbers a
 * run gave, but they know whose proposal they accept.
 */

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

function call<T>(college: College, name: string, ...args: unknown[]): T {
  const outcome = college.person.callServer(name, args);
  if (outcome.detail?.startsWith('failure handler called: '))
    throw new Error(outcome.detail.slice('failure handler called: '.length));
  return outcome.result as T;
}

const rowWith = (college: College, email: string) =>
  rowsOf(college, PAIRS).find((r) => String(r['Наставляемые: эл. почта']).split('\n').includes(email));

function matched(mentees: number, mentors: number): College {
  const college = matchingCollege({ mentees, mentors });
  college.person.clickMenu('Подобрать пары');
  return college;
}

/** Makes mentor j prefer «групповая» in the bank, as if they had answered so. */
function groupMentor(college: College, j: number): void {
  const bank = college.spreadsheet.getSheetByName('Банк наставников')!;
  const values = bank.getDataRange().getValues();
  const column = values[0]!.indexOf('Предпочитаемая форма наставничества') + 1;
  const row = values.findIndex((r) => r.includes(mentorEmail(j))) + 1;
  expect([column, row].every((n) => n > 0)).toBe(true);
  bank.getRange(row, column).setValue('групповая');
}

describe('actions on a proposal named by a mentee, a number or a mentor', () => {
  it('«Утвердить» with only a mentee’s e-mail approves that mentee’s proposal, and nothing else', () => {
    const college = matched(3, 3);
    const email = menteeEmail(1);
    const before = rowWith(college, email)!;
    expect(before['Статус']).toBe('предложена');
    const data = call<SidebarData>(college, 'acceptProposal', { menteeEmails: [email.toUpperCase()] });
    expect(data.notice).toMatch(new RegExp(`^Пара № ${before['№ пары/группы']} утверждена`));
    expect(rowWith(college, email)!['Статус']).toBe('утверждена');
    expect(rowsOf(college, PAIRS).filter((r) => r['Статус'] === 'утверждена')).toHaveLength(1);
  });

  it('a group is found by any one of its mentees', () => {
    const college = matchingCollege({ mentees: 3, mentors: 1 });
    groupMentor(college, 0);
    college.person.clickMenu('Подобрать пары');
    const members = String(rowWith(college, menteeEmail(0))!['Наставляемые: эл. почта']).split('\n');
    expect(members.length).toBeGreaterThanOrEqual(2);
    call<SidebarData>(college, 'pinProposal', { menteeEmails: [members[members.length - 1]] }, true);
    expect(rowWith(college, menteeEmail(0))!['Закреплена куратором']).toBe('да');
    expect(rowsOf(college, PAIRS)).toHaveLength(1);
  });

  it('a number alone names the proposal with that number', () => {
    const college = matched(3, 3);
    const id = String(rowWith(college, menteeEmail(2))!['№ пары/группы']);
    call<SidebarData>(college, 'rejectProposal', { id });
    expect(rowsOf(college, PAIRS).find((r) => r['№ пары/группы'] === id)).toBeUndefined();
  });

  it('a mentor with two proposals does not name one: refused in Russian with both numbers, nothing changes', () => {
    const college = matched(2, 1);
    const ids = rowsOf(college, PAIRS).map((r) => r['№ пары/группы']);
    expect(ids).toHaveLength(2);
    const before = college.values(PAIRS);
    expect(() => call(college, 'acceptProposal', { mentorEmail: mentorEmail(0) } as ProposalLookup)).toThrow(
      `Под это описание подходят несколько предложений (№ ${ids.join(', № ')}); укажите номер пары или группы.`,
    );
    expect(college.values(PAIRS)).toEqual(before);
  });

  it('a mentee whose pair is already approved gets «уже не предложение»; an unknown one the stale message', () => {
    const college = matched(2, 2);
    const email = menteeEmail(0);
    call<SidebarData>(college, 'acceptProposal', { menteeEmails: [email] });
    const id = rowWith(college, email)!['№ пары/группы'];
    expect(() => call(college, 'acceptProposal', { menteeEmails: [email] })).toThrow(
      `Пара № ${id} уже не предложение (статус «утверждена»)`,
    );
    const before = college.values(PAIRS);
    expect(() => call(college, 'acceptProposal', { menteeEmails: ['nobody@college.example'] })).toThrow(
      /^Это предложение уже изменено/,
    );
    expect(() => call(college, 'acceptProposal', {})).toThrow(/^Это предложение уже изменено/);
    expect(college.values(PAIRS)).toEqual(before);
  });

  it('a mentor and a mentee that are not proposed together are refused, even if each is in some proposal', () => {
    const college = matched(2, 2);
    const row = rowWith(college, menteeEmail(0))!;
    const other = row['Наставник: эл. почта'] === mentorEmail(0) ? mentorEmail(1) : mentorEmail(0);
    expect(() =>
      call(college, 'acceptProposal', { mentorEmail: other, menteeEmails: [menteeEmail(0)] }),
    ).toThrow(/^Это предложение уже изменено/);
  });

  it('«Запретить» with a mentee’s e-mail forbids the mentor of that mentee’s proposal', () => {
    const college = matched(2, 3);
    const email = menteeEmail(0);
    const mentor = rowWith(college, email)!['Наставник: эл. почта'];
    call<SidebarData>(college, 'forbidPair', { menteeEmails: [email] }, email);
    expect(rowsOf(college, FORBIDDEN)).toEqual([
      expect.objectContaining({ 'Наставник: эл. почта': mentor, 'Наставляемый: эл. почта': email }),
    ]);
    expect(rowWith(college, email)?.['Наставник: эл. почта']).not.toBe(mentor);
  });
});
