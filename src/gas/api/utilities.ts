/**
 * The subset of Google's Utilities that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */
import type { BlobApi } from './drive';

type Utilities = GoogleAppsScript.Utilities.Utilities;

export interface UtilitiesApi {
  Charset: typeof GoogleAppsScript.Utilities.Charset;
  DigestAlgorithm: typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  formatDate: Utilities['formatDate'];
  parseDate: Utilities['parseDate'];
  formatString: Utilities['formatString'];
  getUuid: Utilities['getUuid'];
  sleep: Utilities['sleep'];
  base64Encode: Utilities['base64Encode'];
  base64Decode: Utilities['base64Decode'];
  base64EncodeWebSafe: Utilities['base64EncodeWebSafe'];
  base64DecodeWebSafe: Utilities['base64DecodeWebSafe'];
  computeDigest: Utilities['computeDigest'];
  newBlob(data: GoogleAppsScript.Byte[]): BlobApi;
  newBlob(data: GoogleAppsScript.Byte[], contentType: string): BlobApi;
  newBlob(data: GoogleAppsScript.Byte[], contentType: string, name: string): BlobApi;
  newBlob(data: string): BlobApi;
  newBlob(data: string, contentType: string): BlobApi;
  newBlob(data: string, contentType: string, name: string): BlobApi;
}
