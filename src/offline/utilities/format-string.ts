import { gasException } from '../runtime/exception';

const SPECIFIER = /%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

/**
 * `Utilities.formatString` and `Logger.log(format, …)`: Java's `String.format` (§8.3) for the
 * conversions scripts use — `%s %S %d %f %e %x %X %o %b %c %% %n`, with flags, width, precision and
 * `n$` argument indexes. No `%j`. Java's exception texts are kept for misuse (`Format specifier '%s'` for
 * a missing argument, `d != java.lang.String` for a wrong type); how Apps Script words them is [unsure].
 *
 * Numbers: Apps Script hands JS numbers to Java so that `%d` accepts whole numbers; `%s` prints them as
 * JS does (`5`, `2.5`) [unsure: older runtimes printed `5.0`].
 */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  let last = -1;
  return String(template).replace(
    SPECIFIER,
    (
      spec,
      index: string | undefined,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conversion: string,
    ) => {
      if (conversion === '%') return pad('%', flags, width);
      if (conversion === 'n') return '\n';
      let argIndex: number;
      if (index === '<') argIndex = last;
      else if (index) argIndex = Number(index.slice(0, -1)) - 1;
      else argIndex = next++;
      if (argIndex < 0 || argIndex >= args.length) throw gasException(`Format specifier '${spec}'`);
      last = argIndex;
      return pad(convert(args[argIndex], conversion, flags, precision), flags, width);
    },
  );
}

function convert(arg: unknown, conversion: string, flags: string, precision: string | undefined): string {
  const digits = precision === undefined ? undefined : Number(precision);
  switch (conversion) {
    case 's':
    case 'S': {
      let text = arg === null || arg === undefined ? 'null' : String(arg);
      if (digits !== undefined) text = text.slice(0, digits);
      return conversion === 'S' ? text.toUpperCase() : text;
    }
    case 'b':
    case 'B': {
      const text =
        arg === null || arg === undefined ? 'false' : typeof arg === 'boolean' ? String(arg) : 'true';
      return conversion === 'B' ? text.toUpperCase() : text;
    }
    case 'c':
      if (typeof arg === 'number') return String.fromCodePoint(arg);
      if (typeof arg === 'string' && arg.length === 1) return arg;
      throw gasException(`c != ${javaType(arg)}`);
    case 'd':
      if (typeof arg !== 'number' || !Number.isInteger(arg)) throw gasException(`d != ${javaType(arg)}`);
      return signed(arg, flags, (n) => group(String(n), flags));
    case 'x':
    case 'X':
    case 'o': {
      if (typeof arg !== 'number' || !Number.isInteger(arg))
        throw gasException(`${conversion} != ${javaType(arg)}`);
      const text = Math.abs(arg).toString(conversion === 'o' ? 8 : 16);
      return (arg < 0 ? '-' : '') + (conversion === 'X' ? text.toUpperCase() : text);
    }
    case 'f':
    case 'e':
    case 'E':
      if (typeof arg !== 'number') throw gasException(`${conversion} != ${javaType(arg)}`);
      if (!Number.isFinite(arg)) return Number.isNaN(arg) ? 'NaN' : arg > 0 ? 'Infinity' : '-Infinity';
      if (conversion === 'f') return signed(arg, flags, (n) => group(toFixedHalfUp(n, digits ?? 6), flags));
      return signed(arg, flags, (n) => javaExponent(n.toExponential(digits ?? 6), conversion === 'E'));
    default:
      throw gasException(`Conversion = '${conversion}'`);
  }
}

/** Applies `+`, ` ` and `(` to the magnitude's text. */
function signed(n: number, flags: string, magnitude: (abs: number) => string): string {
  const body = magnitude(Math.abs(n));
  if (n < 0 || Object.is(n, -0)) return flags.includes('(') ? `(${body})` : `-${body}`;
  if (flags.includes('+')) return `+${body}`;
  return flags.includes(' ') ? ` ${body}` : body;
}

function group(text: string, flags: string): string {
  if (!flags.includes(',')) return text;
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function pad(text: string, flags: string, width: string | undefined): string {
  const size = width === undefined ? 0 : Number(width);
  if (text.length >= size) return text;
  if (flags.includes('-')) return text.padEnd(size, ' ');
  if (flags.includes('0')) {
    const sign = /^[-+ (]/.test(text) ? text.charAt(0) : '';
    return sign + text.slice(sign.length).padStart(size - sign.length, '0');
  }
  return text.padStart(size, ' ');
}

/**
 * Java rounds `%f` HALF_UP on the number's shortest decimal form, so `%.2f` of 1.005 is `1.01` where
 * JS `toFixed` gives `1.00`.
 */
export function toFixedHalfUp(n: number, digits: number): string {
  const [mantissa = '0', exponent = '0'] = n.toExponential().split('e');
  const allDigits = mantissa.replace('.', '');
  const pointAt = 1 + Number(exponent); // position of the decimal point within allDigits
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + allDigits : allDigits;
  const point = Math.max(pointAt, 1);
  const whole = padded.slice(0, point).padEnd(point, '0');
  const fraction = padded.slice(point).padEnd(digits + 1, '0');
  const kept = (whole + fraction.slice(0, digits)).split('').map(Number);
  if (Number(fraction.charAt(digits)) >= 5) {
    let i = kept.length - 1;
    for (; i >= 0; i--) {
      if (kept[i] === 9) kept[i] = 0;
      else {
        kept[i] = (kept[i] ?? 0) + 1;
        break;
      }
    }
    if (i < 0) kept.unshift(1);
  }
  const text = kept.join('');
  const wholeLength = text.length - digits;
  const wholeText = text.slice(0, wholeLength).replace(/^0+(?=\d)/, '');
  return digits === 0 ? wholeText : `${wholeText}.${text.slice(wholeLength)}`;
}

/** `1.500000e+01` as Java writes it (at least two exponent digits). */
function javaExponent(js: string, upper: boolean): string {
  const [mantissa, exponent = '0'] = js.split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  const text = `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
  return upper ? text.toUpperCase() : text;
}

function javaType(arg: unknown): string {
  if (typeof arg === 'string') return 'java.lang.String';
  if (typeof arg === 'number') return 'java.lang.Double';
  if (typeof arg === 'boolean') return 'java.lang.Boolean';
  return 'java.lang.Object';
}
