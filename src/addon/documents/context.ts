import {
  MentoringError,
  ORDER_REGISTER_SHEET,
  PAIRS_SHEET,
  checkTemplate,
  competencesFromSettings,
  documentFolderPath,
  knownPaths,
  locationLabel,
  messages,
  parseOrderRegisters,
  parseYearStart,
  planRender,
  readSettings,
  recordYearLabel,
  sheetSpec,
  sourceLines,
} from '../../core';
import type {
  RenderPlan,
  TemplateData,
  TemplateKey,
  TemplateOutline,
  TemplateProblem,
  YearStart,
} from '../../core';
import { DEFAULT_TEMPLATES } from '../../core/documents/templates';
import { DRIVE_PROPERTY, parseStoredDrive, type StoredDrive } from '../../core/setup/set-up-documents';
import type { CellValue, KeyValueStore } from '../../ports';
import type { DriveFile } from '../../ports/documents';
import type { AddonDeps } from '../composition-root';

/**
 * What one generation run knows: the sheets it read once under the lock, the Drive ids set-up stored,
 * the settings, the clock and the time zone. `make` turns a template and its data into a document, so
 * every kind goes through the same steps: check the template, plan, copy, apply, replace the previous
 * version, journal.
 */

/** Problems listed in one alert before «…и ещё N». */
const LISTED_PROBLEMS = 12;

/** Mark in a generated document's Drive description, followed by its document key. */
export const GENERATED_MARK = 'nastavnik-document:';
/** Second line of the description of a document a resumable batch made: `job=<id>`. */
export const JOB_MARK = 'job=';

export interface Made {
  kind: TemplateKey;
  key: string;
  name: string;
  document: DriveFile;
  pdf: DriveFile | null;
  replaced: boolean;
  warnings: TemplateProblem[];
}

export class GenerationRun {
  readonly now: Date;
  readonly timeZone: string;
  readonly settings: Record<string, string>;
  readonly yearStart: YearStart;
  readonly pdf: boolean;
  readonly made: Made[] = [];
  private readonly outlines = new Map<TemplateKey, TemplateOutline>();

  constructor(
    readonly deps: AddonDeps,
    readonly store: KeyValueStore,
    readonly stored: StoredDrive,
    readonly sheets: Map<string, CellValue[][]>,
    now: Date = deps.clock.now(),
  ) {
    this.now = now;
    this.timeZone = deps.documents.timeZone();
    this.settings = { ...readSettings(sheets.get(sheetSpec('settings').name) ?? []) };
    this.yearStart = parseYearStart(this.settings['orders.yearStart'] ?? '');
    this.pdf = /^(да|yes|true|1)$/i.test(String(this.settings['documents.pdfCopy'] ?? '').trim());
  }

  /**
   * Reads the documents' sheets once each and the stored Drive ids; set-up must have run. `now` is the
   * documents' date: a resumed batch keeps the day it started (item 7).
   */
  static open(deps: AddonDeps, now?: Date): GenerationRun {
    const store = deps.properties.document();
    if (!store) throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument);
    const stored = parseStoredDrive(store.get(DRIVE_PROPERTY));
    if (!stored || !stored.documentsFolderId)
      throw new MentoringError('DOCUMENTS_NOT_SET_UP', messages.generation.notSetUp);
    const sheets = deps.blocks.read([
      sheetSpec('settings').name,
      PAIRS_SHEET,
      sheetSpec('mentors').name,
      sheetSpec('mentees').name,
      ORDER_REGISTER_SHEET,
    ]);
    for (const name of [PAIRS_SHEET, ORDER_REGISTER_SHEET, sheetSpec('settings').name])
      if (!sheets.has(name))
        throw new MentoringError('DOCUMENTS_NOT_SET_UP', messages.generation.notSetUp, name);
    return new GenerationRun(deps, store, stored, sheets, now);
  }

  get competences() {
    return competencesFromSettings(this.settings);
  }

  /** The register orders go to: the one `orders.registerSuffix` names, else the first of `orders.registers`. */
  get register(): string {
    const registers = parseOrderRegisters(this.settings['orders.registers'] ?? '');
    const wanted = String(this.settings['orders.registerSuffix'] ?? '')
      .trim()
      .replace(/^-+/, '')
      .toLowerCase();
    return registers.find((r) => r.key === wanted)?.key ?? registers[0]?.key ?? (wanted || 'од');
  }

  get yearLabel(): string {
    return recordYearLabel(this.now, this.yearStart, this.timeZone);
  }

  /** The template's outline, checked: a template that is gone or has errors stops the run before any copy. */
  outline(kind: TemplateKey): TemplateOutline {
    const cached = this.outlines.get(kind);
    if (cached) return cached;
    const title = DEFAULT_TEMPLATES[kind].title;
    const id = this.stored.templates[kind] ?? '';
    if (this.deps.documents.itemState(id, 'file') !== 'present')
      throw new MentoringError('TEMPLATE_GONE', messages.generation.templateGone(title), `${kind}: ${id}`);
    const outline = this.deps.documents.readOutline(id);
    const check = checkTemplate(outline, knownPaths(kind));
    if (check.errors.length > 0) throw templateErrors(kind, outline, check.errors);
    this.outlines.set(kind, outline);
    return outline;
  }

  /** The render plan; errors found with the data (not the template) stop the run before any copy too. */
  plan(kind: TemplateKey, data: TemplateData): RenderPlan {
    const outline = this.outline(kind);
    const plan = planRender(outline, data, {
      timeZone: this.timeZone,
      missing: messages.documents.missingValue,
    });
    if (plan.errors.length > 0) throw templateErrors(kind, outline, plan.errors);
    return plan;
  }

  /**
   * Makes the document from a plan made beforehand, then moves the previous version (a file the
   * add-on made, by its mark) and its PDF to the trash: staff find one current file per document in
   * the folder, and the old one in the trash if they need it.
   */
  make(request: {
    kind: TemplateKey;
    key: string;
    name: string;
    plan: RenderPlan;
    previousId: string | null;
    /** A resumable batch's id, recorded in the description so its own copies are recognised (item 7). */
    jobId?: string;
  }): Made {
    const folderId = this.folderFor(request.kind);
    const rendered = this.deps.documents.render({
      templateId: this.stored.templates[request.kind]!,
      name: request.name,
      folderId,
      plan: request.plan,
      description:
        `${GENERATED_MARK}${request.key}${request.jobId ? `\n${JOB_MARK}${request.jobId}` : ''}` +
        sourceLines(this.spreadsheetId(), this.stored.templates[request.kind]!),
      ...(this.pdf ? { pdfName: `${request.name}.pdf` } : {}),
    });
    const replaced = request.previousId
      ? this.trashPrevious(request.previousId, rendered.document.id)
      : false;
    const made: Made = {
      kind: request.kind,
      key: request.key,
      name: request.name,
      document: rendered.document,
      pdf: rendered.pdf,
      replaced,
      warnings: request.plan.warnings,
    };
    this.made.push(made);
    return made;
  }

  /** Recorded in each document's description, so the Docs menu finds the spreadsheet (item 8). */
  private spreadsheetId(): string | null {
    return this.deps.workbook.spreadsheetId?.() ?? null;
  }

  /** The folder a kind of document goes to this record-keeping year («2026 / Программы»). */
  folderFor(kind: TemplateKey): string {
    return this.deps.documents.folderPath(
      this.stored.documentsFolderId,
      documentFolderPath(kind, this.yearLabel),
    );
  }

  /** Generated documents that no sheet links to (the regulation, the road map) are kept in `nastavnik.drive`. */
  rememberGenerated(key: string, id: string): void {
    this.stored.generated = { ...(this.stored.generated ?? {}), [key]: id };
    this.store.set(DRIVE_PROPERTY, JSON.stringify(this.stored));
  }

  /** Journal lines: one per document, plus the renderer's warnings («____» where a value is missing). */
  journal(): void {
    this.deps.journal.writeAll(
      this.made.flatMap((m) => [
        {
          level: 'INFO' as const,
          code: m.replaced ? 'DOCUMENT_REPLACED' : 'DOCUMENT_MADE',
          message: m.replaced
            ? messages.generation.journalReplaced(m.name)
            : messages.generation.journalMade(m.name),
          details: [m.key, m.document.url, m.pdf?.url ?? ''].filter((s) => s).join('\n'),
        },
        ...(m.warnings.length > 0
          ? [
              {
                level: 'WARNING' as const,
                code: 'DOCUMENT_WARNINGS',
                message: messages.generation.journalWarnings(m.name),
                details: m.warnings.map((w) => `${w.where}: ${w.message}`).join('\n'),
              },
            ]
          : []),
      ]),
    );
  }

  /** The notes under a summary: what was replaced, PDF copies, warnings. */
  notes(): string[] {
    const warnings = this.made.reduce((n, m) => n + m.warnings.length, 0);
    return [
      ...(this.made.some((m) => m.replaced) ? [messages.generation.replacedNote] : []),
      ...(this.pdf && this.made.length > 0 ? [messages.generation.pdfNote] : []),
      ...(warnings > 0 ? [messages.generation.warningsNote(warnings)] : []),
    ];
  }

  private trashPrevious(previousId: string, newId: string): boolean {
    if (previousId === newId) return false;
    const description = this.deps.documents.description(previousId);
    // Only a file this add-on generated: a link staff pointed elsewhere is left alone.
    if (description === null || !description.includes(GENERATED_MARK)) return false;
    const pdf = /(?:^|\n)pdf=(\S+)/.exec(description)?.[1];
    if (pdf && this.deps.documents.itemState(pdf, 'file') === 'present') this.deps.documents.trash(pdf);
    if (this.deps.documents.itemState(previousId, 'file') === 'present')
      this.deps.documents.trash(previousId);
    return true;
  }
}

/** The problems as one Russian message: where, what, how to fix; at most LISTED_PROBLEMS lines. */
export function problemList(outline: TemplateOutline, problems: readonly TemplateProblem[]): string {
  const lines = problems
    .slice(0, LISTED_PROBLEMS)
    .map((p) =>
      messages.generation.problemLine(
        p.where || messages.documents.capitalise(locationLabel(outline, p.location)),
        p.message,
        p.hint,
      ),
    );
  if (problems.length > LISTED_PROBLEMS)
    lines.push(messages.generation.moreProblems(problems.length - LISTED_PROBLEMS));
  return lines.join('\n');
}

function templateErrors(
  kind: TemplateKey,
  outline: TemplateOutline,
  errors: readonly TemplateProblem[],
): MentoringError {
  const title = DEFAULT_TEMPLATES[kind].title;
  return new MentoringError(
    'TEMPLATE_INVALID',
    messages.generation.templateErrors(title, errors.length, problemList(outline, errors)),
    `${kind}: ${errors.map((e) => `${e.where}: ${e.code} ${e.source}`).join('; ')}`,
  );
}

/** Google's id inside a Drive or Docs link (a cell holding the previous version's link). */
export function idFromLink(link: string): string | null {
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(link) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(link);
  return m ? m[1]! : null;
}
