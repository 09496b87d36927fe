import {
  MentoringError,
  PAIRS_COLUMNS,
  PROGRESS_COLUMNS,
  PROGRESS_SHEET,
  SHEETS,
  activitiesOf,
  completionMark,
  completionsOf,
  documentKey,
  formatDateNumeric,
  headersOf,
  messages,
  parseActivityChoice,
  parseGeneratedMark,
  planMarkEdits,
  templateData,
  withCompletions,
} from '../../core';
import type { DocumentPair, GeneratedMark, TemplateData } from '../../core';
import { templateKeyOf } from '../../core/setup/set-up-documents';
import type { CellValue, Journal, JournalEntry, KeyValueStore } from '../../ports';
import type { AddonDeps } from '../composition-root';
import { reportFailure } from '../edge';
import { GENERATED_MARK, GenerationRun } from './context';
import {
  dayDate,
  finalReportInput,
  monitoringFormOf,
  monitoringResponses,
  registeredOrder,
  regulationOrder,
  sheetPairs,
  sourceSheets,
} from './source-data';

/**
 * The Docs menu in a generated document (issue 5, item 8). The Doc's Drive description names its
 * document key, the spreadsheet it was made from and its template (generated-mark.ts); the spreadsheet
 * is opened by id and read as generation reads it, the template is checked and planned as generation
 * does, and the plan is applied to the open Doc in place, so its file id and links stay the same.
 *
 * Failures become a Russian alert and a journal line in the spreadsheet when it is reachable (the Doc
 * has no «Журнал»), else the execution log.
 */

/** Which Docs menu the open Doc gets: null when it cannot be told (before authorization): every item. */
export type DocsMenuKind = 'template' | 'programme' | 'generated' | 'other';

export function docsMenuKind(deps: AddonDeps): DocsMenuKind | null {
  const active = deps.documents.activeDescription();
  if (!active) return null;
  if (templateKeyOf(active.description)) return 'template';
  const mark = parseGeneratedMark(active.description, GENERATED_MARK);
  if (mark) return mark.kind === 'programme' ? 'programme' : 'generated';
  return active.description === '' ? null : 'other';
}

interface Source {
  name: string;
  url: string;
  /** The Doc's Drive description (the final report names its monitoring form there). */
  description: string;
  mark: GeneratedMark & { templateId: string };
  sheetDeps: AddonDeps;
  run: GenerationRun;
}

/** A store for the run's bookkeeping: the Doc keeps nothing in the spreadsheet's properties. */
const noStore: KeyValueStore = {
  get: () => null,
  set: () => undefined,
  setAll: () => undefined,
  remove: () => undefined,
};

/** The open generated Doc, its spreadsheet opened and read; `journal` is set as soon as it is reachable. */
function openSource(deps: AddonDeps, journal: { to: Journal }): Source {
  const active = deps.documents.activeDescription();
  const mark = active ? parseGeneratedMark(active.description, GENERATED_MARK) : null;
  if (!active || !mark || mark.kind === 'consentPersonalData')
    throw new MentoringError('NOT_GENERATED', messages.docsMenu.notGenerated, active?.id ?? 'no document');
  if (!mark.spreadsheetId || !mark.templateId || !deps.openSpreadsheet)
    throw new MentoringError('NO_SOURCE_SPREADSHEET', messages.docsMenu.noSpreadsheet, mark.key);
  const sheetDeps = deps.openSpreadsheet(mark.spreadsheetId);
  let sheets: Map<string, CellValue[][]>;
  try {
    sheets = sheetDeps.blocks.read(sourceSheets(mark.kind));
  } catch (error) {
    throw new MentoringError(
      'SOURCE_SPREADSHEET_UNREACHABLE',
      messages.docsMenu.spreadsheetUnreachable,
      `${mark.spreadsheetId}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  journal.to = sheetDeps.journal;
  const stored = {
    rootFolderId: '',
    templatesFolderId: '',
    documentsFolderId: '',
    templates: { [mark.kind]: mark.templateId },
  };
  const run = new GenerationRun(sheetDeps, noStore, stored, sheets);
  return {
    name: active.name,
    url: active.url,
    description: active.description,
    mark: { ...mark, templateId: mark.templateId },
    sheetDeps,
    run,
  };
}

/** The pairs of the key as the sheet has them now; a pair gone or with missing data stops the refresh. */
function pairsOf(
  run: GenerationRun,
  mark: GeneratedMark,
): Array<{ pair: DocumentPair; cell: (h: string) => CellValue }> {
  const all = sheetPairs(run);
  return mark.pairIds.map((id) => {
    const found = all.find((p) => p.row.id === id && p.row.kind !== 'terminated');
    if (!found) throw new MentoringError('PAIR_GONE', messages.docsMenu.pairGone(id), mark.key);
    if (found.data.problems.length > 0)
      throw new MentoringError(
        'PAIR_DATA_MISSING',
        messages.docsMenu.pairSkipped(id, found.data.problems).replace(/^• /, ''),
        mark.key,
      );
    return { pair: found.data.pair, cell: found.cell };
  });
}

/** «№ 12-од от 01.09.2026» (what the pairs sheet shows) → the order. */
function orderOfCell(text: string) {
  const m = /№\s*(\S+)\s+от\s+(\S+)/.exec(text);
  const date = m ? dayDate(m[2]!) : null;
  return m && date ? { number: m[1]!, date } : null;
}

/** The data the document is rendered from, re-read for its key. */
function sourceData(source: Source): TemplateData {
  const { run, mark } = source;
  const settings = run.settings;
  switch (mark.kind) {
    case 'programme': {
      const [p] = pairsOf(run, mark);
      if (!p) throw new MentoringError('PAIR_GONE', messages.docsMenu.pairGone(''), mark.key);
      const order = orderOfCell(String(p.cell(PAIRS_COLUMNS.order)));
      const data = templateData({
        kind: 'programme',
        settings,
        pair: { ...p.pair, order },
        timeZone: run.timeZone,
        today: run.now,
      });
      const done = completionsOf(run.sheets.get(PROGRESS_SHEET) ?? [], p.pair.id);
      return withCompletions(data, done, run.timeZone);
    }
    case 'consentMentor': {
      const pairs = pairsOf(run, mark).map((p) => p.pair);
      return templateData({
        kind: 'consentMentor',
        settings,
        mentor: pairs[0]!.mentor,
        pairs,
        date: run.now,
        today: run.now,
      });
    }
    case 'orderPairs': {
      const order = registeredOrder(run, mark.key);
      if (!order) throw new MentoringError('ORDER_GONE', messages.docsMenu.orderGone, mark.key);
      const pairs = pairsOf(run, mark).map((p) => ({ ...p.pair, order }));
      return templateData({
        kind: 'orderPairs',
        settings,
        order,
        pairs,
        regulationOrder: regulationOrder(run),
        today: order.date,
      });
    }
    case 'orderRegulation':
    case 'regulation':
    case 'roadmap': {
      const order = registeredOrder(run, documentKey('orderRegulation', []));
      if (!order && mark.kind === 'orderRegulation')
        throw new MentoringError('ORDER_GONE', messages.docsMenu.orderGone, mark.key);
      return templateData({ kind: mark.kind, settings, order, today: run.now });
    }
    case 'finalReport': {
      // The year the report was made for (its key), whatever the date or the setting says now.
      const responses = monitoringResponses(source.sheetDeps, monitoringFormOf(source.description));
      return templateData(finalReportInput(run, responses, mark.pairIds[0] ?? '').input);
    }
    case 'consentPersonalData':
      throw new MentoringError('NOT_GENERATED', messages.docsMenu.notGenerated, mark.key);
  }
}

/** Applies the plan to the open Doc; the journal lines of its warnings («____», a name not declined). */
function render(
  deps: AddonDeps,
  source: Source,
  data: TemplateData,
): { count: number; entries: JournalEntry[] } {
  const plan = source.run.plan(source.mark.kind, data);
  deps.documents.renderOpenDocument({ templateId: source.mark.templateId, plan });
  if (plan.warnings.length === 0) return { count: 0, entries: [] };
  return {
    count: plan.warnings.length,
    entries: [
      {
        level: 'WARNING',
        code: 'DOCUMENT_WARNINGS',
        message: messages.generation.journalWarnings(source.name),
        details: plan.warnings.map((w) => `${w.where}: ${w.message}`).join('\n'),
      },
    ],
  };
}

/** Runs a Docs menu action; a failure is journaled in the spreadsheet once it is open. */
function inDocs(deps: AddonDeps, action: (journal: { to: Journal }) => void): void {
  const journal = { to: deps.journal };
  try {
    action(journal);
  } catch (error) {
    reportFailure({ ui: deps.ui, journal: journal.to }, error);
  }
}

/** «Обновить из таблицы». */
export function refreshOpenDocument(deps: AddonDeps): void {
  inDocs(deps, (journal) => {
    const source = openSource(deps, journal);
    const warnings = render(deps, source, sourceData(source));
    source.sheetDeps.journal.writeAll([
      {
        level: 'INFO',
        code: 'DOCUMENT_REFRESHED',
        message: messages.docsMenu.journalRefreshed(source.name),
        details: source.mark.key,
      },
      ...warnings.entries,
    ]);
    const notes = warnings.count > 0 ? [messages.generation.warningsNote(warnings.count)] : [];
    deps.ui.alert(
      messages.docsMenu.titles.refresh,
      [messages.docsMenu.refreshed(source.name), ...notes].join('\n'),
    );
  });
}

/** «Отметить выполнение»: an activity of the programme's plan done today, in the sheet and in the Doc. */
export function markActivityDone(deps: AddonDeps): void {
  inDocs(deps, (journal) => {
    const source = openSource(deps, journal);
    const title = messages.docsMenu.titles.markDone;
    if (source.mark.kind !== 'programme') {
      deps.ui.alert(title, messages.docsMenu.notProgramme);
      return;
    }
    const { run, mark, sheetDeps } = source;
    const data = sourceData(source);
    const activities = activitiesOf(data);
    const list = activities.map((a) => messages.docsMenu.activityLine(a.number, a.text, a.mark)).join('\n');
    const answer = deps.ui.prompt(title, messages.docsMenu.choosePrompt(list));
    if (answer === null) return;
    const number = parseActivityChoice(
      answer,
      activities.map((a) => a.number),
    );
    if (number === null) {
      deps.ui.alert(title, messages.docsMenu.badChoice(answer.trim(), activities.length));
      return;
    }
    const chosen = activities.find((a) => a.number === number)!;
    if (chosen.mark) {
      deps.ui.alert(title, messages.docsMenu.alreadyDone(number, chosen.mark));
      return;
    }
    const pairId = mark.pairIds[0]!;
    const now = run.now;
    // The fact first: a Doc that fails to render keeps the old text, and «Обновить из таблицы» repairs it.
    writeCompletion(sheetDeps, run, {
      pair: pairId,
      activity: number,
      title: chosen.text,
      date: now,
      link: source.url,
    });
    const marked = withCompletions(
      data,
      new Map([...completionsOf(run.sheets.get(PROGRESS_SHEET) ?? [], pairId), [number, now]]),
      run.timeZone,
    );
    // Only the mark cell is written when the Doc's plan table is the data's plan row for row: about a
    // fifth of the calls of a render (~400 against ~2,000 in the sample scenario). Otherwise (staff edited the Doc's structure, or the data changed since
    // it was rendered) the whole Doc is rendered again as before, which also brings the rest up to date.
    const warnings = writeMarks(deps, marked) ? { count: 0, entries: [] } : render(deps, source, marked);
    sheetDeps.journal.writeAll([
      {
        level: 'INFO',
        code: 'ACTIVITY_DONE',
        message: messages.docsMenu.journalMarked(pairId, number),
        details: `${mark.key}\n${completionMark(now, run.timeZone)}`,
      },
      ...warnings.entries,
    ]);
    deps.ui.alert(title, messages.docsMenu.marked(number, formatDateNumeric(now, run.timeZone)));
  });
}

/**
 * The plan's marks written into the open programme's «Отметка о выполнении» cells, nothing else read
 * but the Doc's tables; false when that cannot be done safely (planMarkEdits says when), or a cell
 * changed between the read and the write: the caller renders the whole Doc instead.
 */
function writeMarks(deps: AddonDeps, data: TemplateData): boolean {
  const tables = deps.documents.openDocumentTables();
  const edits = tables ? planMarkEdits(tables, activitiesOf(data)) : null;
  return edits !== null && deps.documents.setOpenDocumentCells(edits);
}

/**
 * One row on «Выполнение программ», laid out by its header row. A spreadsheet set up before the sheet
 * existed gets it here (set-up makes it too). No lock: the Doc cannot take the spreadsheet's document
 * lock, and two people marking the same programme in the same second is not a case worth one.
 */
function writeCompletion(
  sheetDeps: AddonDeps,
  run: GenerationRun,
  fact: { pair: string; activity: string; title: string; date: Date; link: string },
): void {
  const spec = SHEETS.find((s) => s.name === PROGRESS_SHEET)!;
  let values = run.sheets.get(PROGRESS_SHEET);
  if (!values) {
    const textColumns = spec.columns.flatMap((c, i) => (c.text ? [i + 1] : []));
    sheetDeps.workbook.createSheet(PROGRESS_SHEET, headersOf(spec), textColumns);
    values = [headersOf(spec)];
  }
  const C = PROGRESS_COLUMNS;
  const byHeader: Record<string, CellValue> = {
    [C.pair]: fact.pair,
    [C.activity]: fact.activity,
    [C.title]: fact.title,
    [C.date]: fact.date,
    [C.document]: fact.link,
  };
  const headers = (values[0] ?? []).map((h) => String(h).trim());
  const row = headers.map((h) => byHeader[h] ?? '');
  const filled = values.filter((r) => r.some((v) => v !== '')).length;
  sheetDeps.workbook.writeBlock(PROGRESS_SHEET, Math.max(filled, 1) + 1, 1, [row]);
  sheetDeps.workbook.flush();
}
