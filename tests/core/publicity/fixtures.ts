import { CONSENT_COLUMNS, CONSENT_PURPOSES } from '../../../src/core/consent/registry';
import {
  PUBLICATIONS_SHEET,
  PUBLICATION_COLUMNS,
  type PublicationChannel,
} from '../../../src/core/publicity/columns';
import { permissionNote } from '../../../src/core/publicity/permissions';
import type { PublicationCategory } from '../../../src/core/questionnaires/publication-consent-spec';
import { ROADMAP_COLUMNS, ROADMAP_SHEET } from '../../../src/core/roadmap/columns';
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_SHEET,
  EVENTS_SHEET,
  EVENT_COLUMNS,
} from '../../../src/core/season/events/columns';
import { PRACTICES_SHEET, PRACTICE_COLUMNS } from '../../../src/core/season/practices/columns';
import { PAIRS_COLUMNS, PAIRS_SHEET } from '../../../src/core/pairs/columns';
import type { CellValue } from '../../../src/ports';

/** A person of the fixture college: bank data and what they consented to. */
export interface TestPerson {
  email: string;
  fullName: string;
  bank: 'mentor' | 'mentee';
  position?: string;
  subject?: string;
  /** Processing consent: given (default), withdrawn or none. */
  processing?: 'дано' | 'отозвано' | 'нет';
  /** Publication consent: none (default), given, withdrawn. */
  publication?: 'дано' | 'отозвано' | 'нет';
  /** Categories the publication consent allows (default: all). */
  allowed?: PublicationCategory[];
  /** Channels the publication consent prohibits (default: none). */
  prohibited?: PublicationChannel[];
  conditions?: string;
}

export const ALL_CATEGORIES: PublicationCategory[] = ['fullName', 'position', 'photo', 'participation'];

const BANK_HEADER = ['Эл. почта', 'ФИО', 'Должность', 'ПЦК / предмет', 'Согласие на обработку ПДн'];

export const NOW = new Date(2026, 10, 25, 12, 0);

/** The registry rows of the people's decisions, dated a month before NOW. */
export function registryOf(people: readonly TestPerson[]): CellValue[][] {
  const rows: CellValue[][] = [Object.values(CONSENT_COLUMNS)];
  const at = new Date(2026, 9, 1, 10, 0);
  for (const p of people) {
    const row = (purpose: string, status: string, note = ''): CellValue[] => [
      p.email,
      p.fullName,
      p.bank === 'mentor' ? 'наставник' : 'наставляемый',
      purpose,
      at,
      '1',
      'форма',
      status,
      status === 'отозвано' ? at : '',
      '',
      `${purpose}|${p.email}`,
      note,
    ];
    const processing = p.processing ?? 'дано';
    if (processing !== 'нет') rows.push(row(CONSENT_PURPOSES.processing, processing));
    const publication = p.publication ?? 'нет';
    if (publication !== 'нет')
      rows.push(
        row(
          CONSENT_PURPOSES.publication,
          publication,
          publication === 'дано'
            ? permissionNote(
                new Set(p.allowed ?? ALL_CATEGORIES),
                p.conditions ?? '',
                new Set(p.prohibited ?? []),
              )
            : '',
        ),
      );
  }
  return rows;
}

export function bankOf(people: readonly TestPerson[], bank: 'mentor' | 'mentee'): CellValue[][] {
  return [
    BANK_HEADER,
    ...people
      .filter((p) => p.bank === bank)
      .map((p) => [
        p.email,
        p.fullName,
        p.position ?? 'преподаватель',
        p.subject ?? 'ПЦК информатики: базы данных',
        'дано',
      ]),
  ];
}

export const SETTINGS: CellValue[][] = [
  ['Ключ', 'Параметр', 'Значение', 'Пояснение'],
  ['organization.shortName', '', 'ПОУ «КУ»', ''],
  ['organization.fullName', '', 'Профессиональное образовательное учреждение «Колледж управления»', ''],
  ['publicity.resources', '', 'https://college.example.ru\nhttps://vk.com/college_example', ''],
];

export const EVENT_HEADER = Object.values(EVENT_COLUMNS);
export const ATTENDANCE_HEADER = Object.values(ATTENDANCE_COLUMNS);
export const PRACTICE_HEADER = Object.values(PRACTICE_COLUMNS);
export const ROADMAP_HEADER = Object.values(ROADMAP_COLUMNS);
export const PUBLICATIONS_HEADER = Object.values(PUBLICATION_COLUMNS);

/** An event row: № М-1, held setup session on 20.11.2026 in ауд. 204. */
export function eventRow(
  overrides: Partial<Record<keyof typeof EVENT_COLUMNS, CellValue>> = {},
): CellValue[] {
  const base: Record<keyof typeof EVENT_COLUMNS, CellValue> = {
    id: 'М-1',
    kind: 'установочная сессия наставников',
    title: 'Старт наставничества',
    start: new Date(2026, 10, 20, 14, 0),
    end: new Date(2026, 10, 20, 16, 0),
    place: 'ауд. 204',
    participants: 'наставники',
    responsible: 'Смирнов А.И.',
    status: 'проведено',
    calendarEvent: '',
    invitations: '',
    note: '',
    ...overrides,
  };
  return (Object.keys(EVENT_COLUMNS) as Array<keyof typeof EVENT_COLUMNS>).map((k) => base[k]);
}

/** Attendance of `people` at event `id`, all present. */
export function attendanceOf(id: string, people: readonly TestPerson[], present = 'да'): CellValue[][] {
  return people.map((p) => [
    id,
    'Старт наставничества',
    new Date(2026, 10, 20),
    p.fullName,
    p.email,
    p.bank === 'mentor' ? 'наставник' : 'наставляемый',
    present,
  ]);
}

export interface CollegeSheets {
  people: TestPerson[];
  events?: CellValue[][];
  attendance?: CellValue[][];
  practices?: CellValue[][];
  roadmap?: CellValue[][];
  pairs?: CellValue[][];
  publications?: CellValue[][];
  registry?: CellValue[][];
}

/** Every sheet a publication run reads, as getValues gives them. */
export function sheetsOf(c: CollegeSheets): Map<string, CellValue[][]> {
  return new Map<string, CellValue[][]>([
    ['Банк наставников', bankOf(c.people, 'mentor')],
    ['Банк наставляемых', bankOf(c.people, 'mentee')],
    ['Согласия', c.registry ?? registryOf(c.people)],
    ['Настройки', SETTINGS],
    [EVENTS_SHEET, [EVENT_HEADER, ...(c.events ?? [eventRow()])]],
    [ATTENDANCE_SHEET, [ATTENDANCE_HEADER, ...(c.attendance ?? attendanceOf('М-1', c.people))]],
    [PRACTICES_SHEET, [PRACTICE_HEADER, ...(c.practices ?? [])]],
    [ROADMAP_SHEET, [ROADMAP_HEADER, ...(c.roadmap ?? [])]],
    [PAIRS_SHEET, [Object.values(PAIRS_COLUMNS), ...(c.pairs ?? [])]],
    [PUBLICATIONS_SHEET, [PUBLICATIONS_HEADER, ...(c.publications ?? [])]],
  ]);
}

export const mentor = (i: number, overrides: Partial<TestPerson> = {}): TestPerson => ({
  email: `mentor${i}@college.example`,
  fullName: `${['Громова Татьяна Ивановна', 'Белов Сергей Петрович', 'Орлова Нина Викторовна', 'Соколов Игорь Андреевич'][i % 4]}`,
  bank: 'mentor',
  ...overrides,
});
