import type { UiApi } from '../../gas/api/html';
import type {
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
} from '../../gas/api/spreadsheet';
import { describeArgumentType, gasException, signatureMismatch } from '../runtime/exception';
import type { Kernel } from '../runtime/kernel';
import { OfflineConditionalFormatRuleBuilder } from './conditional-format';
import { OfflineDataValidationBuilder } from './data-validation';
import { BooleanCriteria, DataValidationCriteria, ProtectionType } from './enums';
import { SHEETS_ERRORS } from './messages';
import { OfflineSpreadsheet } from './spreadsheet';
import type { SpreadsheetStore } from './store';

/** The `SpreadsheetApp` global of the offline Workspace. */
export class OfflineSpreadsheetApp implements SpreadsheetAppApi {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: SpreadsheetStore,
    private readonly ui: () => UiApi,
  ) {}

  private tick(method: string): void {
    this.kernel.tick(`SpreadsheetApp.SpreadsheetApp.${method}`);
  }

  private active(): SpreadsheetApi | null {
    const container = this.kernel.container;
    if (container?.kind !== 'spreadsheet') return null;
    const model = this.store.get(container.id);
    return model ? new OfflineSpreadsheet(model) : null;
  }

  /** The container spreadsheet; null for a standalone script or web app (§1.6.7). */
  getActiveSpreadsheet(): SpreadsheetApi | null {
    this.tick('getActiveSpreadsheet');
    return this.active();
  }

  getActive(): SpreadsheetApi | null {
    this.tick('getActive');
    return this.active();
  }

  /** §1.6.6: an id that is not a spreadsheet fails with Google's generic text. */
  openById(id: string): SpreadsheetApi {
    this.tick('openById');
    if (typeof id !== 'string')
      throw signatureMismatch(describeArgumentType(id), 'SpreadsheetApp.SpreadsheetApp.openById');
    const model = this.store.get(id);
    if (!model) throw gasException(SHEETS_ERRORS.openById);
    return new OfflineSpreadsheet(model);
  }

  /** [unsure] The failure text is formed like openById's (§1.6.6), naming openByUrl. */
  openByUrl(url: string): SpreadsheetApi {
    this.tick('openByUrl');
    const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(String(url))?.[1];
    const model = id ? this.store.get(id) : undefined;
    if (!model)
      throw gasException(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return new OfflineSpreadsheet(model);
  }

  /** A new file in Drive's root: first sheet "Лист1"/"Sheet1", 1000×26 unless sized (§1.4.3). */
  create(name: string, rows?: number, columns?: number): SpreadsheetApi {
    this.tick('create');
    if (typeof name !== 'string')
      throw signatureMismatch(describeArgumentType(name), 'SpreadsheetApp.SpreadsheetApp.create');
    this.kernel.quotas.consume('spreadsheetsCreated');
    const options: { rows?: number; columns?: number } = {};
    if (rows !== undefined) options.rows = rows;
    if (columns !== undefined) options.columns = columns;
    return new OfflineSpreadsheet(this.store.create(name, options));
  }

  /** Offline writes apply at once (§1.3.11); the call still costs what a flush costs. */
  flush(): void {
    this.tick('flush');
  }

  /** Only a person's session in an open spreadsheet has a Ui: not another container, not a trigger. */
  getUi(): UiApi {
    this.tick('getUi');
    const inSpreadsheet = this.kernel.container?.kind === 'spreadsheet';
    if (!inSpreadsheet || this.kernel.current?.kind === 'installable-trigger') {
      throw gasException(SHEETS_ERRORS.uiContext);
    }
    return this.ui();
  }

  newDataValidation(): DataValidationBuilderApi {
    this.tick('newDataValidation');
    return new OfflineDataValidationBuilder(this.kernel);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi {
    this.tick('newConditionalFormatRule');
    return new OfflineConditionalFormatRuleBuilder(this.kernel);
  }
}
