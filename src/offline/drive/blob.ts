import type { BlobApi } from '../../gas/api/drive';
import { gasException } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { linesPdf } from './pdf';

/**
 * `"Report"` → `"Report.pdf"`, `"ShoppingList.12.25.2014"` → `"ShoppingList.12.25.pdf"`: Google replaces
 * the text after the last dot with the new extension (§4.4), so names with dates lose their last part.
 */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot >= 0 ? name.slice(0, dot) : name}.${extension}`;
}

/** Apps Script bytes are Java bytes: signed, -128…127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromSignedBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

/** Google's text for a conversion it cannot do [unsure: wording seen in user reports, not verified here]. */
export function conversionError(from: string, to: string): Error {
  return gasException(`Converting from ${from} to ${to} is not supported.`);
}

const TEXTUAL = /^(text\/|application\/(json|xml|javascript))/;

/**
 * A Blob (Google's Base.Blob): bytes, a content type and a name. `Utilities.newBlob` may build it too;
 * pass the kernel so each call is counted as `Utilities.Blob.<method>` like every service call.
 */
export class OfflineBlob implements BlobApi {
  private bytes: Uint8Array;

  constructor(
    private readonly kernel: Kernel,
    data: Uint8Array | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data);
  }

  /** The raw bytes, for the workspace (exporters, Drive) without counting a call. */
  rawBytes(): Uint8Array {
    return this.bytes;
  }

  /** Bytes, name and type without counting a call (Drive's createFile, exporters). */
  raw(): { bytes: Uint8Array; name: string | null; contentType: string | null } {
    return { bytes: this.bytes, name: this.name, contentType: this.contentType };
  }

  private tick(method: string): void {
    this.kernel.tick(`Utilities.Blob.${method}`);
  }

  getBytes(): GoogleAppsScript.Byte[] {
    this.tick('getBytes');
    return toSignedBytes(this.bytes);
  }

  setBytes(data: GoogleAppsScript.Byte[]): BlobApi {
    this.tick('setBytes');
    this.bytes = fromSignedBytes(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    this.tick('getDataAsString');
    return new TextDecoder(charset ?? 'utf-8').decode(this.bytes);
  }

  setDataFromString(string: string, charset?: string): BlobApi {
    this.tick('setDataFromString');
    if (charset && !/^utf-?8$/i.test(charset))
      throw new Error(`Only UTF-8 is supported offline, not ${charset}.`);
    this.bytes = new TextEncoder().encode(String(string));
    return this;
  }

  getName(): string | null {
    this.tick('getName');
    return this.name;
  }

  setName(name: string): BlobApi {
    this.tick('setName');
    this.name = name;
    return this;
  }

  getContentType(): string | null {
    this.tick('getContentType');
    return this.contentType;
  }

  setContentType(contentType: string | null): BlobApi {
    this.tick('setContentType');
    this.contentType = contentType;
    return this;
  }

  isGoogleType(): boolean {
    this.tick('isGoogleType');
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  copyBlob(): BlobApi {
    this.tick('copyBlob');
    return new OfflineBlob(this.kernel, this.bytes, this.contentType, this.name);
  }

  getBlob(): BlobApi {
    this.tick('getBlob');
    return this;
  }

  /** Same type: a renamed copy; text to PDF: a PDF of its lines (a file conversion, §4.7). */
  getAs(contentType: string): BlobApi {
    this.tick('getAs');
    const from = this.contentType ?? 'application/octet-stream';
    const ext = contentType === 'application/pdf' ? 'pdf' : (contentType.split('/')[1] ?? 'bin');
    const name = this.name === null ? null : withExtension(this.name, ext);
    if (contentType === from) return new OfflineBlob(this.kernel, this.bytes, contentType, name);
    if (contentType === 'application/pdf' && TEXTUAL.test(from)) {
      this.kernel.quotas.consume('filesConverted');
      const text = new TextDecoder().decode(this.bytes);
      return new OfflineBlob(
        this.kernel,
        linesPdf(text.split(/\r?\n/).map((t) => ({ text: t }))),
        contentType,
        name,
      );
    }
    throw conversionError(from, contentType);
  }
}
