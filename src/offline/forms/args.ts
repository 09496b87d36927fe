import { describeArgumentType, signatureMismatch } from '../runtime/exception';

export type ArgCheck = (value: unknown) => boolean;

export const isString: ArgCheck = (v) => typeof v === 'string';
export const isNumber: ArgCheck = (v) => typeof v === 'number' && !Number.isNaN(v);
export const isBoolean: ArgCheck = (v) => typeof v === 'boolean';
export const isDate: ArgCheck = (v) => v instanceof Date;
export const isStringArray: ArgCheck = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
export const isStringGrid: ArgCheck = (v) =>
  Array.isArray(v) && v.every((row) => isStringArray(row) || row === null);

/**
 * Apps Script checks argument types against the method signature before running it and names the
 * types it got (§0.3): `The parameters (number[]) don't match the method signature for …`.
 */
export function checkArgs(method: string, args: ArrayLike<unknown>, ...checks: ArgCheck[]): void {
  const given = Array.from(args);
  if (given.length === checks.length && checks.every((check, i) => check(given[i]))) return;
  throw signatureMismatch(given.map(describeArgumentType).join(','), method);
}
