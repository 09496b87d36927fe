/**
 * Time zones as Java's `TimeZone.getTimeZone(id)` resolves them, which is what `Utilities.formatDate`
 * and `parseDate` use (§8.1): IANA ids (`Europe/Moscow`), `GMT`/`UTC`, and custom offsets
 * (`GMT+3`, `GMT+03:00`, `GMT-0530`). Java silently falls back to GMT for an id it does not know; Apps
 * Script is assumed to do the same [unsure: no live record of a bad id].
 */
export interface TimeZone {
  /** Offset from UTC at the instant `ms`, in milliseconds (east positive). */
  offsetAt(ms: number): number;
  /** Java's `z`: `MSK`, `EDT`, `UTC`, or `GMT+03:00` where no abbreviation exists. */
  shortName(ms: number): string;
  /** Java's `zzzz`: `Moscow Standard Time`, or `GMT+03:00` for custom offsets. */
  longName(ms: number): string;
}

const CUSTOM_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Java's short names that ICU's English data lacks (ICU prints `GMT+3` for Moscow): the zones a Russian
 * college is likely to use, plus the European ones.
 */
const JAVA_SHORT_NAMES: Record<string, [standard: string, daylight?: string]> = {
  'Europe/Moscow': ['MSK'],
  'Europe/Kaliningrad': ['EET'],
  'Europe/Samara': ['SAMT'],
  'Asia/Yekaterinburg': ['YEKT'],
  'Asia/Omsk': ['OMST'],
  'Asia/Novosibirsk': ['NOVT'],
  'Asia/Krasnoyarsk': ['KRAT'],
  'Asia/Irkutsk': ['IRKT'],
  'Asia/Yakutsk': ['YAKT'],
  'Asia/Vladivostok': ['VLAT'],
  'Asia/Magadan': ['MAGT'],
  'Asia/Kamchatka': ['PETT'],
};

const resolved = new Map<string, TimeZone>();

export function resolveTimeZone(id: string): TimeZone {
  const text = String(id).trim();
  let zone = resolved.get(text);
  if (!zone) {
    zone = resolveUncached(text);
    resolved.set(text, zone);
  }
  return zone;
}

function resolveUncached(text: string): TimeZone {
  if (text === 'GMT' || text === 'UTC' || text === 'UT') return fixedZone(0, text === 'UT' ? 'UTC' : text);
  const custom = CUSTOM_OFFSET.exec(text);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    if (Number(custom[2]) <= 23 && Number(custom[3] ?? 0) <= 59) {
      const offset = (custom[1] === '-' ? -1 : 1) * minutes * 60_000;
      return fixedZone(offset, gmtOffsetName(offset));
    }
  }
  return ianaZone(text) ?? fixedZone(0, 'GMT');
}

/** `GMT+03:00`, Java's name for a zone without an abbreviation. */
export function gmtOffsetName(offsetMs: number): string {
  if (offsetMs === 0) return 'GMT';
  const minutes = Math.abs(offsetMs) / 60_000;
  const sign = offsetMs < 0 ? '-' : '+';
  return `GMT${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function fixedZone(offset: number, name: string): TimeZone {
  return {
    offsetAt: () => offset,
    shortName: () => name,
    longName: () => (name === 'UTC' ? 'Coordinated Universal Time' : name),
  };
}

function ianaZone(id: string): TimeZone | undefined {
  let wallClock: Intl.DateTimeFormat;
  try {
    wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hour12: false,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  const zoneId = wallClock.resolvedOptions().timeZone;
  const offsetAt = (ms: number): number => {
    const whole = Math.floor(ms / 1000) * 1000;
    const parts: Record<string, number> = {};
    for (const part of wallClock.formatToParts(new Date(whole))) parts[part.type] = Number(part.value);
    const hour = parts.hour === 24 ? 0 : (parts.hour ?? 0);
    const asUtc = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      hour,
      parts.minute ?? 0,
      parts.second ?? 0,
    );
    return asUtc - whole;
  };
  const nameIn = (locale: string, style: 'short' | 'long', ms: number): string =>
    new Intl.DateTimeFormat(locale, { timeZone: zoneId, timeZoneName: style })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const isAbbreviation = (name: string): boolean => /^[A-Z]{2,5}$/.test(name) && name !== 'GMT';
  return {
    offsetAt,
    shortName(ms) {
      const java = JAVA_SHORT_NAMES[zoneId];
      if (java) return java[0];
      if (zoneId === 'UTC' || zoneId === 'Etc/UTC') return 'UTC';
      const found = [nameIn('en-US', 'short', ms), nameIn('en-GB', 'short', ms)].find(isAbbreviation);
      return found ?? gmtOffsetName(offsetAt(ms));
    },
    longName(ms) {
      const name = nameIn('en-US', 'long', ms);
      return /^GMT[+-]/.test(name) || name === '' ? gmtOffsetName(offsetAt(ms)) : name;
    },
  };
}

/** The instant at which the wall clock of `zone` shows `wallMs` (wall-clock fields encoded as UTC). */
export function instantOfWallClock(zone: TimeZone, wallMs: number): number {
  let instant = wallMs - zone.offsetAt(wallMs);
  instant = wallMs - zone.offsetAt(instant);
  return instant;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
