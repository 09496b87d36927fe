import {
  type DocumentPerson,
  type FinalReport,
  SETTINGS,
  TEMPLATE_KEYS,
  checkTemplate,
  documentFolderPath,
  documentPerson,
  knownPaths,
  nameValue,
  planRender,
  programmeDirections,
  renderFileName,
  tableOf,
  templateData,
} from '../../../src/core';

const TZ = 'Europe/Moscow';
const settings: Record<string, string> = {
  ...Object.fromEntries(SETTINGS.map((s) => [s.key, s.defaultValue])),
  'organization.fullName':
    'Профессиональное образовательное учреждение «Северодвинский колледж управления и информационных технологий»',
  'organization.shortName': 'ПОУ «СКУиИТ»',
  'director.name': 'Лукьяненко Светлана Викторовна',
  'curator.name': 'Смирнова Ольга Викторовна',
};
const mentee = (
  difficulties: Array<[string, number]>,
  extra: Partial<DocumentPerson> = {},
): DocumentPerson => ({
  fullName: 'Иванова Мария Петровна',
  position: 'преподаватель',
  difficulties: difficulties.map(([competence, severity]) => ({ competence, label: competence, severity })),
  ...extra,
});
const pair = (mentees: DocumentPerson[]) => ({
  id: '7',
  mentor: { fullName: 'Петров Иван Сергеевич', position: 'преподаватель высшей категории' },
  mentees,
  form: 'традиционная «один-на-один»',
  start: new Date('2026-08-31T21:00:00Z'),
  end: new Date('2027-05-30T21:00:00Z'),
});

/** Every path of a kind, one per paragraph (lists as repeated rows), rendered from its data. */
function renderAllPaths(kind: (typeof TEMPLATE_KEYS)[number], data: ReturnType<typeof templateData>) {
  const known = knownPaths(kind);
  const outline = {
    body: [
      // A list of records is walked by a row, not printed; a list of texts prints joined.
      ...Object.keys(known.values)
        .filter(
          (path) =>
            !known.lists[path] ||
            '' in known.lists[path].fields ||
            path === 'наставляемые' ||
            path === 'участники',
        )
        .map((path) => ({ text: `{{${path}}}` })),
      ...Object.entries(known.lists).map(([list, spec]) => ({
        rows: [
          {
            cells: Object.keys(spec.fields).map((field, i) => ({
              paragraphs: [
                {
                  text: `${i === 0 ? `{{#каждый ${list} как ${spec.item}}}` : ''}{{${field ? `${spec.item}.${field}` : spec.item}}}`,
                },
              ],
            })),
          },
        ],
      })),
      { text: '' },
    ],
  };
  expect(checkTemplate(outline, known).errors).toEqual([]);
  return planRender(outline, data, { timeZone: TZ });
}

/** A final report where every list item has every field (a pair closed early, with its reason). */
function fullReport(date: Date): FinalReport {
  const indicator = { key: 'effectiveness', label: 'Эффективность программы', start: 6, end: 7.5 };
  return {
    year: {
      first: 2026,
      label: '2026/2027',
      from: { year: 2026, month: 9, day: 1 },
      to: { year: 2027, month: 8, day: 31 },
      unreadSetting: null,
    },
    date,
    conclusions: 'Программы выполнены.',
    pairs: [
      {
        id: '3',
        mentorName: 'Петров Иван Сергеевич',
        mentorEmail: 'p@x.ru',
        menteeNames: ['Иванова Мария Петровна'],
        menteeKeys: ['m@x.ru'],
        form: 'традиционная',
        start: new Date('2026-09-30T21:00:00Z'),
        end: new Date('2027-06-29T21:00:00Z'),
        status: 'расторгнута',
        kind: 'terminated',
        group: false,
        closedAt: new Date('2027-01-19T21:00:00Z'),
        reason: 'перевод',
        activitiesDone: '2 из 6',
      },
    ],
    totals: { pairs: 1, groups: 0, mentors: 1, mentees: 1, finished: 0, terminated: 1, running: 0 },
    monitoring: {
      answers: { start: 2, end: 2 },
      rates: {
        start: { expected: 2, answered: 2, rate: 1 },
        end: { expected: 2, answered: 2, rate: 1 },
      },
      scales: [indicator],
      shares: [
        { key: 'continueProgramme', label: 'Хотят продолжить участие', start: 0.5, end: 1 },
        { key: 'becomeMentor', label: 'Хотят стать наставниками', start: 0, end: 0.5 },
      ],
      ignored: 0,
    },
    events: [{ id: 'М-1', date, kind: 'круглый стол', title: 'Круглый стол', invited: 3, attended: 2 }],
    setupSessions: 0,
    trainedMentors: 1,
    practices: [
      {
        id: 'К-1',
        title: 'Кейс',
        authors: 'Петров И.С.',
        kind: 'кейс',
        status: 'опубликована',
        best: true,
        link: 'https://example.org',
        date,
      },
    ],
    bestPractices: 1,
  };
}

describe('данные документов', () => {
  it('программа: направления — затруднения от 3 баллов (у группы — худшая оценка), худшие первыми, при равенстве — в порядке компетенций', () => {
    const directions = programmeDirections([
      mentee([
        ['digital', 3],
        ['fgos', 5],
        ['assessment', 2],
        ['programs', 4],
      ]),
      mentee([['assessment', 4]]),
    ]);
    expect(directions.map((d) => `${d.competence}:${d.severity}`)).toEqual([
      'fgos:5',
      'assessment:4',
      'programs:4',
      'digital:3',
    ]);
  });

  it('программа: план с датами внутри срока, по порядку, от вводной встречи до итоговой', () => {
    const data = templateData({
      kind: 'programme',
      settings,
      timeZone: TZ,
      pair: pair([
        mentee(
          [
            ['fgos', 5],
            ['digital', 4],
          ],
          { mainRequest: 'Хочу научиться вести журнал' },
        ),
      ]),
    });
    const programme = data['программа'] as Record<string, unknown>;
    const plan = programme['мероприятия'] as Array<Record<string, string>>;
    expect(plan.map((a) => a['направление'])).toEqual(
      ['Организация работы', 'ФГОС СПО', 'Цифровые технологии и ЭОР', 'Подведение итогов'].map((s, i) =>
        i === 1 || i === 2 ? expect.any(String) : s,
      ),
    );
    expect(plan.map((a) => a['срок'])).toEqual([
      '01.09.2026 – 14.09.2026',
      '15.09.2026 – 14.01.2027',
      '15.01.2027 – 17.05.2027',
      '18.05.2027 – 31.05.2027',
    ]);
    expect(programme['запросы']).toEqual([
      'Fgos (затруднение: 5 из 5)',
      'Digital (затруднение: 4 из 5)',
      'Хочу научиться вести журнал',
    ]);
    expect(programme['задачи']).toHaveLength(2);
  });

  it.each(TEMPLATE_KEYS)('у каждого поля шаблона «%s» есть значение из данных', (kind) => {
    const base = {
      settings: {
        ...settings,
        'organization.address': 'г. Северодвинск',
        'organization.city': 'Северодвинск',
        'curator.position': 'методист',
      },
    };
    const order = { number: '12-од', date: new Date('2026-11-25T09:00:00Z') };
    const menteeFull = mentee([['fgos', 5]], {
      email: 'm@x.ru',
      subject: 'информатика',
      mainRequest: 'журнал',
    });
    const mentorFull = {
      fullName: 'Петров Иван Сергеевич',
      position: 'преподаватель',
      subject: 'информатика',
      email: 'p@x.ru',
    };
    const fullPair = {
      ...pair([menteeFull, { ...menteeFull, fullName: 'Алиев Мамед Ильхам оглы' }]),
      mentor: mentorFull,
      order,
    };
    const input =
      kind === 'orderPairs'
        ? { kind, ...base, order, regulationOrder: order, pairs: [fullPair] }
        : kind === 'programme'
          ? { kind, ...base, pair: fullPair, timeZone: TZ }
          : kind === 'consentPersonalData'
            ? { kind, ...base, person: menteeFull, date: order.date }
            : kind === 'consentMentor'
              ? { kind, ...base, mentor: mentorFull, pairs: [fullPair], date: order.date }
              : kind === 'finalReport'
                ? {
                    kind,
                    ...base,
                    settings: { ...base.settings, 'report.conclusions': 'Программы выполнены.' },
                    report: fullReport(order.date),
                  }
                : { kind, ...base, order };
    const plan = renderAllPaths(kind, templateData(input as Parameters<typeof templateData>[0]));
    // `отметка` (done mark) is blank until «Отметить выполнение»; everything else has a value.
    expect(plan.warnings.filter((w) => !w.source.includes('отметка')).map((w) => w.source)).toEqual([]);
  });

  it('дорожная карта: семь этапов, ответственные и сроки из «Настроек»', () => {
    const data = templateData({
      kind: 'roadmap',
      settings: { ...settings, 'roadmap.stage2.deadline': 'до 20 сентября' },
      order: null,
    });
    const stages = data['этапы'] as Array<Record<string, string>>;
    expect(stages).toHaveLength(7);
    expect(stages[1]).toMatchObject({
      номер: '2.',
      наименование: 'Формирование банка наставляемых',
      срок: 'до 20 сентября',
      ответственный: 'Куратор',
    });
  });

  it('имя файла: значения буквально, пропущенные убираются вместе с разделителем, запрещённые символы удаляются', () => {
    const data = templateData({
      kind: 'programme',
      settings,
      timeZone: TZ,
      pair: { ...pair([mentee([])]), id: 'A/7:"x"' },
    });
    expect(
      renderFileName(
        '{{вид}} — {{наставляемый.фио|инициалы}} — {{программа.номер}} — {{нет.такого}} — {{дата}}',
        data,
        {
          timeZone: TZ,
          kind: 'programme',
          today: new Date('2026-11-25T09:00:00Z'),
        },
      ),
    ).toBe('Программа наставничества — Иванова М.П. — A 7 x — 25.11.2026');
    expect(renderFileName('{{наставник.фио}}', { наставник: { фио: '$1 {{x}}' } }, { timeZone: TZ })).toBe(
      '$1 {{x}}',
    );
    // Initials at the end keep their last full stop.
    expect(
      renderFileName(
        'Согласие — {{наставник.фио|инициалы}}',
        { наставник: { фио: nameValue('Громова Татьяна Ивановна') } },
        { timeZone: TZ },
      ),
    ).toBe('Согласие — Громова Т.И.');
    expect(documentFolderPath('programme', '2026/27')).toEqual(['2026/27', 'Программы']);
  });

  it('человек из строки банка: затруднения, главный запрос, ручные падежи и пол', () => {
    const table = tableOf('Банк наставляемых', [
      [
        'ФИО',
        'Должность',
        'Эл. почта',
        'Затруднение: ФГОС СПО',
        'Затруднение: оценивание',
        'Главный запрос',
        'ФИО в падежах (вручную)',
        'Пол',
      ],
      ['Шевчук Саша', 'преподаватель', 's@x.ru', 5, '', 'журнал', 'д: Шевчук Саше', 'ж'],
    ]);
    const person = documentPerson(table, table.rows[0]!, [
      { key: 'fgos', label: 'ФГОС СПО' },
      { key: 'assessment', label: 'оценивание' },
    ]);
    expect(person).toEqual({
      fullName: 'Шевчук Саша',
      position: 'преподаватель',
      subject: '',
      email: 's@x.ru',
      gender: 'female',
      forms: { dative: 'Шевчук Саше' },
      difficulties: [{ competence: 'fgos', label: 'ФГОС СПО', severity: 5 }],
      mainRequest: 'журнал',
    });
  });
});
