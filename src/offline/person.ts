import { OfflineDocument } from './document/document';
import { idFromUrl } from './document/document-app';
import { DocSession } from './document/session';
import type { ScriptedAnswer } from './ui/buttons';
import type { OfflineUi } from './ui/ui';
import type { OfflineWorkspace } from './workspace';
import { FileRecord, MIME } from './runtime/drive-registry';
import type { AuthMode } from './runtime/execution';
import type { Kernel, ScriptFunction } from './runtime/kernel';

/** A step a person tried that cannot be done (unknown label, question, sheet, column, function). */
export class PersonActionError extends Error {
  override name = 'PersonActionError';
}

/** What one action caused: the executions it started and whether any of them failed. */
export interface ActionOutcome {
  /** Executions run because of the action (the add-on's code), with their errors if any. */
  executions: Array<{ functionName: string; kind: string; durationMs: number; error?: string }>;
  /** A return value, for `callServer`. */
  result?: unknown;
  /** Extra facts for the progress line ("edit rejected: protected range"). */
  detail?: string;
}

/** Answers a person gives to alerts and prompts: button names or `{ text }` for a prompt. */
export type DialogAnswer = string | { button?: string; text?: string };

/**
 * A cell of the open spreadsheet that links to a Google Doc, as a person finds it: the sheet, the
 * link's column (by header) and the row — by number, or the one row whose cells hold the given values
 * (`{ '№ пары/группы': '19' }`).
 */
export interface LinkCell {
  sheet: string;
  column: string;
  row?: number;
  where?: Record<string, string | number>;
}

/**
 * A person using the add-on in the offline Workspace: opens the spreadsheet, clicks menu items, fills
 * in forms, types into cells, works in a sidebar, opens a Doc from its link and uses the add-on's menu
 * there, uploads files to Drive, and lets time pass. The person's own actions never
 * count as service calls; the add-on code they start runs as Apps Script executions of the right kind
 * (simple trigger, menu, ui-call, installable trigger), which do.
 */
export class Person {
  constructor(private readonly workspace: OfflineWorkspace) {}

  private get kernel(): OfflineWorkspace['kernel'] {
    return this.workspace.kernel;
  }

  private containerId(): string {
    const container = this.kernel.container;
    if (!container || container.kind !== 'spreadsheet')
      throw new PersonActionError('No spreadsheet is open.');
    return container.id;
  }

  private sheetsUi(): OfflineUi {
    return this.workspace.uiFor('Sheets') as OfflineUi;
  }

  /** Runs the executions an action causes and reports them, whatever happens inside. */
  private observe(action: () => unknown): ActionOutcome {
    const before = this.kernel.executions.length;
    const result = action();
    const executions = this.kernel.executions.slice(before).map((e) => {
      const out: ActionOutcome['executions'][number] = {
        functionName: e.functionName,
        kind: e.kind,
        durationMs: e.durationMs,
      };
      if (e.error !== undefined) out.error = e.error;
      return out;
    });
    return result === undefined ? { executions } : { executions, result };
  }

  /** Runs one execution; its error is recorded by the kernel and not rethrown (Apps Script shows or logs it). */
  private execute(
    kind: 'simple-trigger' | 'menu' | 'ui-call',
    fn: ScriptFunction,
    name: string,
    args: unknown[],
    authMode: AuthMode = 'FULL',
  ): unknown {
    try {
      return this.kernel.run(kind, name, () => fn(...args), authMode);
    } catch {
      return undefined;
    }
  }

  /** Opening the spreadsheet runs the simple `onOpen` trigger (§10.1: LIMITED, or NONE before first use). */
  openSpreadsheet(authMode: AuthMode = 'LIMITED'): ActionOutcome {
    const id = this.containerId();
    return this.observe(() => {
      const onOpen = this.kernel.findFunction('onOpen');
      if (onOpen) {
        const event = {
          authMode: this.workspace.services.ScriptApp.AuthMode[authMode],
          source: this.workspace.sheets.spreadsheetObject(id),
          user: { getEmail: () => (authMode === 'FULL' ? this.kernel.user : '') },
        };
        this.execute('simple-trigger', onOpen, 'onOpen', [event], authMode);
      }
      this.workspace.triggers.fireOpen(id, 'spreadsheet');
    });
  }

  /** Clicks a menu item by the label the person sees; `answers` answer its alerts and prompts in order. */
  clickMenu(label: string, answers: DialogAnswer[] = []): ActionOutcome {
    const ui = this.sheetsUi();
    const functionName = ui.findMenuItem(label);
    if (!functionName) {
      const labels = ui
        .menus()
        .flatMap((menu) => labelsOf(menu.entries))
        .map((l) => `«${l}»`);
      throw new PersonActionError(
        `There is no menu item «${label}». The menus show: ${labels.join(', ') || 'nothing (open the spreadsheet first)'}.`,
      );
    }
    const fn = this.kernel.findFunction(functionName);
    if (!fn)
      throw new PersonActionError(
        `The menu item «${label}» calls ${functionName}(), which the script does not define.`,
      );
    ui.scriptAnswers(answers.map(toScriptedAnswer));
    return this.observe(() => this.execute('menu', fn, functionName, []));
  }

  /** A respondent submits a form found by its title. */
  submitForm(title: string, answers: Record<string, unknown>, respondent?: string): ActionOutcome {
    // A respondent sees the form's title; a form created with FormApp.create(name) and never given a
    // title shows its Drive name, so both count.
    const shownTitle = (f: { id: string; title: string }): string =>
      f.title || this.kernel.drive.find(f.id)?.name || '';
    const matches = this.workspace.forms.all().filter((f) => shownTitle(f) === title);
    if (matches.length === 0) {
      const titles = this.workspace.forms.all().map((f) => `«${shownTitle(f)}»`);
      throw new PersonActionError(`There is no form «${title}». Forms: ${titles.join(', ') || 'none yet'}.`);
    }
    const form = matches[matches.length - 1]!;
    let row: number | undefined;
    const outcome = this.observe(() => {
      try {
        row = this.workspace.forms.submitAsRespondent(form.id, answers as never, respondent).row?.row;
      } catch (error) {
        // The Forms page refuses the submission (unknown question, missing required answer): say which.
        throw new PersonActionError((error as Error).message);
      }
    });
    if (row !== undefined) outcome.detail = `response row ${row}`;
    return outcome;
  }

  /**
   * Types into a cell found by sheet, row and header, as in the Sheets UI: the text is parsed as typed,
   * protections and strict validation can refuse it, and the edit runs `onEdit` (simple) and the
   * installable on-edit triggers.
   */
  editCell(sheetName: string, row: number, header: string, value: string | number | boolean): ActionOutcome {
    const id = this.containerId();
    const sheet = this.workspace.sheets.get(id)?.sheetByName(sheetName);
    if (!sheet) throw new PersonActionError(`There is no sheet «${sheetName}».`);
    const headers = (sheet.getValuesRaw()[0] ?? []).map((h) => String(h));
    const column = headers.indexOf(header) + 1;
    if (column === 0)
      throw new PersonActionError(
        `Sheet «${sheetName}» has no column «${header}» (its headers: ${headers.map((h) => `«${h}»`).join(', ')}).`,
      );
    const oldValue = sheet.valuesOf({ row, col: column, numRows: 1, numCols: 1 })[0]?.[0];
    const text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
    const outcome = sheet.editAsUser(row, column, text);
    if (!outcome.accepted) return { executions: [], detail: `edit refused (${outcome.reason})` };
    const range = this.workspace.sheets.makeRange(id, sheetName, row, column, 1, 1);
    const event: Record<string, unknown> = {
      authMode: this.workspace.services.ScriptApp.AuthMode.LIMITED,
      range,
      source: this.workspace.sheets.spreadsheetObject(id),
      user: { getEmail: () => '' },
      value: text,
    };
    if (oldValue !== undefined && oldValue !== '')
      event.oldValue = oldValue instanceof Date ? oldValue.toISOString() : String(oldValue);
    return this.observe(() => {
      const onEdit = this.kernel.findFunction('onEdit');
      if (onEdit) this.execute('simple-trigger', onEdit, 'onEdit', [event], 'LIMITED');
      this.workspace.triggers.fireEdit(id, range, event.oldValue, text);
    });
  }

  /** The last row with anything in it, as a person sees it (0 for an empty sheet). Not a service call. */
  lastRow(sheetName: string): number {
    const sheet = this.workspace.sheets.get(this.containerId())?.sheetByName(sheetName);
    if (!sheet) throw new PersonActionError(`There is no sheet «${sheetName}».`);
    const values = sheet.getValuesRaw();
    for (let r = values.length; r >= 1; r--)
      if ((values[r - 1] ?? []).some((v) => v !== '' && v !== null && v !== undefined)) return r;
    return 0;
  }

  /**
   * Clicks a cell found by sheet, row and header (or 1-based column): the tab becomes the active one and
   * the cell the current cell, as `getCurrentCell()` then reports. Nothing runs; no call is counted.
   */
  selectCell(sheetName: string, row: number, header: string | number = 1): ActionOutcome {
    const id = this.containerId();
    const model = this.workspace.sheets.get(id);
    const sheet = model?.sheetByName(sheetName);
    if (!model || !sheet) throw new PersonActionError(`There is no sheet «${sheetName}».`);
    const headers = (sheet.getValuesRaw()[0] ?? []).map((h) => String(h));
    const column = typeof header === 'number' ? header : headers.indexOf(header) + 1;
    if (column < 1) throw new PersonActionError(`Sheet «${sheetName}» has no column «${header}».`);
    model.activeSheet = sheet;
    sheet.currentCell = { row, col: column };
    return { executions: [] };
  }

  /**
   * A sidebar calls a server function through `google.script.run` (§9.2–9.3): only top-level,
   * non-private functions; arguments and the result cross as JSON-like values, and a `Date` in either
   * fails the call.
   */
  callServer(functionName: string, args: unknown[] = []): ActionOutcome {
    const fn = this.kernel.findFunction(functionName);
    if (!fn)
      throw new PersonActionError(
        `google.script.run cannot call ${functionName}(): no such top-level function.`,
      );
    assertTransferable(args, `the arguments of ${functionName}()`);
    let failure: string | undefined;
    const outcome = this.observe(() => {
      try {
        const result = this.kernel.run('ui-call', functionName, () => fn(...structuredCopy(args)));
        assertTransferable(result, `the result of ${functionName}()`);
        return result;
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        return undefined;
      }
    });
    if (failure !== undefined) outcome.detail = `failure handler called: ${failure}`;
    return outcome;
  }

  /**
   * The Google Doc a cell of the open spreadsheet links to (a programme in «Пары и группы»), as a person
   * follows the link: its id. Reading the cell is the person looking at the sheet, not a service call.
   */
  linkedDocument(cell: LinkCell): string {
    const sheet = this.workspace.sheets.get(this.containerId())?.sheetByName(cell.sheet);
    if (!sheet) throw new PersonActionError(`There is no sheet «${cell.sheet}».`);
    const values = sheet.getValuesRaw();
    const headers = (values[0] ?? []).map((h) => String(h).trim());
    const columnOf = (header: string): number => {
      const at = headers.indexOf(header.trim());
      if (at < 0)
        throw new PersonActionError(
          `Sheet «${cell.sheet}» has no column «${header}» (its headers: ${headers.map((h) => `«${h}»`).join(', ')}).`,
        );
      return at;
    };
    const column = columnOf(cell.column);
    let row = cell.row;
    if (cell.where) {
      const wanted = Object.entries(cell.where).map(([h, v]) => [columnOf(h), String(v).trim()] as const);
      const rows = values.flatMap((r, i) =>
        i > 0 && wanted.every(([c, v]) => cellText(r[c]) === v) ? [i + 1] : [],
      );
      const what = Object.entries(cell.where)
        .map(([h, v]) => `«${h}» = «${v}»`)
        .join(', ');
      if (rows.length !== 1)
        throw new PersonActionError(
          `Sheet «${cell.sheet}» has ${rows.length === 0 ? 'no row' : `${rows.length} rows`} where ${what}; a link is looked for in one.`,
        );
      row = rows[0]!;
    }
    if (row === undefined)
      throw new PersonActionError(`Which row of «${cell.sheet}»? Give the row or the values that find it.`);
    const text = `${cellText(values[row - 1]?.[column])} ${sheet.cell(row, column + 1)?.formula ?? ''}`;
    const id = idFromUrl(text);
    if (!id)
      throw new PersonActionError(
        `«${cell.sheet}» row ${row}, column «${cell.column}» holds no link to a document.`,
      );
    return id;
  }

  /**
   * Opens a Google Doc and clicks an item of the add-on's menu there, as a mentor does in a programme
   * («Отметить выполнение»). Opening runs the simple `onOpen` in Docs (LIMITED); the item runs as a menu
   * execution with the Doc as its container and `user` (default: the workspace user) as the active
   * user; `answers` answer its prompts and alerts in order. The spreadsheet is the container again after.
   */
  clickDocsMenu(
    documentId: string,
    label: string,
    answers: DialogAnswer[] = [],
    user?: string,
  ): ActionOutcome {
    const file = this.kernel.drive.find(documentId);
    if (!file || file.mimeType !== MIME.document || !this.workspace.documents.get(documentId))
      throw new PersonActionError(`There is no Google Doc ${documentId}.`);
    if (file.trashed) throw new PersonActionError(`The Doc «${file.name}» is in the trash.`);
    const ui = this.workspace.uiFor('Docs') as OfflineUi;
    return withKernel(this.kernel, 'user', user, () =>
      withKernel(this.kernel, 'container', { kind: 'document', id: documentId }, () => {
        const menusBefore = this.kernel.screen.length;
        const opened = this.observe(() => {
          const onOpen = this.kernel.findFunction('onOpen');
          if (!onOpen) return;
          const event = {
            authMode: this.workspace.services.ScriptApp.AuthMode.LIMITED,
            source: new OfflineDocument(new DocSession(this.kernel, this.workspace.documents, documentId)),
            user: { getEmail: () => '' },
          };
          this.execute('simple-trigger', onOpen, 'onOpen', [event], 'LIMITED');
        });
        const menuShown = this.kernel.screen
          .slice(menusBefore)
          .some((e) => e.host === 'Docs' && e.kind === 'menu');
        const functionName = menuShown ? ui.findMenuItem(label) : undefined;
        if (!functionName) {
          const labels = menuShown
            ? ui
                .menus()
                .flatMap((menu) => labelsOf(menu.entries))
                .map((l) => `«${l}»`)
                .join(', ')
            : 'no add-on menu';
          throw new PersonActionError(
            `The Doc «${file.name}» has no menu item «${label}» (it shows: ${labels}).`,
          );
        }
        const fn = this.kernel.findFunction(functionName);
        if (!fn)
          throw new PersonActionError(
            `The menu item «${label}» calls ${functionName}(), which the script does not define.`,
          );
        ui.scriptAnswers(answers.map(toScriptedAnswer));
        const clicked = this.observe(() => this.execute('menu', fn, functionName, []));
        return { executions: [...opened.executions, ...clicked.executions], detail: `in «${file.name}»` };
      }),
    );
  }

  /**
   * Uploads a file into a Drive folder found by its name (or by a path of names, `Наставничество /
   * Методические материалы`, where the name alone is ambiguous), as a person drags it into the folder in
   * the Drive UI: a file of the type its extension says, owned by `user` (default: the workspace user).
   * Nothing runs; no call is counted.
   */
  addFile(folder: string, name: string, user?: string): ActionOutcome {
    const target = this.folderNamed(folder);
    const record = withKernel(this.kernel, 'user', user, () =>
      this.kernel.drive.create(name, mimeTypeOf(name), [target.id], new TextEncoder().encode(name)),
    );
    return { executions: [], detail: `«${record.name}» in «${this.drivePath(target).join(' / ')}»` };
  }

  /** The folder a person means by a name or a path of names; a name two folders share must be a path. */
  private folderNamed(folder: string): FileRecord {
    const path = folder
      .split('/')
      .map((s) => s.trim())
      .filter(Boolean);
    const folders = this.kernel.drive.all().filter((f) => f.mimeType === MIME.folder && !f.trashed);
    const matches = folders.filter((f) => {
      const own = this.drivePath(f);
      return own.length >= path.length && own.slice(own.length - path.length).join('/') === path.join('/');
    });
    if (matches.length === 1) return matches[0]!;
    const shown = (fs: FileRecord[]): string =>
      fs
        .map((f) => `«${this.drivePath(f).join(' / ')}»`)
        .slice(0, 12)
        .join(', ');
    if (matches.length === 0)
      throw new PersonActionError(
        `There is no Drive folder «${folder}». Folders: ${shown(folders) || 'none'}.`,
      );
    throw new PersonActionError(
      `«${folder}» names ${matches.length} folders (${shown(matches)}): give its path.`,
    );
  }

  /** Names from the top folder below «Мой диск» down to the file. */
  private drivePath(file: FileRecord): string[] {
    const names: string[] = [];
    for (let f: FileRecord | undefined = file; f && f.id !== this.kernel.drive.rootId;) {
      names.unshift(f.name);
      f = f.parents[0] ? this.kernel.drive.find(f.parents[0]) : undefined;
    }
    return names;
  }

  /** Time passes; every time-driven trigger that falls due fires, in order. */
  waitUntil(until: Date): ActionOutcome {
    if (until.getTime() < this.kernel.clock.now())
      throw new PersonActionError(`${until.toISOString()} is in the past of the scenario.`);
    return this.observe(() => {
      this.workspace.triggers.fireDueTimeTriggers(until);
      this.kernel.clock.set(until);
    });
  }
}

/**
 * Runs `body` with a field of the kernel set for its duration — the user at the keyboard (executions
 * started meanwhile run as them), the open file (their container) — then as it was; unchanged when
 * `value` is undefined.
 */
function withKernel<K extends 'user' | 'container', T>(
  kernel: Kernel,
  key: K,
  value: Kernel[K] | undefined,
  body: () => T,
): T {
  if (value === undefined) return body();
  const previous = kernel[key];
  kernel[key] = value;
  try {
    return body();
  } finally {
    kernel[key] = previous;
  }
}

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** What Drive makes of an uploaded file's type, by its extension. */
const UPLOAD_TYPES: Record<string, string> = {
  pdf: MIME.pdf,
  txt: MIME.plain,
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  mp4: 'video/mp4',
  zip: 'application/zip',
};

function mimeTypeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && UPLOAD_TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

const BUTTONS = new Set(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);

function toScriptedAnswer(answer: DialogAnswer): ScriptedAnswer {
  if (typeof answer !== 'string') return answer as ScriptedAnswer;
  return BUTTONS.has(answer) ? (answer as ScriptedAnswer) : { button: 'OK', text: answer };
}

function labelsOf(entries: ReadonlyArray<{ kind: string; caption?: string; entries?: unknown }>): string[] {
  return entries.flatMap((entry) => {
    if (entry.kind === 'item' && entry.caption) return [entry.caption];
    if (entry.kind === 'submenu' && Array.isArray(entry.entries)) return labelsOf(entry.entries as never);
    return [];
  });
}

/** google.script.run accepts primitives, arrays and plain objects of them; not Dates, functions or DOM (§9.3). */
function assertTransferable(value: unknown, what: string, seen = new Set<unknown>()): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    throw new PersonActionError(`${what} contain a Date, which google.script.run cannot carry (§9.3).`);
  }
  if (typeof value === 'function')
    throw new PersonActionError(`${what} contain a function, which google.script.run cannot carry.`);
  if (typeof value !== 'object') return;
  if (seen.has(value))
    throw new PersonActionError(`${what} are circular, which google.script.run cannot carry.`);
  seen.add(value);
  for (const item of Object.values(value as Record<string, unknown>)) assertTransferable(item, what, seen);
  seen.delete(value);
}

/** The server receives a copy (§9.3); `undefined` inside arrays becomes `null`, as JSON does. */
function structuredCopy(args: unknown[]): unknown[] {
  return JSON.parse(JSON.stringify(args)) as unknown[];
}
