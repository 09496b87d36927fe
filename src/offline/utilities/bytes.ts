import { createHash } from 'crypto';
import { gasException } from '../runtime/exception';

/** Utilities.Charset as a plain object (enum values are compared by identity in scripts). */
export const Charset = {
  US_ASCII: 'US_ASCII',
  UTF_8: 'UTF_8',
} as unknown as typeof GoogleAppsScript.Utilities.Charset;

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

/** Apps Script bytes are Java bytes: signed, -128…127. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => Number(b) & 0xff));
}

/** A string as bytes in a charset: UTF-8 unless US-ASCII is asked for, where Java writes `?` for the rest. */
export function encodeText(text: string, charset?: unknown): Buffer {
  if (String(charset) === 'US_ASCII')
    return Buffer.from(
      Array.from(String(text), (c) => (c.charCodeAt(0) < 0x80 ? c : '?')).join(''),
      'latin1',
    );
  return Buffer.from(String(text), 'utf8');
}

export function bytesOf(data: string | readonly number[], charset?: unknown): Buffer {
  return typeof data === 'string' ? encodeText(data, charset) : fromBytes(data);
}

export function base64Encode(data: string | readonly number[], charset: unknown, webSafe: boolean): string {
  const text = bytesOf(data, charset).toString('base64');
  // Google's web-safe alphabet keeps the `=` padding.
  return webSafe ? text.replace(/\+/g, '-').replace(/\//g, '_') : text;
}

/**
 * Node's decoder skips characters it does not know; Google refuses them, with `Could not decode string.`
 * [unsure: text remembered from scripts' logs, not in the behaviours reference].
 */
export function base64Decode(encoded: string, webSafe: boolean): number[] {
  const text = String(encoded).replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(text) || text.replace(/=+$/, '').length % 4 === 1)
    throw gasException('Could not decode string.');
  return toSignedBytes(Buffer.from(webSafe ? text.replace(/-/g, '+').replace(/_/g, '/') : text, 'base64'));
}

const NODE_DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export function computeDigest(
  algorithm: unknown,
  value: string | readonly number[],
  charset?: unknown,
): number[] {
  const name = NODE_DIGESTS[String(algorithm)];
  // MD2 is in Google's enum but not in Node's OpenSSL; the add-on has no use for it.
  if (!name) throw new Error(`The offline Utilities cannot compute a ${String(algorithm)} digest.`);
  return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
}
