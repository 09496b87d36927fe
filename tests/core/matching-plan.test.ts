import {
  DEFAULT_MATCHING_SETTINGS as S,
  type KeptArrangement,
  type MatchingInput,
  mentorCapacity,
  planMatching,
  rankMentorsFor,
} from '../../src/core';
import { mentee, mentor } from './matching-fixtures';

const NOW = new Date(2026, 8, 1);
const input = (over: Partial<MatchingInput>): MatchingInput => ({
  mentees: [],
  mentors: [],
  forbidden: [],
  pinned: [],
  active: [],
  unmatchedBefore: [],
  settings: S,
  now: NOW,
  ...over,
});
const proposedPairs = (plan: ReturnType<typeof planMatching>): string[] =>
  plan.proposals.flatMap((p) => p.mentees.map((x) => `${p.mentor.email} → ${x.email}`));

const petrov = mentor();
const sidorova = mentor({
  email: 'sidorova@college.test',
  fullName: 'Сидорова Анна Викторовна',
  strengths: ['documentation'],
  category: 'первая',
});
const ivanova = mentee();
const kuznetsov = mentee({ email: 'kuznetsov@college.test', fullName: 'Кузнецов Олег Ильич' });

describe('planMatching: hard constraints a curator would notice (issue 4, item 2)', () => {
  it('proposes the best mentor with the score, top criteria and the runner-up and why it lost', () => {
    const plan = planMatching(input({ mentees: [ivanova], mentors: [sidorova, petrov] }));
    expect(proposedPairs(plan)).toEqual(['petrov@college.test → ivanova@college.test']);
    const p = plan.proposals[0]!;
    expect(p.kind).toBe('pair');
    expect(p.form).toBe('традиционная «один-на-один»');
    const x = p.mentees[0]!;
    expect(x.score).toBe(99);
    expect(x.topContributions.map((c) => c.criterion)).toEqual(['coverage', 'subject', 'form']);
    expect(x.explanation).toMatch(/^99 баллов: закрывает затруднения: оценивание \(5\)/);
    expect(x.alternative!.text).toBe(
      'Сидорова А.В. — 72,8 балла: нет опыта в «оценивание»; категория наставника: первая',
    );
  });

  it('a mentor without consent is never proposed, even as the only mentor', () => {
    const plan = planMatching(input({ mentees: [ivanova], mentors: [mentor({ consent: 'нет' })] }));
    expect(plan.proposals).toEqual([]);
    expect(plan.unmatched[0]!.code).toBe('noFreeMentor');
    expect(plan.unmatched[0]!.reason).toBe('нет наставника со свободным местом в ПЦК «Информатика»');
  });

  it('a mentor who answered «да, но позже» or has too little experience is not proposed', () => {
    const plan = planMatching(
      input({
        mentees: [ivanova],
        mentors: [mentor({ willing: 'да, но позже' }), mentor({ email: 'b@c.test', experienceYears: 1 })],
      }),
    );
    expect(plan.proposals).toEqual([]);
  });

  it('a forbidden pair is never proposed and the mentee gets another mentor', () => {
    const plan = planMatching(
      input({
        mentees: [ivanova],
        mentors: [petrov, sidorova],
        forbidden: [
          {
            mentorEmail: 'PETROV@college.test ',
            menteeEmail: 'ivanova@college.test',
            reason: 'родственники',
          },
        ],
      }),
    );
    expect(proposedPairs(plan)).toEqual(['sidorova@college.test → ivanova@college.test']);
    expect(plan.proposals[0]!.mentees[0]!.alternative!.text).toBe(
      'Петров И.С. — 99 баллов: пара запрещена: родственники',
    );
  });

  it('when every possible pair is forbidden the mentee waits with that reason', () => {
    const plan = planMatching(
      input({
        mentees: [ivanova],
        mentors: [petrov],
        forbidden: [{ mentorEmail: petrov.email, menteeEmail: ivanova.email, reason: '' }],
      }),
    );
    expect(plan.unmatched.map((u) => u.code)).toEqual(['forbidden']);
  });

  it('nobody mentors themself', () => {
    const both = mentor({ email: ivanova.email });
    const plan = planMatching(input({ mentees: [ivanova], mentors: [both] }));
    expect(plan.proposals).toEqual([]);
  });

  it('a pinned pair is kept: its mentee is not matched again and its mentor has one place fewer', () => {
    const pinned: KeptArrangement[] = [
      { id: '1', mentorEmail: petrov.email, menteeEmails: [ivanova.email], status: 'утверждена', form: '' },
    ];
    const third = mentee({ email: 'third@college.test' });
    const plan = planMatching(input({ mentees: [ivanova, kuznetsov, third], mentors: [petrov], pinned }));
    expect(plan.keptMentees).toEqual(['ivanova@college.test']);
    // Petrov takes 2; one place is the pinned pair, so only one of the other two is proposed.
    expect(plan.totals.proposedMentees).toBe(1);
    expect(plan.unmatched).toHaveLength(1);
    expect(plan.unmatched[0]!.code).toBe('lostToOthers');
  });

  it("an active pair is kept and its mentor's capacity reduced: a full mentor gets no one", () => {
    const active: KeptArrangement[] = [
      {
        id: '7',
        mentorEmail: petrov.email,
        menteeEmails: ['a@c.test', 'b@c.test'],
        status: 'действует',
        form: '',
      },
    ];
    const plan = planMatching(input({ mentees: [ivanova], mentors: [petrov], active }));
    expect(plan.proposals).toEqual([]);
    expect(plan.unmatched[0]!.reason).toBe('нет наставника со свободным местом в ПЦК «Информатика»');
  });

  it('a mentee without consent or not admitted gets the reason and is never proposed', () => {
    const plan = planMatching(
      input({
        mentees: [
          mentee({ consent: 'отозвано' }),
          mentee({ email: 'x@c.test', participation: 'исключён — по решению' }),
        ],
        mentors: [petrov],
      }),
    );
    expect(plan.proposals).toEqual([]);
    expect(plan.unmatched.map((u) => [u.code, u.reason])).toEqual([
      ['noConsent', 'согласие на обработку персональных данных отозвано'],
      ['notAdmitted', 'не допущен к участию («исключён — по решению»)'],
    ]);
  });

  it('below the floor a mentee waits rather than get a poor mentor, with a support note', () => {
    const poor = mentor({
      subject: 'Экономика',
      strengths: [],
      category: '',
      experienceYears: 3,
      meetingTimes: ['до занятий'],
    });
    const plan = planMatching(
      input({ mentees: [ivanova], mentors: [poor], settings: { ...S, minScore: 50 } }),
    );
    expect(plan.proposals).toEqual([]);
    const u = plan.unmatched[0]!;
    expect(u.code).toBe('belowFloor');
    expect(u.reason).toMatch(
      /^все подходящие наставники ниже порога 50 баллов \(лучший: Петров И\.С\. — 17 баллов: ниже порога 50 баллов/,
    );
    expect(u.supportNote).toContain('психолого-педагогическая поддержка, консультации с куратором');
    expect(u.supportNote).toContain('индивидуальные консультации');
    expect([u.firstListed, u.lastTried]).toEqual([NOW, NOW]);
  });

  it('a mentee already waiting keeps the date first listed and goes first on ties', () => {
    const since = new Date(2026, 5, 1);
    const plan = planMatching(
      input({
        mentees: [ivanova, kuznetsov],
        mentors: [mentor({ capacityOverride: 1 })],
        unmatchedBefore: [{ email: kuznetsov.email, firstListed: since }],
      }),
    );
    expect(proposedPairs(plan)).toEqual(['petrov@college.test → kuznetsov@college.test']);
    expect(plan.unmatched.map((u) => u.email)).toEqual(['ivanova@college.test']);
    const again = planMatching(
      input({
        mentees: [ivanova, kuznetsov],
        mentors: [mentor({ capacityOverride: 0 })],
        unmatchedBefore: [{ email: kuznetsov.email, firstListed: since }],
      }),
    );
    expect(again.unmatched.find((u) => u.email === kuznetsov.email)!.firstListed).toBe(since);
  });

  it('capacity: default 2, fewer if the mentor declared fewer, the override wins, group size for «групповая» within what the mentor declared', () => {
    expect(mentorCapacity(mentor({ declaredCapacity: 5 }), S)).toBe(2);
    expect(mentorCapacity(mentor({ declaredCapacity: 1 }), S)).toBe(1);
    expect(mentorCapacity(mentor({ capacityOverride: 4 }), S)).toBe(4);
    expect(mentorCapacity(mentor({ preferredForm: 'групповая', declaredCapacity: 5 }), S)).toBe(5);
    expect(mentorCapacity(mentor({ preferredForm: 'групповая', declaredCapacity: null }), S)).toBe(5);
    // The declared number is the mentor's written consent (ТК РФ ст. 351.8): a group never exceeds it.
    expect(mentorCapacity(mentor({ preferredForm: 'групповая', declaredCapacity: 3 }), S)).toBe(3);
  });

  it('group mode: a mentor whose form is «групповая» takes a group up to the group size', () => {
    const teacher = mentor({ preferredForm: 'групповая', declaredCapacity: 5 });
    const mentees = Array.from({ length: 7 }, (_, k) =>
      mentee({
        email: `m${k}@college.test`,
        fullName: `Учитель${k} Анна Петровна`,
        preferredForm: 'групповая',
      }),
    );
    const plan = planMatching(input({ mentees, mentors: [teacher], settings: { ...S, groupSize: 4 } }));
    expect(plan.proposals).toHaveLength(1);
    expect(plan.proposals[0]!.kind).toBe('group');
    expect(plan.proposals[0]!.form).toBe('групповая');
    expect(plan.proposals[0]!.mentees.map((x) => x.email)).toEqual([
      'm0@college.test',
      'm1@college.test',
      'm2@college.test',
      'm3@college.test',
    ]);
    expect(plan.totals).toMatchObject({ proposedGroups: 1, proposedPairs: 0, unmatched: 3 });
  });

  it('is deterministic and maximises the total, not each mentee greedily', () => {
    const a = mentee({ email: 'a@c.test', difficulties: { assessment: 5, documentation: 5 } });
    const b = mentee({ email: 'b@c.test', difficulties: { documentation: 5 } });
    const both = mentor({
      email: 'both@c.test',
      strengths: ['assessment', 'documentation'],
      capacityOverride: 1,
    });
    const docs = mentor({ email: 'docs@c.test', strengths: ['documentation'], capacityOverride: 1 });
    const i = input({ mentees: [b, a], mentors: [both, docs] });
    const plan = planMatching(i);
    // Greedy would give «both» to b (100 %) and leave a with half; the optimum gives both full coverage.
    expect(proposedPairs(plan).sort()).toEqual(['both@c.test → a@c.test', 'docs@c.test → b@c.test']);
    expect(planMatching(i)).toEqual(plan);
  });
});

describe('rankMentorsFor: stage 4 ranked list', () => {
  it('lists eligible mentors by score, then ineligible ones with the reason', () => {
    const list = rankMentorsFor(
      ivanova,
      [
        sidorova,
        mentor({ email: 'late@c.test', fullName: 'Поздний Пётр Петрович', willing: 'да, но позже' }),
        petrov,
      ],
      S,
      {
        forbidden: [{ mentorEmail: sidorova.email, menteeEmail: ivanova.email, reason: 'одна кафедра' }],
      },
    );
    expect(list.map((r) => [r.email, r.eligible])).toEqual([
      ['petrov@college.test', true],
      ['late@c.test', false],
      ['sidorova@college.test', false],
    ]);
    expect(list[1]!.text).toBe(
      'Поздний П.П. — 99 баллов: не готов быть наставником сейчас (ответ «да, но позже»)',
    );
    expect(list[2]!.reasons).toEqual(['пара запрещена: одна кафедра']);
    expect(list[0]!.freePlaces).toBe(2);
  });

  it('a mentor whose places are taken by kept pairs is marked «занят»', () => {
    const list = rankMentorsFor(ivanova, [petrov], S, {
      kept: [
        {
          id: '1',
          mentorEmail: petrov.email,
          menteeEmails: ['a@c.test', 'b@c.test'],
          status: 'действует',
          form: '',
        },
      ],
    });
    expect(list[0]!.reasons).toEqual(['занят: все места распределены']);
  });
});
