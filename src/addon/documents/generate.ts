import {
  ORDER_REGISTER_COLUMNS,
  ORDER_REGISTER_SHEET,
  ORDER_REGISTER_TEXT_COLUMNS,
  PAIRS_COLUMNS,
  PAIRS_SHEET,
  allocateOrderNumber,
  documentKey,
  formatDateNumeric,
  messages,
  pairData,
  readPairRows,
  readRegisterRows,
  registerRowValues,
  renderFileName,
  tableOf,
  templateData,
} from '../../core';
import type { DocumentInput, DocumentPair, OrderInfo, PairRow, RegisterRow, TemplateKey } from '../../core';
import { PAIRS_DOCUMENT_COLUMNS } from '../../core/schema/document-columns';
import type { BlockWrite, CellValue, JournalEntry } from '../../ports';
import { GenerationRun, idFromLink } from './context';
import { bankPeople, dayDate } from './source-data';

/**
 * Stage 1 and 5.2: which documents a run makes, from which data, and what it writes back. Every plan is
 * made (and every template checked) before the first copy, so a template or data error leaves no
 * half-made batch behind. Orders are numbered in «Реестр приказов» under the document lock the entry
 * point holds; a document made again keeps its number (the register row's key) and replaces its
 * previous version.
 */

const REGISTERED = 'зарегистрирован';

interface Planned {
  kind: TemplateKey;
  key: string;
  name: string;
  plan: ReturnType<GenerationRun['plan']>;
  previousId: string | null;
}

const columnIndex = (headers: readonly CellValue[], header: string): number =>
  headers.findIndex((h) => String(h).trim().toLowerCase() === header.toLowerCase());

/** «№ 12-од от 01.09.2026» (what the pairs sheet shows) → the order. */
export function parseOrderCell(text: string): OrderInfo | null {
  const m = /№\s*(\S+)\s+от\s+(\S+)/.exec(text);
  const date = m ? dayDate(m[2]!) : null;
  return m && date ? { number: m[1]!, date } : null;
}

function fileName(
  run: GenerationRun,
  kind: TemplateKey,
  settingKey: string,
  data: ReturnType<typeof templateData>,
): string {
  return renderFileName(String(run.settings[settingKey] ?? '{{вид}}'), data, {
    timeZone: run.timeZone,
    kind,
    today: run.now,
  });
}

/** The register's rows and where the next row goes. */
function register(run: GenerationRun): { rows: RegisterRow[]; headers: CellValue[]; next: number } {
  const values = run.sheets.get(ORDER_REGISTER_SHEET) ?? [];
  const table = tableOf(ORDER_REGISTER_SHEET, values);
  return { rows: readRegisterRows(values), headers: table.headers, next: table.rows.length + 2 };
}

/**
 * Numbers an order (or finds its number again) and returns the order, its previous document and the
 * register write to make once the document exists.
 */
function registerOrder(
  run: GenerationRun,
  key: string,
): { order: OrderInfo; previousId: string | null; write: (title: string, link: string) => BlockWrite } {
  const reg = register(run);
  const allocated = allocateOrderNumber(reg.rows, {
    register: run.register,
    key,
    date: run.now,
    yearStart: run.yearStart,
    timeZone: run.timeZone,
  });
  const previous = allocated.row;
  const order: OrderInfo = {
    number: allocated.number,
    date: (previous && dayDate(previous.date)) || run.now,
  };
  const write = (title: string, link: string): BlockWrite => {
    if (previous) {
      const at = columnIndex(reg.headers, ORDER_REGISTER_COLUMNS.link);
      return {
        sheet: ORDER_REGISTER_SHEET,
        row: previous.row,
        column: at + 1,
        values: [[link]],
        textColumns: [at + 1],
      };
    }
    // registerRowValues lists the values in ORDER_REGISTER_COLUMNS order; the row is laid out by header,
    // so columns staff moved still get their values.
    const values = registerRowValues(allocated, { date: order.date, title, link, status: REGISTERED, key });
    const headers = Object.values(ORDER_REGISTER_COLUMNS);
    const row: CellValue[] = reg.headers.map((h) => {
      const i = headers.findIndex((x) => x.toLowerCase() === String(h).trim().toLowerCase());
      return i < 0 ? '' : (values[i] ?? '');
    });
    const textColumns = reg.headers.flatMap((h, i) =>
      ORDER_REGISTER_TEXT_COLUMNS.some((t) => t.toLowerCase() === String(h).trim().toLowerCase())
        ? [i + 1]
        : [],
    );
    return { sheet: ORDER_REGISTER_SHEET, row: reg.next, column: 1, values: [row], textColumns };
  };
  return { order, previousId: previous ? idFromLink(previous.link) : null, write };
}

/** «Сформировать локальные акты»: the order approving the regulation (numbered), the regulation, the road map. */
export function generateLocalActs(run: GenerationRun): string {
  const key = documentKey('orderRegulation', []);
  const registered = registerOrder(run, key);
  const order = registered.order;
  const inputs: DocumentInput[] = [
    { kind: 'orderRegulation', settings: run.settings, order, today: run.now },
    { kind: 'regulation', settings: run.settings, order, today: run.now },
    { kind: 'roadmap', settings: run.settings, order, today: run.now },
  ];
  const planned: Planned[] = inputs.map((input) => {
    const data = templateData(input);
    const docKey = input.kind === 'orderRegulation' ? key : documentKey(input.kind, []);
    return {
      kind: input.kind,
      key: docKey,
      name: fileName(run, input.kind, 'documents.fileName.localActs', data),
      plan: run.plan(input.kind, data),
      previousId:
        input.kind === 'orderRegulation' ? registered.previousId : (run.stored.generated?.[docKey] ?? null),
    };
  });
  const writes: BlockWrite[] = [];
  const lines: string[] = [];
  try {
    for (const p of planned) {
      const made = run.make(p);
      if (p.kind === 'orderRegulation') {
        writes.push(registered.write(messages.documents.kinds.orderRegulation, made.document.url));
        lines.push(
          messages.generation.madeOrder(
            messages.documents.kinds.orderRegulation,
            order.number,
            formatDateNumeric(order.date, run.timeZone),
          ),
        );
      } else {
        run.rememberGenerated(p.key, made.document.id);
        lines.push(messages.generation.madeDocument(made.name));
      }
    }
  } finally {
    // Whatever was made is registered and journaled, even when a later document failed.
    run.deps.blocks.write(writes);
    run.journal();
  }
  return [messages.generation.localActsDone(lines), ...run.notes()].join('\n');
}

/** One document of the pairs' batch, with what to record once it exists (a link, a register row). */
export type PairDocument = Planned & { after: (url: string) => void };

/**
 * «Сформировать документы по парам» planned: the order on new pairs, a programme per pair, a consent per
 * mentor, each with its key, name and render plan, in the order they are made. Nothing is made here;
 * the batch (batch.ts) makes them one by one and may stop and resume between them.
 */
export interface PairDocumentsPlan {
  items: PairDocument[];
  /** Register rows of orders made since the last call: written at once, so a number is never lost. */
  takeRegisterWrites(): BlockWrite[];
  /** The links back to «Пары и группы» of every document recorded through `after`. */
  linkWrites(): BlockWrite[];
  /** The summary's lines for what was recorded. */
  summaryLines(): string[];
  /** Journal lines for the pairs left out for missing data (item 10). */
  problems: JournalEntry[];
}

/** The pairs' documents to make, or null when no pair is approved or active. */
export function planPairDocuments(run: GenerationRun): PairDocumentsPlan | null {
  const pairsValues = run.sheets.get(PAIRS_SHEET) ?? [];
  const table = tableOf(PAIRS_SHEET, pairsValues);
  const rows = readPairRows(table).filter((r) => r.kind === 'approved' || r.kind === 'active');
  if (rows.length === 0) return null;
  const cell = (r: PairRow, header: string): CellValue => {
    const at = columnIndex(table.headers, header);
    return at < 0 ? '' : (table.rows[r.row - 2]?.[at] ?? '');
  };
  const banks = { mentors: bankPeople(run, 'mentors'), mentees: bankPeople(run, 'mentees') };
  // Item 10: a pair with missing data (a person gone from the bank, no ФИО, position or start date) gets
  // no document; the others do, and the summary and the journal name the pair and what is missing.
  const checked = rows.map((r) => ({
    row: r,
    data: pairData(r, banks, {
      start: dayDate(cell(r, PAIRS_COLUMNS.start)),
      end: dayDate(cell(r, PAIRS_COLUMNS.end)),
    }),
  }));
  const skipped = checked.filter((p) => p.data.problems.length > 0);
  const pairs = checked
    .filter((p) => p.data.problems.length === 0)
    .map((p) => ({
      row: p.row,
      pair: {
        ...p.data.pair,
        order: parseOrderCell(String(cell(p.row, PAIRS_COLUMNS.order))),
      } as DocumentPair,
    }));

  const items: PairDocument[] = [];
  let registerWrites: BlockWrite[] = [];
  const orderCells = new Map<number, string>();
  const programmeCells = new Map<number, string>();
  const consentCells = new Map<number, string>();
  const orderLines: string[] = [];
  let consents = 0;

  // 1. The order on the pairs that have none yet: one order for all of them.
  const unordered = pairs.filter((p) => !p.pair.order);
  if (unordered.length > 0) {
    const key = documentKey(
      'orderPairs',
      unordered.map((p) => p.pair.id),
    );
    const registered = registerOrder(run, key);
    const regulation = readRegisterRows(run.sheets.get(ORDER_REGISTER_SHEET) ?? []).find(
      (r) => r.key === documentKey('orderRegulation', []),
    );
    const regulationOrder = regulation
      ? { number: regulation.number, date: dayDate(regulation.date) ?? run.now }
      : null;
    const data = templateData({
      kind: 'orderPairs',
      settings: run.settings,
      order: registered.order,
      pairs: unordered.map((p) => p.pair),
      regulationOrder,
      today: run.now,
    });
    const text = messages.generation.orderCell(
      registered.order.number,
      formatDateNumeric(registered.order.date, run.timeZone),
    );
    for (const p of unordered) p.pair.order = registered.order;
    items.push({
      kind: 'orderPairs',
      key,
      name: fileName(run, 'orderPairs', 'documents.fileName.orderPairs', data),
      plan: run.plan('orderPairs', data),
      previousId: registered.previousId,
      after: (url) => {
        // An order number is written back only with its order.
        for (const p of unordered) orderCells.set(p.row.row, text);
        registerWrites.push(registered.write(messages.documents.kinds.orderPairs, url));
        orderLines.push(
          messages.generation.madeOrder(
            messages.documents.kinds.orderPairs,
            registered.order.number,
            formatDateNumeric(registered.order.date, run.timeZone),
          ),
        );
      },
    });
  }

  // 2. A programme per pair or group.
  for (const p of pairs) {
    const data = templateData({
      kind: 'programme',
      settings: run.settings,
      pair: p.pair,
      timeZone: run.timeZone,
      today: run.now,
    });
    items.push({
      kind: 'programme',
      key: documentKey('programme', [p.pair.id]),
      name: fileName(run, 'programme', 'documents.fileName.programme', data),
      plan: run.plan('programme', data),
      previousId: idFromLink(String(cell(p.row, PAIRS_DOCUMENT_COLUMNS.programme))),
      after: (url) => programmeCells.set(p.row.row, url),
    });
  }

  // 3. The mentor's written consent (ТК РФ ст. 351.8), one per mentor covering all their pairs.
  const byMentor = new Map<string, typeof pairs>();
  for (const p of pairs) byMentor.set(p.row.mentorEmail, [...(byMentor.get(p.row.mentorEmail) ?? []), p]);
  for (const [, own] of byMentor) {
    const data = templateData({
      kind: 'consentMentor',
      settings: run.settings,
      mentor: own[0]!.pair.mentor,
      pairs: own.map((p) => p.pair),
      date: run.now,
      today: run.now,
    });
    const previous = own
      .map((p) => idFromLink(String(cell(p.row, PAIRS_DOCUMENT_COLUMNS.mentorConsent))))
      .find((id) => id);
    items.push({
      kind: 'consentMentor',
      key: documentKey(
        'consentMentor',
        own.map((p) => p.pair.id),
      ),
      name: fileName(run, 'consentMentor', 'documents.fileName.consentMentor', data),
      plan: run.plan('consentMentor', data),
      previousId: previous ?? null,
      after: (url) => {
        consents += 1;
        for (const p of own) consentCells.set(p.row.row, url);
      },
    });
  }

  return {
    items,
    takeRegisterWrites: () => {
      const out = registerWrites;
      registerWrites = [];
      return out;
    },
    // Links of what was made land even when a later document failed: no document without its link.
    linkWrites: () =>
      columnWrites(
        table.headers,
        pairsValues.length,
        [
          [PAIRS_COLUMNS.order, orderCells],
          [PAIRS_DOCUMENT_COLUMNS.programme, programmeCells],
          [PAIRS_DOCUMENT_COLUMNS.mentorConsent, consentCells],
        ],
        pairsValues,
      ),
    summaryLines: () => [
      ...orderLines,
      messages.generation.madeCount(messages.generation.programmes, programmeCells.size),
      messages.generation.madeCount(messages.generation.mentorConsents, consents),
      ...(skipped.length > 0
        ? [
            messages.docsMenu.pairsSkippedTitle,
            ...skipped.map((p) => messages.docsMenu.pairSkipped(p.row.id, p.data.problems)),
          ]
        : []),
    ],
    problems: skipped.map((p) => ({
      level: 'WARNING' as const,
      code: 'PAIR_DATA_MISSING',
      message: messages.docsMenu.journalPairSkipped(p.row.id),
      details: p.data.problems.join('\n'),
    })),
  };
}

/**
 * One block per column written back to «Пары и группы»: the column's values as read under the lock,
 * with this run's cells changed, so three setValues cover any number of pairs.
 */
function columnWrites(
  headers: readonly CellValue[],
  height: number,
  columns: Array<[string, Map<number, string>]>,
  values: readonly (readonly CellValue[])[],
): BlockWrite[] {
  const out: BlockWrite[] = [];
  for (const [header, cells] of columns) {
    if (cells.size === 0) continue;
    const at = columnIndex(headers, header);
    if (at < 0) continue;
    const last = Math.max(height, ...cells.keys());
    const column: CellValue[][] = [];
    for (let row = 2; row <= last; row++) column.push([cells.get(row) ?? values[row - 1]?.[at] ?? '']);
    out.push({ sheet: PAIRS_SHEET, row: 2, column: at + 1, values: column, textColumns: [at + 1] });
  }
  return out;
}
