/**
 * The default contents of the templates (issue 5, decision 1; the final report of issue 6, item 6), as
 * plain data.
 *
 * ## Data format (the contract with the adapter that creates the Google Docs)
 * A template is a `TemplateDoc`:
 *   `{ key, title, header?, body, footer? }`
 * - `key`: the TemplateKey (`orderRegulation`, `regulation`, `roadmap`, `orderPairs`, `programme`,
 *   `consentPersonalData`, `consentMentor`, `finalReport`).
 * - `title`: the Google Doc's name in the folder «Наставничество — шаблоны», e.g.
 *   «Шаблон — Приказ о закреплении наставнических пар (групп)».
 * - `header` / `footer`: blocks of the Doc's header and footer sections; absent = the Doc has none.
 * - `body`: blocks of the body, in order.
 * A `Block` is one of
 * - `{ kind: 'paragraph', text, style?, align?, bold? }` — one paragraph (the Doc's paragraph = one
 *   text block, so placeholders never span two). `style`: 'title' (the document kind, «ПРИКАЗ»),
 *   'heading' (section headings), 'normal' (default), 'signature' (signature and approval lines),
 *   'small' (approval stamps of annexes, notes, footers). `align` defaults to 'left'; running text is
 *   'justify'. `bold` applies to the whole paragraph. `text` may be '' (an empty line). Suggested fonts:
 *   Times New Roman 14 pt (normal, heading, title, signature), 12 pt (small); single spacing; first-line
 *   indent 1.25 cm for justified text (ГОСТ Р 7.0.97-2016, 6.5).
 * - `{ kind: 'table', header, rows }` — a table: `header` is the first row (bold), `rows` are body rows
 *   of the same width, each cell one paragraph of text. A row whose first cell starts with
 *   `{{#каждый список как элемент}}` is the repeated row; it stays in the template as written.
 *   Docs adds an empty paragraph after every appended table (§3.8), so the data never puts an empty
 *   line right after a table.
 * - `{ kind: 'pageBreak' }` — a page break (a paragraph holding it, in Docs).
 * The text uses the template language of issue 5 §2 (`{{путь|фильтр}}`, `{{#если …}}…{{/если}}`);
 * every template passes `checkTemplate(templateOutline(doc), knownPaths(doc.key))` (tests prove it).
 *
 * Set-up creates a template from this data only when it is missing; staff own it afterwards.
 */
import type { TemplateOutline, OutlineBlock } from '../outline';
import type { TemplateKey } from '../types';
import { TEMPLATE_KEYS } from '../types';
import type { Block } from './blocks';
import { CONSENT_MENTOR_BODY } from './consent-mentor';
import { CONSENT_PERSONAL_DATA_BODY } from './consent-personal-data';
import { FINAL_REPORT_BODY } from './final-report';
import { ORDER_PAIRS_BODY } from './order-pairs';
import { ORDER_REGULATION_BODY } from './order-regulation';
import { PROGRAMME_BODY, PROGRAMME_FOOTER } from './programme';
import { REGULATION_BODY, REGULATION_FOOTER } from './regulation';
import { ROADMAP_BODY } from './roadmap';

export type {
  Block,
  PageBreakBlock,
  ParagraphAlign,
  ParagraphBlock,
  ParagraphStyle,
  TableBlock,
} from './blocks';

export interface TemplateDoc {
  key: TemplateKey;
  /** The Google Doc's name. */
  title: string;
  header?: Block[];
  body: Block[];
  footer?: Block[];
}

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKey, TemplateDoc>> = {
  orderRegulation: {
    key: 'orderRegulation',
    title: 'Шаблон — Приказ об утверждении положения о системе наставничества',
    body: ORDER_REGULATION_BODY,
  },
  regulation: {
    key: 'regulation',
    title: 'Шаблон — Положение о системе наставничества педагогических работников',
    body: REGULATION_BODY,
    footer: REGULATION_FOOTER,
  },
  roadmap: {
    key: 'roadmap',
    title: 'Шаблон — Дорожная карта по реализации положения о системе наставничества',
    body: ROADMAP_BODY,
  },
  orderPairs: {
    key: 'orderPairs',
    title: 'Шаблон — Приказ о закреплении наставнических пар (групп)',
    body: ORDER_PAIRS_BODY,
  },
  programme: {
    key: 'programme',
    title: 'Шаблон — Персонализированная программа наставничества',
    body: PROGRAMME_BODY,
    footer: PROGRAMME_FOOTER,
  },
  consentPersonalData: {
    key: 'consentPersonalData',
    title: 'Шаблон — Согласие на обработку персональных данных',
    body: CONSENT_PERSONAL_DATA_BODY,
  },
  consentMentor: {
    key: 'consentMentor',
    title: 'Шаблон — Согласие педагогического работника на наставничество (ст. 351.8 ТК РФ)',
    body: CONSENT_MENTOR_BODY,
  },
  finalReport: {
    key: 'finalReport',
    title: 'Шаблон — Итоговый отчёт о реализации программ наставничества',
    body: FINAL_REPORT_BODY,
  },
};

/** The default templates in the order of TEMPLATE_KEYS (set-up creates them in this order). */
export function defaultTemplates(): TemplateDoc[] {
  return TEMPLATE_KEYS.map((key) => DEFAULT_TEMPLATES[key]);
}

function outlineBlocks(blocks: readonly Block[]): OutlineBlock[] {
  return blocks.flatMap((block): OutlineBlock[] => {
    if (block.kind === 'paragraph') return [{ text: block.text }];
    // A page break lives in a paragraph of its own with no text, which is how the shell reads it back.
    if (block.kind === 'pageBreak') return [{ text: '' }];
    const table: OutlineBlock = {
      rows: [block.header, ...block.rows].map((cells) => ({
        cells: cells.map((cell) => ({ paragraphs: [{ text: cell }] })),
      })),
    };
    // appendTable always adds an empty paragraph after the table (apps-script-behaviours §3.8).
    return [table, { text: '' }];
  });
}

/**
 * The outline the shell reads back from a Doc made of `doc` by appending its blocks: the same
 * paragraphs and tables in the same order, the table's header as row 0, and the empty paragraph Docs
 * adds after every appended table — so the checker's locations («Абзац 12», «Таблица 2, строка 3»)
 * point into the created Doc.
 */
export function templateOutline(doc: TemplateDoc): TemplateOutline {
  const outline: TemplateOutline = { body: outlineBlocks(doc.body) };
  if (doc.header) outline.header = outlineBlocks(doc.header);
  if (doc.footer) outline.footer = outlineBlocks(doc.footer);
  return outline;
}

/** The plain text of a template, paragraphs and cells one per line (tests and previews search it). */
export function templatePlainText(doc: TemplateDoc): string {
  const lines = (blocks: readonly Block[] | undefined): string[] =>
    (blocks ?? []).flatMap((block) => {
      if (block.kind === 'paragraph') return [block.text];
      if (block.kind === 'pageBreak') return [];
      return [block.header, ...block.rows].map((row) => row.join(' | '));
    });
  return [...lines(doc.header), ...lines(doc.body), ...lines(doc.footer)].join('\n');
}
