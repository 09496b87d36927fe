import { gasException } from '../runtime/exception';

/** One piece of a Java `SimpleDateFormat` pattern (§8.1). */
export type PatternToken =
  { kind: 'field'; letter: string; count: number } | { kind: 'literal'; text: string };

/** The pattern letters Java's SimpleDateFormat knows; any other unquoted letter is an error. */
const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Splits a pattern the way SimpleDateFormat does: runs of one letter are fields; text in single quotes
 * is literal; `''` is a single quote, inside or outside quotes; other characters are literal.
 * Java's messages are kept for bad patterns (`Illegal pattern character 'x'`, `Unterminated quote`);
 * Apps Script passes them through as an Exception [unsure about the exact wording there].
 */
export function tokenizePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let text = '';
      i += 1;
      for (;;) {
        if (i >= pattern.length) throw gasException('Unterminated quote');
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += pattern.charAt(i);
        i += 1;
      }
      literal(text);
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.includes(c)) throw gasException(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern.charAt(i + count) === c) count += 1;
      tokens.push({ kind: 'field', letter: c, count });
      i += count;
      continue;
    }
    literal(c);
    i += 1;
  }
  return tokens;
}

/** Whether a field is written as a number (so abutting numeric fields parse by width). */
export function isNumericField(token: PatternToken): boolean {
  if (token.kind !== 'field') return false;
  if (token.letter === 'M' || token.letter === 'L') return token.count <= 2;
  return 'yYwWDdFuHkKhmsS'.includes(token.letter);
}
