import {
  DRAFT_LENGTH,
  REDACTED,
  buildDrafts,
  draftContext,
  draftLength,
  draftPlainText,
  publicationRights,
  sourceAt,
  sourceByKey,
} from '../../../src/core/publicity';
import { PAIRS_COLUMNS } from '../../../src/core/pairs/columns';
import { messages } from '../../../src/core';
import type { CellValue } from '../../../src/ports';
import { NOW, attendanceOf, eventRow, mentor, sheetsOf, type TestPerson } from './fixtures';

const TZ = 'Europe/Moscow';

const GROMOVA = mentor(0, { publication: 'дано', position: 'преподаватель' });
const BELOV = mentor(1, { subject: 'ПЦК информатики: базы данных' });
const ORLOVA: TestPerson = {
  email: 'orlova@college.example',
  fullName: 'Орлова Нина Викторовна',
  bank: 'mentee',
  publication: 'дано',
  allowed: ['fullName', 'participation'],
};

function drafts(sheets: Map<string, CellValue[][]>, key: string) {
  const found = sourceByKey(sheets, key);
  if (found.state !== 'found') throw new Error(found.state);
  const input = { sheets, now: NOW, timeZone: TZ };
  return buildDrafts(found.source, publicationRights(sheets.get('Согласия')!), draftContext(input));
}

describe('the news item and the post of an event', () => {
  const people = [GROMOVA, BELOV, ORLOVA];

  it('tell the date, the place, what happened and who took part, naming only those who may be named', () => {
    const d = drafts(sheetsOf({ people }), 'event:М-1');
    const site = d.site.draft;
    expect(site.title).toBe('Установочная сессия наставников «Старт наставничества»');
    expect(site.paragraphs[0]).toBe(
      '20 ноября 2026 г. в ПОУ «КУ» прошла установочная сессия наставников «Старт наставничества» ' +
        '(место проведения: ауд. 204).',
    );
    // Громова allowed her position; Орлова did not.
    expect(site.paragraphs[1]).toBe(
      'Участники мероприятия: Громова Татьяна Ивановна (наставник, преподаватель), Орлова Нина Викторовна ' +
        '(наставляемый педагог) и ещё 1 педагог.',
    );
    expect(site.paragraphs[site.paragraphs.length - 1]).toBe(
      'Подробнее о наставничестве в колледже — на сайте: https://college.example.ru',
    );
    expect(draftPlainText(site)).not.toMatch(/Белов/i);
    const social = d.social.draft;
    expect(social.paragraphs).toContain('Участники мероприятия: Громова Т.И., Орлова Н.В. и ещё 1 педагог.');
    expect(social.paragraphs).toContain('https://college.example.ru');
    expect(social.paragraphs[social.paragraphs.length - 1]).toBe('#наставничество #педагоги #колледж');
    expect(draftPlainText(social)).not.toMatch(/Белов/i);
    expect(d.site.naming.unnamed.map((p) => [p.fullName, p.reason])).toEqual([
      ['Белов Сергей Петрович', 'noPublication'],
    ]);
  });

  it('are about 1,500 and 500 characters, for two people or two hundred', () => {
    const many: TestPerson[] = Array.from({ length: 200 }, (_, i) => ({
      email: `t${i}@college.example`,
      fullName: `Педагогова${'абвгдеж'[i % 7]}${i} Анна Петровна`,
      bank: 'mentee',
      publication: i % 2 === 0 ? 'дано' : 'нет',
    }));
    for (const people of [[GROMOVA, BELOV], many]) {
      const d = drafts(sheetsOf({ people, attendance: attendanceOf('М-1', people) }), 'event:М-1');
      expect(draftLength(d.site.draft)).toBeGreaterThanOrEqual(DRAFT_LENGTH.site.min);
      expect(draftLength(d.site.draft)).toBeLessThanOrEqual(DRAFT_LENGTH.site.max);
      expect(draftLength(d.social.draft)).toBeGreaterThanOrEqual(DRAFT_LENGTH.social.min);
      expect(draftLength(d.social.draft)).toBeLessThanOrEqual(DRAFT_LENGTH.social.max);
    }
    // The 200: as many names as fit; the rest are counted.
    const d = drafts(sheetsOf({ people: many, attendance: attendanceOf('М-1', many) }), 'event:М-1');
    expect(d.site.draft.paragraphs[1]).toMatch(/ и ещё \d+ педагог(а|ов)?\.$/);
  });

  it('keep their lengths for a milestone of each of the seven stages', () => {
    for (let stage = 1; stage <= 7; stage++) {
      const sheets = sheetsOf({
        people,
        roadmap: [[stage, '', 'Мероприятие этапа', 'сделано: 1', 'в работе', '', '', '', 0, '']],
      });
      const d = drafts(sheets, `stage:${stage}:мероприятие этапа`);
      expect([stage, draftLength(d.site.draft) >= DRAFT_LENGTH.site.min]).toEqual([stage, true]);
      expect(draftLength(d.site.draft)).toBeLessThanOrEqual(DRAFT_LENGTH.site.max);
      expect(draftLength(d.social.draft)).toBeGreaterThanOrEqual(DRAFT_LENGTH.social.min);
      expect(draftLength(d.social.draft)).toBeLessThanOrEqual(DRAFT_LENGTH.social.max);
    }
  });

  it('are the same text every time (deterministic)', () => {
    const sheets = sheetsOf({ people });
    expect(drafts(sheets, 'event:М-1')).toEqual(drafts(sheets, 'event:М-1'));
  });

  it('announce a planned event, and say «в дистанционном формате» instead of printing a meeting link', () => {
    const sheets = sheetsOf({
      people,
      events: [eventRow({ status: 'запланировано', place: 'https://telemost.yandex.ru/j/123' })],
    });
    const d = drafts(sheets, 'event:М-1');
    expect(d.site.draft.title).toBe('Анонс: Установочная сессия наставников «Старт наставничества»');
    expect(d.site.draft.paragraphs[0]).toBe(
      '20 ноября 2026 г. в ПОУ «КУ» состоится установочная сессия наставников «Старт наставничества» в ' +
        'дистанционном формате.',
    );
    expect(draftPlainText(d.site.draft)).not.toContain('telemost');
  });

  it('strike out a name staff typed into the title when that person may not be named', () => {
    const sheets = sheetsOf({
      people,
      events: [eventRow({ title: 'Мастер-класс Белова С.П. и Громовой Т.И.' })],
    });
    const d = drafts(sheets, 'event:М-1');
    expect(d.site.draft.title).toBe(
      `Установочная сессия наставников «Мастер-класс ${REDACTED} и Громовой Т.И.»`,
    );
    expect(d.site.redacted).toBe(true);
  });

  it('describe an unnamed author by role and ПЦК, and name a named one', () => {
    const practice = (authors: string, email: string): CellValue[] => [
      'К-1',
      'Цифровой журнал группы',
      authors,
      email,
      '',
      'методическая разработка',
      '',
      NOW,
      'одобрена',
      'да',
      '',
      '',
    ];
    let d = drafts(sheetsOf({ people, practices: [practice('Белов С.П.', BELOV.email)] }), 'practice:К-1');
    expect(d.site.draft.title).toBe('Лучшая практика наставничества: «Цифровой журнал группы»');
    expect(d.site.draft.paragraphs).toContain('Автор практики — наставник ПЦК информатики.');
    d = drafts(
      sheetsOf({ people, practices: [practice('Громова Т.И., Белов С.П.', GROMOVA.email)] }),
      'practice:К-1',
    );
    expect(d.site.draft.paragraphs).toContain(
      'Авторы практики: Громова Татьяна Ивановна (преподаватель) и ещё 1 педагог.',
    );
  });

  it('tell a stage milestone with its indicator, naming the pairs’ participants who may be named', () => {
    const pair = (id: string, m: TestPerson, e: TestPerson): CellValue[] => {
      const row: Record<string, CellValue> = {
        [PAIRS_COLUMNS.id]: id,
        [PAIRS_COLUMNS.mentorEmail]: m.email,
        [PAIRS_COLUMNS.mentorName]: m.fullName,
        [PAIRS_COLUMNS.menteeEmails]: e.email,
        [PAIRS_COLUMNS.menteeNames]: e.fullName,
        [PAIRS_COLUMNS.status]: 'утверждена',
      };
      return Object.values(PAIRS_COLUMNS).map((h) => row[h] ?? '');
    };
    const sheets = sheetsOf({
      people,
      roadmap: [
        [
          5,
          'Организация и осуществление работы наставнических пар/групп',
          'Формирование наставнических пар/групп',
          'утверждено пар и групп: 1',
          'выполнено',
          '',
          '',
          '',
          0,
          '',
        ],
      ],
      pairs: [pair('1', GROMOVA, ORLOVA)],
    });
    const picked = sourceAt(sheets, { sheet: 'Дорожная карта', row: 2 });
    expect(picked.ok && picked.source.key).toBe('stage:5:формирование наставнических пар/групп');
    const d = drafts(sheets, 'stage:5:формирование наставнических пар/групп');
    expect(d.site.draft.title).toBe(
      'Наставничество в колледже: этап 5 «Организация и осуществление работы наставнических пар/групп»',
    );
    expect(d.site.draft.paragraphs[0]).toBe(
      'По состоянию на 25 ноября 2026 г. в ПОУ «КУ» завершена работа по этапу 5 «Организация и осуществление ' +
        'работы наставнических пар/групп» дорожной карты системы наставничества педагогических работников: ' +
        'формирование наставнических пар/групп. Показатели этапа: утверждено пар и групп: 1.',
    );
    expect(d.site.draft.paragraphs[1]).toBe(
      'Участники этапа: Громова Татьяна Ивановна (наставник, преподаватель) и Орлова Нина Викторовна (наставляемый педагог).',
    );
    expect(d.site.draft.paragraphs).toContain(
      'Сформировано наставнических пар — 1, наставнических групп — 0.',
    );
  });
});

describe('a person who prohibited publication in social networks', () => {
  const KISELEVA: TestPerson = {
    email: 'kiseleva@college.example',
    fullName: 'Киселёва Людмила Борисовна',
    bank: 'mentor',
    publication: 'дано',
    prohibited: ['соцсети'],
    conditions: 'Только на сайте колледжа, без публикации в социальных сетях.',
  };

  it('is named in the news item for the website and only counted in the post, whose naming says why', () => {
    const sheets = sheetsOf({ people: [GROMOVA, KISELEVA] });
    const d = drafts(sheets, 'event:М-1');
    expect(d.site.draft.paragraphs[1]).toBe(
      'Участники мероприятия: Громова Татьяна Ивановна (наставник, преподаватель) и Киселёва Людмила ' +
        'Борисовна (наставник, преподаватель).',
    );
    expect(d.site.naming.named.map((p) => p.fullName)).toEqual([
      'Громова Татьяна Ивановна',
      'Киселёва Людмила Борисовна',
    ]);
    expect(d.social.draft.paragraphs).toContain('Участники мероприятия: Громова Т.И. и ещё 1 педагог.');
    expect(draftPlainText(d.social.draft)).not.toMatch(/кисел/i);
    expect(d.social.naming.unnamed.map((p) => [p.fullName, p.reason])).toEqual([
      ['Киселёва Людмила Борисовна', 'prohibitedSocial'],
    ]);
  });

  it('is struck out of a title in the post, and kept in the news item', () => {
    const sheets = sheetsOf({
      people: [GROMOVA, KISELEVA],
      events: [eventRow({ title: 'Мастер-класс Киселёвой Л.Б.' })],
    });
    const d = drafts(sheets, 'event:М-1');
    expect(d.site.draft.title).toBe('Установочная сессия наставников «Мастер-класс Киселёвой Л.Б.»');
    expect(d.site.redacted).toBe(false);
    expect(d.social.draft.title).toBe(`Установочная сессия наставников «Мастер-класс ${REDACTED}»`);
    expect(d.social.redacted).toBe(true);
  });

  it('with both resources prohibited, is named in neither', () => {
    const both = { ...KISELEVA, prohibited: ['сайт', 'соцсети'] as TestPerson['prohibited'] };
    const d = drafts(sheetsOf({ people: [GROMOVA, both] }), 'event:М-1');
    for (const draft of [d.site, d.social]) expect(draftPlainText(draft.draft)).not.toMatch(/кисел/i);
    expect(d.site.naming.unnamed.map((p) => p.reason)).toEqual(['prohibitedSite']);
  });
});

describe('the stage-5 milestone counts as «Дорожная карта» does', () => {
  it('a one-mentee row of the form «групповая» is a group, and a terminated pair was formed too', () => {
    const row = (id: string, form: string, status: string, m: TestPerson, e: TestPerson): CellValue[] => {
      const r: Record<string, CellValue> = {
        [PAIRS_COLUMNS.id]: id,
        [PAIRS_COLUMNS.mentorEmail]: m.email,
        [PAIRS_COLUMNS.mentorName]: m.fullName,
        [PAIRS_COLUMNS.menteeEmails]: e.email,
        [PAIRS_COLUMNS.menteeNames]: e.fullName,
        [PAIRS_COLUMNS.form]: form,
        [PAIRS_COLUMNS.status]: status,
      };
      return Object.values(PAIRS_COLUMNS).map((h) => r[h] ?? '');
    };
    const sheets = sheetsOf({
      people: [GROMOVA, BELOV, ORLOVA],
      roadmap: [
        [
          5,
          'Организация работы пар/групп',
          'Формирование наставнических пар/групп',
          '',
          'выполнено',
          '',
          '',
          '',
          0,
          '',
        ],
      ],
      pairs: [
        row('1', 'традиционная', 'утверждена', GROMOVA, ORLOVA),
        row('2', 'групповая', 'утверждена', BELOV, ORLOVA),
        row('3', 'традиционная', 'расторгнута', BELOV, GROMOVA),
      ],
    });
    const d = drafts(sheets, 'stage:5:формирование наставнических пар/групп');
    expect(d.site.draft.paragraphs).toContain(
      'Сформировано наставнических пар — 2, наставнических групп — 1.',
    );
  });
});

describe('sentences that end with initials', () => {
  it('get one full stop, not two («Петрова А.С.»)', () => {
    expect(messages.publicity.news.authors(['Громова Т.И.', 'Петрова А.С.'], 0)).toBe(
      'Авторы практики: Громова Т.И. и Петрова А.С.',
    );
    expect(messages.publicity.news.authors(['Громова Татьяна Ивановна'], 0)).toBe(
      'Автор практики: Громова Татьяна Ивановна.',
    );
  });
});

describe('what to select', () => {
  it('explains what to select outside the three sheets, for a row without «№», and for a cancelled event', () => {
    const sheets = sheetsOf({
      people: [GROMOVA],
      events: [eventRow(), eventRow({ id: '' }), eventRow({ id: 'М-3', status: 'отменено' })],
    });
    const message = (sheet: string, row: number): string => {
      const pick = sourceAt(sheets, { sheet, row });
      return pick.ok ? '' : pick.message;
    };
    expect(message('Банк наставников', 2)).toContain('Выделите строку источника публикации');
    expect(message('Мероприятия', 1)).toContain('Выделите строку источника публикации');
    expect(message('Мероприятия', 3)).toBe(
      'В строке 3 листа «Мероприятия» не заполнен столбец «№»: заполните его и повторите.',
    );
    expect(message('Мероприятия', 4)).toBe('Мероприятие М-3 отменено: публикация о нём не готовится.');
    expect(sourceAt(sheets, null)).toMatchObject({ ok: false });
  });
});
