import { OfflineWorkspace, OfflineWorkspaceOptions } from '../../../src/offline/workspace';
import { thrown } from '../thrown';

const at = (day: number, hour: number) => new Date(Date.UTC(2026, 8, day, hour - 3)); // Moscow time

function setUp(options: OfflineWorkspaceOptions = {}) {
  const workspace = new OfflineWorkspace({ user: 'metodist@college.example', ...options });
  return { workspace, app: workspace.services.CalendarApp, kernel: workspace.kernel };
}

describe('CalendarApp default calendar', () => {
  it('is the running user’s, with their e-mail as its id', () => {
    const { app } = setUp();
    const calendar = app.getDefaultCalendar();
    expect(calendar.getId()).toBe('metodist@college.example');
    expect(app.getCalendarById('metodist@college.example')?.getId()).toBe('metodist@college.example');
  });

  it('getCalendarById is null for a calendar the user cannot reach', () => {
    const { app } = setUp();
    expect(app.getCalendarById('someone.else@college.example')).toBeNull();
  });

  it('in an installable trigger it is the installer’s calendar', () => {
    const { app, kernel } = setUp();
    const trigger = kernel.begin('installable-trigger', 'weekly');
    kernel.user = 'visitor@college.example';
    expect(kernel.within(trigger, () => app.getDefaultCalendar().getId())).toBe('metodist@college.example');
  });
});

describe('CalendarApp events', () => {
  it('createEvent returns an event with an iCalUID ending in @google.com, found again by getEventById', () => {
    const { app } = setUp();
    const calendar = app.getDefaultCalendar();
    const event = calendar.createEvent('Встреча пары', at(10, 15), at(10, 16));
    const id = event.getId();
    expect(id).toMatch(/^[0-9a-z]+@google\.com$/);
    const again = calendar.getEventById(id)!;
    expect(again.getTitle()).toBe('Встреча пары');
    expect(again.getStartTime()).toEqual(at(10, 15));
    expect(again.getEndTime()).toEqual(at(10, 16));
    expect(app.getEventById(id)?.getId()).toBe(id);
  });

  it('ids are deterministic: two fresh workspaces give the same ids in the same order', () => {
    const ids = () => {
      const cal = setUp().app.getDefaultCalendar();
      return [
        cal.createEvent('a', at(1, 9), at(1, 10)).getId(),
        cal.createEvent('b', at(1, 9), at(1, 10)).getId(),
      ];
    };
    const first = ids();
    expect(ids()).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
  });

  it('description and location come from the options; both are "" when not given', () => {
    const { app } = setUp();
    const cal = app.getDefaultCalendar();
    const plain = cal.createEvent('a', at(1, 9), at(1, 10));
    expect(plain.getDescription()).toBe('');
    expect(plain.getLocation()).toBe('');
    const full = cal.createEvent('b', at(1, 9), at(1, 10), { description: 'Повестка', location: 'Каб. 12' });
    expect(full.getDescription()).toBe('Повестка');
    expect(full.getLocation()).toBe('Каб. 12');
  });

  it('setters change the stored event at once (no save step)', () => {
    const { workspace, app } = setUp();
    const event = app.getDefaultCalendar().createEvent('a', at(1, 9), at(1, 10));
    event.setTitle('Новое').setLocation('Зал').setDescription('Текст').setTime(at(2, 9), at(2, 11));
    expect(workspace.calendar.event(event.getId())).toMatchObject({
      title: 'Новое',
      location: 'Зал',
      description: 'Текст',
      start: at(2, 9),
      end: at(2, 11),
    });
  });

  it('an event that ends before it starts is refused', () => {
    const { app } = setUp();
    const cal = app.getDefaultCalendar();
    const error = thrown(() => cal.createEvent('a', at(1, 10), at(1, 9)));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Event start date must be before event end date.');
  });

  it('a title that is not a string matches no signature (§0.3)', () => {
    const { app } = setUp();
    const cal = app.getDefaultCalendar();
    const create = cal.createEvent.bind(cal) as unknown as (...a: unknown[]) => unknown;
    expect(thrown(() => create(5, at(1, 9), at(1, 10))).message).toBe(
      "The parameters (number,Date,Date) don't match the method signature for CalendarApp.Calendar.createEvent.",
    );
  });

  it('getEvents returns the events overlapping the window, by start time', () => {
    const { app } = setUp();
    const cal = app.getDefaultCalendar();
    cal.createEvent('later', at(3, 12), at(3, 13));
    cal.createEvent('spans', at(1, 9), at(5, 9));
    cal.createEvent('before', at(2, 8), at(2, 9));
    cal.createEvent('ends inside', at(2, 9), at(3, 10));
    const titles = cal.getEvents(at(3, 9), at(3, 12)).map((e) => e.getTitle());
    expect(titles).toEqual(['spans', 'ends inside']);
    expect(cal.getEvents(at(3, 12), at(3, 13)).map((e) => e.getTitle())).toEqual(['spans', 'later']);
  });

  it('after deleteEvent, getEventById is null and getEvents leaves it out', () => {
    const { workspace, app } = setUp();
    const cal = app.getDefaultCalendar();
    const event = cal.createEvent('a', at(1, 9), at(1, 10));
    const id = event.getId();
    event.deleteEvent();
    expect(cal.getEventById(id)).toBeNull();
    expect(app.getEventById(id)).toBeNull();
    expect(cal.getEvents(at(1, 0), at(2, 0))).toEqual([]);
    expect(workspace.calendar.events()).toEqual([]);
  });

  it('tags are private key/value strings: getTag is null until set', () => {
    const { app } = setUp();
    const event = app.getDefaultCalendar().createEvent('a', at(1, 9), at(1, 10));
    expect(event.getTag('pairId')).toBeNull();
    event.setTag('pairId', 'P-17');
    expect(app.getEventById(event.getId())!.getTag('pairId')).toBe('P-17');
  });
});

describe('CalendarApp guests and invitations', () => {
  it('guests from the options are INVITED; the owner is listed only with getGuestList(true)', () => {
    const { app } = setUp();
    const event = app
      .getDefaultCalendar()
      .createEvent('a', at(1, 9), at(1, 10), { guests: 'Mentor@College.example, mentee@college.example' });
    const list = event.getGuestList();
    expect(list.map((g) => g.getEmail())).toEqual(['mentor@college.example', 'mentee@college.example']);
    expect(list.map((g) => String(g.getGuestStatus()))).toEqual(['INVITED', 'INVITED']);
    const withOwner = event.getGuestList(true);
    expect(withOwner.map((g) => `${g.getEmail()}:${String(g.getGuestStatus())}`)).toEqual([
      'metodist@college.example:OWNER',
      'mentor@college.example:INVITED',
      'mentee@college.example:INVITED',
    ]);
    expect(app.GuestStatus.OWNER).toBe('OWNER');
  });

  it('sendInvites: true records one invitation per guest; without it none is sent', () => {
    const { workspace, app } = setUp();
    const cal = app.getDefaultCalendar();
    cal.createEvent('quiet', at(1, 9), at(1, 10), { guests: 'a@college.example' });
    const loud = cal.createEvent('Встреча', at(1, 11), at(1, 12), {
      guests: 'a@college.example,b@college.example',
      sendInvites: true,
    });
    expect(workspace.calendar.invitationsSent().map((i) => [i.eventId, i.to, i.title])).toEqual([
      [loud.getId(), 'a@college.example', 'Встреча'],
      [loud.getId(), 'b@college.example', 'Встреча'],
    ]);
  });

  it('an invalid guest address is refused and no event is made', () => {
    const { workspace, app } = setUp();
    const cal = app.getDefaultCalendar();
    const error = thrown(() =>
      cal.createEvent('a', at(1, 9), at(1, 10), { guests: 'a@college.example, нет' }),
    );
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Invalid argument: guests');
    expect(workspace.calendar.events()).toEqual([]);
  });

  it('addGuest adds once and sends no invitation; removeGuest of a stranger changes nothing', () => {
    const { workspace, app } = setUp();
    const event = app.getDefaultCalendar().createEvent('a', at(1, 9), at(1, 10));
    event.addGuest('a@college.example').addGuest('a@college.example').removeGuest('x@college.example');
    expect(event.getGuestList().map((g) => g.getEmail())).toEqual(['a@college.example']);
    expect(workspace.calendar.invitationsSent()).toEqual([]);
    event.removeGuest('a@college.example');
    expect(event.getGuestList()).toEqual([]);
    expect(thrown(() => event.addGuest('не адрес')).message).toBe('Invalid argument: email');
  });

  it('a guest finds the event in their own default calendar under the same id, with their answer', () => {
    const { workspace, app, kernel } = setUp();
    const id = app
      .getDefaultCalendar()
      .createEvent('a', at(1, 9), at(1, 10), { guests: 'mentor@college.example' })
      .getId();
    workspace.calendar.respond(id, 'mentor@college.example', 'YES');
    kernel.user = 'mentor@college.example';
    const seen = app.getEventById(id)!;
    expect(seen.getId()).toBe(id);
    expect(String(seen.getGuestList()[0]!.getGuestStatus())).toBe('YES');
  });
});

describe('CalendarApp quotas, counting and authorization', () => {
  it('the 5,001st event of the day throws the Calendar quota text (consumer account)', () => {
    const { workspace, app, kernel } = setUp();
    kernel.quotas.setRemaining('calendarEventsCreated', 1);
    const cal = app.getDefaultCalendar();
    cal.createEvent('last', at(1, 9), at(1, 10));
    const error = thrown(() => cal.createEvent('one too many', at(1, 9), at(1, 10)));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times: Calendar.');
    expect(workspace.calendar.events().map((e) => e.title)).toEqual(['last']);
    expect(kernel.quotas.limit('calendarEventsCreated')).toBe(5000);
    expect(setUp({ account: 'workspace' }).kernel.quotas.limit('calendarEventsCreated')).toBe(10000);
  });

  it('each call is counted under CalendarApp.<Class>.<method>', () => {
    const { app, kernel } = setUp();
    const event = app.getDefaultCalendar().createEvent('a', at(1, 9), at(1, 10));
    event.getTitle();
    const calls = kernel.calls.snapshot();
    expect(calls['CalendarApp.CalendarApp.getDefaultCalendar']).toBe(1);
    expect(calls['CalendarApp.Calendar.createEvent']).toBe(1);
    expect(calls['CalendarApp.CalendarEvent.getTitle']).toBe(1);
  });

  it('a simple trigger without authorization cannot reach the calendar', () => {
    const { app, kernel } = setUp();
    const error = thrown(() =>
      kernel.run('simple-trigger', 'onOpen', () => app.getDefaultCalendar(), 'LIMITED'),
    );
    expect(error.message).toBe(
      'You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: https://www.googleapis.com/auth/calendar',
    );
  });

  it('toJSON carries calendars, events with guests and tags, and invitations', () => {
    const { workspace, app } = setUp();
    const event = app
      .getDefaultCalendar()
      .createEvent('a', at(1, 9), at(1, 10), { guests: 'b@college.example', sendInvites: true });
    event.setTag('k', 'v');
    const json = JSON.parse(JSON.stringify(workspace.calendar.toJSON()));
    expect(json.calendars).toEqual([
      { id: 'metodist@college.example', name: 'metodist@college.example', owner: 'metodist@college.example' },
    ]);
    expect(json.events[0]).toMatchObject({
      title: 'a',
      tags: { k: 'v' },
      guests: [{ email: 'b@college.example' }],
    });
    expect(json.invitationsSent).toHaveLength(1);
  });
});
