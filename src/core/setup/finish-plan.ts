import type {
  ColumnValidation,
  ExistingProtection,
  FinishAspects,
  HighlightRule,
  ProtectionSpec,
  SheetFinishChanges,
  SheetFinishState,
  ValidationCriteria,
} from '../../ports/sheet-finish';
import { BANK_SYSTEM_HEADERS, CONSENT_COLUMN_VALUES, PARTICIPATION } from '../banks/columns';
import { CONSENT_COLUMNS, CONSENT_PURPOSES, CONSENT_SOURCES, CONSENT_STATUSES } from '../consent/registry';
import { messages } from '../messages';
import { PAIR_STATUS_LIST } from '../pairs/columns';
import { BEST_PRACTICE_MARK, PRACTICE_COLUMNS, PRACTICE_STATUS_LIST } from '../season/practices/columns';
import {
  ATTENDANCE_COLUMNS,
  EVENT_COLUMNS,
  EVENT_KIND_LIST,
  EVENT_STATUS_LIST,
  PRESENCE,
} from '../season/events/columns';
import { headerIndex, headerKey } from '../schema/headers';

/**
 * Statuses of a pair or group in «Пары и группы» (stage 5). Earlier set-ups offered «утверждена
 * приказом» and «прекращена досрочно»; the next set-up replaces the list, and matching reads a status
 * by its first word, so rows staff marked with the old words keep their meaning.
 */
export const PAIR_STATUSES: readonly string[] = PAIR_STATUS_LIST;

/** Light red: a row the curator must not use in a later stage until the person consents. */
const NO_CONSENT_BACKGROUND = '#f4cccc';

/**
 * Columns of a bank that hold personal data (152-ФЗ): protected for `editors.personalData`. Found by
 * header, so a column staff moved keeps its protection on the next set-up.
 */
const BANK_PERSONAL_HEADERS: readonly string[] = [
  BANK_SYSTEM_HEADERS.email,
  BANK_SYSTEM_HEADERS.fullName,
  'Должность',
  'ПЦК / предмет',
  'Телефон',
  'Педагогический стаж',
  'Квалификационная категория',
];

/** The kind of sheet being finished: a schema sheet by its key, or a form's response tab. */
export type FinishKind =
  | 'mentees'
  | 'mentors'
  | 'consents'
  | 'pairs'
  | 'history'
  | 'practices'
  | 'events'
  | 'attendance'
  | 'responses'
  | 'other';

export interface FinishTarget {
  sheet: string;
  kind: FinishKind;
  /** The header row as it is after the sheets were set up. */
  headers: readonly string[];
  state: SheetFinishState;
}

/** Column letters for A1 formulas (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Lower-case e-mails from `editors.personalData` (commas, semicolons or spaces between them). */
export function parseEditors(text: string | undefined): string[] {
  return [
    ...new Set(
      String(text ?? '')
        .split(/[\s,;]+/)
        .map((e) => e.trim().toLowerCase())
        .filter((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)),
    ),
  ];
}

const BANK_KINDS = new Set<FinishKind>(['mentees', 'mentors']);
const WHOLE_SHEET_PERSONAL = new Set<FinishKind>(['consents', 'history', 'responses']);
const MARKER = messages.finish.protectionMarker;

interface Enumeration {
  header: string;
  criteria: (column: number) => ValidationCriteria;
  allowInvalid: boolean;
  help: string;
}

const list = (values: readonly string[]) => (): ValidationCriteria => ({ kind: 'list', values: [...values] });

function enumerations(kind: FinishKind): Enumeration[] {
  const h = messages.finish.help;
  if (BANK_KINDS.has(kind)) {
    return [
      {
        header: BANK_SYSTEM_HEADERS.consent,
        criteria: list(CONSENT_COLUMN_VALUES),
        allowInvalid: false,
        help: h.consent,
      },
      {
        header: BANK_SYSTEM_HEADERS.participation,
        // «исключён — причина»: the reason follows the word, so a list would mark every exclusion invalid.
        criteria: (column) => {
          const cell = `${columnLetter(column)}2`;
          const excluded = PARTICIPATION.excluded;
          return {
            kind: 'formula',
            formula: `=OR(${cell}="",${cell}="${PARTICIPATION.admitted}",LEFT(${cell},${excluded.length})="${excluded}")`,
          };
        },
        allowInvalid: true,
        help: h.participation,
      },
    ];
  }
  if (kind === 'consents') {
    return [
      {
        header: CONSENT_COLUMNS.status,
        criteria: list([CONSENT_STATUSES.given, CONSENT_STATUSES.withdrawn]),
        allowInvalid: false,
        help: h.consentStatus,
      },
      {
        header: CONSENT_COLUMNS.source,
        criteria: list(Object.values(CONSENT_SOURCES)),
        allowInvalid: false,
        help: h.consentSource,
      },
      {
        header: CONSENT_COLUMNS.purpose,
        criteria: list(Object.values(CONSENT_PURPOSES)),
        allowInvalid: false,
        help: h.consentPurpose,
      },
    ];
  }
  if (kind === 'pairs') {
    return [{ header: 'Статус', criteria: list(PAIR_STATUSES), allowInvalid: true, help: h.pairStatus }];
  }
  if (kind === 'events') {
    // Issue 6, item 1: a kind staff word their own way is allowed (warning only); a status is not, since
    // the invitations act on it.
    const e = messages.events.finish;
    return [
      { header: EVENT_COLUMNS.kind, criteria: list(EVENT_KIND_LIST), allowInvalid: true, help: e.kindHelp },
      {
        header: EVENT_COLUMNS.status,
        criteria: list(EVENT_STATUS_LIST),
        allowInvalid: false,
        help: e.statusHelp,
      },
    ];
  }
  if (kind === 'attendance') {
    return [
      {
        header: ATTENDANCE_COLUMNS.present,
        criteria: list(Object.values(PRESENCE)),
        allowInvalid: false,
        help: messages.events.finish.presenceHelp,
      },
    ];
  }
  if (kind === 'practices') {
    // Issue 6, item 5: the round table's choice is «Лучшая практика» = да with status одобрена/опубликована.
    const p = messages.practices.help;
    return [
      {
        header: PRACTICE_COLUMNS.status,
        criteria: list(PRACTICE_STATUS_LIST),
        allowInvalid: false,
        help: p.status,
      },
      {
        header: PRACTICE_COLUMNS.best,
        criteria: list([BEST_PRACTICE_MARK, 'нет']),
        allowInvalid: false,
        help: p.best,
      },
    ];
  }
  return [];
}

const sameCriteria = (a: ValidationCriteria | undefined, b: ValidationCriteria): boolean =>
  a !== undefined &&
  a.kind === b.kind &&
  (a.kind === 'list' && b.kind === 'list'
    ? a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i])
    : a.kind === 'formula' && b.kind === 'formula' && a.formula === b.formula);

/** Our highlight: non-empty e-mail and a consent cell that is not «дано». */
function consentHighlight(index: Map<string, number>, width: number): HighlightRule | null {
  const email = index.get(headerKey(BANK_SYSTEM_HEADERS.email));
  const consent = index.get(headerKey(BANK_SYSTEM_HEADERS.consent));
  if (email === undefined || consent === undefined) return null;
  const e = `$${columnLetter(email + 1)}2`;
  const c = `$${columnLetter(consent + 1)}2`;
  return {
    formula: `=AND(${e}<>"",${c}<>"${CONSENT_STATUSES.given}")`,
    lastColumn: width,
    background: NO_CONSENT_BACKGROUND,
  };
}

/** Recognises a highlight rule the add-on made, wherever its columns now are. */
const isOurHighlight = (formula: string): boolean =>
  new RegExp(`^=AND\\(\\$[A-Z]+2<>"",\\$[A-Z]+2<>"${CONSENT_STATUSES.given}"\\)$`).test(formula);

/** What set-up must read on a sheet of this kind, so a finished workbook costs few calls to check. */
export function aspectsOf(kind: FinishKind, width: number): FinishAspects {
  const bank = BANK_KINDS.has(kind);
  return {
    frozen: kind !== 'responses' && kind !== 'other',
    validationColumns: enumerations(kind).length > 0 ? width : 0,
    highlights: bank,
    filter: bank,
    protections: WHOLE_SHEET_PERSONAL.has(kind) ? 'sheet' : bank ? 'range' : 'none',
  };
}

/** Runs of consecutive 1-based columns. */
function runs(columns: readonly number[]): Array<{ start: number; count: number }> {
  const out: Array<{ start: number; count: number }> = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === c) last.count += 1;
    else out.push({ start: c, count: 1 });
  }
  return out;
}

function wantedProtections(
  target: FinishTarget,
  index: Map<string, number>,
  editors: string[],
): ProtectionSpec[] {
  const description = messages.finish.protectionDescription(target.sheet, editors);
  if (WHOLE_SHEET_PERSONAL.has(target.kind)) return [{ description, columns: null }];
  if (!BANK_KINDS.has(target.kind)) return [];
  const columns = BANK_PERSONAL_HEADERS.flatMap((h) => {
    const at = index.get(headerKey(h));
    return at === undefined ? [] : [at + 1];
  });
  return runs(columns).map((columns) => ({ description, columns }));
}

const sameColumns = (a: ProtectionSpec['columns'], b: ProtectionSpec['columns']): boolean =>
  a === null || b === null ? a === b : a.start === b.start && a.count === b.count;

/**
 * What each sheet still lacks to be «finished»: frozen header, validation of enumerations, the highlight
 * of rows without consent and a filter (banks), protections of personal data. Everything is compared
 * with what exists, so a second run plans nothing; columns are found by header, so rules follow columns
 * staff moved (a stale rule or protection of ours is replaced, staff's own ones stay).
 */
export function planFinish(
  targets: readonly FinishTarget[],
  editors: readonly string[],
): SheetFinishChanges[] {
  const all: SheetFinishChanges[] = [];
  for (const target of targets) {
    const { state } = target;
    const index = headerIndex(target.headers);
    const width = target.headers.length;
    const changes: SheetFinishChanges = {
      sheet: target.sheet,
      freezeHeader:
        target.kind !== 'responses' && target.kind !== 'other' && state.frozenRows < 1 && width > 0,
      filterColumns: BANK_KINDS.has(target.kind) && !state.hasFilter && width > 0 ? width : 0,
      validations: [],
      removeHighlights: [],
      addHighlights: [],
      removeProtections: [],
      addProtections: [],
      updateProtections: [],
      editors: [...editors],
    };
    for (const e of enumerations(target.kind)) {
      const at = index.get(headerKey(e.header));
      if (at === undefined) continue;
      const column = at + 1;
      const criteria = e.criteria(column);
      if (sameCriteria(state.validations.get(column), criteria)) continue;
      const validation: ColumnValidation = { column, criteria, allowInvalid: e.allowInvalid, help: e.help };
      changes.validations.push(validation);
    }
    if (BANK_KINDS.has(target.kind)) {
      const wanted = consentHighlight(index, width);
      let present = false;
      for (const [id, formula] of state.highlightFormulas) {
        if (!isOurHighlight(formula)) continue;
        if (wanted && formula === wanted.formula && !present) present = true;
        else changes.removeHighlights.push(id);
      }
      if (wanted && !present) changes.addHighlights.push(wanted);
    }
    const unmatched: ExistingProtection[] = state.protections.filter((p) => p.description.startsWith(MARKER));
    for (const spec of wantedProtections(target, index, [...editors])) {
      const i = unmatched.findIndex((p) => sameColumns(p.columns, spec.columns));
      if (i < 0) {
        changes.addProtections.push(spec);
        continue;
      }
      const [existing] = unmatched.splice(i, 1);
      if (existing!.description !== spec.description)
        changes.updateProtections.push({ id: existing!.id, description: spec.description });
    }
    changes.removeProtections.push(...unmatched.map((p) => p.id));
    if (!isEmptyFinish(changes)) all.push(changes);
  }
  return all;
}

export function isEmptyFinish(c: SheetFinishChanges): boolean {
  return (
    !c.freezeHeader &&
    c.filterColumns === 0 &&
    c.validations.length +
      c.removeHighlights.length +
      c.addHighlights.length +
      c.removeProtections.length +
      c.addProtections.length +
      c.updateProtections.length ===
      0
  );
}
