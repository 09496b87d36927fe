export type { Clock } from './clock';
export type { Journal, JournalEntry, JournalLevel } from './journal';
export type { Lock, Locks } from './lock';
export type { KeyValueStore, Properties } from './properties';
export type { Host, MenuEntry, MenuSpec, UserInterface } from './ui';
export type { BlockWrite, LinkedForm, ResponseSheetValues, SheetBlocks } from './sheet-blocks';
export type { CellValue, Workbook } from './workbook';
export type { Dialogs, FormLinkView, FormLinksView } from './dialogs';
export type {
  ChoiceUpdate,
  CreatedForm,
  FormDraft,
  FormItemDraft,
  FormRef,
  Forms,
  ResponseSheet,
  ResponseSheets,
} from './forms';
export type {
  ColumnValidation,
  ExistingProtection,
  FinishAspects,
  HighlightRule,
  ProtectionSpec,
  SheetFinishChanges,
  SheetFinishState,
  SheetFinisher,
  ValidationCriteria,
} from './sheet-finish';
export type { InstalledTrigger, Triggers } from './triggers';
export type { MatchingShell, RowsToDelete } from './matching';
export type {
  ChartKind,
  ChartRange,
  ChartSpec,
  MonitoringShell,
  ReportContent,
  ReportSheets,
} from './charts';
export type { Letter, Mailer, SendResult } from './mail';
