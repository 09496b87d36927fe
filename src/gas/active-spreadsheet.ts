import { MentoringError, messages } from '../core';
import type { SpreadsheetApi, SpreadsheetAppApi } from './api/spreadsheet';

/**
 * The spreadsheet the add-on runs in, looked up once per execution (every lookup is a service call).
 * Outside a spreadsheet — a Doc, or a standalone run — it is null, which becomes a Russian message.
 */
export class ActiveSpreadsheet {
  private active: SpreadsheetApi | null = null;
  private id: string | null = null;

  constructor(private readonly app: SpreadsheetAppApi) {}

  get(): SpreadsheetApi {
    if (!this.active) {
      const active = this.app.getActiveSpreadsheet();
      if (!active)
        throw new MentoringError('NO_DOCUMENT', messages.setup.noDocument, 'no active spreadsheet');
      this.active = active;
    }
    return this.active;
  }

  getId(): string {
    this.id ??= this.get().getId();
    return this.id;
  }
}
