/** Base.Button and Base.ButtonSet as plain objects (scripts compare enum values by identity or name). */
export const Button = {
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as unknown as typeof GoogleAppsScript.Base.Button;

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as unknown as typeof GoogleAppsScript.Base.ButtonSet;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';

/** The buttons each set shows, in order; the title bar's close button (CLOSE) is always there too. */
export const BUTTONS_OF_SET: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export function isButtonSet(value: unknown): boolean {
  return typeof value === 'string' && value in BUTTONS_OF_SET;
}

/** What the simulated person does at the next alert or prompt: press a button, and type into a prompt. */
export type ScriptedAnswer = ButtonName | { button?: ButtonName; text?: string };
