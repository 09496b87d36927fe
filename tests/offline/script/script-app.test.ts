import { Kernel, ScriptFunction } from '../../../src/offline/runtime/kernel';
import { OfflineTriggers, TRIGGER_LIMIT } from '../../../src/offline/script';

/** Tuesday 2026-09-01 09:00 in Moscow (06:00 UTC). */
const START = new Date(Date.UTC(2026, 8, 1, 6, 0, 0));

function setup() {
  const kernel = new Kernel({ start: START });
  const triggers = new OfflineTriggers(kernel);
  const fns: Record<string, ScriptFunction> = {};
  kernel.setFunctionResolver((name) => fns[name]);
  return { kernel, triggers, ScriptApp: triggers.app, fns };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

const TOO_MANY =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

describe('installing, listing and deleting triggers', () => {
  it('a spreadsheet form-submit trigger is listed with its handler, event type, source and source id', () => {
    const { ScriptApp } = setup();
    const created = ScriptApp.newTrigger('onFormSubmit')
      .forSpreadsheet({ getId: () => 'SS1' })
      .onFormSubmit()
      .create();
    const [listed] = ScriptApp.getProjectTriggers();
    expect(listed!.getUniqueId()).toBe(created.getUniqueId());
    expect(listed!.getUniqueId()).toMatch(/^\d+$/);
    expect(listed!.getHandlerFunction()).toBe('onFormSubmit');
    expect(listed!.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(listed!.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(listed!.getTriggerSourceId()).toBe('SS1');
  });

  it('form, document and clock triggers carry their own source; a clock trigger has no source id', () => {
    const { ScriptApp } = setup();
    ScriptApp.newTrigger('a').forForm('FORM1').onFormSubmit().create();
    ScriptApp.newTrigger('b').forDocument('DOC1').onOpen().create();
    ScriptApp.newTrigger('c').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('d').forSpreadsheet('SS1').onEdit().create();
    expect(
      ScriptApp.getProjectTriggers().map((t) => [
        String(t.getTriggerSource()),
        String(t.getEventType()),
        t.getTriggerSourceId(),
      ]),
    ).toEqual([
      ['FORMS', 'ON_FORM_SUBMIT', 'FORM1'],
      ['DOCUMENTS', 'ON_OPEN', 'DOC1'],
      ['CLOCK', 'CLOCK', null],
      ['SPREADSHEETS', 'ON_EDIT', 'SS1'],
    ]);
  });

  it('every ScriptApp call is counted under Google-shaped keys', () => {
    const { ScriptApp, kernel } = setup();
    ScriptApp.newTrigger('a').forSpreadsheet('SS1').onFormSubmit().create();
    ScriptApp.getProjectTriggers();
    expect(kernel.calls.since({})).toEqual({
      'ScriptApp.ScriptApp.newTrigger': 1,
      'ScriptApp.TriggerBuilder.forSpreadsheet': 1,
      'ScriptApp.SpreadsheetTriggerBuilder.onFormSubmit': 1,
      'ScriptApp.SpreadsheetTriggerBuilder.create': 1,
      'ScriptApp.ScriptApp.getProjectTriggers': 1,
    });
  });

  it("getProjectTriggers lists only the current user's triggers (§7.2); getUserTriggers filters by file", () => {
    const { ScriptApp, kernel } = setup();
    ScriptApp.newTrigger('mine').forSpreadsheet('SS1').onFormSubmit().create();
    ScriptApp.newTrigger('mineToo').forSpreadsheet('SS2').onEdit().create();
    kernel.user = 'mentor@college.example';
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    ScriptApp.newTrigger('theirs').forSpreadsheet('SS1').onOpen().create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['theirs']);
    kernel.user = 'metodist@college.example';
    expect(ScriptApp.getUserTriggers({ getId: () => 'SS1' }).map((t) => t.getHandlerFunction())).toEqual([
      'mine',
    ]);
  });

  it("deleteTrigger removes the trigger; a deleted trigger's handle still answers its getters", () => {
    const { ScriptApp, triggers } = setup();
    const t = ScriptApp.newTrigger('a').forSpreadsheet('SS1').onFormSubmit().create();
    ScriptApp.newTrigger('b').forSpreadsheet('SS1').onEdit().create();
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['b']);
    expect(t.getHandlerFunction()).toBe('a');
    expect(triggers.all()).toHaveLength(1);
  });

  it(`the ${TRIGGER_LIMIT + 1}st trigger of one user throws Google's limit error (§7.1); another user may still install`, () => {
    const { ScriptApp, kernel, triggers } = setup();
    for (let i = 0; i < TRIGGER_LIMIT; i++)
      ScriptApp.newTrigger(`h${i}`).forSpreadsheet('SS1').onEdit().create();
    const error = thrown(() => ScriptApp.newTrigger('one-too-many').timeBased().everyHours(1).create());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(TOO_MANY);
    expect(triggers.all()).toHaveLength(TRIGGER_LIMIT);
    kernel.user = 'mentor@college.example';
    expect(() => ScriptApp.newTrigger('ok').forSpreadsheet('SS1').onEdit().create()).not.toThrow();
    kernel.user = 'metodist@college.example';
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(() => ScriptApp.newTrigger('again').forSpreadsheet('SS1').onEdit().create()).not.toThrow();
  });

  it('a simple trigger without full authorization may not manage triggers (§7.10); onInstall in FULL mode may', () => {
    const { ScriptApp, kernel } = setup();
    const error = kernel.run(
      'simple-trigger',
      'onOpen',
      () => thrown(() => ScriptApp.newTrigger('x')),
      'LIMITED',
    );
    expect(error.message).toBe(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(
      kernel.run('simple-trigger', 'onOpen', () => thrown(() => ScriptApp.getProjectTriggers()), 'LIMITED')
        .message,
    ).toBe(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    kernel.run(
      'simple-trigger',
      'onInstall',
      () => ScriptApp.newTrigger('daily').timeBased().everyDays(1).create(),
      'FULL',
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('enums print as their names', () => {
    const { ScriptApp } = setup();
    expect(String(ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(String(ScriptApp.WeekDay.MONDAY)).toBe('MONDAY');
    expect(String(ScriptApp.EventType.CLOCK)).toBe('CLOCK');
    expect(String(ScriptApp.TriggerSource.FORMS)).toBe('FORMS');
  });
});

describe('time-driven trigger builders (§7.3)', () => {
  it("everyMinutes accepts only 1, 5, 10, 15 or 30 with Google's error text", () => {
    const { ScriptApp } = setup();
    const error = thrown(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(2));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(
      'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
    );
  });

  it('an add-on may not create a trigger that runs more often than hourly (§7.3, §10.6); a bound script may', () => {
    const { ScriptApp, triggers } = setup();
    const builder = ScriptApp.newTrigger('x').timeBased().everyMinutes(5);
    expect(thrown(() => builder.create()).message).toBe(
      'Add-ons may not create time-based triggers to run more frequently than once per hour.',
    );
    expect(triggers.all()).toHaveLength(0);
    triggers.isAddon = false;
    ScriptApp.newTrigger('x').timeBased().everyMinutes(5).create();
    expect(triggers.all()).toHaveLength(1);
  });

  it('everyHours refuses values the editor does not offer; atHour and nearMinute check their range', () => {
    const { ScriptApp } = setup();
    expect(thrown(() => ScriptApp.newTrigger('x').timeBased().everyHours(3)).name).toBe('Exception');
    expect(thrown(() => ScriptApp.newTrigger('x').timeBased().everyDays(1).atHour(24)).name).toBe(
      'Exception',
    );
    expect(thrown(() => ScriptApp.newTrigger('x').timeBased().everyDays(1).nearMinute(60)).name).toBe(
      'Exception',
    );
    expect(thrown(() => ScriptApp.newTrigger('x').timeBased().create()).name).toBe('Exception');
  });
});

describe('firing time-driven triggers', () => {
  it('fires due triggers in time order, advancing the clock to each due time, and reschedules recurring ones', () => {
    const { ScriptApp, triggers, fns, kernel } = setup();
    const log: string[] = [];
    fns.hourly = () => void log.push(`hourly ${kernel.clock.date().toISOString()}`);
    fns.daily = () => void log.push(`daily ${kernel.clock.date().toISOString()}`);
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(11).create();
    ScriptApp.newTrigger('hourly').timeBased().everyHours(1).nearMinute(30).create();
    const created = kernel.clock.now();
    const fired = triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 1, 9, 0, 0)));
    expect(log.map((l) => l.replace(/\.\d{3}Z$/, 'Z'))).toEqual([
      'hourly 2026-09-01T07:30:00Z',
      'daily 2026-09-01T08:00:00Z',
      'hourly 2026-09-01T08:30:00Z',
    ]);
    expect(fired.map((f) => f.outcome)).toEqual(['completed', 'completed', 'completed']);
    expect(created).toBeLessThan(Date.UTC(2026, 8, 1, 7));
    expect(kernel.clock.now()).toBe(Date.UTC(2026, 8, 1, 9, 0, 0));
    expect(kernel.executions.map((x) => x.kind)).toEqual([
      'installable-trigger',
      'installable-trigger',
      'installable-trigger',
    ]);
  });

  it('the event carries authMode, day-of-month, day-of-week (1=Mon), hour, minute, month, second, timezone, triggerUid, week-of-year and year (§7.4)', () => {
    const { ScriptApp, triggers, fns } = setup();
    const events: Array<Record<string, unknown>> = [];
    fns.daily = (e) => void events.push(e as Record<string, unknown>);
    const t = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(10).create();
    triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 1, 12)));
    expect(events).toEqual([
      {
        authMode: 'FULL',
        'day-of-month': 1,
        'day-of-week': 2,
        hour: 10,
        minute: 0,
        month: 9,
        second: 0,
        timezone: 'Europe/Moscow',
        triggerUid: t.getUniqueId(),
        'week-of-year': 36,
        year: 2026,
      },
    ]);
  });

  it("a weekly trigger fires on its week day in the trigger's own time zone (inTimezone)", () => {
    const { ScriptApp, triggers, fns } = setup();
    const events: Array<Record<string, unknown>> = [];
    fns.weekly = (e) => void events.push(e as Record<string, unknown>);
    ScriptApp.newTrigger('weekly')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(8)
      .inTimezone('Asia/Yekaterinburg')
      .create();
    triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 15, 12)));
    expect(events.map((e) => [e['day-of-month'], e['day-of-week'], e.hour, e.timezone])).toEqual([
      [7, 1, 8, 'Asia/Yekaterinburg'],
      [14, 1, 8, 'Asia/Yekaterinburg'],
    ]);
  });

  it('at() and after() triggers fire once and stay listed', () => {
    const { ScriptApp, triggers, fns } = setup();
    let runs = 0;
    fns.once = () => void (runs += 1);
    ScriptApp.newTrigger('once')
      .timeBased()
      .at(new Date(Date.UTC(2026, 8, 1, 8)))
      .create();
    ScriptApp.newTrigger('once')
      .timeBased()
      .after(30 * 60_000)
      .create();
    triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 3)));
    expect(runs).toBe(2);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  it('a handler that throws is recorded and later triggers still run', () => {
    const { ScriptApp, triggers, fns, kernel } = setup();
    fns.bad = () => {
      throw new Error('сбой');
    };
    fns.good = () => undefined;
    ScriptApp.newTrigger('bad').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('good').timeBased().everyHours(2).create();
    const fired = triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 1, 8, 30)));
    expect(fired.map((f) => [f.handler, f.outcome])).toEqual([
      ['bad', 'failed'],
      ['bad', 'failed'],
      ['good', 'completed'],
    ]);
    expect(kernel.executions.filter((x) => x.error === 'Error: сбой')).toHaveLength(2);
  });

  it('once the daily trigger run time is spent, due triggers are skipped (§7.7)', () => {
    const { ScriptApp, triggers, fns, kernel } = setup();
    let runs = 0;
    fns.h = () => void (runs += 1);
    ScriptApp.newTrigger('h').timeBased().everyHours(1).create();
    kernel.quotas.add('triggerRuntimeMs', kernel.quotas.limit('triggerRuntimeMs'));
    const fired = triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 1, 8, 30)));
    expect(runs).toBe(0);
    expect(fired.map((f) => f.outcome)).toEqual(['skipped', 'skipped']);
  });

  it('a handler may delete its own trigger; it then stops firing', () => {
    const { ScriptApp, triggers, fns } = setup();
    let runs = 0;
    fns.selfDeleting = () => {
      runs += 1;
      for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
    };
    ScriptApp.newTrigger('selfDeleting').timeBased().everyHours(1).create();
    triggers.fireDueTimeTriggers(new Date(Date.UTC(2026, 8, 2)));
    expect(runs).toBe(1);
  });
});

describe('installable on-edit triggers', () => {
  it("fireEdit runs the spreadsheet's installable on-edit triggers with authMode, oldValue, range, source, triggerUid, user, value", () => {
    const { ScriptApp, triggers, fns } = setup();
    const source = { getId: () => 'SS1' };
    triggers.sources = { spreadsheet: () => source, form: () => undefined };
    const events: Array<Record<string, unknown>> = [];
    fns.onEditInstalled = (e) => void events.push(e as Record<string, unknown>);
    const t = ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('SS1').onEdit().create();
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('SS2').onEdit().create();
    const range = { a1: 'B2' };
    triggers.fireEdit('SS1', range, 'старое', 'новое');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(Object.keys(e).sort()).toEqual([
      'authMode',
      'oldValue',
      'range',
      'source',
      'triggerUid',
      'user',
      'value',
    ]);
    expect(e).toMatchObject({
      authMode: 'FULL',
      oldValue: 'старое',
      value: 'новое',
      range,
      source,
      triggerUid: t.getUniqueId(),
    });
    expect((e.user as { getEmail(): string }).getEmail()).toBe('metodist@college.example');
  });

  it('fireEdit leaves out oldValue and value when they are not given (multi-cell edits)', () => {
    const { ScriptApp, triggers, fns } = setup();
    const events: Array<Record<string, unknown>> = [];
    fns.h = (e) => void events.push(e as Record<string, unknown>);
    ScriptApp.newTrigger('h').forSpreadsheet('SS1').onEdit().create();
    triggers.fireEdit('SS1', {});
    expect(Object.keys(events[0]!)).not.toContain('oldValue');
    expect(Object.keys(events[0]!)).not.toContain('value');
  });
});
