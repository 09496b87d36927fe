import {
  PUBLICATION_COLUMNS,
  draftDescription,
  isEditedDraft,
  planPreparation,
  planRefresh,
  publicationWrites,
  redactDraft,
  rightsMarkOf,
  type JobResult,
  type PublicationInput,
} from '../../../src/core/publicity';
import { planAnonymisation, pseudonym } from '../../../src/core/consent';
import { CONSENT_PURPOSES } from '../../../src/core/consent/registry';
import { permissionNote } from '../../../src/core/publicity/permissions';
import type { PublicationCategory } from '../../../src/core/questionnaires/publication-consent-spec';
import type { CellValue } from '../../../src/ports';
import { NOW, mentor, registryOf, sheetsOf, type TestPerson } from './fixtures';

const TZ = 'Europe/Moscow';
const LINK = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

const GROMOVA = mentor(0, { publication: 'дано' });
const BELOV = mentor(1, { publication: 'дано' });

/** A «Публикации» row as the add-on wrote it. */
function row(
  id: number,
  channel: 'сайт' | 'соцсети',
  status: string,
  named: string,
  overrides: Partial<Record<keyof typeof PUBLICATION_COLUMNS, CellValue>> = {},
): CellValue[] {
  const base: Record<keyof typeof PUBLICATION_COLUMNS, CellValue> = {
    id,
    source: 'Мероприятие М-1 «Старт наставничества»',
    stage: 4,
    channel,
    title: 'Установочная сессия наставников «Старт наставничества»',
    status,
    link: LINK(`doc${id}`),
    date: new Date(2026, 10, 20),
    named,
    unnamed: '',
    sourceKey: 'event:М-1',
    note: '',
    ...overrides,
  };
  return (Object.keys(PUBLICATION_COLUMNS) as Array<keyof typeof PUBLICATION_COLUMNS>).map((k) => base[k]);
}

const input = (
  people: TestPerson[],
  publications: CellValue[][],
  events?: CellValue[][],
): PublicationInput => ({
  sheets: sheetsOf({ people, publications, ...(events ? { events } : {}) }),
  now: NOW,
  timeZone: TZ,
});

const NAMED = 'Громова Татьяна Ивановна\nБелов Сергей Петрович';

describe('a run over «Публикации» after consents change', () => {
  it('changes nothing while everyone named may still be named', () => {
    const plan = planRefresh(input([GROMOVA, BELOV], [row(1, 'сайт', 'черновик', NAMED)]));
    expect(plan).toEqual({ jobs: [], notes: [], journal: [] });
  });

  it('regenerates a draft without the person who withdrew, and says so in «Без имени» and the journal', () => {
    const people = [GROMOVA, { ...BELOV, publication: 'отозвано' as const }];
    const plan = planRefresh(
      input(people, [row(1, 'сайт', 'черновик', NAMED), row(2, 'соцсети', 'черновик', NAMED)]),
    );
    expect(plan.jobs.map((j) => [j.kind, j.row, j.docId])).toEqual([
      ['regenerate', 2, 'doc1'],
      ['regenerate', 3, 'doc2'],
    ]);
    const site = plan.jobs[0]!;
    expect(site.fields[PUBLICATION_COLUMNS.named]).toBe('Громова Татьяна Ивановна');
    expect(site.fields[PUBLICATION_COLUMNS.unnamed]).toBe(
      'согласие на публикацию отозвано: Белов Сергей Петрович',
    );
    expect(site.fields[PUBLICATION_COLUMNS.status]).toBe('черновик');
    const text = [site.content!.title, ...site.content!.paragraphs].join('\n');
    expect(text).toContain('Громова Татьяна Ивановна');
    expect(text).not.toMatch(/Белов/);
    expect(site.journal.map((j) => [j.level, j.code])).toEqual([
      ['WARNING', 'PUBLICATION_DRAFT_REGENERATED'],
    ]);
  });

  it('regenerates an agreed draft too, back to «черновик» with a note to agree it again', () => {
    const people = [GROMOVA, { ...BELOV, processing: 'отозвано' as const }];
    const plan = planRefresh(
      input(people, [row(1, 'сайт', 'согласовано', NAMED, { note: 'проверил Смирнов' })]),
    );
    expect(plan.jobs).toHaveLength(1);
    expect(plan.jobs[0]!.fields[PUBLICATION_COLUMNS.status]).toBe('черновик');
    expect(plan.jobs[0]!.fields[PUBLICATION_COLUMNS.note]).toBe(
      'проверил Смирнов\nтекст изменён после отзыва согласия — согласуйте заново',
    );
  });

  it('leaves a published text as it is and warns once that it names someone who withdrew', () => {
    const people = [GROMOVA, { ...BELOV, publication: 'отозвано' as const }];
    const first = planRefresh(input(people, [row(1, 'сайт', 'опубликовано', NAMED)]));
    expect(first.jobs).toEqual([]);
    expect(first.journal.map((j) => [j.level, j.code])).toEqual([['WARNING', 'PUBLISHED_NAMES_WITHDRAWN']]);
    expect(first.journal[0]!.message).toContain('называет Белов Сергей Петрович');
    expect(first.notes).toEqual([
      {
        row: 2,
        note: 'опубликовано с именами отозвавших согласие: Белов Сергей Петрович — удалите их с сайта или из соцсетей',
      },
    ]);
    const again = planRefresh(
      input(people, [row(1, 'сайт', 'опубликовано', NAMED, { note: first.notes[0]!.note })]),
    );
    expect(again).toEqual({ jobs: [], notes: [], journal: [] });
  });

  it('marks a row whose source was deleted, once, keeps its draft, and unmarks it when the source is back', () => {
    const gone = input([GROMOVA, BELOV], [row(1, 'сайт', 'черновик', NAMED)], []);
    const plan = planRefresh(gone);
    expect(plan.jobs).toEqual([]);
    expect(plan.notes).toEqual([{ row: 2, note: 'источник удалён' }]);
    expect(plan.journal.map((j) => j.code)).toEqual(['PUBLICATION_SOURCE_DELETED']);
    expect(
      planRefresh(
        input([GROMOVA, BELOV], [row(1, 'сайт', 'черновик', NAMED, { note: 'источник удалён' })], []),
      ),
    ).toEqual({ jobs: [], notes: [], journal: [] });
    expect(
      planRefresh(input([GROMOVA, BELOV], [row(1, 'сайт', 'черновик', NAMED, { note: 'источник удалён' })]))
        .notes,
    ).toEqual([{ row: 2, note: '' }]);
  });

  it('leaves a deleted source’s note as it is, its lines in their order, once the names are struck out', () => {
    const note = 'источник удалён\nв тексте скрыто имя без согласия — проверьте формулировку';
    const people = [GROMOVA, { ...BELOV, publication: 'отозвано' as const }];
    const struck = row(1, 'сайт', 'черновик', 'Громова Татьяна Ивановна', { note });
    expect(planRefresh(input(people, [struck], []))).toEqual({ jobs: [], notes: [], journal: [] });
  });

  it('with the source gone, strikes the withdrawn name out of the Doc’s own text and keeps the rest', () => {
    const people = [GROMOVA, { ...BELOV, publication: 'отозвано' as const }];
    const plan = planRefresh(input(people, [row(1, 'сайт', 'черновик', NAMED)], []));
    expect(plan.jobs.map((j) => [j.kind, j.redact])).toEqual([['redact', ['Белов Сергей Петрович']]]);
    const job = plan.jobs[0]!;
    expect(job.fields[PUBLICATION_COLUMNS.named]).toBe('Громова Татьяна Ивановна');
    const text = redactDraft(job, [
      'Встреча наставников',
      'Участники: Громова Татьяна Ивановна, Белов Сергей Петрович (правка куратора); благодарим Белова С.П.',
      // A post names people short, and a sentence may decline the name: the one still named stays.
      'Участники: Громова Т.И., Белов С.П. Спасибо Громовой Татьяне Ивановне!',
    ]);
    expect(text).toEqual({
      title: 'Встреча наставников',
      paragraphs: [
        'Участники: Громова Татьяна Ивановна, [имя не публикуется] (правка куратора); благодарим [имя не публикуется]',
        'Участники: Громова Т.И., [имя не публикуется] Спасибо Громовой Татьяне Ивановне!',
      ],
    });
  });
});

describe('a run after someone prohibits one channel in a new consent (152-ФЗ ст. 10.1 ч. 9)', () => {
  const PROHIBITS = { ...BELOV, prohibited: ['соцсети' as const] };

  it('regenerates that channel’s draft without the name, says why in «Без имени», and leaves the other channel', () => {
    const plan = planRefresh(
      input(
        [GROMOVA, PROHIBITS],
        [row(1, 'сайт', 'черновик', NAMED), row(2, 'соцсети', 'согласовано', NAMED)],
      ),
    );
    expect(plan.jobs.map((j) => [j.kind, j.channel, j.row, j.docId])).toEqual([
      ['regenerate', 'соцсети', 3, 'doc2'],
    ]);
    const social = plan.jobs[0]!;
    expect(social.fields[PUBLICATION_COLUMNS.named]).toBe('Громова Татьяна Ивановна');
    expect(social.fields[PUBLICATION_COLUMNS.unnamed]).toBe(
      'запрет на публикацию в соцсетях: Белов Сергей Петрович',
    );
    expect(social.fields[PUBLICATION_COLUMNS.status]).toBe('черновик');
    expect(social.fields[PUBLICATION_COLUMNS.note]).toBe(
      'текст изменён после отзыва согласия — согласуйте заново',
    );
    const text = [social.content!.title, ...social.content!.paragraphs].join('\n');
    expect(text).toContain('Громова Т.И.');
    expect(text).not.toMatch(/белов/i);
    expect(social.journal.map((j) => [j.level, j.code])).toEqual([
      ['WARNING', 'PUBLICATION_DRAFT_REGENERATED'],
    ]);
    expect(social.journal[0]!.message).toContain(
      'Белов Сергей Петрович — в согласии установлен запрет на публикацию на этом ресурсе',
    );
    expect(plan.notes).toEqual([]);
  });

  it('leaves a published post as it is and warns once, with its own note', () => {
    const published = row(2, 'соцсети', 'опубликовано', NAMED);
    const first = planRefresh(input([GROMOVA, PROHIBITS], [row(1, 'сайт', 'черновик', NAMED), published]));
    expect(first.jobs).toEqual([]);
    expect(first.journal.map((j) => [j.level, j.code])).toEqual([['WARNING', 'PUBLISHED_NAMES_WITHDRAWN']]);
    expect(first.journal[0]!.message).toContain('установлен запрет на публикацию на этом ресурсе');
    const note =
      'опубликовано с именами запретивших публикацию на этом ресурсе: Белов Сергей Петрович — удалите их отсюда';
    expect(first.notes).toEqual([{ row: 3, note }]);
    const again = planRefresh(
      input(
        [GROMOVA, PROHIBITS],
        [row(1, 'сайт', 'черновик', NAMED), row(2, 'соцсети', 'опубликовано', NAMED, { note })],
      ),
    );
    expect(again).toEqual({ jobs: [], notes: [], journal: [] });
    // A later withdrawal of the whole consent is a new cause: warned about once more.
    const withdrawn = { ...BELOV, publication: 'отозвано' as const };
    const later = planRefresh(
      input([GROMOVA, withdrawn], [row(2, 'соцсети', 'опубликовано', NAMED, { note })]),
    );
    expect(later.journal.map((j) => j.code)).toEqual(['PUBLISHED_NAMES_WITHDRAWN']);
    expect(later.notes[0]!.note.split('\n')).toEqual([
      note,
      'опубликовано с именами отозвавших согласие: Белов Сергей Петрович — удалите их с сайта или из соцсетей',
    ]);
  });

  it('with the source gone, strikes the name out of that channel’s Doc only, and says why', () => {
    const plan = planRefresh(
      input(
        [GROMOVA, PROHIBITS],
        [row(1, 'сайт', 'черновик', NAMED), row(2, 'соцсети', 'черновик', NAMED)],
        [],
      ),
    );
    expect(plan.jobs.map((j) => [j.kind, j.channel, j.redact])).toEqual([
      ['redact', 'соцсети', ['Белов Сергей Петрович']],
    ]);
    expect(plan.jobs[0]!.fields[PUBLICATION_COLUMNS.unnamed]).toBe(
      'запрет на публикацию в соцсетях: Белов Сергей Петрович',
    );
  });
});

describe('a run after a named person gives a new, narrower consent (position no longer allowed)', () => {
  const NO_POSITION: PublicationCategory[] = ['fullName', 'photo', 'participation'];
  /** The registry with Громова's second publication decision, on `at`, allowing `allowed`. */
  const registry = (at: Date, allowed: PublicationCategory[] = NO_POSITION): CellValue[][] => [
    ...registryOf([GROMOVA, BELOV]),
    [
      GROMOVA.email,
      GROMOVA.fullName,
      'наставник',
      CONSENT_PURPOSES.publication,
      at,
      '1',
      'форма',
      'дано',
      '',
      '',
      `${CONSENT_PURPOSES.publication}|${GROMOVA.email}|2`,
      permissionNote(new Set(allowed), ''),
    ],
  ];
  const withRegistry = (values: CellValue[][], publications: CellValue[][], events?: CellValue[][]) => ({
    sheets: sheetsOf({
      people: [GROMOVA, BELOV],
      publications,
      registry: values,
      ...(events ? { events } : {}),
    }),
    now: NOW,
    timeZone: TZ,
  });
  const AFTER = new Date(2026, 10, 22, 9, 30);
  const textOf = (job: { content: { title: string; paragraphs: string[] } | null }): string =>
    [job.content!.title, ...job.content!.paragraphs].join('\n');

  it('regenerates a draft and an agreed text dated before the decision, without the position', () => {
    const plan = planRefresh(
      withRegistry(registry(AFTER), [
        row(1, 'сайт', 'черновик', NAMED),
        row(2, 'соцсети', 'согласовано', NAMED, { note: 'проверил Смирнов' }),
      ]),
    );
    expect(plan.jobs.map((j) => [j.kind, j.row, j.docId])).toEqual([
      ['regenerate', 2, 'doc1'],
      ['regenerate', 3, 'doc2'],
    ]);
    const [site, social] = plan.jobs;
    expect(textOf(site!)).toContain('Громова Татьяна Ивановна (наставник)');
    expect(textOf(site!)).not.toContain('Громова Татьяна Ивановна (наставник, преподаватель)');
    expect(textOf(site!)).toContain('Белов Сергей Петрович (наставник, преподаватель)');
    expect(site!.fields[PUBLICATION_COLUMNS.named]).toBe(NAMED);
    expect(site!.journal.map((j) => [j.level, j.code])).toEqual([
      ['WARNING', 'PUBLICATION_DRAFT_REGENERATED'],
    ]);
    expect(site!.journal[0]!.message).toContain('согласие на публикацию изменено после подготовки текста');
    expect(social!.fields[PUBLICATION_COLUMNS.status]).toBe('черновик');
    expect(social!.fields[PUBLICATION_COLUMNS.note]).toBe(
      'проверил Смирнов\nтекст изменён после отзыва согласия — согласуйте заново',
    );
    // Due only if the Doc was written with other consents: once rewritten, its description carries the
    // consents in force, and the shell skips the job on the next run.
    expect(site!.unlessRights).not.toBeNull();
    const written = draftDescription('event:М-1', 'сайт', textOf(site!), site!.rights);
    expect(rightsMarkOf(written)).toBe(site!.unlessRights);
    // Staff edited the Doc: the name is struck out of its own text instead, and the row says so.
    const edited = site!.onEdited!;
    expect([edited.kind, edited.redact, edited.keep]).toEqual([
      'redact',
      ['Громова Татьяна Ивановна'],
      ['Белов Сергей Петрович'],
    ]);
    expect(edited.fields[PUBLICATION_COLUMNS.named]).toBe('Белов Сергей Петрович');
    expect(edited.fields[PUBLICATION_COLUMNS.unnamed]).toBe(
      'согласие на публикацию изменено после подготовки текста: Громова Татьяна Ивановна',
    );
    expect(edited.fields[PUBLICATION_COLUMNS.note]).toBe(
      'текст правили вручную, поэтому он не перегенерирован: имена скрыты в самом тексте — проверьте его',
    );
    expect(edited.journal.map((j) => j.code)).toEqual(['PUBLICATION_DRAFT_REDACTED']);
    expect(social!.onEdited!.fields[PUBLICATION_COLUMNS.note]).toBe(
      'проверил Смирнов\nтекст правили вручную, поэтому он не перегенерирован: имена скрыты в самом тексте — проверьте его\n' +
        'текст изменён после отзыва согласия — согласуйте заново',
    );
  });

  it('leaves drafts dated after the decision alone', () => {
    const before = new Date(2026, 10, 19, 18, 0);
    expect(planRefresh(withRegistry(registry(before), [row(1, 'сайт', 'черновик', NAMED)]))).toEqual({
      jobs: [],
      notes: [],
      journal: [],
    });
  });

  it('a broader new consent is checked against the Doc too, but never strikes the name out of an edited one', () => {
    const plan = planRefresh(
      withRegistry(registry(AFTER, ['fullName', 'position', 'photo', 'participation']), [
        row(1, 'сайт', 'черновик', NAMED),
      ]),
    );
    expect(plan.jobs.map((j) => [j.kind, j.onEdited])).toEqual([['regenerate', null]]);
  });

  it('with the source gone, strikes the name out of the Doc’s own text', () => {
    const plan = planRefresh(withRegistry(registry(AFTER), [row(1, 'сайт', 'черновик', NAMED)], []));
    expect(plan.jobs.map((j) => [j.kind, j.redact, j.keep])).toEqual([
      ['redact', ['Громова Татьяна Ивановна'], ['Белов Сергей Петрович']],
    ]);
    expect(plan.jobs[0]!.unlessRights).not.toBeNull();
    expect(plan.jobs[0]!.fields[PUBLICATION_COLUMNS.note]).toBe(
      'источник удалён\nв тексте скрыто имя без согласия — проверьте формулировку',
    );
  });

  it('leaves a published text as it is and warns once that the consent now allows less', () => {
    const first = planRefresh(withRegistry(registry(AFTER), [row(1, 'сайт', 'опубликовано', NAMED)]));
    expect(first.jobs).toEqual([]);
    expect(first.journal.map((j) => [j.level, j.code])).toEqual([['WARNING', 'PUBLISHED_CONSENT_NARROWED']]);
    expect(first.journal[0]!.message).toContain(
      'до нового согласия на публикацию (Громова Татьяна Ивановна)',
    );
    const note =
      'опубликовано до того, как согласие сузили: Громова Татьяна Ивановна — сверьте текст с новым ' +
      'согласием (например, должность) и исправьте его на ресурсе';
    expect(first.notes).toEqual([{ row: 2, note }]);
    expect(
      planRefresh(withRegistry(registry(AFTER), [row(1, 'сайт', 'опубликовано', NAMED, { note })])),
    ).toEqual({ jobs: [], notes: [], journal: [] });
    // A new consent that allows as much as before is no reason to warn.
    const broader = registry(AFTER, ['fullName', 'position', 'photo', 'participation']);
    expect(planRefresh(withRegistry(broader, [row(1, 'сайт', 'опубликовано', NAMED)]))).toEqual({
      jobs: [],
      notes: [],
      journal: [],
    });
  });
});

describe('«Подготовить публикацию…» for a source', () => {
  it('plans a new row per channel, then rewrites the same rows while they are drafts, and leaves agreed ones', () => {
    const first = planPreparation(input([GROMOVA], []), 'event:М-1');
    expect(first.ok && first.jobs.map((j) => [j.channel, j.row, j.docId])).toEqual([
      ['сайт', null, null],
      ['соцсети', null, null],
    ]);
    const again = planPreparation(
      input([GROMOVA], [row(1, 'сайт', 'черновик', NAMED), row(2, 'соцсети', 'опубликовано', NAMED)]),
      'event:М-1',
    );
    expect(again.ok && again.jobs.map((j) => [j.channel, j.row, j.docId])).toEqual([['сайт', 2, 'doc1']]);
    expect(again.ok && again.locked).toEqual([
      'пост для соцсетей: статус «опубликовано» — текст не изменён. Чтобы подготовить его заново, верните статус «черновик».',
    ]);
  });
});

describe('the sheet writes', () => {
  it('append new rows in one block numbered on, patch existing ones, and keep typed text as plain text', () => {
    const sheets = sheetsOf({ people: [GROMOVA], publications: [row(7, 'сайт', 'черновик', NAMED)] });
    const plan = planPreparation({ sheets, now: NOW, timeZone: TZ }, 'event:М-1');
    if (!plan.ok) throw new Error(plan.message);
    // A name that looks like a formula stays text.
    plan.jobs[1]!.fields[PUBLICATION_COLUMNS.named] = '=HYPERLINK("x")';
    const results: JobResult[] = plan.jobs.map((job, i) => ({ job, link: LINK(`new${i}`) }));
    const writes = publicationWrites(sheets.get('Публикации'), results);
    expect(writes.map((w) => [w.row, w.column, w.values.length])).toEqual([
      [2, 2, 1],
      [3, 1, 1],
    ]);
    const appended = writes[1]!;
    expect(appended.values[0]![0]).toBe(8);
    expect(appended.values[0]![8]).toBe('=HYPERLINK("x")');
    // № (1), «Этап дорожной карты» (3) and «Дата» (8) are values; every other column is plain text.
    expect(appended.textColumns).toEqual([2, 4, 5, 6, 7, 9, 10, 11, 12]);
  });
});

describe('a draft edited by staff', () => {
  it('is told apart by the hash of its text, blind to spacing', () => {
    const description = draftDescription('event:М-1', 'сайт', 'Заголовок\nТекст новости.');
    expect(isEditedDraft(description, 'Заголовок\n\nТекст  новости.')).toBe(false);
    expect(isEditedDraft(description, 'Заголовок\nТекст новости, исправленный куратором.')).toBe(true);
    expect(isEditedDraft('', 'Заголовок')).toBe(true);
    // Names struck out of an edited Doc: it stays edited, so no later run rebuilds it over the edits.
    const struck = draftDescription('event:М-1', 'сайт', 'Заголовок\nТекст.', 'abc', true);
    expect(isEditedDraft(struck, 'Заголовок\nТекст.')).toBe(true);
    expect(rightsMarkOf(struck)).toBe('abc');
  });
});

describe('anonymisation after a withdrawal (when the daily run includes «Публикации»)', () => {
  it('replaces the full names in «Названы» and «Без имени» with the pseudonym, and nothing else', () => {
    const withdrawn = { ...BELOV, processing: 'отозвано' as const };
    const values = [
      Object.values(PUBLICATION_COLUMNS) as CellValue[],
      row(1, 'сайт', 'опубликовано', NAMED, {
        unnamed: 'согласие на публикацию отозвано: Белов Сергей Петрович',
      }),
    ];
    const plan = planAnonymisation(
      [{ name: 'Публикации', values }],
      { name: 'Согласия', values: registryOf([GROMOVA, withdrawn]) },
      new Date(2027, 0, 1),
      30,
    );
    const cells = plan.replacements.filter((r) => r.sheet === 'Публикации');
    expect(cells.map((c) => [c.row, c.column, c.value])).toEqual([
      [2, 9, `Громова Татьяна Ивановна\n${pseudonym(BELOV.email)}`],
      [2, 10, `согласие на публикацию отозвано: ${pseudonym(BELOV.email)}`],
    ]);
  });
});
