import type { MentorRanking } from '../../src/core';
import { callsDuring } from './fixture';
import { setSettings } from './documents-fixture';
import { PAIRS, WAITING, menteeEmail, menteeOf, mentorEmail, personName, rowsOf } from './matching-fixture';
import { consentAnswers } from './pipeline-fixture';
import { addEvent, createInvitationsFromMenu, markAttendance, seasonCollege } from './season-fixture';
import type { College } from './pipeline-fixture';

/**
 * Stage 4.2's condition for matching (issue 6, item 1): with «matching.requireTraining» = да only
 * mentors marked present at a set-up session are matched. Mentor0 (pairs 1 and 2, full) attends,
 * mentor1 (pair 3, one free place) does not; a fourth mentee arrives after the session.
 */
function trainedCollege(): College {
  const college = seasonCollege();
  addEvent(college, {
    kind: 'установочная сессия наставников',
    title: 'Знакомство с программой',
    start: '10.09.2026 15:00',
    participants: 'наставники',
  });
  createInvitationsFromMenu(college);
  markAttendance(college, 'М-1', mentorEmail(0), 'да');
  markAttendance(college, 'М-1', mentorEmail(1), 'нет');
  const name = personName('у', 3);
  college.submit('mentee', menteeOf(3, name), menteeEmail(3));
  college.submit('consent', consentAnswers(name), menteeEmail(3));
  return college;
}

const ranking = (college: College, email: string): MentorRanking =>
  college.person.callServer('rankMentors', [email]).result as MentorRanking;

describe('only trained mentors, when «Настройки» asks for it', () => {
  it('«Подобрать наставника…» shows an untrained mentor as unavailable, with the reason', () => {
    const college = trainedCollege();
    setSettings(college, { 'matching.requireTraining': 'да' });
    const mentors = ranking(college, menteeEmail(3)).mentors;
    const untrained = mentors.find((m) => m.email === mentorEmail(1))!;
    expect(untrained.eligible).toBe(false);
    expect(untrained.reasons).toContain('не прошёл установочную сессию');
    expect(untrained.text).toContain('не прошёл установочную сессию');
    expect(mentors.find((m) => m.email === mentorEmail(0))!.reasons).not.toContain(
      'не прошёл установочную сессию',
    );
  });

  it('«Подобрать пары» leaves the new mentee waiting instead of pairing her with the untrained mentor', () => {
    const college = trainedCollege();
    setSettings(college, { 'matching.requireTraining': 'да' });
    college.person.clickMenu('Подобрать пары');
    expect(rowsOf(college, PAIRS).filter((r) => r['Статус'] === 'предложена')).toEqual([]);
    expect(rowsOf(college, WAITING).map((r) => r['Эл. почта'])).toEqual([menteeEmail(3)]);

    // The same college with the setting off: mentor1's free place goes to her.
    setSettings(college, { 'matching.requireTraining': 'нет' });
    college.person.clickMenu('Подобрать пары');
    const proposed = rowsOf(college, PAIRS).filter((r) => r['Статус'] === 'предложена');
    expect(proposed.map((r) => [r['Наставник: эл. почта'], r['Наставляемые: эл. почта']])).toEqual([
      [mentorEmail(1), menteeEmail(3)],
    ]);
  });

  it('reads «Мероприятия» and «Посещаемость» only when the setting is on: two reads more, nothing else', () => {
    const college = trainedCollege();
    const off = callsDuring(college.workspace, () => college.person.clickMenu('Подобрать пары'));
    setSettings(college, { 'matching.requireTraining': 'да' });
    college.person.clickMenu('Подобрать пары');
    const on = callsDuring(college.workspace, () => college.person.clickMenu('Подобрать пары'));
    setSettings(college, { 'matching.requireTraining': 'нет' });
    const offAgain = callsDuring(college.workspace, () => college.person.clickMenu('Подобрать пары'));
    expect(on['SpreadsheetApp.Range.getValues']).toBe(off['SpreadsheetApp.Range.getValues']! + 2);
    expect(on['SpreadsheetApp.Sheet.getDataRange']).toBe(off['SpreadsheetApp.Sheet.getDataRange']! + 2);
    expect(offAgain['SpreadsheetApp.Range.getValues']).toBe(off['SpreadsheetApp.Range.getValues']);
  });
});
