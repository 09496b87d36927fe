import type { SheetFinishChanges, SheetFinisher } from '../../ports/sheet-finish';
import { messages } from '../messages';
import { SHEETS } from '../schema/sheets';
import type { Settings } from '../settings/settings';
import { FinishKind, FinishTarget, aspectsOf, parseEditors, planFinish } from './finish-plan';

/** Set-up's view of a sheet to finish: its name, kind and header row after the sheets were set up. */
export interface SheetToFinish {
  sheet: string;
  kind: FinishKind;
  headers: readonly string[];
}

export interface FinishOutcome {
  changes: SheetFinishChanges[];
  lines: string[];
}

/** The schema sheets worth finishing (settings and journal get their frozen header when created). */
export function finishKindOf(key: string): FinishKind | null {
  return (
    (
      ['mentees', 'mentors', 'consents', 'pairs', 'history', 'practices', 'events', 'attendance'] as const
    ).find((k) => k === key) ?? null
  );
}

export const EDITORS_SETTING = 'editors.personalData';

/**
 * Inspects each sheet, plans what it lacks, applies it. The summary says when personal data are only
 * protected by a warning because «Настройки» names no editors yet.
 */
export function finishSheets(
  finisher: SheetFinisher,
  sheets: readonly SheetToFinish[],
  settings: Settings,
): FinishOutcome {
  const editors = parseEditors(settings[EDITORS_SETTING]);
  const targets: FinishTarget[] = sheets.map((s) => ({
    ...s,
    state: finisher.inspect(s.sheet, aspectsOf(s.kind, s.headers.length)),
  }));
  const changes = planFinish(targets, editors);
  for (const c of changes) finisher.apply(c);
  const lines: string[] = [];
  if (changes.length > 0) {
    lines.push(messages.finish.done(changes.map((c) => c.sheet)));
    const protects = changes.some((c) => c.addProtections.length + c.updateProtections.length > 0);
    if (protects && editors.length === 0) lines.push(messages.finish.warningOnly);
  }
  return { changes, lines };
}

/** The schema sheets set-up finishes, in schema order. */
export const FINISHED_SHEETS = SHEETS.flatMap((s) => {
  const kind = finishKindOf(s.key);
  return kind ? [{ key: s.key, name: s.name, kind }] : [];
});
