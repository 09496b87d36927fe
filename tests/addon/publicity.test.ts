import type { AddonDeps } from '../../src/addon/composition-root';
import {
  preparePublication,
  processPublicationConsentResponses,
} from '../../src/addon/publicity/entry-points';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
} from '../../src/core/season/events/columns';
import { PRACTICES_SHEET, PRACTICE_COLUMNS } from '../../src/core/season/practices/columns';
import { callsDuring, depsOf } from './fixture';
import { storedDrive } from './documents-fixture';
import {
  BELOV,
  GROMOVA,
  ORLOVA,
  PUBLICATIONS,
  SOKOLOV,
  ZUEVA,
  docIdOf,
  docText,
  givePublicationConsent,
  prepareFrom,
  publicationRows,
  publicityCollege,
  publicityFunctions,
  typeRow,
} from './publicity-fixture';
import { consentAnswers, mentorAnswers, type College } from './pipeline-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** Every form of a surname a text could carry, lower-cased (what «never names» is checked against). */
const SURNAME_STEMS: Record<string, RegExp> = {
  [BELOV.email]: /белов/i,
  [ORLOVA.email]: /орлов/i,
  [SOKOLOV.email]: /соколов/i,
  [ZUEVA.email]: /зуев/i,
  [GROMOVA.email]: /громов/i,
};

const EVENT_ROW = 2;

/** Sets a cell of «Публикации» as staff do (the row's «Канал» found). */
function setPublication(college: College, channel: 'сайт' | 'соцсети', header: string, value: string): void {
  const rows = college.values(PUBLICATIONS);
  const at = rows.findIndex((r, i) => i > 0 && r[rows[0]!.indexOf('Канал')] === channel);
  college.person.editCell(PUBLICATIONS, at + 1, header, value);
}

const journalCodes = (college: College): string[] => college.journal().map((r) => String(r['Код']));

describe('the form «Согласие на распространение персональных данных»', () => {
  it('after «Настроить систему» carries the full text with the college’s requisites and web resources', () => {
    const college = publicityCollege();
    college.person.clickMenu('Настроить систему');
    const form = college.workspace.forms.all().find((f) => f.id === college.forms.publicationConsent)!;
    expect(form.title).toBe('Согласие на распространение персональных данных (публикации о наставничестве)');
    expect(form.description).toContain('ИНН 2902000000, ОГРН 1022900000000');
    expect(form.description).toContain(
      'сайт колледжа — https://college.example.ru; страницы колледжа в социальных сетях — ' +
        'https://vk.com/college_example',
    );
    expect(form.description).not.toContain('заполните лист «Настройки»');
    // The prohibition of a resource (152-ФЗ ст. 10.1 ч. 9): optional checkboxes, one per channel, before
    // the free «Условия и запреты».
    const titles = form.items.map((i) => i.title);
    const prohibition = form.items.find(
      (i) => i.title === 'Запрещаю распространение моих персональных данных',
    )!;
    expect([prohibition.kind, prohibition.required, prohibition.choices]).toEqual([
      'CHECKBOX',
      false,
      ['на сайте колледжа', 'в социальных сетях колледжа'],
    ]);
    expect(titles.indexOf(prohibition.title) + 1).toBe(titles.indexOf('Условия и запреты'));
  });
});

describe('«Подготовить публикацию…» from an event', () => {
  it('writes a news item and a post into «Публикации» naming only the people with both consents', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    // Орлова allows her name but not the fact she takes part in mentoring: not named.
    givePublicationConsent(college, ORLOVA, 'Даю согласие', ['сведения об участии в наставничестве']);
    const alert = prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    expect(alert).toBe(
      [
        'Мероприятие М-1 «Старт наставничества»',
        '',
        '— новость для сайта: черновик создан.',
        '— пост для соцсетей: черновик создан.',
        '',
        'Названы по имени: 1; без имени: 4 (причины — в столбце «Без имени (нет согласия)»). Ссылки на документы — на листе «Публикации».',
      ].join('\n'),
    );
    const rows = publicationRows(college);
    expect(
      rows.map((r) => [r['№'], r['Источник'], r['Этап дорожной карты'], r['Канал'], r['Статус']]),
    ).toEqual([
      [1, 'Мероприятие М-1 «Старт наставничества»', 4, 'сайт', 'черновик'],
      [2, 'Мероприятие М-1 «Старт наставничества»', 4, 'соцсети', 'черновик'],
    ]);
    expect(rows[0]!['Заголовок']).toBe('Установочная сессия наставников «Старт наставничества»');
    expect(rows[0]!['Названы']).toBe('Громова Татьяна Ивановна');
    expect(rows[0]!['Без имени (нет согласия)']).toBe(
      [
        'нет согласия на публикацию: Белов Сергей Петрович, Соколов Игорь Андреевич, Зуева Ксения Олеговна',
        'согласие не разрешает публиковать ФИО и участие в наставничестве: Орлова Нина Викторовна',
      ].join('\n'),
    );
    expect(rows[0]!['Ключ источника']).toBe('event:М-1');
    expect(rows[0]!['Дата']).toEqual(new Date(2026, 8, 1));
    const site = docText(college, rows[0]!['Ссылка']);
    const social = docText(college, rows[1]!['Ссылка']);
    expect(site).toContain('Громова Татьяна Ивановна (наставник, преподаватель)');
    expect(social).toContain('Громова Т.И.');
    for (const person of [BELOV, ORLOVA, SOKOLOV, ZUEVA]) {
      expect(site).not.toMatch(SURNAME_STEMS[person.email]!);
      expect(social).not.toMatch(SURNAME_STEMS[person.email]!);
    }
    expect(site.length).toBeGreaterThan(1000);
    expect(social.length).toBeLessThanOrEqual(600);
    // Both Docs are in «Наставничество» → «Публикации», whose id set-up's property now keeps.
    const drive = storedDrive(college) as { publicationsFolderId?: string; rootFolderId: string };
    const folder = college.workspace.kernel.drive.find(drive.publicationsFolderId!)!;
    expect(folder.name).toBe('Публикации');
    expect(folder.parents).toEqual([drive.rootFolderId]);
    for (const r of rows)
      expect(college.workspace.kernel.drive.find(docIdOf(r['Ссылка']))!.parents).toEqual([
        drive.publicationsFolderId,
      ]);
  });

  it('costs a constant number of calls: one getValues per sheet, one setValues for the two rows', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    const calls = callsDuring(college.workspace, () => prepareFrom(college, EVENTS_SHEET, EVENT_ROW));
    // 2 before the lock (the selected sheet, «Публикации»), 10 under it, 1 the journal's header.
    expect(calls['SpreadsheetApp.Range.getValues']).toBe(13);
    // The two new rows in one block, the journal in one.
    expect(calls['SpreadsheetApp.Range.setValues']).toBe(2);
    expect(calls['DocumentApp.DocumentApp.create']).toBe(2);
    expect(calls['DriveApp.Folder.createFolder']).toBe(1);
    // Two calls per paragraph: 8 of the news item, 6 of the post.
    expect(calls['DocumentApp.Body.appendParagraph']).toBe(14);
    expect(calls['DocumentApp.Paragraph.setAttributes']).toBe(14);
  });

  it('costs the same calls for five participants as for forty-five', () => {
    const measured = (extra: number): Record<string, number> => {
      const college = publicityCollege();
      givePublicationConsent(college, GROMOVA);
      const rows = Array.from({ length: extra }, (_, i) => [
        'М-1',
        'Старт наставничества',
        '',
        `Гостева Анна ${i}`,
        `guest${i}@college.example`,
        'наставляемый',
        'да',
      ]);
      if (extra > 0)
        college.spreadsheet.getSheetByName(ATTENDANCE_SHEET)!.getRange(7, 1, extra, 7).setValues(rows);
      return callsDuring(college.workspace, () => prepareFrom(college, EVENTS_SHEET, EVENT_ROW));
    };
    expect(measured(40)).toEqual(measured(0));
  });

  it('run again rewrites the same two Docs in place: no new rows, no new files', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const before = publicationRows(college);
    const folder = (storedDrive(college) as { publicationsFolderId?: string }).publicationsFolderId!;
    expect(college.workspace.kernel.drive.children(folder)).toHaveLength(2);
    givePublicationConsent(college, BELOV);
    const calls = callsDuring(college.workspace, () => {
      const alert = prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
      expect(alert).toContain('— новость для сайта: черновик обновлён (тот же документ).');
    });
    expect(calls['DocumentApp.DocumentApp.create']).toBeUndefined();
    expect(calls['DocumentApp.Body.clear']).toBe(2);
    const after = publicationRows(college);
    expect(after.map((r) => r['Ссылка'])).toEqual(before.map((r) => r['Ссылка']));
    expect(after.map((r) => r['Названы'])).toEqual([
      'Громова Татьяна Ивановна\nБелов Сергей Петрович',
      'Громова Татьяна Ивановна\nБелов Сергей Петрович',
    ]);
    expect(college.workspace.kernel.drive.children(folder)).toHaveLength(2);
    expect(docText(college, after[0]!['Ссылка'])).toContain('Белов Сергей Петрович');
  });

  it('a run stopped by a Drive error after the first Doc keeps its row, and the next run makes only the second', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    let writes = 0;
    const failing = (): AddonDeps => {
      const deps = depsOf(college.workspace);
      const write = deps.publicationDocs.write.bind(deps.publicationDocs);
      deps.publicationDocs.write = (request) => {
        if (++writes === 2) throw new Error('Service error: Drive');
        return write(request);
      };
      return deps;
    };
    college.workspace.useFunctions(
      (name) =>
        ({
          ...publicityFunctions(college),
          preparePublication: () => preparePublication(undefined, failing()),
        })[name],
    );
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    // The news item was made and recorded before the error; the alert says the run failed.
    expect(publicationRows(college).map((r) => r['Канал'])).toEqual(['сайт']);
    expect(college.alerts().slice(-1)[0]).not.toContain('черновик создан');
    const folder = (storedDrive(college) as { publicationsFolderId?: string }).publicationsFolderId!;
    expect(college.workspace.kernel.drive.children(folder)).toHaveLength(1);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    expect(publicationRows(college).map((r) => r['Канал'])).toEqual(['сайт', 'соцсети']);
    expect(college.workspace.kernel.drive.children(folder)).toHaveLength(2);
  });

  it('leaves an agreed or published draft untouched and says so', () => {
    const college = publicityCollege();
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    setPublication(college, 'сайт', 'Статус', 'опубликовано');
    const site = publicationRows(college)[0]!;
    const text = docText(college, site['Ссылка']);
    const alert = prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    expect(alert).toContain(
      'новость для сайта: статус «опубликовано» — текст не изменён. Чтобы подготовить его заново, верните статус «черновик».',
    );
    expect(alert).toContain('— пост для соцсетей: черновик обновлён (тот же документ).');
    expect(docText(college, site['Ссылка'])).toBe(text);
    expect(publicationRows(college)).toHaveLength(2);
  });

  it('asks before overwriting a draft staff edited, and keeps it when told «Нет»', () => {
    const college = publicityCollege();
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const site = publicationRows(college)[0]!;
    college.workspace.services.DocumentApp.openById(docIdOf(site['Ссылка']))
      .getBody()
      .appendParagraph('Фото: ауд. 204.');
    const edited = docText(college, site['Ссылка']);
    college.person.selectCell(EVENTS_SHEET, EVENT_ROW, 1);
    college.person.clickMenu('Подготовить публикацию…', ['NO']);
    expect(college.alerts().slice(-1)[0]).toBe('Публикация не изменена: команда отменена.');
    expect(docText(college, site['Ссылка'])).toBe(edited);
    college.person.clickMenu('Подготовить публикацию…', ['YES']);
    expect(docText(college, site['Ссылка'])).not.toContain('Фото: ауд. 204.');
  });

  it('explains what to select when the cell is elsewhere, and prepares a practice from «Методическая копилка»', () => {
    const college = publicityCollege();
    expect(prepareFrom(college, 'Банк наставников', 2)).toContain('Выделите строку источника публикации');
    expect(publicationRows(college)).toHaveLength(0);
    givePublicationConsent(college, GROMOVA);
    const P = PRACTICE_COLUMNS;
    const row = typeRow(college, PRACTICES_SHEET, {
      [P.id]: 'К-1',
      [P.title]: 'Цифровой журнал группы',
      [P.authors]: 'Громова Т.И., Белов С.П.',
      [P.email]: GROMOVA.email,
      [P.kind]: 'методическая разработка',
      [P.status]: 'одобрена',
      [P.best]: 'да',
    });
    prepareFrom(college, PRACTICES_SHEET, row);
    const rows = publicationRows(college);
    expect(rows.map((r) => [r['Источник'], r['Этап дорожной карты'], r['Названы']])).toEqual([
      ['Практика К-1 «Цифровой журнал группы»', 6, 'Громова Татьяна Ивановна'],
      ['Практика К-1 «Цифровой журнал группы»', 6, 'Громова Татьяна Ивановна'],
    ]);
    expect(docText(college, rows[0]!['Ссылка'])).toContain(
      'Авторы практики: Громова Татьяна Ивановна (преподаватель) и ещё 1 педагог.',
    );
  });
});

describe('names that look like formulas', () => {
  it('stay text in «Названы»: the cell holds what the person typed, not a formula', () => {
    const college = publicityCollege();
    const teacher = {
      email: 'kuznetsova@college.example',
      fullName: '=Кузнецова Анна Сергеевна',
      bank: 'mentor' as const,
    };
    college.submit('mentor', mentorAnswers(teacher.fullName), teacher.email);
    college.submit('consent', consentAnswers(teacher.fullName, 'Даю согласие', 'наставник'), teacher.email);
    const A = ATTENDANCE_COLUMNS;
    typeRow(college, ATTENDANCE_SHEET, {
      [A.eventId]: 'М-1',
      [A.email]: teacher.email,
      [A.role]: 'наставник',
      [A.present]: 'да',
    });
    givePublicationConsent(college, teacher);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const sheet = college.spreadsheet.getSheetByName(PUBLICATIONS)!;
    const column = college.values(PUBLICATIONS)[0]!.indexOf('Названы') + 1;
    expect(sheet.getRange(2, column).getFormula()).toBe('');
    expect(sheet.getRange(2, column).getValue()).toBe('=кузнецова Анна Сергеевна');
  });
});

describe('a withdrawn consent', () => {
  it('regenerates the drafts without the name in the run that records the withdrawal; a published text is left with a warning', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    givePublicationConsent(college, BELOV);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    setPublication(college, 'соцсети', 'Статус', 'опубликовано');
    const [site, social] = publicationRows(college);
    const socialText = docText(college, social!['Ссылка']);
    givePublicationConsent(college, BELOV, 'Отзываю согласие');
    const [siteAfter, socialAfter] = publicationRows(college);
    // The draft: the same Doc, rewritten without Белов.
    expect(siteAfter!['Ссылка']).toBe(site!['Ссылка']);
    expect(docText(college, siteAfter!['Ссылка'])).not.toMatch(/белов/i);
    expect(docText(college, siteAfter!['Ссылка'])).toContain('Громова Татьяна Ивановна');
    expect(siteAfter!['Названы']).toBe('Громова Татьяна Ивановна');
    expect(siteAfter!['Без имени (нет согласия)']).toContain(
      'согласие на публикацию отозвано: Белов Сергей Петрович',
    );
    // The published post: untouched, with a warning and a note.
    expect(docText(college, socialAfter!['Ссылка'])).toBe(socialText);
    expect(socialAfter!['Примечание']).toBe(
      'опубликовано с именами отозвавших согласие: Белов Сергей Петрович — удалите их с сайта или из соцсетей',
    );
    expect(journalCodes(college).filter((c) => c.startsWith('PUBLI'))).toEqual([
      'PUBLICATION_CONSENT_GIVEN',
      'PUBLICATION_CONSENT_GIVEN',
      'PUBLICATION_PREPARED',
      'PUBLICATION_CONSENT_WITHDRAWN',
      'PUBLISHED_NAMES_WITHDRAWN',
      'PUBLICATION_DRAFT_REGENERATED',
    ]);
    // Running again (the daily run) changes nothing and warns no more.
    const journal = college.journal().length;
    const values = college.values(PUBLICATIONS);
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(college.values(PUBLICATIONS)).toEqual(values);
    expect(college.journal()).toHaveLength(journal);
  });

  it('«Отозвать согласие…» withdraws both consents; the next «Подготовить публикацию…» regenerates the drafts', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    college.person.clickMenu('Отозвать согласие…', [GROMOVA.email, 'YES']);
    expect(college.alerts().slice(-1)[0]).toContain('Отозвано и согласие на распространение (публикацию)');
    const registry = college.rows('Согласия').filter((r) => r['Эл. почта'] === GROMOVA.email);
    expect(registry.map((r) => [r['Цель обработки'], r['Статус']])).toEqual([
      ['обработка ПДн в системе наставничества', 'дано'],
      ['распространение (публикация)', 'дано'],
      ['обработка ПДн в системе наставничества', 'отозвано'],
      ['распространение (публикация)', 'отозвано'],
    ]);
    // Another event is prepared: the run repairs the drafts of М-1 too.
    const E = EVENT_COLUMNS;
    const row = typeRow(college, EVENTS_SHEET, {
      [E.id]: 'М-2',
      [E.kind]: 'консультация',
      [E.title]: 'Оценивание',
      [E.start]: '25.09.2026 14:00',
      [E.status]: 'проведено',
    });
    expect(prepareFrom(college, EVENTS_SHEET, row)).toContain(
      'Перегенерированы без имени после отзыва согласия: 2 черновика.',
    );
    const rows = publicationRows(college).filter((r) => r['Ключ источника'] === 'event:М-1');
    expect(rows.map((r) => r['Названы'])).toEqual(['', '']);
    expect(rows.map((r) => r['Без имени (нет согласия)'])).toEqual([
      expect.stringContaining('согласие на обработку ПДн отозвано: Громова Татьяна Ивановна'),
      expect.stringContaining('согласие на обработку ПДн отозвано: Громова Татьяна Ивановна'),
    ]);
    for (const r of rows) expect(docText(college, r['Ссылка'])).not.toMatch(/громов/i);
  });
});

describe('a new consent that allows less (the position no longer)', () => {
  it('regenerates the drafts without the position in the run that records it; the next run changes nothing', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    givePublicationConsent(college, BELOV);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    setPublication(college, 'соцсети', 'Статус', 'согласовано');
    const [site] = publicationRows(college);
    expect(docText(college, site!['Ссылка'])).toContain(
      'Громова Татьяна Ивановна (наставник, преподаватель)',
    );
    givePublicationConsent(college, GROMOVA, 'Даю согласие', ['должность']);
    const [siteAfter, socialAfter] = publicationRows(college);
    const text = docText(college, siteAfter!['Ссылка']);
    expect(text).toContain('Громова Татьяна Ивановна (наставник)');
    expect(text).not.toContain('Громова Татьяна Ивановна (наставник, преподаватель)');
    expect(text).toContain('Белов Сергей Петрович (наставник, преподаватель)');
    expect(siteAfter!['Названы']).toBe('Громова Татьяна Ивановна\nБелов Сергей Петрович');
    expect([socialAfter!['Статус'], socialAfter!['Примечание']]).toEqual([
      'черновик',
      'текст изменён после отзыва согласия — согласуйте заново',
    ]);
    expect(journalCodes(college).filter((c) => c === 'PUBLICATION_DRAFT_REGENERATED')).toHaveLength(2);
    // The daily run: the Docs were written with the consents in force — nothing to do, nothing to say.
    const values = college.values(PUBLICATIONS);
    const count = college.journal().length;
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(college.values(PUBLICATIONS)).toEqual(values);
    expect(college.journal()).toHaveLength(count);
  });
});

describe('a draft staff edited, when the refresh would regenerate it', () => {
  it('keeps the edits: the names are struck out of its own text, the row and the journal say so', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    givePublicationConsent(college, BELOV);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const [site, social] = publicationRows(college);
    college.workspace.services.DocumentApp.openById(docIdOf(site!['Ссылка']))
      .getBody()
      .appendParagraph('Фото: ауд. 204. Благодарим Белова С.П.');
    givePublicationConsent(college, BELOV, 'Отзываю согласие');
    const [siteAfter, socialAfter] = publicationRows(college);
    const text = docText(college, siteAfter!['Ссылка']);
    expect(text).toContain('Фото: ауд. 204. Благодарим [имя не публикуется]');
    expect(text).not.toMatch(/белов/i);
    expect(text).toContain('Громова Татьяна Ивановна');
    expect(siteAfter!['Названы']).toBe('Громова Татьяна Ивановна');
    expect(siteAfter!['Без имени (нет согласия)']).toContain(
      'согласие на публикацию отозвано: Белов Сергей Петрович',
    );
    expect(siteAfter!['Примечание']).toBe(
      'текст правили вручную, поэтому он не перегенерирован: имена скрыты в самом тексте — проверьте его',
    );
    // The post nobody edited is regenerated as before.
    expect(socialAfter!['Примечание']).toBe('');
    expect(docText(college, social!['Ссылка'])).not.toMatch(/белов/i);
    const journal = college.journal();
    const redacted = journal.filter((r) => r['Код'] === 'PUBLICATION_DRAFT_REDACTED');
    expect(redacted.map((r) => String(r['Сообщение']))).toEqual([
      expect.stringContaining('правили вручную, поэтому он не перегенерирован'),
    ]);
    expect(journalCodes(college).filter((c) => c === 'PUBLICATION_DRAFT_REGENERATED')).toHaveLength(1);
    // Still an edited Doc: a later narrower consent strikes the name out of it too, never rebuilds it.
    givePublicationConsent(college, GROMOVA, 'Даю согласие', ['должность']);
    const later = docText(college, siteAfter!['Ссылка']);
    expect(later).toContain('Фото: ауд. 204.');
    expect(later).not.toMatch(/громов/i);
    expect(publicationRows(college)[0]!['Названы']).toBe('');
    const values = college.values(PUBLICATIONS);
    const count = college.journal().length;
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(college.values(PUBLICATIONS)).toEqual(values);
    expect(college.journal()).toHaveLength(count);
  });
});

describe('a prohibition of one resource in the consent to publication', () => {
  it('names the person on the website only; the post describes them, and «Без имени» says why', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    givePublicationConsent(college, BELOV, 'Даю согласие', [], ['в социальных сетях колледжа']);
    const registry = college.rows('Согласия').filter((r) => r['Эл. почта'] === BELOV.email);
    expect(String(registry[registry.length - 1]!['Примечание'])).toContain(
      'запрещено распространение: в социальных сетях колледжа',
    );
    const alert = prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    expect(alert).toContain(
      'Названы по имени: на сайте — 2, в соцсетях — 1; без имени: на сайте — 3, в соцсетях — 4 (причины — ' +
        'в столбце «Без имени (нет согласия)»).',
    );
    const [site, social] = publicationRows(college);
    expect(site!['Названы']).toBe('Громова Татьяна Ивановна\nБелов Сергей Петрович');
    expect(social!['Названы']).toBe('Громова Татьяна Ивановна');
    expect(String(social!['Без имени (нет согласия)']).split('\n')).toContain(
      'запрет на публикацию в соцсетях: Белов Сергей Петрович',
    );
    expect(String(site!['Без имени (нет согласия)'])).not.toContain('Белов');
    expect(docText(college, site!['Ссылка'])).toContain('Белов Сергей Петрович');
    expect(docText(college, social!['Ссылка'])).not.toMatch(SURNAME_STEMS[BELOV.email]!);
  });

  it('given after the drafts, regenerates the post without the name and leaves the news item; a published post is warned about', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    givePublicationConsent(college, BELOV);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const [site] = publicationRows(college);
    const siteText = docText(college, site!['Ссылка']);
    // A new consent of Белов with the social networks prohibited: the processor regenerates the post.
    givePublicationConsent(college, BELOV, 'Даю согласие', [], ['в социальных сетях колледжа']);
    const [siteAfter, socialAfter] = publicationRows(college);
    expect(docText(college, siteAfter!['Ссылка'])).toBe(siteText);
    expect(siteAfter!['Названы']).toBe('Громова Татьяна Ивановна\nБелов Сергей Петрович');
    expect(socialAfter!['Названы']).toBe('Громова Татьяна Ивановна');
    expect(docText(college, socialAfter!['Ссылка'])).not.toMatch(/белов/i);
    expect(docText(college, socialAfter!['Ссылка'])).toContain('Громова Т.И.');
    const journal = college.journal();
    const given = journal.filter((r) => r['Код'] === 'PUBLICATION_CONSENT_GIVEN').slice(-1)[0]!;
    expect(String(given['Сообщение'])).toContain(
      'Установлен запрет на распространение в социальных сетях колледжа',
    );
    expect(journalCodes(college).filter((c) => c === 'PUBLICATION_DRAFT_REGENERATED')).toHaveLength(1);

    // Published site text, then the site prohibited too: the published text is only warned about, once.
    setPublication(college, 'сайт', 'Статус', 'опубликовано');
    givePublicationConsent(
      college,
      BELOV,
      'Даю согласие',
      [],
      ['на сайте колледжа', 'в социальных сетях колледжа'],
    );
    const [published] = publicationRows(college);
    expect(docText(college, published!['Ссылка'])).toBe(siteText);
    expect(published!['Примечание']).toBe(
      'опубликовано с именами запретивших публикацию на этом ресурсе: Белов Сергей Петрович — удалите их отсюда',
    );
    expect(journalCodes(college).filter((c) => c === 'PUBLISHED_NAMES_WITHDRAWN')).toHaveLength(1);
    const values = college.values(PUBLICATIONS);
    const count = college.journal().length;
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(college.values(PUBLICATIONS)).toEqual(values);
    expect(college.journal()).toHaveLength(count);
  });
});

describe('a deleted source', () => {
  it('marks the rows «источник удалён» on the next run and keeps the drafts; a later withdrawal strikes the name out', () => {
    const college = publicityCollege();
    givePublicationConsent(college, GROMOVA);
    prepareFrom(college, EVENTS_SHEET, EVENT_ROW);
    const links = publicationRows(college).map((r) => r['Ссылка']);
    college.spreadsheet.getSheetByName(EVENTS_SHEET)!.deleteRow(EVENT_ROW);
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(publicationRows(college).map((r) => r['Примечание'])).toEqual([
      'источник удалён',
      'источник удалён',
    ]);
    expect(journalCodes(college).filter((c) => c === 'PUBLICATION_SOURCE_DELETED')).toHaveLength(2);
    for (const link of links) expect(docText(college, link)).toContain('Громова');
    givePublicationConsent(college, GROMOVA, 'Отзываю согласие');
    const rows = publicationRows(college);
    expect(rows.map((r) => r['Названы'])).toEqual(['', '']);
    expect(rows[0]!['Примечание']).toBe(
      'источник удалён\nв тексте скрыто имя без согласия — проверьте формулировку',
    );
    for (const link of links) {
      expect(docText(college, link)).not.toMatch(/громов/i);
      expect(docText(college, link)).toContain('[имя не публикуется]');
    }
    expect(journalCodes(college).filter((c) => c === 'PUBLICATION_SOURCE_DELETED')).toHaveLength(2);
    // The daily run after the trigger's: the same sheet (the note's lines in the same order), no journal.
    const values = college.values(PUBLICATIONS);
    const journal = college.journal().length;
    const texts = links.map((link) => docText(college, link));
    processPublicationConsentResponses(depsOf(college.workspace));
    expect(college.values(PUBLICATIONS)).toEqual(values);
    expect(college.journal()).toHaveLength(journal);
    expect(links.map((link) => docText(college, link))).toEqual(texts);
  });
});
