import type { MentorRanking, ProposalRef, SidebarData, SidebarProposal } from '../../src/core';
import { FORBIDDEN, PAIRS, WAITING, matchingCollege, proposalsOf, rowsOf } from './matching-fixture';
import type { College } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** A sidebar call as google.script.run makes it; a failure comes back as the failure handler's message. */
function call<T>(college: College, name: string, ...args: unknown[]): T {
  const outcome = college.person.callServer(name, args);
  if (outcome.detail?.startsWith('failure handler called: '))
    throw new Error(outcome.detail.slice('failure handler called: '.length));
  return outcome.result as T;
}

const refOf = (p: SidebarProposal): ProposalRef => ({
  id: p.id,
  mentorEmail: p.mentorEmail,
  menteeEmails: p.menteeEmails,
});
const rowOf = (college: College, id: string) => rowsOf(college, PAIRS).find((r) => r['№ пары/группы'] === id);

function matched(mentees = 4, mentors = 3): { college: College; data: SidebarData } {
  const college = matchingCollege({ mentees, mentors });
  college.person.clickMenu('Подобрать пары');
  return { college, data: call<SidebarData>(college, 'matchingSidebarData', null) };
}

describe('«Подбор пар» server functions', () => {
  it('matchingSidebarData lists the proposals with scores, explanations and alternatives, and the waiting list', () => {
    const { college, data } = matched(5, 2);
    expect(data.proposals.length).toBe(proposalsOf(college).length);
    const p = data.proposals[0]!;
    expect(p.title).toMatch(/^(Пара|Группа) № \d+$/);
    expect(p.mentorName).not.toBe('');
    expect(p.mentees[0]!.explanation).toMatch(/балл/);
    expect(data.waiting.length).toBe(rowsOf(college, WAITING).length);
    expect(data.waiting.every((w) => w.reason !== '')).toBe(true);
  });

  it('«Утвердить» makes the row «утверждена» with the approval date and a programme of programme.defaultMonths', () => {
    const { college, data } = matched();
    const p = data.proposals[0]!;
    const after = call<SidebarData>(college, 'acceptProposal', refOf(p));
    expect(after.notice).toMatch(/утверждена: с 01\.09\.2026 по 31\.05\.2027/);
    expect(after.proposals.map((x) => x.id)).not.toContain(p.id);
    expect(after.approvedCount).toBe(1);
    const row = rowOf(college, p.id)!;
    expect(row['Статус']).toBe('утверждена');
    expect(row['Дата утверждения']).toEqual(new Date(2026, 8, 1));
    expect(row['Начало']).toEqual(new Date(2026, 8, 1));
    expect(row['Окончание']).toEqual(new Date(2027, 4, 31));
    // The next run keeps the approved pair and does not match its mentee again.
    college.person.clickMenu('Подобрать пары');
    expect(rowOf(college, p.id)!['Статус']).toBe('утверждена');
    const proposed = proposalsOf(college).flatMap((x) => String(x['Наставляемые: эл. почта']).split('\n'));
    expect(proposed).not.toContain(p.menteeEmails[0]);
  });

  it('«Отклонить» removes the row and lists the mentee «отклонено куратором»', () => {
    const { college, data } = matched();
    const p = data.proposals[0]!;
    const after = call<SidebarData>(college, 'rejectProposal', refOf(p));
    expect(rowOf(college, p.id)).toBeUndefined();
    expect(after.waiting.find((w) => w.email === p.menteeEmails[0])?.reason).toBe('отклонено куратором');
    expect(rowsOf(college, WAITING).find((r) => r['Эл. почта'] === p.menteeEmails[0])?.['Причина']).toBe(
      'отклонено куратором',
    );
  });

  it('«Закрепить» keeps a proposal as it is on the next run', () => {
    const { college, data } = matched();
    const p = data.proposals[data.proposals.length - 1]!;
    call<SidebarData>(college, 'pinProposal', refOf(p), true);
    const before = rowOf(college, p.id);
    expect(before?.['Закреплена куратором']).toBe('да');
    college.person.clickMenu('Подобрать пары');
    expect(rowOf(college, p.id)).toEqual(before);
  });

  it('«Запретить» adds the pair to «Запреты пар», and the mentee gets another mentor or waits', () => {
    const { college, data } = matched(2, 3);
    const p = data.proposals[0]!;
    const mentee = p.menteeEmails[0]!;
    const after = call<SidebarData>(college, 'forbidPair', refOf(p), mentee);
    expect(rowsOf(college, FORBIDDEN)).toEqual([
      expect.objectContaining({ 'Наставник: эл. почта': p.mentorEmail, 'Наставляемый: эл. почта': mentee }),
    ]);
    const now = after.proposals.find((x) => x.menteeEmails.includes(mentee));
    if (now) expect(now.mentorEmail).not.toBe(p.mentorEmail);
    else expect(after.waiting.map((w) => w.email)).toContain(mentee);
    // Never proposed again on a re-run.
    college.person.clickMenu('Подобрать пары');
    const again = proposalsOf(college).filter((x) => String(x['Наставляемые: эл. почта']).includes(mentee));
    expect(again.every((x) => x['Наставник: эл. почта'] !== p.mentorEmail)).toBe(true);
  });

  it('«Заменить» moves the mentee to a mentor with a free place; a mentor without one is refused in Russian', () => {
    const { college, data } = matched(2, 3);
    const p = data.proposals[0]!;
    const mentee = p.menteeEmails[0]!;
    const ranking = call<MentorRanking>(college, 'rankMentors', mentee);
    const other = ranking.mentors.find((m) => m.available && m.email !== p.mentorEmail)!;
    expect(other).toBeDefined();
    const after = call<SidebarData>(college, 'swapMentor', refOf(p), mentee, other.email);
    expect(after.proposals.find((x) => x.menteeEmails.includes(mentee))?.mentorEmail).toBe(other.email);
    expect(after.notice).toMatch(/^Наставник для .* заменён/);

    // Fill mentor 0 to capacity through the override column, then ask for it.
    const bank = college.spreadsheet.getSheetByName('Банк наставников')!;
    const headers = bank.getDataRange().getValues()[0]!;
    const column = headers.indexOf('Макс. наставляемых (переопределение)') + 1;
    const rows = bank.getDataRange().getValues();
    for (let r = 1; r < rows.length; r++) bank.getRange(r + 1, column).setValue(0);
    const moved = after.proposals.find((x) => x.menteeEmails.includes(mentee))!;
    expect(() => call(college, 'swapMentor', refOf(moved), mentee, p.mentorEmail)).toThrow(
      /не может взять этого наставляемого/,
    );
  });

  it('an action on a proposal that changed meanwhile says so in Russian and changes nothing', () => {
    const { college, data } = matched();
    const p = data.proposals[0]!;
    const before = college.values(PAIRS);
    expect(() =>
      call(college, 'acceptProposal', { ...refOf(p), mentorEmail: 'someone@college.example' }),
    ).toThrow(/^Это предложение уже изменено/);
    expect(college.values(PAIRS)).toEqual(before);
  });

  it('every result crosses google.script.run: no Date anywhere (§9.3)', () => {
    const { college, data } = matched();
    for (const [name, args] of [
      ['matchingSidebarData', [null]],
      ['runMatching', []],
      ['rankMentors', [data.proposals[0]!.menteeEmails[0]]],
    ] as const) {
      const outcome = college.person.callServer(name, [...args]);
      expect(outcome.detail).toBeUndefined();
    }
  });
});
