/**
 * Figures as a Russian report prints them: a decimal comma («7,3»), a signed change («+1,4», «−0,5»,
 * with the minus sign U+2212, not a hyphen), a percentage with a no-break space («75 %»). Written by
 * hand rather than with `toLocaleString('ru-RU')`, whose output depends on the runtime's ICU data
 * (Apps Script's V8 and Node can differ).
 */

const MINUS = '\u2212';
const NBSP = '\u00a0';

/** `x` rounded to `digits` decimals, halves away from zero (6,25 → 6,3), without binary drift (1,005). */
export function roundTo(x: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(x) * factor;
  return (Math.sign(x) * Math.round(Number(scaled.toPrecision(12)))) / factor;
}

/** «7,3»; `digits` decimals always shown, so a column of means lines up («8,0»). */
export function decimal(x: number, digits = 1): string {
  const rounded = roundTo(x, digits);
  const text = Math.abs(rounded).toFixed(digits).replace('.', ',');
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** «+1,4», «−0,5», «0,0»: a change always says its direction. */
export function signedDecimal(x: number, digits = 1): string {
  const rounded = roundTo(x, digits);
  if (rounded === 0) return decimal(0, digits);
  return rounded > 0 ? `+${decimal(rounded, digits)}` : decimal(rounded, digits);
}

/** A share 0–1 as whole percent: «75 %». */
export function percent(share: number): string {
  return `${roundTo(share * 100, 0)}${NBSP}%`;
}

/** A whole number with its sign: «+25», «−10», «0». */
export function signedInteger(x: number): string {
  const n = roundTo(x, 0);
  if (n === 0) return '0';
  return n > 0 ? `+${n}` : `${MINUS}${Math.abs(n)}`;
}
