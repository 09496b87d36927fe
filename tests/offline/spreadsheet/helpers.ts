import type { UiApi } from '../../../src/gas/api/html';
import { Kernel, KernelOptions } from '../../../src/offline/runtime/kernel';
import { OfflineSpreadsheetApp } from '../../../src/offline/spreadsheet/app';
import { SpreadsheetStore } from '../../../src/offline/spreadsheet/store';

/** A kernel, a store and the SpreadsheetApp over them, without the rest of the Workspace. */
export function sheetsWorld(options: KernelOptions = {}): {
  kernel: Kernel;
  store: SpreadsheetStore;
  app: OfflineSpreadsheetApp;
} {
  const kernel = new Kernel(options);
  const store = new SpreadsheetStore(kernel);
  const app = new OfflineSpreadsheetApp(kernel, store, () => ({}) as UiApi);
  return { kernel, store, app };
}

/** A fresh spreadsheet's first sheet. */
export function firstSheet(options: KernelOptions = {}) {
  const world = sheetsWorld(options);
  const ss = world.app.create('Банк наставляемых');
  const sheet = ss.getSheets()[0]!;
  return { ...world, ss, sheet };
}

/** Expects `fn` to throw Google's Exception with exactly `message`. */
export function expectGasError(fn: () => unknown, message: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(Error);
  expect((caught as Error).name).toBe('Exception');
  expect((caught as Error).message).toBe(message);
}
