import {
  CONSENT_PURPOSES,
  planConsentUpdates,
  planWithdrawal,
  readConsentRegistry,
} from '../../../src/core/consent';
import {
  parsePermissionNote,
  permissionNote,
  planPublicationConsentUpdates,
  publicationConsentText,
  publicationRights,
  rightIn,
} from '../../../src/core/publicity';
import { parseResponseSheet } from '../../../src/core/questionnaires/parse';
import { PUBLICATION_CONSENT_FORM } from '../../../src/core/questionnaires/publication-consent-spec';
import { CONSENT_FORM } from '../../../src/core/questionnaires/spec';
import type { CellValue } from '../../../src/ports';
import { mentor, registryOf } from './fixtures';

const HEADER = [
  'Отметка времени',
  'Адрес электронной почты',
  'Фамилия, имя, отчество',
  'Телефон или почтовый адрес для связи',
  'Распространение: фамилия, имя, отчество',
  'Распространение: должность',
  'Распространение: фотографии',
  'Распространение: сведения об участии в наставничестве',
  'Условия и запреты',
  'Ваше решение о согласии на распространение',
  'Запрещаю распространение моих персональных данных',
];

const at = (day: number, hour = 10): Date => new Date(2026, 10, day, hour, 0);

/** A response row of the publication form. */
function answer(
  email: string,
  when: Date,
  decision: 'Даю согласие' | 'Отзываю согласие',
  allow: [string, string, string, string] = ['разрешаю', 'разрешаю', 'разрешаю', 'разрешаю'],
  conditions = '',
  name = 'Громова Татьяна Ивановна',
  prohibited = '',
): CellValue[] {
  return [when, email, name, '', ...allow, conditions, decision, prohibited];
}

const parse = (rows: CellValue[][]) =>
  parseResponseSheet(PUBLICATION_CONSENT_FORM, [], [HEADER, ...rows], 'Ответы: согласия на публикацию');

const GROMOVA = mentor(0).email;

describe('the consent to publication: its own form, kept in «Согласия» with its own purpose', () => {
  it('records a give with the categories allowed and the conditions in «Примечание», never as processing', () => {
    const registry = registryOf([mentor(0)]);
    const responses = parse([
      answer(GROMOVA, at(2), 'Даю согласие', ['разрешаю', 'не разрешаю', '', 'разрешаю'], 'только на сайте'),
    ]);
    const plan = planPublicationConsentUpdates(registry, responses, at(3), '2');
    expect(plan.appendRows).toHaveLength(1);
    const [row] = readConsentRegistry([registry[0]!, ...plan.appendRows]);
    expect(row).toMatchObject({
      email: GROMOVA,
      fullName: 'Громова Татьяна Ивановна',
      role: 'наставник',
      purpose: CONSENT_PURPOSES.publication,
      status: 'дано',
      version: '2',
      source: 'форма',
    });
    // An unanswered category is not allowed (152-ФЗ ст. 10.1 ч. 8: silence is not consent).
    expect(plan.appendRows[0]![11]).toBe(
      'разрешено: фамилия, имя, отчество; сведения об участии в наставничестве | не разрешено: должность; ' +
        'фотографии | условия: только на сайте',
    );
    expect(plan.journal.map((j) => [j.level, j.code])).toEqual([['INFO', 'PUBLICATION_CONSENT_GIVEN']]);
    expect(plan.historyRows).toHaveLength(1);
    // The processing consent in force is untouched.
    const rights = publicationRights([...registry, ...plan.appendRows]);
    expect(rights(GROMOVA)).toMatchObject({ named: true, conditions: 'только на сайте' });
    expect([...rights(GROMOVA).allowed]).toEqual(['fullName', 'participation']);
  });

  it('re-running over the same responses records nothing twice', () => {
    const registry = registryOf([mentor(0)]);
    const responses = parse([answer(GROMOVA, at(2), 'Даю согласие')]);
    const first = planPublicationConsentUpdates(registry, responses, at(3), '1');
    const after = [...registry, ...first.appendRows];
    const processed = new Set(responses.map((r) => r.key));
    const again = planPublicationConsentUpdates(after, responses, at(4), '1', { processed });
    expect(again.appendRows).toEqual([]);
    expect(again.journal).toEqual([]);
    expect(again.historyRows).toEqual([]);
  });

  it('a withdrawal after a give is in force, names the person no more, and is reported as withdrawn', () => {
    const registry = registryOf([mentor(0)]);
    const plan = planPublicationConsentUpdates(
      registry,
      parse([answer(GROMOVA, at(2), 'Даю согласие'), answer(GROMOVA, at(5), 'Отзываю согласие')]),
      at(6),
      '1',
    );
    expect(plan.counts).toEqual({ given: 1, withdrawn: 1, skipped: 0 });
    expect(plan.withdrawn).toEqual([GROMOVA]);
    expect(plan.journal.map((j) => [j.level, j.code])).toEqual([
      ['INFO', 'PUBLICATION_CONSENT_GIVEN'],
      ['WARNING', 'PUBLICATION_CONSENT_WITHDRAWN'],
    ]);
    expect(publicationRights([...registry, ...plan.appendRows])(GROMOVA)).toMatchObject({
      named: false,
      reason: 'publicationWithdrawn',
    });
  });

  it('a response without a decision is rejected once and journaled as an error', () => {
    const registry = registryOf([mentor(0)]);
    const row = answer(GROMOVA, at(2), 'Даю согласие');
    row[9] = '';
    const plan = planPublicationConsentUpdates(registry, parse([row]), at(3), '1');
    expect(plan.appendRows).toEqual([]);
    expect(plan.journal.map((j) => j.code)).toEqual(['PUBLICATION_CONSENT_REJECTED']);
    expect(plan.historyRows).toHaveLength(1);
  });

  it('warns when the person has no consent to processing: the name is not published until they give it', () => {
    const registry = registryOf([mentor(0, { processing: 'нет' })]);
    const plan = planPublicationConsentUpdates(
      registry,
      parse([answer(GROMOVA, at(2), 'Даю согласие')]),
      at(3),
      '1',
    );
    expect(plan.journal[0]).toMatchObject({ level: 'WARNING', code: 'PUBLICATION_CONSENT_GIVEN' });
    expect(publicationRights([...registry, ...plan.appendRows])(GROMOVA).reason).toBe('noProcessing');
  });
});

describe('withdrawing the consent to processing withdraws the consent to publication too', () => {
  const consentHeader = [
    'Отметка времени',
    'Адрес электронной почты',
    'Фамилия, имя, отчество',
    'Адрес регистрации',
    'Документ, удостоверяющий личность',
    'Вы участвуете как',
    'Ваше решение',
  ];

  it('through the consent form: a second registry row with purpose «распространение (публикация)»', () => {
    const registry = registryOf([mentor(0, { publication: 'дано' })]);
    const responses = parseResponseSheet(
      CONSENT_FORM,
      [],
      [
        consentHeader,
        [
          at(10),
          GROMOVA,
          'Громова Татьяна Ивановна',
          'г. Северодвинск',
          'паспорт',
          'наставник',
          'Отзываю согласие',
        ],
      ],
    );
    const plan = planConsentUpdates(registry, responses, at(11), '1');
    const rows = readConsentRegistry([registry[0]!, ...plan.appendRows]);
    expect(rows.map((r) => [r.purpose, r.status])).toEqual([
      [CONSENT_PURPOSES.processing, 'отозвано'],
      [CONSENT_PURPOSES.publication, 'отозвано'],
    ]);
    expect(plan.journal[0]!.message).toContain('Отозвано и согласие на распространение');
    // Giving the processing consent again does not bring the publication consent back.
    const again = parseResponseSheet(
      CONSENT_FORM,
      [],
      [
        consentHeader,
        [
          at(12),
          GROMOVA,
          'Громова Татьяна Ивановна',
          'г. Северодвинск',
          'паспорт',
          'наставник',
          'Даю согласие',
        ],
      ],
    );
    const later = [...registry, ...plan.appendRows];
    const given = planConsentUpdates(later, again, at(13), '1');
    expect(publicationRights([...later, ...given.appendRows])(GROMOVA).reason).toBe('publicationWithdrawn');
  });

  it('through «Отозвать согласие…»: both rows, and the alert says so', () => {
    const registry = registryOf([mentor(0, { publication: 'дано' })]);
    const plan = planWithdrawal(registry, GROMOVA, at(10), 'меню');
    expect(
      readConsentRegistry([registry[0]!, ...plan.appendRows]).map((r) => [r.purpose, r.status, r.source]),
    ).toEqual([
      [CONSENT_PURPOSES.processing, 'отозвано', 'меню'],
      [CONSENT_PURPOSES.publication, 'отозвано', 'меню'],
    ]);
    expect(plan.summary).toContain('Отозвано и согласие на распространение (публикацию)');
  });

  it('adds nothing for someone who never gave the consent to publication', () => {
    const plan = planWithdrawal(registryOf([mentor(0)]), GROMOVA, at(10), 'меню');
    expect(plan.appendRows).toHaveLength(1);
    expect(plan.summary).not.toContain('распространение');
  });
});

describe('who may be named', () => {
  it('needs both consents in force and the ФИО and participation allowed; says why not otherwise', () => {
    const people = [
      mentor(0, { publication: 'дано' }),
      mentor(1, { email: 'b@x.ru' }),
      mentor(2, { email: 'c@x.ru', publication: 'отозвано' }),
      mentor(3, { email: 'd@x.ru', publication: 'дано', allowed: ['fullName', 'position'] }),
      mentor(0, { email: 'e@x.ru', processing: 'отозвано', publication: 'дано' }),
      mentor(1, { email: 'f@x.ru', processing: 'нет', publication: 'дано' }),
    ];
    const rights = publicationRights(registryOf(people));
    expect(people.map((p) => [rights(p.email).named, rights(p.email).reason])).toEqual([
      [true, null],
      [false, 'noPublication'],
      [false, 'publicationWithdrawn'],
      [false, 'categories'],
      [false, 'processingWithdrawn'],
      [false, 'noProcessing'],
    ]);
    expect(rights('').reason).toBe('unknownPerson');
  });

  it('reads a note staff typed for a consent given on paper', () => {
    expect([...parsePermissionNote('Разрешено: ФИО, должность, участие в наставничестве').allowed]).toEqual([
      'fullName',
      'position',
      'participation',
    ]);
    expect([...parsePermissionNote('разрешено: всё; условия: только сайт').allowed]).toHaveLength(4);
    expect([
      ...parsePermissionNote('не разрешено: фотографии | разрешено: фамилия, имя, отчество').allowed,
    ]).toEqual(['fullName']);
    expect([...parsePermissionNote('').allowed]).toEqual([]);
    const note = permissionNote(new Set(['photo']), 'без крупных планов');
    expect(parsePermissionNote(note)).toEqual({
      allowed: new Set(['photo']),
      prohibited: new Set(),
      conditions: 'без крупных планов',
    });
  });
});

describe('a prohibition of a resource (152-ФЗ ст. 10.1 ч. 9)', () => {
  const ALL = ['разрешаю', 'разрешаю', 'разрешаю', 'разрешаю'] as [string, string, string, string];

  it('is recorded from the form’s checkboxes in «Примечание» and read back; the other channel stays open', () => {
    const registry = registryOf([mentor(0)]);
    const responses = parse([
      answer(
        GROMOVA,
        at(2),
        'Даю согласие',
        ALL,
        'Только на сайте колледжа, без публикации в социальных сетях.',
        undefined,
        'в социальных сетях колледжа',
      ),
    ]);
    const plan = planPublicationConsentUpdates(registry, responses, at(3), '1');
    expect(plan.appendRows[0]![11]).toBe(
      'разрешено: фамилия, имя, отчество; должность; фотографии; сведения об участии в наставничестве | ' +
        'запрещено распространение: в социальных сетях колледжа | условия: Только на сайте колледжа, без ' +
        'публикации в социальных сетях.',
    );
    expect(plan.journal[0]!.message).toContain('запрещено распространение: в социальных сетях колледжа');
    const right = publicationRights([...registry, ...plan.appendRows])(GROMOVA);
    expect(right).toMatchObject({ named: true, reason: null });
    expect([...right.prohibited]).toEqual(['соцсети']);
    expect(rightIn(right, 'сайт')).toEqual({ named: true, reason: null });
    expect(rightIn(right, 'соцсети')).toEqual({ named: false, reason: 'prohibitedSocial' });
    // Nothing ticked: no prohibition — the consent covers every resource its text lists.
    const open = planPublicationConsentUpdates(
      registry,
      parse([answer(GROMOVA, at(2), 'Даю согласие')]),
      at(3),
      '1',
    );
    expect(open.appendRows[0]![11]).not.toContain('запрещено');
    expect([...publicationRights([...registry, ...open.appendRows])(GROMOVA).prohibited]).toEqual([]);
  });

  it('both boxes ticked close both channels; a withdrawal records no prohibition', () => {
    const registry = registryOf([mentor(0)]);
    const both = planPublicationConsentUpdates(
      registry,
      parse([
        answer(
          GROMOVA,
          at(2),
          'Даю согласие',
          ALL,
          '',
          undefined,
          'на сайте колледжа, в социальных сетях колледжа',
        ),
      ]),
      at(3),
      '1',
    );
    expect(both.appendRows[0]![11]).toContain(
      'запрещено распространение: на сайте колледжа; в социальных сетях колледжа',
    );
    const right = publicationRights([...registry, ...both.appendRows])(GROMOVA);
    expect([rightIn(right, 'сайт').reason, rightIn(right, 'соцсети').reason]).toEqual([
      'prohibitedSite',
      'prohibitedSocial',
    ]);
    const withdrawn = planPublicationConsentUpdates(
      registry,
      parse([answer(GROMOVA, at(2), 'Отзываю согласие', ALL, '', undefined, 'на сайте колледжа')]),
      at(3),
      '1',
    );
    expect(withdrawn.appendRows[0]![11]).toBe('');
  });

  it('a new prohibition of a consent in force is reported like a withdrawal for that channel', () => {
    const registry = registryOf([mentor(0, { publication: 'дано' })]);
    const plan = planPublicationConsentUpdates(
      registry,
      parse([answer(GROMOVA, at(20), 'Даю согласие', ALL, '', undefined, 'в социальных сетях колледжа')]),
      at(21),
      '1',
    );
    expect(plan.prohibited).toEqual([{ email: GROMOVA, channels: ['соцсети'] }]);
    expect(plan.withdrawn).toEqual([]);
    expect(plan.journal[0]!.message).toContain(
      'Установлен запрет на распространение в социальных сетях колледжа: черновики публикаций для этого ' +
        'ресурса, где названо это имя, перегенерируются без него',
    );
    // The same prohibition given again is nothing new.
    const after = [...registry, ...plan.appendRows];
    const again = planPublicationConsentUpdates(
      after,
      parse([answer(GROMOVA, at(22), 'Даю согласие', ALL, '', undefined, 'в социальных сетях колледжа')]),
      at(23),
      '1',
    );
    expect(again.prohibited).toEqual([]);
    expect(again.journal[0]!.message).not.toContain('Установлен запрет');
  });

  it('a choice staff renamed in the form is read by its words; one naming no resource closes every channel', () => {
    const responses = parse([
      answer(GROMOVA, at(2), 'Даю согласие', ALL, '', undefined, 'во ВКонтакте'),
      answer('b@x.ru', at(3), 'Даю согласие', ALL, '', 'Белов Сергей Петрович', 'в газете'),
    ]);
    const plan = planPublicationConsentUpdates(
      registryOf([mentor(0), mentor(1, { email: 'b@x.ru' })]),
      responses,
      at(4),
      '1',
    );
    expect(plan.appendRows.map((r) => String(r[11]).split(' | ')[1])).toEqual([
      'запрещено распространение: в социальных сетях колледжа',
      'запрещено распространение: на сайте колледжа; в социальных сетях колледжа',
    ]);
    expect(plan.journal.map((j) => j.level)).toEqual(['INFO', 'WARNING']);
    expect(plan.journal[1]!.message).toContain('Ответ о запрете распространения не распознан («в газете»)');
  });

  it('is read from a note staff typed for a consent given on paper, in their own words', () => {
    const prohibited = (note: string): string[] => [...parsePermissionNote(note).prohibited].sort();
    expect(prohibited('разрешено: всё | запрещено: соцсети')).toEqual(['соцсети']);
    expect(prohibited('Разрешено: ФИО, участие в наставничестве; запрет: сайт')).toEqual(['сайт']);
    expect(prohibited('разрешено: всё | запрет на публикацию: ВК, Телеграм')).toEqual(['соцсети']);
    expect(prohibited('разрешено: всё | запрещено: везде')).toEqual(['соцсети', 'сайт'].sort());
    expect(prohibited('разрешено: всё | условия: только групповые фото')).toEqual([]);
    // The subject’s free conditions may say «запрет …:» about anything: only a resource they name counts.
    expect(prohibited('разрешено: всё | условия: запрет на фото крупным планом: да')).toEqual([]);
    expect(prohibited('разрешено: всё | условия: запрещено: в соцсетях')).toEqual(['соцсети']);
    // The categories are read as before, the prohibition part not taken for one.
    expect([...parsePermissionNote('разрешено: ФИО; запрещено: сайт').allowed]).toEqual(['fullName']);
    const note = permissionNote(new Set(['fullName', 'participation']), 'a | b', new Set(['сайт']));
    expect(parsePermissionNote(note)).toEqual({
      allowed: new Set(['fullName', 'participation']),
      prohibited: new Set(['сайт']),
      conditions: 'a / b',
    });
  });
});

describe('the text of the consent to publication (приказ Роскомнадзора № 18)', () => {
  const settings = {
    'organization.fullName': 'ПОУ «Колледж управления»',
    'organization.address': 'г. Северодвинск, ул. Ломоносова, д. 1',
    'organization.inn': '2902000000',
    'organization.ogrn': '1022900000000',
    'publicity.resources': 'https://college.example.ru\nhttps://vk.com/college_example',
    'publicity.consentTermYears': '3',
  };

  it('names the operator with ИНН and ОГРН, the exact web resources, the purpose, the categories and the term', () => {
    const text = publicationConsentText(settings, '2');
    expect(text).toContain('(версия 2)');
    expect(text).toContain(
      'Оператор персональных данных: ПОУ «Колледж управления», адрес: г. Северодвинск, ул. Ломоносова, д. 1, ' +
        'ИНН 2902000000, ОГРН 1022900000000.',
    );
    expect(text).toContain(
      'к персональным данным: сайт колледжа — https://college.example.ru; страницы колледжа в социальных ' +
        'сетях — https://vk.com/college_example.',
    );
    // Item 7: the prohibition of a resource is the form's question, and nothing ticked prohibits nothing.
    expect(text).toContain('указан в ответе на вопрос «Запрещаю распространение моих персональных данных»');
    expect(text).toContain('если ни один ресурс не отмечен, согласие действует для всех ресурсов');
    expect(text).toContain('Цель обработки: распространение (публикация)');
    expect(text).toContain(
      'фамилия, имя, отчество; должность; фотографии; сведения об участии в наставничестве',
    );
    expect(text).toContain('не более 3 лет');
    expect(text).toContain('Отзываю согласие');
  });

  it('asks staff to fill in what «Настройки» lacks instead of printing an empty requisite', () => {
    const text = publicationConsentText({}, '1');
    expect(text).toContain('[ИНН: заполните лист «Настройки»]');
    expect(text).toContain('«publicity.resources»: заполните лист «Настройки»]');
  });
});
