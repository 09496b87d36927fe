import { createHash } from 'crypto';
import type { UtilitiesApi } from '../../gas/api/utilities';
import { OfflineBlob, fromSignedBytes } from '../drive/blob';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import * as bytes from './bytes';
import { formatDate } from './format-date';
import { formatString } from './format-string';
import { parseDate } from './parse-date';

/** Google's cap on one `Utilities.sleep` (Utilities reference: "The maximum allowed value is 300000"). */
export const MAX_SLEEP_MS = 300_000;

/** Utilities (§8): dates in Java patterns, Java-style formatting, deterministic UUIDs, virtual sleep. */
export class OfflineUtilities implements UtilitiesApi {
  readonly Charset = bytes.Charset;
  readonly DigestAlgorithm = bytes.DigestAlgorithm;

  constructor(private readonly kernel: Kernel) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.kernel.tick('Utilities.Utilities.formatDate');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureMismatch(
        [date, timeZone, format].map(describeArgumentType).join(','),
        'Utilities.formatDate',
      );
    }
    return formatDate(date, timeZone, format);
  }

  /** Throws a generic Exception when `date` does not fit `format` (§8.2). */
  parseDate(date: string, timeZone: string, format: string): Date {
    this.kernel.tick('Utilities.Utilities.parseDate');
    return parseDate(date, timeZone, format, this.kernel.clock.now());
  }

  formatString(template: string, ...args: unknown[]): string {
    this.kernel.tick('Utilities.Utilities.formatString');
    return formatString(template, args);
  }

  /**
   * A version-4-shaped UUID that is the same on every run: hashed from a kernel id rather than random,
   * so two runs of a scenario can be compared file by file.
   */
  getUuid(): string {
    this.kernel.tick('Utilities.Utilities.getUuid');
    const hex = createHash('sha256').update(this.kernel.newId('uuid')).digest('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /**
   * Lets virtual time pass, under the execution's limit (`Exceeded maximum execution time`, §7.8).
   * Past Google's 300,000 ms cap it throws; the text is [unsure], shaped like Google's other
   * argument checks. A negative wait does nothing.
   */
  sleep(milliseconds: number): void {
    this.kernel.tick('Utilities.Utilities.sleep');
    const ms = Number(milliseconds);
    if (ms > MAX_SLEEP_MS) throw gasException('Argument too large: milliseconds');
    if (ms > 0) this.kernel.sleep(ms);
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.kernel.tick('Utilities.Utilities.base64Encode');
    return bytes.base64Encode(data, charset, false);
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.kernel.tick('Utilities.Utilities.base64EncodeWebSafe');
    return bytes.base64Encode(data, charset, true);
  }

  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.tick('Utilities.Utilities.base64Decode');
    return bytes.base64Decode(encoded, false);
  }

  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.kernel.tick('Utilities.Utilities.base64DecodeWebSafe');
    return bytes.base64Decode(encoded, true);
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    this.kernel.tick('Utilities.Utilities.computeDigest');
    return bytes.computeDigest(algorithm, value, charset);
  }

  /**
   * A Blob from a string (stored as UTF-8) or from Java's signed bytes. Content type and name stay null
   * unless given [unsure: whether Google guesses `text/plain` for a string is not documented].
   */
  newBlob(data: string | number[], contentType?: string, name?: string): OfflineBlob {
    this.kernel.tick('Utilities.Utilities.newBlob');
    const content = typeof data === 'string' ? data : fromSignedBytes(data);
    return new OfflineBlob(this.kernel, content, contentType ?? null, name ?? null);
  }
}

/** `instanceof Date` fails for Dates made in another realm (the bundle's `vm` context). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
