import type { CellValue } from '../../../src/ports/workbook';
import { computeRoadmap, type RoadmapInput, type RoadmapRow } from '../../../src/core/roadmap/compute';
import { deadlineDay } from '../../../src/core/roadmap/deadline';
import { readSettings } from '../../../src/core/settings/settings';
import { MONITORING_FORM } from '../../../src/core/questionnaires/monitoring-spec';

/**
 * The dashboard against hand-built sheets: for each stage an activity that is not started, in progress,
 * done and overdue, with the fact shown. Sheets hold only the columns the dashboard reads (found by header).
 */

const TZ = 'Europe/Moscow';
/** 15 October 2026, noon in Moscow: stages 1–3 («сентябрь») are past their deadline, 4–7 are not. */
const NOW = new Date(Date.UTC(2026, 9, 15, 9));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9));
/** 00:00 in Moscow (UTC+3): the instant a deadline day is written as, so Sheets shows the bare date. */
const midnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3 * 3_600_000);

type Sheet = CellValue[][];

const BANK_HEADERS = ['Эл. почта', 'ФИО', 'Согласие на обработку ПДн', 'Участие'];
const PAIRS_HEADERS = [
  '№ пары/группы',
  'Наставник: эл. почта',
  'Наставник: ФИО',
  'Наставляемые: эл. почта',
  'Наставляемые: ФИО',
  'Форма наставничества',
  'Начало',
  'Окончание',
  'Статус',
  'Приказ (номер и дата)',
  'Программа',
  'Согласие наставника',
];
const pair = (
  id: string,
  mentor: string,
  mentees: string[],
  status: string,
  docs: { order?: string; programme?: string; consent?: string } = {},
): CellValue[] => [
  id,
  mentor,
  `Наставник ${id}`,
  mentees.join('\n'),
  mentees.map((m) => `Наставляемый ${m}`).join('\n'),
  mentees.length > 1 ? 'групповая' : 'индивидуальная',
  day(2026, 10, 1),
  day(2027, 5, 31),
  status,
  docs.order ?? '',
  docs.programme ?? '',
  docs.consent ?? '',
];
const REGISTER_HEADERS = [
  'Регистр',
  'Год делопроизводства',
  'Порядковый номер',
  'Номер',
  'Дата',
  'Заголовок',
  'Ссылка на документ',
  'Статус',
  'Служебное: ключ документа',
];
const EVENTS_HEADERS = ['№', 'Вид', 'Название', 'Начало', 'Статус'];
const ATTENDANCE_HEADERS = ['№ мероприятия', 'Эл. почта', 'Роль', 'Присутствие'];
const WAITING_HEADERS = ['Эл. почта', 'ФИО', 'Причина', 'Поддержка на время поиска'];
const PRACTICES_HEADERS = ['№', 'Название', 'Статус', 'Лучшая практика'];
const PUBLICATIONS_HEADERS = ['№', 'Этап дорожной карты', 'Канал', 'Статус'];
const CONSENT_HEADERS = ['Эл. почта', 'ФИО', 'Роль', 'Цель обработки', 'Дата решения', 'Статус'];

function input(
  sheets: Record<string, Sheet>,
  settings: Record<string, string> = {},
  extra: Partial<RoadmapInput> = {},
): RoadmapInput {
  return {
    sheets: new Map(Object.entries(sheets)),
    settings: { ...readSettings([]), ...settings },
    now: NOW,
    timeZone: TZ,
    ...extra,
  };
}

const row = (rows: RoadmapRow[], key: string): RoadmapRow => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('computeRoadmap: the seven stages and their activities', () => {
  it('lists every activity of the seed road map in stage order, with the deadline and responsible from «Настройки»', () => {
    const rows = computeRoadmap(
      input({}, { 'roadmap.stage4.responsible': 'Петрова А.А.', 'roadmap.stage4.deadline': 'до 20 ноября' }),
    );
    expect(rows.map((r) => `${r.stage}:${r.key}`)).toEqual([
      '1:orderRegulation',
      '1:regulation',
      '1:roadmapDocument',
      '1:orderPairs',
      '1:programmesPrepared',
      '2:menteeRequests',
      '2:menteeBank',
      '3:mentorSurvey',
      '3:mentorBank',
      '4:selection',
      '4:materials',
      '4:training',
      '5:pairs',
      '5:pairProgrammes',
      '5:support',
      '6:monitoring',
      '6:conference',
      '6:roundTable',
      '7:coverage',
    ]);
    const training = row(rows, 'training');
    expect(training.responsible).toBe('Петрова А.А.');
    expect(training.deadlineText).toBe('до 20 ноября');
    expect(training.deadline).toEqual(midnight(2026, 11, 20));
    expect(row(rows, 'pairs').deadline).toEqual(midnight(2027, 5, 31)); // «октябрь – май»: next May
    expect(row(rows, 'coverage').deadline).toEqual(midnight(2027, 6, 30)); // «в течение года»
    expect(row(rows, 'orderRegulation').stageTitle).toBe(
      'Подготовка условий для реализации системы наставничества',
    );
  });

  it('an empty workbook: stages past their deadline are overdue, the others not started', () => {
    const rows = computeRoadmap(input({}));
    const byStage = new Map(rows.map((r) => [r.key, r.status]));
    expect(byStage.get('orderRegulation')).toBe('просрочено');
    expect(byStage.get('menteeBank')).toBe('просрочено');
    expect(byStage.get('mentorSurvey')).toBe('просрочено');
    expect(byStage.get('training')).toBe('не начато');
    expect(byStage.get('pairs')).toBe('не начато');
    expect(byStage.get('monitoring')).toBe('не начато');
    expect(byStage.get('coverage')).toBe('не начато');
    expect(row(rows, 'orderRegulation').indicator).toBe(
      'Приказ не сформирован («Сформировать локальные акты»)',
    );
  });
});

describe('stage 1: local acts', () => {
  const register = (status = 'зарегистрирован'): Sheet => [
    REGISTER_HEADERS,
    ['од', '2026', 1, '1-од', day(2026, 9, 1), 'Приказ', 'https://docs/1', status, 'orderRegulation:'],
  ];

  it('the order approving the regulation is done once registered, with its number and date', () => {
    const rows = computeRoadmap(input({ 'Реестр приказов': register() }));
    expect(row(rows, 'orderRegulation')).toMatchObject({
      status: 'выполнено',
      indicator: 'Приказ № 1-од от 01.09.2026',
    });
    // Without the Drive record, the regulation and road map were made with the order.
    expect(row(rows, 'regulation').status).toBe('выполнено');
    expect(row(rows, 'roadmapDocument').status).toBe('выполнено');
  });

  it('a cancelled order does not count; the Drive record says which documents exist', () => {
    const rows = computeRoadmap(
      input(
        { 'Реестр приказов': register('отменён') },
        {},
        { generatedDocuments: { 'regulation:': 'doc1' } },
      ),
    );
    expect(row(rows, 'orderRegulation').status).toBe('просрочено');
    expect(row(rows, 'regulation').status).toBe('выполнено');
    expect(row(rows, 'roadmapDocument')).toMatchObject({
      status: 'просрочено',
      indicator: 'Документ не сформирован («Сформировать локальные акты»)',
    });
  });

  it("orders on pairs: in progress while some formed pair lacks its order or the mentor's consent, done when none does", () => {
    const settings = { 'roadmap.stage1.deadline': 'декабрь' };
    const partial = computeRoadmap(
      input(
        {
          'Пары и группы': [
            PAIRS_HEADERS,
            pair('1', 'm1@c.ru', ['a@c.ru'], 'утверждена', {
              order: '№ 2-од от 10.10.2026',
              consent: 'https://docs/c1',
            }),
            pair('2', 'm2@c.ru', ['b@c.ru', 'c@c.ru'], 'утверждена'),
            pair('3', 'm3@c.ru', ['d@c.ru'], 'предложена'),
          ],
        },
        settings,
      ),
    );
    expect(row(partial, 'orderPairs')).toMatchObject({
      status: 'в работе',
      indicator: 'Приказ издан: 1 из 2; письменное согласие наставника: 1 из 2',
      facts: { pairs: 2, ordered: 1, mentorConsents: 1 },
    });
    const done = computeRoadmap(
      input(
        {
          'Пары и группы': [
            PAIRS_HEADERS,
            pair('1', 'm1@c.ru', ['a@c.ru'], 'действует', { order: '№ 2-од', consent: 'x', programme: 'p1' }),
            pair('2', 'm2@c.ru', ['b@c.ru'], 'завершена', { order: '№ 2-од', consent: 'y', programme: 'p2' }),
          ],
        },
        settings,
      ),
    );
    expect(row(done, 'orderPairs').status).toBe('выполнено');
    expect(row(done, 'programmesPrepared')).toMatchObject({
      status: 'выполнено',
      indicator: 'Программы сформированы: 2 из 2',
    });
  });
});

describe('stages 2 and 3: the banks with consent', () => {
  const bank = (...people: Array<[string, string]>): Sheet => [
    BANK_HEADERS,
    ...people.map(([email, consent]) => [email, 'ФИО', consent, 'допущен']),
  ];
  const settings = { 'roadmap.stage2.deadline': 'ноябрь', 'roadmap.stage3.deadline': 'ноябрь' };

  it('not started with an empty bank; in progress while someone has no consent decision', () => {
    const empty = computeRoadmap(input({}, settings));
    expect(row(empty, 'menteeBank')).toMatchObject({ status: 'не начато', indicator: 'Банк пуст' });
    const rows = computeRoadmap(
      input(
        { 'Банк наставляемых': bank(['a@c.ru', 'дано'], ['b@c.ru', 'нет'], ['c@c.ru', 'отозвано']) },
        settings,
      ),
    );
    expect(row(rows, 'menteeBank')).toMatchObject({
      status: 'в работе',
      indicator: 'В банке 3 человека; согласие дано: 1, без согласия: 1, согласие отозвано: 1',
      facts: { people: 3, given: 1, withdrawn: 1, pending: 1 },
    });
    // Requests are being collected until the deadline passes or pairs are formed.
    expect(row(rows, 'menteeRequests')).toMatchObject({ status: 'в работе', indicator: 'Получено анкет: 3' });
  });

  it('done when everyone in the bank has decided and someone consented', () => {
    const rows = computeRoadmap(
      input(
        { 'Банк наставников': bank(['m1@c.ru', 'дано'], ['M2@C.ru ', 'дано'], ['m3@c.ru', 'отозвано']) },
        settings,
      ),
    );
    expect(row(rows, 'mentorBank').status).toBe('выполнено');
    expect(row(rows, 'mentorSurvey').status).toBe('в работе');
  });

  it('overdue after the deadline with people still without consent; the survey is done once its deadline passed', () => {
    const rows = computeRoadmap(input({ 'Банк наставников': bank(['m1@c.ru', 'нет']) })); // «сентябрь» has passed
    expect(row(rows, 'mentorBank').status).toBe('просрочено');
    expect(row(rows, 'mentorSurvey').status).toBe('выполнено');
  });
  it('done once pairs are formed from the bank, though a teacher never consented (nobody can be made to)', () => {
    const rows = computeRoadmap(
      input({
        'Банк наставников': bank(['m1@c.ru', 'дано'], ['m2@c.ru', 'нет']),
        'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['e1@c.ru'], 'утверждена')],
      }),
    );
    expect(row(rows, 'mentorBank')).toMatchObject({
      status: 'выполнено',
      indicator: 'В банке 2 человека; согласие дано: 1, без согласия: 1',
    });
  });
});

describe('stage 4: selection and training', () => {
  const settings = { 'roadmap.stage4.deadline': 'декабрь' };
  const mentees: Sheet = [
    BANK_HEADERS,
    ['a@c.ru', 'А', 'дано', 'допущен'],
    ['b@c.ru', 'Б', 'дано', 'допущен'],
    ['c@c.ru', 'В', 'дано', 'допущен'],
    ['d@c.ru', 'Г', 'нет', ''],
  ];

  it('selection covers every consented mentee: paired or on the waiting list', () => {
    const partial = computeRoadmap(
      input(
        {
          'Банк наставляемых': mentees,
          'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['a@c.ru'], 'предложена')],
        },
        settings,
      ),
    );
    expect(row(partial, 'selection')).toMatchObject({
      status: 'в работе',
      indicator: 'Рассмотрено наставляемых: 1 из 3 (в парах и группах: 1, ищут наставника: 0)',
    });
    const done = computeRoadmap(
      input(
        {
          'Банк наставляемых': mentees,
          'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['a@c.ru', 'b@c.ru'], 'утверждена')],
          'Поиск наставника продолжается': [WAITING_HEADERS, ['C@c.ru', 'В', 'нет наставника', '']],
        },
        settings,
      ),
    );
    expect(row(done, 'selection').status).toBe('выполнено');
  });

  it("materials: the folder's files decide; an unknown folder is said so", () => {
    expect(row(computeRoadmap(input({}, settings)), 'materials').indicator).toBe(
      'Папка «Методические материалы» не найдена («Настроить систему» создаст её)',
    );
    expect(row(computeRoadmap(input({}, settings, { materialsFiles: 0 })), 'materials').status).toBe(
      'не начато',
    );
    expect(row(computeRoadmap(input({}, settings, { materialsFiles: 3 })), 'materials')).toMatchObject({
      status: 'выполнено',
      indicator: 'Файлов в папке «Методические материалы»: 3',
    });
  });

  it('training: done when a set-up session was held and every mentor of a running pair attended one', () => {
    const events: Sheet = [
      EVENTS_HEADERS,
      ['М-1', 'установочная сессия наставников', 'Сессия 1', day(2026, 10, 5), 'проведено'],
      ['М-2', 'консультация', 'Консультация', day(2026, 10, 20), 'запланировано'],
      ['М-3', 'установочная сессия наставников', 'Отменённая', day(2026, 10, 6), 'отменено'],
    ];
    const pairs: Sheet = [
      PAIRS_HEADERS,
      pair('1', 'm1@c.ru', ['a@c.ru'], 'утверждена'),
      pair('2', 'm2@c.ru', ['b@c.ru'], 'действует'),
    ];
    const some = computeRoadmap(
      input(
        {
          Мероприятия: events,
          Посещаемость: [
            ATTENDANCE_HEADERS,
            ['М-1', 'm1@c.ru', 'наставник', 'да'],
            ['М-1', 'm2@c.ru', 'наставник', 'нет'],
          ],
          'Пары и группы': pairs,
        },
        settings,
      ),
    );
    expect(row(some, 'training')).toMatchObject({
      status: 'в работе',
      indicator: 'Проведено мероприятий: 1, запланировано: 1; обучены наставники пар и групп: 1 из 2',
    });
    const all = computeRoadmap(
      input(
        {
          Мероприятия: events,
          Посещаемость: [
            ATTENDANCE_HEADERS,
            ['М-1', 'm1@c.ru', 'наставник', 'да'],
            ['М-1', 'M2@c.ru', 'наставник', 'да'],
          ],
          'Пары и группы': pairs,
        },
        settings,
      ),
    );
    expect(row(all, 'training').status).toBe('выполнено');
    const overdue = computeRoadmap(
      input({ Мероприятия: events, 'Пары и группы': pairs }, { 'roadmap.stage4.deadline': '10.10.2026' }),
    );
    expect(row(overdue, 'training').status).toBe('просрочено');
  });
});

describe('stage 5: pairs, programmes, the search that goes on', () => {
  it('pairs in progress while proposals wait; programmes counted against formed pairs; waiting mentees with support', () => {
    const rows = computeRoadmap(
      input({
        'Пары и группы': [
          PAIRS_HEADERS,
          pair('1', 'm1@c.ru', ['a@c.ru'], 'утверждена', { programme: 'p1' }),
          pair('2', 'm2@c.ru', ['b@c.ru', 'c@c.ru'], 'действует'),
          pair('3', 'm3@c.ru', ['d@c.ru'], 'предложена'),
          pair('4', 'm4@c.ru', ['e@c.ru'], 'расторгнута'),
        ],
        'Поиск наставника продолжается': [
          WAITING_HEADERS,
          ['f@c.ru', 'Е', 'нет наставника', 'консультации методиста'],
          ['g@c.ru', 'Ж', 'нет наставника', ''],
        ],
        'Выполнение программ': [
          ['№ пары/группы', '№ мероприятия'],
          ['1', '1'],
          ['1', '2'],
        ],
      }),
    );
    expect(row(rows, 'pairs')).toMatchObject({
      status: 'в работе',
      indicator: 'Утверждено пар: 2, групп: 1 (из них завершено или расторгнуто: 1); ожидают утверждения: 1',
    });
    expect(row(rows, 'pairProgrammes')).toMatchObject({
      status: 'в работе',
      indicator: 'Программы сформированы: 1 из 2; отмечено выполненных мероприятий: 2',
    });
    expect(row(rows, 'support')).toMatchObject({
      status: 'в работе',
      indicator: 'Ищут наставника: 2; с планом поддержки: 1 из 2',
    });
  });

  it('done when every pair is approved with its programme and nobody waits; overdue after May', () => {
    const sheets = {
      'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['a@c.ru'], 'утверждена', { programme: 'p1' })],
    };
    const rows = computeRoadmap(input(sheets));
    expect(row(rows, 'pairs').status).toBe('выполнено');
    expect(row(rows, 'pairProgrammes').status).toBe('выполнено');
    expect(row(rows, 'support')).toMatchObject({
      status: 'выполнено',
      indicator: 'Все наставляемые в парах или группах',
    });
    const june = computeRoadmap({
      ...input({ ...sheets, 'Поиск наставника продолжается': [WAITING_HEADERS, ['f@c.ru', 'Е', '', '']] }),
      now: day(2027, 6, 2),
    });
    expect(row(june, 'support').status).toBe('просрочено');
  });
});

describe('stage 6: monitoring, conference, round table and the collection', () => {
  const consents: Sheet = [
    CONSENT_HEADERS,
    ...['m1@c.ru', 'a@c.ru'].map((e) => [
      e,
      'ФИО',
      'наставник',
      'обработка ПДн в системе наставничества',
      day(2026, 9, 1),
      'дано',
    ]),
  ];
  const responseHeaders = [
    'Отметка времени',
    'Адрес электронной почты',
    ...MONITORING_FORM.questions.map((q) => q.title),
  ];
  const answer = (email: string, role: string, phase: string, at: Date): CellValue[] => [
    at,
    email,
    ...MONITORING_FORM.questions.map((q) =>
      q.key === 'fullName'
        ? 'Иванова Мария Петровна'
        : q.key === 'role'
          ? role
          : q.key === 'phase'
            ? phase
            : q.kind === 'scale'
              ? 8
              : q.kind === 'choice'
                ? (q.choices?.[0] ?? 'да')
                : 'текст',
    ),
  ];

  it('monitoring: response rates at start and end; done when every programme is closed and the end was answered', () => {
    const running = computeRoadmap(
      input(
        {
          'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['a@c.ru'], 'действует')],
          Согласия: consents,
        },
        {},
        {
          monitoringResponses: [
            responseHeaders,
            answer('m1@c.ru', 'наставник', 'начало программы', day(2026, 10, 2)),
          ],
        },
      ),
    );
    expect(row(running, 'monitoring')).toMatchObject({
      status: 'в работе',
      indicator: 'Ответили в начале программы: 1 из 2 (50 %); программ ещё идёт: 1',
      facts: { participants: 2, startAnswered: 1, endAnswered: 0, openProgrammes: 1 },
    });
    const closed = computeRoadmap(
      input(
        {
          'Пары и группы': [PAIRS_HEADERS, pair('1', 'm1@c.ru', ['a@c.ru'], 'завершена')],
          Согласия: consents,
        },
        {},
        {
          monitoringResponses: [
            responseHeaders,
            answer('m1@c.ru', 'наставник', 'начало программы', day(2026, 10, 2)),
            answer('a@c.ru', 'наставляемый', 'завершение программы', day(2026, 10, 10)),
          ],
        },
      ),
    );
    expect(row(closed, 'monitoring')).toMatchObject({
      status: 'выполнено',
      indicator: 'Ответили в начале программы: 1 из 2 (50 %); при завершении: 1 из 2 (50 %)',
    });
  });

  it('conference: planned is in progress, held is done, cancelled does not count', () => {
    const events = (status: string): Sheet => [
      EVENTS_HEADERS,
      ['М-4', 'конференция или семинар', 'Семинар', day(2027, 4, 20), status],
    ];
    expect(row(computeRoadmap(input({ Мероприятия: events('запланировано') })), 'conference')).toMatchObject({
      status: 'в работе',
      indicator: 'Запланировано: 20.04.2027',
    });
    expect(row(computeRoadmap(input({ Мероприятия: events('проведено') })), 'conference')).toMatchObject({
      status: 'выполнено',
      indicator: 'Проведено: 20.04.2027',
    });
    expect(row(computeRoadmap(input({ Мероприятия: events('отменено') })), 'conference')).toMatchObject({
      status: 'не начато',
      indicator: 'Не запланировано (лист «Мероприятия»)',
    });
  });

  it('round table: done when held and the collection has practices; overdue after June otherwise', () => {
    const sheets = {
      Мероприятия: [EVENTS_HEADERS, ['М-5', 'круглый стол', 'Круглый стол', day(2027, 5, 25), 'проведено']],
      'Методическая копилка': [
        PRACTICES_HEADERS,
        ['К-1', 'Кейс', 'одобрена', 'да'],
        ['К-2', 'Урок', 'предложена', ''],
      ],
    };
    expect(row(computeRoadmap(input(sheets)), 'roundTable')).toMatchObject({
      status: 'выполнено',
      indicator: 'Проведено: 25.05.2027; практик в копилке: 2, лучших: 1',
      facts: { held: 1, practices: 2, best: 1 },
    });
    const july = computeRoadmap({
      ...input({ 'Методическая копилка': sheets['Методическая копилка'] }),
      now: day(2027, 7, 1),
    });
    expect(row(july, 'roundTable')).toMatchObject({ status: 'просрочено' });
  });
});

describe('stage 7: publications per stage', () => {
  it('counts published items per stage; done when stages 1–6 each have one', () => {
    const pubs = (stages: number[], status = 'опубликовано'): Sheet => [
      PUBLICATIONS_HEADERS,
      ...stages.map((s, i) => [i + 1, s, 'сайт', status]),
    ];
    const some = computeRoadmap(input({ Публикации: [...pubs([1, 1, 5]), [9, 2, 'соцсети', 'черновик']] }));
    expect(row(some, 'coverage')).toMatchObject({
      status: 'в работе',
      indicator: 'Опубликовано материалов: 3, в подготовке: 1; этапы без публикаций: 2, 3, 4, 6',
      publications: 3,
    });
    expect(row(some, 'orderRegulation').publications).toBe(2);
    expect(row(some, 'pairs').publications).toBe(1);
    expect(row(some, 'menteeBank').publications).toBe(0); // a draft is not a publication
    // «в течение года» ends on 30 June: in July a stage still without coverage makes it overdue.
    const july = computeRoadmap({ ...input({ Публикации: pubs([1, 2, 3, 4, 5]) }), now: day(2027, 7, 1) });
    expect(row(july, 'coverage')).toMatchObject({
      status: 'просрочено',
      indicator: 'Опубликовано материалов: 5; этапы без публикаций: 6',
    });
    expect(row(computeRoadmap(input({})), 'coverage').status).toBe('не начато');
    // Typed by hand as «Опубликована» — «Подготовить публикацию…» reads it as published, so does this.
    const all = computeRoadmap(
      input({ Публикации: [...pubs([1, 2, 3, 4, 5]), [6, 6, 'соцсети', 'Опубликована']] }),
    );
    expect(row(all, 'coverage')).toMatchObject({
      status: 'выполнено',
      indicator: 'Опубликовано материалов: 6; освещены все этапы',
    });
  });
});

describe('deadlines as staff type them', () => {
  const at = (text: string) => deadlineDay(text, NOW, TZ);
  it('reads months, days, explicit dates and «в течение года» in the academic year of now', () => {
    expect(at('август – сентябрь')).toEqual({ year: 2026, month: 9, day: 30 });
    expect(at('май – июнь')).toEqual({ year: 2027, month: 6, day: 30 });
    expect(at('до 15 февраля')).toEqual({ year: 2027, month: 2, day: 15 });
    expect(at('декабрь 2027')).toEqual({ year: 2027, month: 12, day: 31 });
    expect(at('с 01.09.2026 по 25.12.2026')).toEqual({ year: 2026, month: 12, day: 25 });
    expect(at('в течение года')).toEqual({ year: 2027, month: 6, day: 30 });
    expect(at('март')).toEqual({ year: 2027, month: 3, day: 31 });
    expect(at('по мере необходимости')).toBeNull();
    expect(at('')).toBeNull();
  });

  it('an unreadable deadline never makes a stage overdue', () => {
    const rows = computeRoadmap(input({}, { 'roadmap.stage1.deadline': 'по мере готовности' }));
    expect(row(rows, 'orderRegulation')).toMatchObject({ status: 'не начато', deadline: null });
  });
});
