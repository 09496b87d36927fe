import { A1Ref, columnLetters, columnNumber, GridRect, parseA1 } from './a1';

/**
 * A small formula engine. The offline Workspace needs to know two things about a formula: whether Sheets
 * could parse it (if not, the cell shows `#ERROR!` with "Formula parse error", §1.3.3) and, for the
 * trivial formulas an add-on writes itself (`=A2*2`, `=HYPERLINK(url, label)`, `=SUM(B2:B9)`,
 * `=IF(…)`), what value it computes (§1.1.5). Functions it does not know evaluate to `''`: the result
 * of a real Sheets function the engine cannot reproduce is better shown as empty than guessed.
 */
export type FormulaValue = string | number | boolean | Date;

export interface FormulaHost {
  /** Values of a rectangle of a sheet (`sheetName` undefined: the formula's own sheet); null if no such sheet. */
  read(sheetName: string | undefined, rect: GridRect): FormulaValue[][] | null;
  /** Resolves open ends (`A:A`, `2:2`) against the grid of the named sheet. */
  bounds(sheetName: string | undefined): { maxRows: number; maxCols: number } | null;
  toSerial(date: Date): number;
  now(): Date;
}

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; ref: A1Ref }
  | { t: 'name'; name: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'unary'; op: string; arg: Node }
  | { t: 'percent'; arg: Node }
  | { t: 'bin'; op: string; left: Node; right: Node };

type Token = { k: 'num' | 'str' | 'ref' | 'name' | 'op' | '(' | ')' | 'sep'; text: string };

const NAME_START = /[A-Za-zА-Яа-яЁё_]/;
const REF =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\wА-Яа-яЁё(])/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*/;

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) return null;
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j++;
      }
      out.push({ k: 'str', text });
      i = j + 1;
    } else if ((m = REF.exec(rest)) && (NAME_START.test(ch) || ch === '$' || ch === "'" || /\d/.test(ch))) {
      out.push({ k: 'ref', text: m[0] });
      i += m[0].length;
    } else if ((m = NUMBER.exec(rest))) {
      out.push({ k: 'num', text: m[0] });
      i += m[0].length;
    } else if ((m = NAME.exec(rest))) {
      out.push({ k: 'name', text: m[0] });
      i += m[0].length;
    } else if ((m = /^(?:<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) {
      out.push({ k: 'op', text: m[0] });
      i += m[0].length;
    } else if (ch === '(' || ch === ')') {
      out.push({ k: ch, text: ch });
      i++;
    } else if (ch === ',' || ch === ';') {
      // Argument separators: `,` in en-US syntax, `;` where the decimal separator is a comma (§1.3.7).
      out.push({ k: 'sep', text: ch });
      i++;
    } else {
      return null;
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node | null {
    const node = this.comparison();
    return node && this.i === this.tokens.length ? node : null;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private takeOp(ops: string[]): string | null {
    const t = this.peek();
    if (t?.k === 'op' && ops.includes(t.text)) {
      this.i++;
      return t.text;
    }
    return null;
  }

  private binary(next: () => Node | null, ops: string[]): Node | null {
    let left = next();
    if (!left) return null;
    for (let op = this.takeOp(ops); op; op = this.takeOp(ops)) {
      const right = next();
      if (!right) return null;
      left = { t: 'bin', op, left, right };
    }
    return left;
  }

  private comparison = (): Node | null => this.binary(this.concat, ['=', '<>', '<', '>', '<=', '>=']);
  private concat = (): Node | null => this.binary(this.additive, ['&']);
  private additive = (): Node | null => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): Node | null => this.binary(this.power, ['*', '/']);
  private power = (): Node | null => this.binary(this.unary, ['^']);

  private unary = (): Node | null => {
    const op = this.takeOp(['+', '-']);
    if (op) {
      const arg = this.unary();
      return arg ? { t: 'unary', op, arg } : null;
    }
    let node = this.primary();
    while (node && this.takeOp(['%'])) node = { t: 'percent', arg: node };
    return node;
  };

  private primary(): Node | null {
    const t = this.peek();
    if (!t) return null;
    this.i++;
    switch (t.k) {
      case 'num':
        return { t: 'num', v: Number(t.text) };
      case 'str':
        return { t: 'str', v: t.text };
      case 'ref': {
        const ref = parseA1(t.text);
        return ref ? { t: 'ref', ref } : null;
      }
      case 'name': {
        if (this.peek()?.k === '(') {
          this.i++;
          const args: Node[] = [];
          if (this.peek()?.k === ')') {
            this.i++;
            return { t: 'call', name: t.text.toUpperCase(), args };
          }
          for (;;) {
            const arg = this.comparison();
            if (!arg) return null;
            args.push(arg);
            const sep = this.peek();
            this.i++;
            if (sep?.k === ')') return { t: 'call', name: t.text.toUpperCase(), args };
            if (sep?.k !== 'sep') return null;
          }
        }
        const upper = t.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { t: 'bool', v: upper === 'TRUE' };
        return { t: 'name', name: t.text };
      }
      case '(': {
        const inner = this.comparison();
        if (!inner || this.peek()?.k !== ')') return null;
        this.i++;
        return inner;
      }
      default:
        return null;
    }
  }
}

/** Parses the text of a formula (with its leading `=`); null when Sheets would report a parse error. */
export function parseFormula(formula: string): Node | null {
  if (!formula.startsWith('=')) return null;
  const tokens = tokenize(formula.slice(1));
  if (!tokens || tokens.length === 0) return null;
  return new Parser(tokens).parseAll();
}

export type ParsedFormula = NonNullable<ReturnType<typeof parseFormula>>;

const ERROR_CODES = new Set(['#ERROR!', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#N/A', '#NUM!', '#NULL!']);

class FormulaError {
  constructor(readonly code: string) {}
}

/** Marks a call of a function the engine does not implement: the whole formula then evaluates to ''. */
class NotEvaluated {}

type Scalar = FormulaValue | FormulaError;
type Val = Scalar | Scalar[][];

const isMatrix = (v: Val): v is Scalar[][] => Array.isArray(v);

/** Computes a parsed formula's value; errors come back as Sheets' error strings (`#DIV/0!`, `#NAME?`…). */
export function evaluateFormula(node: ParsedFormula, host: FormulaHost): FormulaValue {
  try {
    const v = scalar(evaluate(node, host));
    return v instanceof FormulaError ? v.code : v;
  } catch (e) {
    if (e instanceof NotEvaluated) return '';
    throw e;
  }
}

function scalar(v: Val): Scalar {
  if (!isMatrix(v)) return v;
  return v[0]?.[0] ?? '';
}

function evaluate(node: Node, host: FormulaHost): Val {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'str':
      return node.v;
    case 'bool':
      return node.v;
    case 'name':
      // No named ranges exist offline, so a bare name is unknown, as Sheets reports it.
      return new FormulaError('#NAME?');
    case 'ref':
      return readRef(node.ref, host);
    case 'percent': {
      const n = toNumber(scalar(evaluate(node.arg, host)), host);
      return n instanceof FormulaError ? n : n / 100;
    }
    case 'unary': {
      const n = toNumber(scalar(evaluate(node.arg, host)), host);
      return n instanceof FormulaError ? n : node.op === '-' ? -n : n;
    }
    case 'bin':
      return binary(node.op, scalar(evaluate(node.left, host)), scalar(evaluate(node.right, host)), host);
    case 'call':
      return call(node.name, node.args, host);
  }
}

function readRef(ref: A1Ref, host: FormulaHost): Val {
  const bounds = host.bounds(ref.sheetName);
  if (!bounds) return new FormulaError('#REF!');
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const rect: GridRect = {
    row,
    col,
    numRows: (ref.endRow ?? bounds.maxRows) - row + 1,
    numCols: (ref.endCol ?? bounds.maxCols) - col + 1,
  };
  const values = host.read(ref.sheetName, rect);
  if (!values) return new FormulaError('#REF!');
  // A referenced cell showing an error passes the error on (`=B1+1` next to a `#REF!`).
  const cells: Scalar[][] = values.map((row) =>
    row.map((v) => (typeof v === 'string' && ERROR_CODES.has(v) ? new FormulaError(v) : v)),
  );
  return rect.numRows === 1 && rect.numCols === 1 ? (cells[0]?.[0] ?? '') : cells;
}

function toNumber(v: Scalar, host: FormulaHost): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return host.toSerial(v);
  if (v.trim() === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toText(v: FormulaValue, host: FormulaHost): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return String(host.toSerial(v));
  return String(v);
}

function binary(op: string, a: Scalar, b: Scalar, host: FormulaHost): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === '&') return toText(a, host) + toText(b, host);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const cmp = compare(a, b, host);
    return (
      { '=': cmp === 0, '<>': cmp !== 0, '<': cmp < 0, '>': cmp > 0, '<=': cmp <= 0, '>=': cmp >= 0 }[op] ??
      false
    );
  }
  const x = toNumber(a, host);
  const y = toNumber(b, host);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    default:
      return Math.pow(x, y);
  }
}

function compare(a: FormulaValue, b: FormulaValue, host: FormulaHost): number {
  const na = typeof a === 'string' ? (a === '' && typeof b !== 'string' ? 0 : null) : toNumber(a, host);
  const nb = typeof b === 'string' ? (b === '' && typeof a !== 'string' ? 0 : null) : toNumber(b, host);
  if (typeof na === 'number' && typeof nb === 'number') return na - nb;
  const sa = toText(a, host).toLowerCase();
  const sb = toText(b, host).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function flatten(vals: Val[]): Scalar[] {
  const out: Scalar[] = [];
  for (const v of vals) {
    if (isMatrix(v)) for (const row of v) out.push(...row);
    else out.push(v);
  }
  return out;
}

function truthy(v: Scalar, host: FormulaHost): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    if (u === 'TRUE' || u === 'FALSE') return u === 'TRUE';
    if (v === '') return false;
  }
  const n = toNumber(v, host);
  return n instanceof FormulaError ? n : n !== 0;
}

function call(name: string, argNodes: Node[], host: FormulaHost): Val {
  const arg = (i: number): Scalar => (argNodes[i] ? scalar(evaluate(argNodes[i] as Node, host)) : '');
  const all = (): Scalar[] => flatten(argNodes.map((n) => evaluate(n, host)));
  const numbers = (): number[] | FormulaError => {
    const out: number[] = [];
    for (const v of all()) {
      if (v instanceof FormulaError) return v;
      if (typeof v === 'number') out.push(v);
      else if (v instanceof Date) out.push(host.toSerial(v));
    }
    return out;
  };
  const text = (i: number, f: (s: string) => Scalar): Scalar => {
    const v = arg(i);
    return v instanceof FormulaError ? v : f(toText(v, host));
  };
  switch (name) {
    case 'SUM': {
      const ns = numbers();
      return ns instanceof FormulaError ? ns : ns.reduce((s, n) => s + n, 0);
    }
    case 'MIN':
    case 'MAX': {
      const ns = numbers();
      if (ns instanceof FormulaError) return ns;
      return ns.length === 0 ? 0 : name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'AVERAGE': {
      const ns = numbers();
      if (ns instanceof FormulaError) return ns;
      return ns.length === 0 ? new FormulaError('#DIV/0!') : ns.reduce((s, n) => s + n, 0) / ns.length;
    }
    case 'COUNT': {
      const ns = numbers();
      return ns instanceof FormulaError ? ns : ns.length;
    }
    case 'COUNTA':
      return all().filter((v) => v !== '').length;
    case 'IF': {
      const c = truthy(arg(0), host);
      if (c instanceof FormulaError) return c;
      return c ? arg(1) : argNodes.length > 2 ? arg(2) : false;
    }
    case 'IFERROR': {
      const v = arg(0);
      return v instanceof FormulaError ? arg(1) : v;
    }
    case 'AND':
    case 'OR': {
      const bs = all().map((v) => truthy(v, host));
      const err = bs.find((b) => b instanceof FormulaError);
      if (err) return err;
      return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
    }
    case 'NOT': {
      const b = truthy(arg(0), host);
      return b instanceof FormulaError ? b : !b;
    }
    case 'ISBLANK':
      return arg(0) === '';
    case 'CONCAT':
    case 'CONCATENATE': {
      const parts = all();
      const err = parts.find((p) => p instanceof FormulaError);
      return err ?? parts.map((p) => toText(p as FormulaValue, host)).join('');
    }
    case 'LEN':
      return text(0, (s) => s.length);
    case 'UPPER':
      return text(0, (s) => s.toUpperCase());
    case 'LOWER':
      return text(0, (s) => s.toLowerCase());
    case 'TRIM':
      return text(0, (s) => s.trim().replace(/ +/g, ' '));
    case 'HYPERLINK':
      // The cell shows the label, or the URL when there is none.
      return argNodes.length > 1 ? arg(1) : arg(0);
    case 'ROUND': {
      const n = toNumber(arg(0), host);
      const d = argNodes.length > 1 ? toNumber(arg(1), host) : 0;
      if (n instanceof FormulaError) return n;
      if (d instanceof FormulaError) return d;
      const f = Math.pow(10, Math.trunc(d));
      return Math.round(n * f) / f;
    }
    case 'NOW':
      return host.now();
    case 'TODAY': {
      const serial = Math.floor(host.toSerial(host.now()));
      return serial;
    }
    default:
      throw new NotEvaluated();
  }
}

const SHIFTABLE =
  /("(?:[^"]|"")*")|(?<![\wА-Яа-яЁё.$'])((?:'(?:[^']|'')+'|[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\wА-Яа-яЁё(])/g;

/**
 * Moves the relative references of a formula by whole rows and columns, as Sheets does when one formula
 * is set on a many-cell range (`Range.setFormula`): `=A1*2` set on B1:B3 becomes `=A2*2` in B2.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(SHIFTABLE, (whole, str, sheet, colAbs, letters, rowAbs, digits) => {
    if (str) return whole;
    const col = colAbs ? columnNumber(letters) : columnNumber(letters) + dCol;
    const row = rowAbs ? Number(digits) : Number(digits) + dRow;
    if (col < 1 || row < 1) return '#REF!';
    return `${sheet ?? ''}${colAbs}${colAbs ? letters : columnLetters(col)}${rowAbs}${row}`;
  });
}
