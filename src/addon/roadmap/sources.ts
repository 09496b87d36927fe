import {
  ORDER_REGISTER_SHEET,
  PAIRS_SHEET,
  PROGRESS_SHEET,
  ROADMAP_SHEET,
  WAITING_SHEET,
  sheetSpec,
} from '../../core';
import { PUBLICATIONS_SHEET } from '../../core/publicity/columns';
import { ATTENDANCE_SHEET, EVENTS_SHEET } from '../../core/season/events/columns';
import { PRACTICES_SHEET } from '../../core/season/practices/columns';

/** Every sheet the dashboard reads, its own included (the staff's comments are kept from it). */
export const ROADMAP_SOURCE_SHEETS = (): string[] => [
  sheetSpec('settings').name,
  sheetSpec('mentees').name,
  sheetSpec('mentors').name,
  sheetSpec('consents').name,
  PAIRS_SHEET,
  WAITING_SHEET,
  ORDER_REGISTER_SHEET,
  PROGRESS_SHEET,
  EVENTS_SHEET,
  ATTENDANCE_SHEET,
  PRACTICES_SHEET,
  PUBLICATIONS_SHEET,
  ROADMAP_SHEET,
];
