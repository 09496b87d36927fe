export type { Clock } from './clock';
export type { Journal, JournalEntry, JournalLevel } from './journal';
export type { Lock, Locks } from './lock';
export type { KeyValueStore, Properties } from './properties';
export type { Host, MenuEntry, MenuSpec, UserInterface } from './ui';
export type { CellValue, Workbook } from './workbook';
