import { gasException } from '../runtime/exception';

/**
 * Google matches `replaceText`/`findText` patterns with RE2 (§3.1). This translates an RE2 pattern into
 * an equivalent JavaScript RegExp and refuses what RE2 refuses, so a template that works offline also
 * works live:
 * - back-references (`\1`) and look-arounds (`(?=`, `(?!`, `(?<=`, `(?<!`) are not RE2 → error;
 * - a `{` or `}` that is not part of a repetition is a literal in RE2 (`{{name}}` matches itself), while
 *   JavaScript's unicode mode rejects it → escaped here;
 * - `\Q…\E`, `\A`, `\z`, `\pL`, `\x{…}`, `(?P<name>…)`, POSIX classes `[[:alpha:]]` are translated;
 * - repetition counts above 1000 are an RE2 error.
 * Matching is case-sensitive unless the pattern starts with an RE2 flag group such as `(?i)` (§3.2: Google
 * says mode modifiers are "not fully supported"; whether a leading `(?i)` works live is [unsure]).
 */

/**
 * Google's text for a pattern it cannot compile. The wording mirrors the observed
 * `Invalid argument: replacement` for a non-string replacement; the pattern variant is [unsure].
 */
export const INVALID_PATTERN = 'Invalid argument: searchPattern';

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\u{0}-\\u{7f}',
  blank: '\\t ',
  cntrl: '\\u{0}-\\u{1f}\\u{7f}',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function invalid(): Error {
  return gasException(INVALID_PATTERN);
}

function literal(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/** Translates one escape starting at `pattern[i] === '\\'`; returns the JS text and the next index. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const d = pattern[i + 1];
  if (d === undefined) throw invalid();
  if (/[1-9]/.test(d)) throw invalid(); // back-reference: not RE2
  if ('dDwWsS'.includes(d)) return [`\\${d}`, i + 2];
  if ('bB'.includes(d)) {
    if (inClass) throw invalid();
    return [`\\${d}`, i + 2];
  }
  if ('ntrfv'.includes(d)) return [`\\${d}`, i + 2];
  if (d === 'a') return ['\\u{7}', i + 2];
  if (d === '0') return ['\\u{0}', i + 2];
  if (d === 'A' && !inClass) return ['(?<![\\s\\S])', i + 2];
  if (d === 'z' && !inClass) return ['(?![\\s\\S])', i + 2];
  if (d === 'x') {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(pattern.slice(i + 2));
    if (braced) return [`\\u{${braced[1]}}`, i + 2 + braced[0].length];
    const two = /^[0-9A-Fa-f]{2}/.exec(pattern.slice(i + 2));
    if (!two) throw invalid();
    return [`\\u{${two[0]}}`, i + 4];
  }
  if (d === 'p' || d === 'P') {
    const m = /^(?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(pattern.slice(i + 2));
    if (!m) throw invalid();
    const negate = (d === 'P') !== (m[1] === '^');
    const name = m[2] ?? m[3]!;
    // One- and two-letter names are general categories (L, Lu); longer ones are scripts (Cyrillic, Greek).
    const property = name.length <= 2 ? name : name === 'Any' ? 'Any' : `Script=${name}`;
    return [`\\${negate ? 'P' : 'p'}{${property}}`, i + 2 + m[0].length];
  }
  if (/[A-Za-z0-9]/.test(d)) throw invalid(); // unknown escape letter, \C, \G, \Z…: rejected by RE2
  return [literal(d), i + 2];
}

function translateClass(pattern: string, start: number): [string, number] {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i += 1;
  }
  let first = true;
  for (;;) {
    const c = pattern[i];
    if (c === undefined) throw invalid();
    if (c === ']' && !first) return [`${out}]`, i + 1];
    first = false;
    if (c === '[' && pattern[i + 1] === ':') {
      const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
      const range = m ? POSIX[m[2]!] : undefined;
      if (!m || range === undefined) throw invalid();
      if (m[1])
        throw new Error(`Negated POSIX classes like ${m[0]} are not supported by the offline DocumentApp.`);
      out += range;
      i += m[0].length;
    } else if (c === '\\') {
      const [js, next] = escape(pattern, i, true);
      out += js;
      i = next;
    } else if (
      c === '[' ||
      c === ']' ||
      c === '/' ||
      c === '{' ||
      c === '}' ||
      c === '(' ||
      c === ')' ||
      c === '|'
    ) {
      out += literal(c);
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
}

function translateGroupOpen(pattern: string, i: number): [string, number] {
  const rest = pattern.slice(i);
  if (!rest.startsWith('(?')) return ['(', i + 1];
  if (rest.startsWith('(?:')) return ['(?:', i + 3];
  const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
  if (named) return [`(?<${named[1]}>`, i + named[0].length];
  if (/^\(\?(=|!|<=|<!)/.test(rest)) throw invalid(); // look-arounds are not RE2
  if (/^\(\?[imsU-]+[):]/.test(rest)) {
    throw new Error(
      'Mode modifiers inside an RE2 pattern are not supported offline (put (?i) at the very start).',
    );
  }
  throw invalid();
}

/** Compiles an RE2 pattern string into a global, unicode JavaScript RegExp. */
export function compileRe2(pattern: string): RegExp {
  let flags = 'gu';
  let i = 0;
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'U') throw new Error('The RE2 (?U) flag is not supported by the offline DocumentApp.');
      if (!flags.includes(f)) flags += f;
    }
    i = lead[0].length;
  }
  let out = '';
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (pattern[i + 1] === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const text = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += [...text].map(literal).join('');
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (pattern[i + 1] === 'E') {
        i += 2;
        continue;
      }
      const [js, next] = escape(pattern, i, false);
      out += js;
      i = next;
    } else if (c === '[') {
      const [js, next] = translateClass(pattern, i);
      out += js;
      i = next;
    } else if (c === '(') {
      const [js, next] = translateGroupOpen(pattern, i);
      out += js;
      i = next;
    } else if (c === '{') {
      const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (rep && out.length > 0) {
        const counts = [rep[1], rep[3]].filter((n) => n !== undefined && n !== '').map(Number);
        if (counts.some((n) => n > 1000)) throw invalid();
        out += rep[0];
        i += rep[0].length;
      } else {
        out += '\\{';
        i += 1;
      }
    } else if (c === '}') {
      out += '\\}';
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  try {
    return new RegExp(out, flags);
  } catch {
    throw invalid();
  }
}
