/**
 * The template language (issue 5, decision 2), tokenised one paragraph at a time:
 * `{{путь|фильтр|…}}`, `{{#если путь}}` / `{{#если не путь}}` … `{{/если}}`, and
 * `{{#каждый список как элемент}}` at the start of a repeated table row. A paragraph's text is one
 * string whatever its formatting runs, so a placeholder split across runs is just a placeholder.
 */

export const FILTERS = [
  'именительный',
  'родительный',
  'дательный',
  'винительный',
  'творительный',
  'инициалы',
  'инициалы_впереди',
  'дата',
  'дата_прописью',
  'заглавные',
  'строчные',
] as const;

export type FilterName = (typeof FILTERS)[number];

export const isFilter = (name: string): name is FilterName => (FILTERS as readonly string[]).includes(name);

interface TagBase {
  /** Offsets in the paragraph's text; `end` exclusive. */
  start: number;
  end: number;
  /** The tag as written, braces included. */
  source: string;
}

export type Tag =
  | (TagBase & { kind: 'value'; path: string; filters: string[] })
  | (TagBase & { kind: 'if'; path: string; negate: boolean })
  | (TagBase & { kind: 'endIf' })
  | (TagBase & { kind: 'each'; list: string; alias: string | null })
  | (TagBase & { kind: 'empty' })
  | (TagBase & { kind: 'bad'; reason: 'path' | 'block' | 'each'; word: string });

export interface ParsedParagraph {
  tags: Tag[];
  /** Offset of a `{{` with no `}}` after it in the same paragraph (a placeholder split across paragraphs). */
  unclosed: number | null;
  /** Offsets of `}}` that close nothing in this paragraph. */
  strayClosings: number[];
}

const SEGMENT = String.raw`[\p{L}\p{N}_№]+`;
const PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`, 'u');

export const isPath = (text: string): boolean => PATH.test(text);

/** Tidies what is between the braces: non-breaking spaces Docs inserts, runs of spaces. */
const tidy = (inner: string): string =>
  inner
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function classify(start: number, end: number, source: string, raw: string): Tag {
  const base = { start, end, source };
  const inner = tidy(raw);
  if (inner === '') return { ...base, kind: 'empty' };
  if (inner.startsWith('/')) {
    const word = inner.slice(1).trim().toLowerCase();
    return word === 'если'
      ? { ...base, kind: 'endIf' }
      : { ...base, kind: 'bad', reason: 'block', word: inner };
  }
  if (inner.startsWith('#')) {
    const [keyword = '', ...rest] = inner.slice(1).trim().split(' ');
    const word = keyword.toLowerCase();
    if (word === 'если') {
      const negate = rest[0]?.toLowerCase() === 'не';
      const path = (negate ? rest.slice(1) : rest).join(' ');
      return isPath(path)
        ? { ...base, kind: 'if', path, negate }
        : { ...base, kind: 'bad', reason: 'path', word: path };
    }
    if (word === 'каждый') {
      const [list = '', as, alias, ...extra] = rest;
      if (isPath(list) && as === undefined) return { ...base, kind: 'each', list, alias: null };
      if (
        isPath(list) &&
        as?.toLowerCase() === 'как' &&
        alias &&
        isPath(alias) &&
        !alias.includes('.') &&
        !extra.length
      )
        return { ...base, kind: 'each', list, alias };
      return { ...base, kind: 'bad', reason: 'each', word: rest.join(' ') };
    }
    return { ...base, kind: 'bad', reason: 'block', word: `#${keyword}` };
  }
  const [path = '', ...filters] = inner.split('|').map((s) => s.trim());
  if (!isPath(path)) return { ...base, kind: 'bad', reason: 'path', word: path };
  return { ...base, kind: 'value', path, filters: filters.map((f) => f.toLowerCase()) };
}

/** All tags of one paragraph, left to right; text outside tags is literal. */
export function parseParagraph(text: string): ParsedParagraph {
  const tags: Tag[] = [];
  const strayClosings: number[] = [];
  let unclosed: number | null = null;
  let at = 0;
  const strays = (from: number, to: number) => {
    for (let i = text.indexOf('}}', from); i >= 0 && i + 2 <= to; i = text.indexOf('}}', i + 2))
      strayClosings.push(i);
  };
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    strays(at, open);
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close < 0) {
      unclosed = open;
      at = text.length;
      break;
    }
    if (nextOpen >= 0 && nextOpen < close) {
      // «{{a {{b}}»: the first opener closes nothing in this paragraph.
      unclosed ??= open;
      at = nextOpen;
      continue;
    }
    const end = close + 2;
    tags.push(classify(open, end, text.slice(open, end), text.slice(open + 2, close)));
    at = end;
  }
  if (unclosed === null) strays(at, text.length);
  return { tags, unclosed, strayClosings };
}

/** Levenshtein distance with е/ё and case ignored: «возможно, вы имели в виду …». */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase().replace(/ё/g, 'е');
  const y = b.toLowerCase().replace(/ё/g, 'е');
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/** The closest candidate, when it is close enough to be a typo (about a third of the word). */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(2, Math.ceil(word.length / 3));
  return best !== null && bestDistance <= limit ? best : null;
}
