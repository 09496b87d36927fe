import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { formatLocaleDate, formatLocaleDateTime, isRussian, zonedTime } from './dates';
import type { DestinationLinker } from './form';
import type {
  DestinationRecord,
  FormRecord,
  FormStore,
  ItemRecord,
  ResponseColumn,
  ResponseRecord,
} from './store';

/**
 * What the linked response sheet needs from the spreadsheet side, without ticking: the platform writes
 * form responses, not the script. The workspace provides it over the spreadsheet store.
 */
export interface ResponseSheetHost {
  hasSpreadsheet(spreadsheetId: string): boolean;
  sheetNames(spreadsheetId: string): string[];
  /** Inserts an empty tab at the first position and returns its sheet id. */
  insertSheetFirst(spreadsheetId: string, name: string): number;
  /** False once a person has deleted the tab. */
  hasSheet(spreadsheetId: string, sheetId: number): boolean;
  setCell(spreadsheetId: string, sheetId: number, row: number, column: number, value: unknown): void;
  /**
   * Writes one row below the last row with content, values as typed (no parsing); returns its 1-based
   * row number. `dateColumns` (1-based) hold date answers, to be shown as dates rather than date-times.
   */
  appendRow(spreadsheetId: string, sheetId: number, values: unknown[], dateColumns?: number[]): number;
  /** The Range object (the spreadsheet service's own) of a block, for event objects. */
  range(
    spreadsheetId: string,
    sheetId: number,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): unknown;
  /** The Spreadsheet object, for an event's `source`. */
  spreadsheet(spreadsheetId: string): unknown;
  /**
   * Records which form sends its responses to a tab (`Sheet.getFormUrl()`), or clears it (null) when
   * the form is unlinked or relinked elsewhere.
   */
  linkForm?(spreadsheetId: string, sheetId: number, formUrl: string | null): void;
  /** The spreadsheet's time zone and locale, when it has its own (default: the script's, the user's). */
  timeZone?(spreadsheetId: string): string;
  locale?(spreadsheetId: string): string;
}

/** A response as written to the sheet, with what the spreadsheet on-form-submit event carries (§2.2). */
export interface WrittenRow {
  spreadsheetId: string;
  sheetId: number;
  row: number;
  headers: string[];
  /** Cell values as written: Date for the timestamp and date answers, numbers for scales (§2.1.3, §2.1.7). */
  cells: unknown[];
  /** The same, as the strings `e.values` carries (§2.2.2). */
  values: string[];
}

const HEADERS = {
  ru: {
    timestamp: 'Отметка времени',
    email: 'Адрес электронной почты',
    tab: (n: number) => `Ответы на форму (${n})`,
  },
  en: { timestamp: 'Timestamp', email: 'Email Address', tab: (n: number) => `Form Responses ${n}` },
};

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/**
 * What `Sheet.getFormUrl()` returns for a linked tab. Google documents only "the URL for the form"; code
 * in the wild passes it to `FormApp.openByUrl`, which takes `/forms/d/<id>/…` URLs, so it carries the
 * form id (not the `/d/e/<key>` published id) [unsure about the `/viewform` suffix].
 */
export const linkedFormUrl = (formId: string): string => `https://docs.google.com/forms/d/${formId}/viewform`;

/** Items that produce no answer and no column. */
const LAYOUT_KINDS = new Set(['SECTION_HEADER']);

/**
 * The linked response sheet, laid out as Google Forms lays it out (§2.1): a tab inserted first,
 * header row of Timestamp, e-mail (when collected) and one column per question (one per row for grids);
 * columns are tracked by what they hold, so a renamed question renames its header and a new question
 * gets a new column at the right end, while a deleted question's column stays (§2.1.9).
 */
export class ResponseSheets implements DestinationLinker {
  constructor(
    private readonly kernel: Kernel,
    private readonly store: FormStore,
    public host: ResponseSheetHost | null,
  ) {}

  private texts(): (typeof HEADERS)['ru'] {
    return isRussian(this.kernel.locale) ? HEADERS.ru : HEADERS.en;
  }

  private requireHost(): ResponseSheetHost {
    if (!this.host)
      throw new Error('The offline spreadsheet service is not wired: forms cannot link a response sheet.');
    return this.host;
  }

  link(formId: string, spreadsheetId: string): void {
    const host = this.requireHost();
    const form = this.store.get(formId);
    // An id that is not a spreadsheet the user can open fails like any Drive lookup (§11) [unsure].
    if (!host.hasSpreadsheet(spreadsheetId)) throw gasException(NOT_FOUND);
    // Relinking leaves the old tab as it is (§2.1.10) and starts a new one.
    const names = new Set(host.sheetNames(spreadsheetId));
    let n = 1;
    while (names.has(this.texts().tab(n))) n += 1;
    const sheetName = this.texts().tab(n);
    this.clearFormLink(form.destination);
    const sheetId = host.insertSheetFirst(spreadsheetId, sheetName);
    host.linkForm?.(spreadsheetId, sheetId, linkedFormUrl(formId));
    form.destination = { spreadsheetId, sheetId, sheetName, columns: [] };
    this.syncHeader(formId);
    // Linking a form that already has responses copies them into the new tab [unsure: observed in the
    // Forms UI ("Link to Sheets" on a form with responses fills the sheet); not documented for the API].
    for (const response of form.responses) this.writeRow(form, form.destination, response);
  }

  unlink(formId: string): void {
    const form = this.store.get(formId);
    this.clearFormLink(form.destination);
    form.destination = null;
  }

  /** The old tab keeps its rows but no longer belongs to the form: its `getFormUrl()` becomes null. */
  private clearFormLink(destination: DestinationRecord | null): void {
    if (!destination || !this.host) return;
    if (this.host.hasSheet(destination.spreadsheetId, destination.sheetId))
      this.host.linkForm?.(destination.spreadsheetId, destination.sheetId, null);
  }

  /** Brings the header row in line with the form's questions (new columns at the right end). */
  syncHeader(formId: string): void {
    const form = this.store.get(formId);
    const destination = form.destination;
    if (!destination || !this.host) return;
    if (!this.host.hasSheet(destination.spreadsheetId, destination.sheetId)) return;
    for (const wanted of this.expectedColumns(form)) {
      const index = destination.columns.findIndex((c) => c.key === wanted.key);
      if (index < 0) {
        destination.columns.push({ ...wanted });
        this.host.setCell(
          destination.spreadsheetId,
          destination.sheetId,
          1,
          destination.columns.length,
          wanted.header,
        );
      } else if (destination.columns[index]!.header !== wanted.header) {
        destination.columns[index]!.header = wanted.header;
        this.host.setCell(destination.spreadsheetId, destination.sheetId, 1, index + 1, wanted.header);
      }
    }
  }

  /** Appends a stored response to the linked sheet; null when the form has no (living) destination. */
  append(formId: string, response: ResponseRecord): WrittenRow | null {
    const form = this.store.get(formId);
    const destination = form.destination;
    if (!destination || !this.host) return null;
    // Google stops writing to a deleted response tab [unsure: the Forms UI then offers to relink].
    if (!this.host.hasSheet(destination.spreadsheetId, destination.sheetId)) return null;
    this.syncHeader(formId);
    return this.writeRow(form, destination, response);
  }

  private writeRow(form: FormRecord, destination: DestinationRecord, response: ResponseRecord): WrittenRow {
    const host = this.requireHost();
    const timeZone = host.timeZone?.(destination.spreadsheetId) ?? this.kernel.timeZone;
    const locale = host.locale?.(destination.spreadsheetId) ?? this.kernel.locale;
    const cells = destination.columns.map((c) => this.cellFor(form, c, response, timeZone));
    const values = cells.map((v, i) => displayOf(v, destination.columns[i]!.key, timeZone, locale));
    const dateColumns = cells.flatMap((v, i) =>
      v instanceof Date && destination.columns[i]!.key !== 'timestamp' ? [i + 1] : [],
    );
    const row = host.appendRow(destination.spreadsheetId, destination.sheetId, cells, dateColumns);
    return {
      spreadsheetId: destination.spreadsheetId,
      sheetId: destination.sheetId,
      row,
      headers: destination.columns.map((c) => c.header),
      cells,
      values,
    };
  }

  private expectedColumns(form: FormRecord): ResponseColumn[] {
    const t = this.texts();
    const columns: ResponseColumn[] = [{ key: 'timestamp', header: t.timestamp }];
    if (form.collectEmail) columns.push({ key: 'email', header: t.email });
    for (const item of form.items) {
      if (LAYOUT_KINDS.has(item.kind)) continue;
      if (item.kind === 'GRID' || item.kind === 'CHECKBOX_GRID') {
        // `Title [Row]`, so a title ending in a space gives two spaces before '[' (§2.1.5).
        item.rows.forEach((row, i) =>
          columns.push({ key: `item:${item.id}:row:${i}`, header: `${item.title} [${row}]` }),
        );
      } else {
        columns.push({ key: `item:${item.id}`, header: item.title });
      }
    }
    return columns;
  }

  private cellFor(
    form: FormRecord,
    column: ResponseColumn,
    response: ResponseRecord,
    timeZone: string,
  ): unknown {
    if (column.key === 'timestamp') return new Date(response.timestamp);
    if (column.key === 'email') return response.respondentEmail;
    const match = /^item:(\d+)(?::row:(\d+))?$/.exec(column.key);
    if (!match) return '';
    const itemId = Number(match[1]);
    const item = form.items.find((i) => i.id === itemId);
    const answer = response.answers.find((a) => a.itemId === itemId);
    if (!item || !answer) return '';
    if (match[2] !== undefined) {
      const rowAnswer = (answer.value as Array<string | string[]>)[Number(match[2])];
      if (rowAnswer === undefined || rowAnswer === '') return '';
      // A checkbox-grid cell joins the chosen columns like a checkbox answer (§2.1.6).
      return Array.isArray(rowAnswer) ? joinInOrder(rowAnswer, item.columns) : rowAnswer;
    }
    return cellOfAnswer(item, answer.value, timeZone);
  }
}

/**
 * One answer as the sheet stores it. Text answers stay exactly the text typed: Forms writes them as
 * string values, so an answer starting with '=' is never evaluated as a formula. (Google also gives no
 * guarantee about numeric-looking short answers; they are kept as typed here.) Scale answers are numbers
 * and date answers are date cells (§2.1.7); checkbox answers are joined with ", " in choice order (§2.1.6).
 */
function cellOfAnswer(
  item: ItemRecord,
  value: ResponseRecord['answers'][number]['value'],
  timeZone: string,
): unknown {
  switch (item.kind) {
    case 'CHECKBOX':
      return joinInOrder(value as string[], item.choices);
    case 'SCALE':
      return Number(value);
    case 'DATE': {
      const [y, m, d] = String(value).split('-').map(Number);
      return new Date(zonedTime(timeZone, y!, m!, d!));
    }
    default:
      return value;
  }
}

/** Chosen values in the order the form lists them; "other" answers (not among the choices) last. */
function joinInOrder(chosen: string[], order: string[]): string {
  const known = order.filter((c) => chosen.includes(c));
  const others = chosen.filter((c) => !order.includes(c));
  return [...known, ...others].join(', ');
}

function displayOf(cell: unknown, key: string, timeZone: string, locale: string): string {
  if (cell instanceof Date) {
    return key === 'timestamp'
      ? formatLocaleDateTime(cell.getTime(), timeZone, locale)
      : formatLocaleDate(cell.getTime(), timeZone, locale);
  }
  return cell === null || cell === undefined ? '' : String(cell);
}
