import { formatWallClock, isDateFormat, wallClockOf, wallClockOfSerial } from './datetime';
import { AUTO_FORMATS, CellValue, SheetLocale } from './user-entered';

/**
 * What a cell shows (`getDisplayValues`, §1.1.4): its value rendered with the cell's number format and the
 * spreadsheet locale, so a ru_RU spreadsheet shows `25.05.2024 14:03:11` and `1,5`.
 */
export interface DisplayContext {
  locale: SheetLocale;
  timeZone: string;
}

/** What `getNumberFormat()` reports for a cell nobody formatted, and after `setNumberFormat('general')` (§1.3.6). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export function isGeneralFormat(format: string | undefined): boolean {
  return format === undefined || format === DEFAULT_NUMBER_FORMAT || format.toLowerCase() === 'general';
}

export function displayValue(value: CellValue, format: string | undefined, ctx: DisplayContext): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  // [unsure] booleans show as TRUE/FALSE whatever the locale (the UI of a ru_RU book may say ИСТИНА/ЛОЖЬ).
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const pattern = format && isDateFormat(format) ? format : AUTO_FORMATS[ctx.locale].dateTime;
    return formatWallClock(wallClockOf(value, ctx.timeZone), pattern);
  }
  if (format && format !== '@' && isDateFormat(format))
    return formatWallClock(wallClockOfSerial(value), format);
  return formatNumber(value, format, ctx.locale);
}

function decimalSeparator(locale: SheetLocale): string {
  return locale === 'ru' ? ',' : '.';
}

function groupSeparator(locale: SheetLocale): string {
  return locale === 'ru' ? '\u00a0' : ',';
}

function withLocale(text: string, locale: SheetLocale): string {
  return text.replace('.', decimalSeparator(locale));
}

function grouped(intPart: string, locale: SheetLocale): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator(locale));
}

function formatNumber(n: number, format: string | undefined, locale: SheetLocale): string {
  if (format === undefined || isGeneralFormat(format) || format === '@') return generalNumber(n, locale);
  const percent = format.endsWith('%');
  const body = percent ? format.slice(0, -1) : format;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(body);
  if (!m) return generalNumber(n, locale);
  const decimals = m[2]?.length ?? 0;
  const fixed = (percent ? n * 100 : n).toFixed(decimals);
  const [int = '', frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const intText = m[1] ? grouped(digits, locale) : digits;
  return `${sign}${intText}${frac ? decimalSeparator(locale) + frac : ''}${percent ? '%' : ''}`;
}

/** Sheets' automatic number display: up to 15 significant digits, exponent for very large or small numbers. */
function generalNumber(n: number, locale: SheetLocale): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mant = '', exp = '0'] = n.toExponential(2).split('e');
    const e = Number(exp);
    return `${withLocale(mant, locale)}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return withLocale(String(Number(n.toPrecision(15))), locale);
}
