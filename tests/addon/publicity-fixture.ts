import { preparePublication } from '../../src/addon/publicity/entry-points';
import { PUBLICATIONS_SHEET } from '../../src/core/publicity/columns';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
} from '../../src/core/season/events/columns';
import type { CellValue } from '../../src/ports';
import type { RespondentAnswers } from '../../src/offline/forms';
import { setSettings } from './documents-fixture';
import { depsOf } from './fixture';
import { College, addonFunctions, consentAnswers, menteeAnswers, mentorAnswers } from './pipeline-fixture';

/**
 * A college for stage 7 (issue 7): five teachers with distinct surnames in the banks (consent to
 * processing given through the form), «Настройки» filled in, and one held event «М-1» with everyone
 * marked present — typed into «Мероприятия» and «Посещаемость» as staff do. Nobody has given the
 * consent to publication yet: tests give it through the form.
 */

export const PUBLICATIONS = PUBLICATIONS_SHEET;

export interface Teacher {
  email: string;
  fullName: string;
  bank: 'mentor' | 'mentee';
}

export const TEACHERS: readonly Teacher[] = [
  { email: 'gromova@college.example', fullName: 'Громова Татьяна Ивановна', bank: 'mentor' },
  { email: 'belov@college.example', fullName: 'Белов Сергей Петрович', bank: 'mentor' },
  { email: 'orlova@college.example', fullName: 'Орлова Нина Викторовна', bank: 'mentee' },
  { email: 'sokolov@college.example', fullName: 'Соколов Игорь Андреевич', bank: 'mentee' },
  { email: 'zueva@college.example', fullName: 'Зуева Ксения Олеговна', bank: 'mentee' },
];

export const [GROMOVA, BELOV, ORLOVA, SOKOLOV, ZUEVA] = TEACHERS as [
  Teacher,
  Teacher,
  Teacher,
  Teacher,
  Teacher,
];

export const PUBLICITY_SETTINGS: Record<string, string> = {
  'organization.fullName': 'Профессиональное образовательное учреждение «Колледж управления»',
  'organization.shortName': 'ПОУ «КУ»',
  'organization.address': 'г. Северодвинск, ул. Ломоносова, д. 1',
  'organization.inn': '2902000000',
  'organization.ogrn': '1022900000000',
  'publicity.resources': 'https://college.example.ru\nhttps://vk.com/college_example',
};

/** The add-on's functions by the names Apps Script calls them, with stage 7's. */
export function publicityFunctions(college: College): Record<string, (...args: unknown[]) => unknown> {
  const deps = () => depsOf(college.workspace);
  return {
    ...addonFunctions(college.workspace),
    preparePublication: () => preparePublication(undefined, deps()),
  };
}

/** Types a row into a sheet below its last one (as staff do); returns its 1-based row. */
export function typeRow(college: College, sheet: string, fields: Record<string, string>): number {
  const row = college.person.lastRow(sheet) + 1;
  for (const [header, value] of Object.entries(fields))
    if (value !== '') college.person.editCell(sheet, row, header, value);
  return row;
}

export function publicityCollege(): College {
  const college = College.open();
  const functions = publicityFunctions(college);
  college.workspace.useFunctions((name) => functions[name]);
  college.deleteSubmitTrigger();
  for (const t of TEACHERS) {
    college.submit(
      t.bank,
      t.bank === 'mentor' ? mentorAnswers(t.fullName) : menteeAnswers(t.fullName),
      t.email,
    );
    college.submit(
      'consent',
      consentAnswers(t.fullName, 'Даю согласие', t.bank === 'mentor' ? 'наставник' : 'наставляемый'),
      t.email,
    );
  }
  college.person.clickMenu('Импортировать ответы');
  college.installSubmitTrigger();
  setSettings(college, PUBLICITY_SETTINGS);
  const E = EVENT_COLUMNS;
  typeRow(college, EVENTS_SHEET, {
    [E.id]: 'М-1',
    [E.kind]: 'установочная сессия наставников',
    [E.title]: 'Старт наставничества',
    [E.start]: '20.09.2026 14:00',
    [E.place]: 'ауд. 204',
    [E.participants]: 'наставники и наставляемые',
    [E.status]: 'проведено',
  });
  const A = ATTENDANCE_COLUMNS;
  for (const t of TEACHERS)
    typeRow(college, ATTENDANCE_SHEET, {
      [A.eventId]: 'М-1',
      [A.event]: 'Старт наставничества',
      [A.fullName]: t.fullName,
      [A.email]: t.email,
      [A.role]: t.bank === 'mentor' ? 'наставник' : 'наставляемый',
      [A.present]: 'да',
    });
  return college;
}

/**
 * The publication form's answers: giving (every category allowed unless `deny`; the resources in
 * `prohibit` ticked) or withdrawing.
 */
export function publicationAnswers(
  fullName: string,
  decision: 'Даю согласие' | 'Отзываю согласие' = 'Даю согласие',
  deny: readonly string[] = [],
  prohibit: readonly string[] = [],
): RespondentAnswers {
  const allow = (title: string): string => (deny.includes(title) ? 'не разрешаю' : 'разрешаю');
  const answers: RespondentAnswers = {
    'Фамилия, имя, отчество': fullName,
    'Ваше решение о согласии на распространение': decision,
  };
  if (decision === 'Даю согласие')
    for (const category of [
      'фамилия, имя, отчество',
      'должность',
      'фотографии',
      'сведения об участии в наставничестве',
    ])
      answers[`Распространение: ${category}`] = allow(category);
  if (prohibit.length > 0) answers['Запрещаю распространение моих персональных данных'] = [...prohibit];
  return answers;
}

/** A teacher sends the publication form; the form-submit trigger runs its processor before this returns. */
export function givePublicationConsent(
  college: College,
  teacher: Teacher,
  decision: 'Даю согласие' | 'Отзываю согласие' = 'Даю согласие',
  deny: readonly string[] = [],
  prohibit: readonly string[] = [],
): void {
  college.submit(
    'publicationConsent',
    publicationAnswers(teacher.fullName, decision, deny, prohibit),
    teacher.email,
  );
}

/** Selects the row of «Мероприятия» with this № and clicks «Подготовить публикацию…»; the alert shown. */
export function prepareFrom(college: College, sheet: string, row: number): string {
  college.person.selectCell(sheet, row, 1);
  college.person.clickMenu('Подготовить публикацию…');
  return college.alerts().slice(-1)[0] ?? '';
}

export const publicationRows = (college: College): Array<Record<string, CellValue>> =>
  college.rows(PUBLICATIONS);

export const docIdOf = (link: CellValue): string => /\/d\/([A-Za-z0-9_-]+)/.exec(String(link))?.[1] ?? '';

/** A Doc's text as a reader sees it (not counted: outside measured spans). */
export function docText(college: College, link: CellValue): string {
  return college.workspace.services.DocumentApp.openById(docIdOf(link)).getBody().getText();
}
