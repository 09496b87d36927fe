/** `ScriptApp.EventType` names. */
export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/** `ScriptApp.TriggerSource` names. */
export type TriggerSourceKind = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS';

/** When a time-driven trigger runs, in its time zone (the script's unless `inTimezone`). */
export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthly' | 'once';
  /** The n of everyMinutes/everyHours/everyDays/everyWeeks. */
  every: number;
  atHour?: number;
  nearMinute?: number;
  /** 1 = Monday … 7 = Sunday. */
  weekDay?: number;
  monthDay?: number;
  /** For one-off triggers (`at`, `atDate`, `after`): the instant, ms. */
  at?: number;
  timeZone: string;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  /** The account that installed it: it runs as them and only they see it (§7.2). */
  owner: string;
  source: TriggerSourceKind;
  /** The file id; null for time-driven triggers. */
  sourceId: string | null;
  eventType: TriggerEventType;
  created: number;
  schedule?: ClockSchedule;
  /** Next due instant of a time-driven trigger; null once a one-off trigger has fired. */
  nextDueAt?: number | null;
}

/** One attempt to run an installable trigger, for tests and the `npm start` report. */
export interface TriggerFiring {
  at: number;
  uid: string;
  handler: string;
  eventType: TriggerEventType;
  outcome: 'completed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  reason?: string;
  executionId?: string;
}

/** Every installable trigger of the project, for every user, as plain data. Nothing here ticks. */
export class TriggerStore {
  private readonly triggers = new Map<string, TriggerRecord>();
  private counter = 0;
  readonly firings: TriggerFiring[] = [];

  /** Trigger ids are long decimal strings in Apps Script; these are deterministic. */
  newUid(): string {
    this.counter += 1;
    return `731${String(this.counter).padStart(16, '0')}`;
  }

  add(record: TriggerRecord): void {
    this.triggers.set(record.uid, record);
  }

  find(uid: string): TriggerRecord | undefined {
    return this.triggers.get(uid);
  }

  remove(uid: string): boolean {
    return this.triggers.delete(uid);
  }

  all(): TriggerRecord[] {
    return [...this.triggers.values()];
  }

  ownedBy(user: string): TriggerRecord[] {
    return this.all().filter((t) => t.owner === user);
  }

  /** Installable triggers listening for `eventType` on one file, oldest first. */
  forSource(sourceId: string, eventType: TriggerEventType): TriggerRecord[] {
    return this.all().filter((t) => t.sourceId === sourceId && t.eventType === eventType);
  }

  toJSON(): { triggers: TriggerRecord[]; firings: TriggerFiring[] } {
    return JSON.parse(JSON.stringify({ triggers: this.all(), firings: this.firings })) as {
      triggers: TriggerRecord[];
      firings: TriggerFiring[];
    };
  }
}
