import { Kernel } from '../../../src/offline/runtime/kernel';
import { OfflineSession } from '../../../src/offline/session/session';

function setUp() {
  const kernel = new Kernel({
    user: 'metodist@college.example',
    timeZone: 'Asia/Yekaterinburg',
    locale: 'ru',
  });
  return { kernel, session: new OfflineSession(kernel) };
}

describe('Session identity (§8.5, §10.7)', () => {
  it('getActiveUser().getEmail() is "" in a simple trigger, not null and no throw', () => {
    const { kernel, session } = setUp();
    const email = kernel.run('simple-trigger', 'onOpen', () => session.getActiveUser().getEmail(), 'LIMITED');
    expect(email).toBe('');
  });

  it('is "" in any NONE or LIMITED execution', () => {
    const { kernel, session } = setUp();
    expect(kernel.run('menu', 'f', () => session.getActiveUser().getEmail(), 'NONE')).toBe('');
    expect(kernel.run('menu', 'f', () => session.getActiveUser().getEmail(), 'LIMITED')).toBe('');
  });

  it('is the user’s address in a FULL execution such as a menu click', () => {
    const { kernel, session } = setUp();
    expect(kernel.run('menu', 'f', () => session.getActiveUser().getEmail())).toBe(
      'metodist@college.example',
    );
  });

  it('getEffectiveUser is the installer in an installable trigger', () => {
    const { kernel, session } = setUp();
    const trigger = kernel.begin('installable-trigger', 'onFormSubmit');
    kernel.user = 'someone.else@college.example';
    expect(kernel.within(trigger, () => session.getEffectiveUser().getEmail())).toBe(
      'metodist@college.example',
    );
  });

  it('getTemporaryActiveUserKey is stable for a user, differs between users, and is there when the e-mail is hidden', () => {
    const { kernel, session } = setUp();
    const inTrigger = kernel.run(
      'simple-trigger',
      'onOpen',
      () => session.getTemporaryActiveUserKey(),
      'LIMITED',
    );
    expect(inTrigger).not.toBe('');
    expect(session.getTemporaryActiveUserKey()).toBe(inTrigger);
    expect(
      new OfflineSession(new Kernel({ user: 'metodist@college.example' })).getTemporaryActiveUserKey(),
    ).toBe(inTrigger);
    kernel.user = 'other@college.example';
    expect(session.getTemporaryActiveUserKey()).not.toBe(inTrigger);
  });
});

describe('Session settings (§8.4, §8.6)', () => {
  it('getScriptTimeZone is the manifest time zone and getActiveUserLocale the user’s language', () => {
    const { session } = setUp();
    expect(session.getScriptTimeZone()).toBe('Asia/Yekaterinburg');
    expect(session.getActiveUserLocale()).toBe('ru');
  });

  it('counts its calls under Session.*', () => {
    const { kernel, session } = setUp();
    session.getActiveUser().getEmail();
    expect(kernel.calls.count('Session.Session.getActiveUser')).toBe(1);
    expect(kernel.calls.count('Session.User.getEmail')).toBe(1);
  });
});
