import { messages } from '../../messages';
import { normaliseText } from '../../matching/profiles';
import { EVENT_SETTING_KEYS, EVENT_SETTING_ROWS } from '../../settings/event-rows';
import type { Settings } from '../../settings/settings';

export interface EventSettings {
  /** Create Calendar events and invite the participants («да» by default). */
  calendarInvites: boolean;
  /** '' for the default calendar of the person who runs the command. */
  calendarId: string;
  /** Length of an event whose «Окончание» is empty. */
  defaultMinutes: number;
  /** Values staff typed that were not understood, each with what was used instead. */
  problems: string[];
}

const row = (key: string) => EVENT_SETTING_ROWS.find((r) => r.key === key)!;

/** «да» / «нет» as staff type them («Да», «yes», «true»…); null when it is neither. */
export function yesNo(text: string): boolean | null {
  const t = normaliseText(text);
  if (['да', 'yes', 'true', 'истина', '1', 'вкл', 'включено'].includes(t)) return true;
  if (['нет', 'no', 'false', 'ложь', '0', 'выкл', 'выключено'].includes(t)) return false;
  return null;
}

/** The events rows of «Настройки»; a value not understood falls back to its default and is reported. */
export function readEventSettings(settings: Settings): EventSettings {
  const problems: string[] = [];
  const raw = (key: string): string => String(settings[key] ?? '').trim();
  const flag = (key: string): boolean => {
    const def = row(key).defaultValue;
    const text = raw(key);
    if (text === '') return yesNo(def)!;
    const v = yesNo(text);
    if (v === null) problems.push(messages.events.summary.badSetting(row(key).label, text, def));
    return v ?? yesNo(def)!;
  };
  const minutesText = raw(EVENT_SETTING_KEYS.defaultMinutes);
  const fallback = row(EVENT_SETTING_KEYS.defaultMinutes).defaultValue;
  let defaultMinutes = Number(fallback);
  if (minutesText !== '') {
    const n = Number(minutesText.replace(',', '.'));
    if (Number.isInteger(n) && n > 0 && n <= 24 * 60) defaultMinutes = n;
    else
      problems.push(
        messages.events.summary.badSetting(
          row(EVENT_SETTING_KEYS.defaultMinutes).label,
          minutesText,
          fallback,
        ),
      );
  }
  return {
    calendarInvites: flag(EVENT_SETTING_KEYS.calendarInvites),
    calendarId: raw(EVENT_SETTING_KEYS.calendarId),
    defaultMinutes,
    problems,
  };
}

export const eventSettingLabel = (key: string): string => row(key).label;
