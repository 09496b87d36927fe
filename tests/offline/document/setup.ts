import { OfflineDocumentApp } from '../../../src/offline/document/document-app';
import { DocumentStore } from '../../../src/offline/document/store';
import { OfflineDriveApp } from '../../../src/offline/drive/drive-app';
import { Kernel, KernelOptions } from '../../../src/offline/runtime/kernel';

/** DocumentApp and DriveApp over one kernel, without the rest of the workspace. */
export function setUp(options: KernelOptions = {}) {
  const kernel = new Kernel(options);
  const documents = new DocumentStore(kernel);
  const DocumentApp = new OfflineDocumentApp(kernel, documents, () => {
    throw new Error('no Ui in these tests');
  });
  const DriveApp = new OfflineDriveApp(kernel, documents);
  return { kernel, documents, DocumentApp, DriveApp };
}

/** The error `body` throws; fails the test when it throws nothing. */
export function thrown(body: () => unknown): Error {
  try {
    body();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Bytes of a PDF blob as text (it is all ASCII). */
export function pdfText(bytes: number[]): string {
  return new TextDecoder().decode(Uint8Array.from(bytes, (b) => b & 0xff));
}

/** The text a PDF's pages show: the hex UTF-16 strings of its Tj operators, one line each. */
export function pdfLines(bytes: number[]): string[] {
  const source = pdfText(bytes);
  const lines: string[] = [];
  const re = /<([0-9A-F]+)> Tj/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push(String.fromCharCode(...(m[1]!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))));
  }
  return lines;
}
