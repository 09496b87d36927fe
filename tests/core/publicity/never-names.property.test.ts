import fc from 'fast-check';
import { inflectFullName } from '../../../src/core/documents/names';
import {
  DRAFT_LENGTH,
  buildDrafts,
  draftContext,
  draftLength,
  draftPlainText,
  publicationRights,
  sourceByKey,
  sourceKeyAt,
} from '../../../src/core/publicity';
import type { PublicationChannel } from '../../../src/core/publicity/columns';
import type { PublicationCategory } from '../../../src/core/questionnaires/publication-consent-spec';
import { PAIRS_COLUMNS } from '../../../src/core/pairs/columns';
import type { CellValue } from '../../../src/ports';
import { ALL_CATEGORIES, NOW, attendanceOf, eventRow, sheetsOf, type TestPerson } from './fixtures';

/**
 * Issue 7, «Done when»: drafts never name a person without publication consent. Over random colleges —
 * who consented to what, on which resources they prohibited publication (152-ФЗ ст. 10.1 ч. 9), who took
 * part, what staff typed into a title — neither draft contains the surname of anyone who may not be
 * named in its channel, in any grammatical case (inflectFullName's forms, both genders) and any letter
 * case; and both stay within their lengths.
 */

/** Surnames with distinct stems, so one person's forms are never part of another's. */
const PEOPLE: ReadonlyArray<[string, 'mentor' | 'mentee']> = [
  ['Громова Татьяна Ивановна', 'mentor'],
  ['Белов Сергей Петрович', 'mentor'],
  ['Орлова Нина Викторовна', 'mentee'],
  ['Соколов Игорь Андреевич', 'mentee'],
  ['Зуева Ксения Олеговна', 'mentee'],
  ['Никитин Павел Юрьевич', 'mentor'],
  ['Лебедева Анна Сергеевна', 'mentee'],
  ['Фролов Денис Ильич', 'mentee'],
  ['Макарова Вера Степановна', 'mentor'],
  ['Тихонов Олег Романович', 'mentee'],
  ['Ершова Дарья Максимовна', 'mentee'],
  ['Кудрявцев Артём Львович', 'mentor'],
];

const SUBJECTS = ['ПЦК информатики: базы данных', 'ПЦК экономики: бухучёт', 'русский язык', ''];

/** Every form of the surname and full name a text could carry: nominative and the four cases of inflectFullName. */
function forbiddenForms(fullName: string): string[] {
  const surname = fullName.split(' ')[0]!;
  const forms = new Set<string>([surname]);
  for (const gender of [undefined, 'male', 'female'] as const)
    for (const c of ['genitive', 'dative', 'accusative', 'instrumental'] as const)
      forms.add(inflectFullName(fullName, c, gender).split(' ')[0]!);
  return [...forms].map((f) => f.toLowerCase());
}

const person = fc.record({
  processing: fc.constantFrom('дано', 'отозвано', 'нет') as fc.Arbitrary<'дано' | 'отозвано' | 'нет'>,
  publication: fc.constantFrom('дано', 'отозвано', 'нет') as fc.Arbitrary<'дано' | 'отозвано' | 'нет'>,
  allowed: fc.subarray(ALL_CATEGORIES),
  prohibited: fc.subarray<PublicationChannel>(['сайт', 'соцсети']),
  subject: fc.constantFrom(...SUBJECTS),
  present: fc.boolean(),
  /** Staff typed this person's name into the title («Мастер-класс Громовой Т.И.»). */
  inTitle: fc.boolean(),
  /** An author of the practice («Авторы»). */
  author: fc.boolean(),
});

const college = fc.record({
  people: fc.array(person, { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
  kind: fc.constantFrom('event', 'practice', 'stage') as fc.Arbitrary<'event' | 'practice' | 'stage'>,
  eventKind: fc.constantFrom(
    'установочная сессия наставников',
    'консультация',
    'обмен опытом',
    'конференция или семинар',
    'круглый стол',
    'итоговое мероприятие',
    'мастер-класс',
  ),
  held: fc.boolean(),
  titleWords: fc.constantFrom('Мастер-класс', 'Открытое занятие', 'Опыт'),
  caseOfTitle: fc.constantFrom('genitive', 'instrumental', 'nominative') as fc.Arbitrary<
    'genitive' | 'instrumental' | 'nominative'
  >,
});

const mayBeNamed = (p: TestPerson): boolean =>
  (p.processing ?? 'дано') === 'дано' &&
  p.publication === 'дано' &&
  (p.allowed ?? []).includes('fullName') &&
  (p.allowed ?? []).includes('participation');

/** Named in a channel's draft only with consent and without a prohibition of that channel. */
const mayBeNamedIn = (p: TestPerson, channel: PublicationChannel): boolean =>
  mayBeNamed(p) && !(p.prohibited ?? []).includes(channel);

describe('drafts never name a person without publication consent', () => {
  it('holds over random consent combinations, sources and titles (site and social, any case form)', () => {
    // A drafter that never named anyone would pass every «not named» check: count the names that do
    // appear, so the property is seen to hold while people are being named.
    let namedInText = 0;
    fc.assert(
      fc.property(college, (c) => {
        const people: TestPerson[] = PEOPLE.map(([fullName, bank], i) => ({
          email: `p${i}@college.example`,
          fullName,
          bank,
          subject: c.people[i]!.subject,
          processing: c.people[i]!.processing,
          publication: c.people[i]!.publication,
          allowed: c.people[i]!.allowed as PublicationCategory[],
          prohibited: c.people[i]!.prohibited,
        }));
        const titled = people.filter((_, i) => c.people[i]!.inTitle);
        const titleName = (p: TestPerson): string =>
          c.caseOfTitle === 'nominative' ? p.fullName : inflectFullName(p.fullName, c.caseOfTitle);
        const title = [c.titleWords, ...titled.map(titleName)].join(' ');
        const present = people.filter((_, i) => c.people[i]!.present);
        const authors = people.filter((_, i) => c.people[i]!.author);
        const mentors = people.filter((p) => p.bank === 'mentor');
        const mentees = people.filter((p) => p.bank === 'mentee');
        const pairs: CellValue[][] = mentees.map((m, i) => {
          const row: Record<string, CellValue> = {
            [PAIRS_COLUMNS.id]: String(i + 1),
            [PAIRS_COLUMNS.mentorEmail]: mentors[i % mentors.length]!.email,
            [PAIRS_COLUMNS.mentorName]: mentors[i % mentors.length]!.fullName,
            [PAIRS_COLUMNS.menteeEmails]: m.email,
            [PAIRS_COLUMNS.menteeNames]: m.fullName,
            [PAIRS_COLUMNS.status]: 'утверждена',
          };
          return Object.values(PAIRS_COLUMNS).map((h) => row[h] ?? '');
        });
        const sheets = sheetsOf({
          people,
          events: [eventRow({ kind: c.eventKind, title, status: c.held ? 'проведено' : 'запланировано' })],
          attendance: attendanceOf('М-1', present),
          practices: [
            [
              'К-1',
              title,
              authors.map((a) => a.fullName.replace(/ (\S)\S* (\S)\S*$/, ' $1.$2.')).join(', '),
              authors[0]?.email ?? '',
              '',
              'мастер-класс',
              '',
              NOW,
              'одобрена',
              'да',
              '',
              '',
            ],
          ],
          roadmap: [
            [
              5,
              'Организация и осуществление работы наставнических пар/групп',
              title,
              'утверждено пар: 8',
              'в работе',
              '',
              '',
              '',
              0,
              '',
            ],
          ],
          pairs,
        });
        const sheet = { event: 'Мероприятия', practice: 'Методическая копилка', stage: 'Дорожная карта' }[
          c.kind
        ];
        const key = sourceKeyAt(sheets, { sheet, row: 2 });
        if (!key.ok) throw new Error(key.message);
        const found = sourceByKey(sheets, key.key);
        expect(found.state).toBe('found');
        if (found.state !== 'found') return;
        const rights = publicationRights(sheets.get('Согласия')!);
        const drafts = buildDrafts(
          found.source,
          rights,
          draftContext({ sheets, now: NOW, timeZone: 'Europe/Moscow' }),
        );
        const texts: Array<[PublicationChannel, string, typeof drafts.site]> = [
          ['сайт', draftPlainText(drafts.site.draft).toLowerCase(), drafts.site],
          ['соцсети', draftPlainText(drafts.social.draft).toLowerCase(), drafts.social],
        ];
        for (const [channel, text, draft] of texts) {
          for (const p of people) {
            if (mayBeNamedIn(p, channel)) continue;
            for (const form of forbiddenForms(p.fullName)) expect(text).not.toContain(form);
          }
          // Everyone named may be named in this channel; a participant who prohibited it is unnamed, and
          // «Без имени» will say why.
          for (const n of draft.naming.named)
            if (text.includes(n.fullName.split(' ')[0]!.toLowerCase())) namedInText += 1;
          for (const n of draft.naming.named)
            expect([
              channel,
              mayBeNamedIn(
                people.find((p) => p.email === n.email)!,
                channel,
              ),
            ]).toEqual([channel, true]);
          for (const u of draft.naming.unnamed) {
            const p = people.find((q) => q.email === u.email)!;
            if (mayBeNamed(p))
              expect([channel, u.reason]).toEqual([
                channel,
                channel === 'сайт' ? 'prohibitedSite' : 'prohibitedSocial',
              ]);
          }
        }
        const site = draftLength(drafts.site.draft);
        const social = draftLength(drafts.social.draft);
        expect(site).toBeGreaterThanOrEqual(DRAFT_LENGTH.site.min);
        expect(site).toBeLessThanOrEqual(DRAFT_LENGTH.site.max);
        expect(social).toBeGreaterThanOrEqual(DRAFT_LENGTH.social.min);
        expect(social).toBeLessThanOrEqual(DRAFT_LENGTH.social.max);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(namedInText).toBeGreaterThan(30); // 64 with this seed
  });
});
