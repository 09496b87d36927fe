import { gasException } from '../runtime/exception';
import type { PropertyMap } from './property-stores';

/** Google's text for a write that would overfill a store (§6.5, §11). */
export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/**
 * 9 KB per value is Google's documented limit (§6.4). A 2023 measurement found live Apps Script let a
 * single value grow to the whole store (§6.5), so enforcing 9 KB is stricter than live behaviour; we keep
 * it on purpose, because an add-on that fits the documented limit cannot break if Google starts
 * enforcing it. No distinct error text for it has been observed, so it raises the store-quota text, the
 * only over-limit text seen from Properties (§6.6 marks `Argument too large: value` unverified here).
 */
export const MAX_VALUE_BYTES = 9 * 1024;

/**
 * 500 KB per store, counted over key **and** value bytes in UTF-8: the part of §6.5 that matches observed
 * failures. Live stores took 512 KiB (524,288 bytes) in 2023; reading "500 KB" as 500 × 1024 keeps us a
 * little on the safe side of that.
 */
export const MAX_STORE_BYTES = 500 * 1024;

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function storeBytes(entries: Iterable<[string, string]>): number {
  let total = 0;
  for (const [key, value] of entries) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/** Throws Google's quota text, changing nothing, when `next` would break a limit. */
export function assertWithinLimits(changed: Iterable<[string, string]>, next: PropertyMap): void {
  for (const [, value] of changed)
    if (utf8Bytes(value) > MAX_VALUE_BYTES) throw gasException(PROPERTY_QUOTA_EXCEEDED);
  if (storeBytes(next) > MAX_STORE_BYTES) throw gasException(PROPERTY_QUOTA_EXCEEDED);
}
