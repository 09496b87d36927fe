import { markActivity, onOpen, refreshDocument } from '../../src/addon/entry-points';
import { DEFAULT_TEMPLATES } from '../../src/core/documents/templates';
import type { CellValue } from '../../src/ports';
import type { OfflineUi } from '../../src/offline/ui/ui';
import type { College } from './pipeline-fixture';
import { callsDuring, depsOf } from './fixture';
import { approvedCollege, filesBelow, idOf, pairRows, setCell, storedDrive } from './documents-fixture';

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const PROGRESS = 'Выполнение программ';

type EntryPoint = (event?: unknown, deps?: ReturnType<typeof depsOf>) => void;

/**
 * A person opens the Doc in Google Docs and clicks a menu item: the Doc is the container for that
 * execution; `answers` answer its prompts. Back in the spreadsheet afterwards.
 */
function inDocs(
  c: College,
  documentId: string,
  name: string,
  fn: EntryPoint,
  answers: string[] = [],
): string[] {
  const spreadsheet = c.workspace.kernel.container;
  const before = c.workspace.kernel.screen.length;
  c.workspace.kernel.container = { kind: 'document', id: documentId };
  (c.workspace.uiFor('Docs') as OfflineUi).scriptAnswers(answers.map((text) => ({ button: 'OK', text })));
  try {
    c.workspace.kernel.run('menu', name, () => fn(undefined, depsOf(c.workspace)));
  } finally {
    c.workspace.kernel.container = spreadsheet;
  }
  return c.workspace.kernel.screen
    .slice(before)
    .filter((e) => e.kind === 'alert')
    .map((e) => e.content);
}

/** The Docs menu as onOpen builds it for the Doc. */
function docsMenu(c: College, documentId: string, authMode: 'FULL' | 'NONE' = 'FULL'): string[] {
  const spreadsheet = c.workspace.kernel.container;
  c.workspace.kernel.container = { kind: 'document', id: documentId };
  try {
    c.workspace.kernel.run(
      'simple-trigger',
      'onOpen',
      () => onOpen({ authMode: c.workspace.services.ScriptApp.AuthMode[authMode] }, depsOf(c.workspace)),
      authMode,
    );
  } finally {
    c.workspace.kernel.container = spreadsheet;
  }
  const menus = (c.workspace.uiFor('Docs') as OfflineUi).menus();
  const last = menus[menus.length - 1]!;
  return last.entries.flatMap((e) => (e.kind === 'item' && e.caption ? [e.caption] : []));
}

const text = (c: College, id: string) => c.workspace.documents.plainText(id);

function generated(mentees = 2, mentors = 1): { c: College; programme: string; order: string } {
  const c = approvedCollege(mentees, mentors);
  c.person.clickMenu('Сформировать документы по парам');
  const row = pairRows(c)[0]!;
  const stored = storedDrive(c);
  const order = filesBelow(c, stored.documentsFolderId).find((f) => f.name.startsWith('Приказ'))!;
  return { c, programme: idOf(row['Программа']), order: order.id };
}

/** The programme's plan table (the one whose header has «Отметка о выполнении»). */
function planTable(c: College, documentId: string) {
  const body = c.workspace.services.DocumentApp.openById(documentId).getBody();
  return body.getTables().find((t) => t.getRow(0).getText().includes('Отметка о выполнении'))!;
}

/** The plan table's row for activity `n` (header row 0), as cell texts. */
function planRow(c: College, documentId: string, n: number): string[] {
  const row = planTable(c, documentId).getRow(n);
  const out: string[] = [];
  for (let i = 0; i < row.getNumCells(); i++) out.push(row.getCell(i).getText());
  return out;
}

describe('the Docs menu in a generated document', () => {
  it('offers what makes sense: a programme all three, an order refresh and check, a template only check', () => {
    const { c, programme, order } = generated();
    expect(docsMenu(c, programme)).toEqual([
      'Обновить из таблицы',
      'Отметить выполнение',
      'Проверить шаблон',
      'О программе наставничества',
    ]);
    expect(docsMenu(c, order)).toEqual([
      'Обновить из таблицы',
      'Проверить шаблон',
      'О программе наставничества',
    ]);
    expect(docsMenu(c, storedDrive(c).templates.programme!)).toEqual([
      'Проверить шаблон',
      'О программе наставничества',
    ]);
    // Before authorization only the Ui may be touched (§10.1): every item, each explains itself.
    expect(docsMenu(c, order, 'NONE')).toContain('Отметить выполнение');
  });

  it('generation records the spreadsheet and the template in the document’s description', () => {
    const { c, programme } = generated(1, 1);
    const description = c.workspace.kernel.drive.find(programme)!.description;
    expect(description).toContain(`spreadsheet=${c.spreadsheet.getId()}`);
    expect(description).toContain(`template=${storedDrive(c).templates.programme}`);
  });
});

describe('«Обновить из таблицы»', () => {
  it('renders the programme again from current data, in place: same file id, same link, no new file', () => {
    const { c, programme } = generated(1, 1);
    const before = text(c, programme);
    const files = filesBelow(c, storedDrive(c).documentsFolderId, true).length;
    setCell(
      c,
      'Банк наставляемых',
      ['Эл. почта', 'mentee0@college.example'],
      'Главный запрос',
      'Освоить $1 и {{наставник.фио}}',
    );
    const alerts = inDocs(c, programme, 'refreshDocument', refreshDocument);
    expect(alerts.join('\n')).toContain('обновлён по данным таблицы');
    const after = text(c, programme);
    expect(after).toContain('Освоить $1 и {{наставник.фио}}');
    expect(after).not.toBe(before);
    expect(idOf(pairRows(c)[0]!['Программа'])).toBe(programme);
    expect(filesBelow(c, storedDrive(c).documentsFolderId, true)).toHaveLength(files);
    expect(c.journal().some((r) => r['Код'] === 'DOCUMENT_REFRESHED')).toBe(true);
  });

  it('with nothing changed the document reads exactly as generated (header, tables, footer)', () => {
    const { c, programme, order } = generated(3, 2);
    for (const id of [programme, order]) {
      const before = text(c, id);
      const children = () => c.workspace.services.DocumentApp.openById(id).getBody().getNumChildren();
      const count = children();
      inDocs(c, id, 'refreshDocument', refreshDocument);
      expect(text(c, id)).toBe(before);
      // Same shape: the paragraph clear() leaves behind is gone again.
      expect(children()).toBe(count);
    }
  });

  it('a pair gone from «Пары и группы»: a Russian alert, the document unchanged, the failure journaled in the spreadsheet', () => {
    const { c, programme } = generated(1, 1);
    const before = text(c, programme);
    setCell(c, 'Пары и группы', ['№ пары/группы', '1'], '№ пары/группы', '77');
    const alerts = inDocs(c, programme, 'refreshDocument', refreshDocument);
    expect(alerts.join('\n')).toContain('Пара или группа № 1 не найдена на листе «Пары и группы»');
    expect(text(c, programme)).toBe(before);
    expect(c.journal().some((r) => r['Код'] === 'PAIR_GONE')).toBe(true);
  });

  it('a template in the trash: named, with the way out, the document unchanged', () => {
    const { c, programme } = generated(1, 1);
    const before = text(c, programme);
    c.workspace.kernel.drive.find(storedDrive(c).templates.programme!)!.trashed = true;
    const alerts = inDocs(c, programme, 'refreshDocument', refreshDocument);
    expect(alerts.join('\n')).toContain(
      `Шаблон «${DEFAULT_TEMPLATES.programme.title}» удалён или находится в корзине`,
    );
    expect(text(c, programme)).toBe(before);
  });

  it('a Doc the add-on did not generate is told so, not changed', () => {
    const { c } = generated(1, 1);
    const doc = c.workspace.services.DocumentApp.create('Заметки');
    doc.getBody().appendParagraph('Текст');
    const id = doc.getId();
    doc.saveAndClose();
    expect(inDocs(c, id, 'refreshDocument', refreshDocument).join('\n')).toContain(
      'не сформирован из таблицы наставничества',
    );
    expect(text(c, id)).toContain('Текст');
  });

  it('a document made before documents recorded their spreadsheet asks to generate it again', () => {
    const { c, programme } = generated(1, 1);
    const record = c.workspace.kernel.drive.find(programme)!;
    record.description = (record.description ?? '').split('\n')[0]!;
    expect(inDocs(c, programme, 'refreshDocument', refreshDocument).join('\n')).toContain(
      'Сформируйте его заново',
    );
  });
});

describe('«Отметить выполнение»', () => {
  it('fills the activity’s «Отметка о выполнении» with «выполнено <дата>» and writes the fact to «Выполнение программ»', () => {
    const { c, programme } = generated(1, 1);
    expect(planRow(c, programme, 2)[7]).toBe('');
    const alerts = inDocs(c, programme, 'markActivity', markActivity, ['2']);
    expect(alerts.join('\n')).toContain('Мероприятие № 2 отмечено как выполненное 01.09.2026');
    expect(planRow(c, programme, 2)[7]).toBe('выполнено 01.09.2026');
    expect(planRow(c, programme, 1)[7]).toBe('');
    const rows = c.rows(PROGRESS);
    expect(rows).toEqual([
      expect.objectContaining({
        '№ пары/группы': '1',
        '№ мероприятия': '2',
        Программа: expect.stringContaining(programme),
      }),
    ]);
    expect(rows[0]!['Дата выполнения']).toBeInstanceOf(Date);
    expect(c.journal().some((r) => r['Код'] === 'ACTIVITY_DONE')).toBe(true);
    // The mark survives a refresh: it is rendered from the sheet.
    inDocs(c, programme, 'refreshDocument', refreshDocument);
    expect(planRow(c, programme, 2)[7]).toBe('выполнено 01.09.2026');
  });

  it('lists the activities by number in the prompt; a second mark of the same activity is refused', () => {
    const { c, programme } = generated(1, 1);
    inDocs(c, programme, 'markActivity', markActivity, ['1']);
    const prompt = c.workspace.kernel.screen.filter((e) => e.kind === 'prompt').slice(-1)[0]!.content;
    expect(prompt).toMatch(/^1\. Знакомство/m);
    expect(prompt).toMatch(/^2\. /m);
    expect(inDocs(c, programme, 'markActivity', markActivity, ['1']).join('\n')).toContain(
      'Мероприятие № 1 уже отмечено: выполнено 01.09.2026',
    );
    expect(c.rows(PROGRESS)).toHaveLength(1);
  });

  it('an answer that is not an activity number is explained; nothing is written', () => {
    const { c, programme } = generated(1, 1);
    expect(inDocs(c, programme, 'markActivity', markActivity, ['99']).join('\n')).toContain(
      '«99» — не номер мероприятия плана',
    );
    expect(c.rows(PROGRESS)).toHaveLength(0);
  });

  it('in an order: only a programme has a plan to mark', () => {
    const { c, order } = generated(1, 1);
    expect(inDocs(c, order, 'markActivity', markActivity).join('\n')).toContain(
      'только в персонализированной программе',
    );
  });

  it('set-up makes «Выполнение программ» with its header, once', () => {
    const { c } = generated(1, 1);
    c.person.clickMenu('Настроить систему');
    const values = c.values(PROGRESS) as CellValue[][];
    expect(values[0]).toEqual([
      '№ пары/группы',
      '№ мероприятия',
      'Мероприятие',
      'Дата выполнения',
      'Программа',
    ]);
    expect(c.spreadsheet.getSheets().filter((s) => s.getName() === PROGRESS)).toHaveLength(1);
  });

  it('writes only the mark: the Doc’s tables read as text and one cell set, not the whole programme rendered', () => {
    const { c, programme } = generated(1, 1);
    const before = text(c, programme);
    const calls = callsDuring(c.workspace, () => inDocs(c, programme, 'markActivity', markActivity, ['2']));
    expect(planRow(c, programme, 2)[7]).toBe('выполнено 01.09.2026');
    // Nothing else changed: the text is the generated one with the mark inserted.
    expect(text(c, programme).replace('выполнено 01.09.2026', '')).toBe(before);
    // No render: the template is not opened, nothing cleared, copied or inserted, and one text insert.
    expect(calls['DocumentApp.DocumentApp.openById']).toBeUndefined();
    expect(calls['DocumentApp.Body.clear']).toBeUndefined();
    expect(Object.keys(calls).filter((k) => /\.(copy|insertTable|insertParagraph)$/.test(k))).toEqual([]);
    expect(calls['DocumentApp.Text.insertText']).toBe(1);
    // About 300 calls in all (1,667 when the click rendered the whole Doc): two per cell of the Doc's
    // tables (~180) to find the plan row, a dozen to set the cell and up to seven per cell looked at
    // for the mark's text style, and the ~60 that read and write the spreadsheet as before.
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(350);
  });

  it('the mark written alone looks exactly as a full render prints it (same paragraph and text style)', () => {
    const styleOf = (c: College, id: string) => {
      const paragraph = planTable(c, id).getCell(2, 7).getChild(0).asParagraph();
      const t = paragraph.editAsText();
      return {
        text: paragraph.getText(),
        paragraph: paragraph.getAttributes(),
        font: [t.getFontFamily(0), t.getFontSize(0), t.isBold(0), t.isItalic(0)],
      };
    };
    const alone = generated(1, 1);
    inDocs(alone.c, alone.programme, 'markActivity', markActivity, ['2']);
    const rendered = generated(1, 1);
    // A row staff added at the end of the plan: the Doc is no longer the data's plan, so it is rendered.
    planTable(rendered.c, rendered.programme).appendTableRow().appendTableCell('доп.');
    inDocs(rendered.c, rendered.programme, 'markActivity', markActivity, ['2']);
    expect(planTable(rendered.c, rendered.programme).getNumRows()).toBe(
      planTable(alone.c, alone.programme).getNumRows(),
    );
    expect(styleOf(alone.c, alone.programme)).toEqual(styleOf(rendered.c, rendered.programme));
    expect(text(alone.c, alone.programme)).toBe(text(rendered.c, rendered.programme));
  });

  it('a Doc whose plan table staff changed is rendered whole as before: the mark is there, their edit is not', () => {
    const { c, programme } = generated(1, 1);
    const plan = planTable(c, programme);
    plan.getCell(0, 7).setText('Отметка');
    const calls = callsDuring(c.workspace, () => inDocs(c, programme, 'markActivity', markActivity, ['3']));
    expect(calls['DocumentApp.Body.clear']).toBe(1);
    expect(planRow(c, programme, 0)[7]).toBe('Отметка о выполнении');
    expect(planRow(c, programme, 3)[7]).toBe('выполнено 01.09.2026');
    expect(c.rows(PROGRESS)).toHaveLength(1);
  });

  it('a mark missing from the Doc (erased by hand) is written again with the new one, still without a render', () => {
    const { c, programme } = generated(1, 1);
    inDocs(c, programme, 'markActivity', markActivity, ['1']);
    planTable(c, programme).getCell(1, 7).getChild(0).asParagraph().editAsText().deleteText(0, 19);
    expect(planRow(c, programme, 1)[7]).toBe('');
    const calls = callsDuring(c.workspace, () => inDocs(c, programme, 'markActivity', markActivity, ['2']));
    expect(calls['DocumentApp.Body.clear']).toBeUndefined();
    expect(calls['DocumentApp.Text.insertText']).toBe(2);
    expect([planRow(c, programme, 1)[7], planRow(c, programme, 2)[7]]).toEqual([
      'выполнено 01.09.2026',
      'выполнено 01.09.2026',
    ]);
  });
});
