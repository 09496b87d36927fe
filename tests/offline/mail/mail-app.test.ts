import { OfflineWorkspace, OfflineWorkspaceOptions } from '../../../src/offline/workspace';
import { thrown } from '../thrown';

function setUp(options: OfflineWorkspaceOptions = {}) {
  const workspace = new OfflineWorkspace({ user: 'metodist@college.example', ...options });
  return { workspace, mail: workspace.services.MailApp, kernel: workspace.kernel };
}

describe('MailApp.sendEmail puts the mail in the outbox', () => {
  it('(recipient, subject, body) records one plain-text mail from the running user', () => {
    const { workspace, mail, kernel } = setUp();
    kernel.run('menu', 'notifyMentors', () => mail.sendEmail('mentor@college.example', 'Пары', 'Готово'));
    expect(workspace.mail.outbox).toEqual([
      {
        to: ['mentor@college.example'],
        cc: [],
        bcc: [],
        subject: 'Пары',
        body: 'Готово',
        htmlBody: null,
        name: null,
        replyTo: null,
        noReply: false,
        from: 'metodist@college.example',
        at: expect.any(Date),
        executionFunction: 'notifyMentors',
      },
    ]);
  });

  it('the message form keeps cc, bcc, htmlBody, name and replyTo, and splits comma-separated lists', () => {
    const { workspace, mail } = setUp();
    mail.sendEmail({
      to: 'a@college.example, b@college.example',
      cc: 'c@college.example',
      bcc: 'd@college.example',
      subject: 'Отчёт',
      htmlBody: '<b>Отчёт</b>',
      name: 'Наставник',
      replyTo: 'metodist@college.example',
    });
    const sent = workspace.mail.outbox[0]!;
    expect(sent.to).toEqual(['a@college.example', 'b@college.example']);
    expect(sent.cc).toEqual(['c@college.example']);
    expect(sent.bcc).toEqual(['d@college.example']);
    expect(sent.body).toBe('');
    expect(sent.htmlBody).toBe('<b>Отчёт</b>');
    expect(sent.name).toBe('Наставник');
    expect(sent.replyTo).toBe('metodist@college.example');
    expect(sent.executionFunction).toBeNull();
  });

  it('(recipient, subject, body, options) takes the options, a display-name address is accepted', () => {
    const { workspace, mail } = setUp();
    mail.sendEmail('Иванова Анна <anna@college.example>', 'Тема', 'Текст', { htmlBody: '<p>Текст</p>' });
    expect(workspace.mail.outbox[0]).toMatchObject({
      to: ['Иванова Анна <anna@college.example>'],
      body: 'Текст',
      htmlBody: '<p>Текст</p>',
    });
  });

  it('sending is one counted MailApp.MailApp.sendEmail call', () => {
    const { mail, kernel } = setUp();
    mail.sendEmail('mentor@college.example', 's', 'b');
    expect(kernel.calls.snapshot()['MailApp.MailApp.sendEmail']).toBe(1);
  });
});

describe('MailApp addresses (Google’s texts)', () => {
  it('a malformed address throws "Invalid email: <address>" and sends nothing', () => {
    const { workspace, mail } = setUp();
    const error = thrown(() => mail.sendEmail('mentor@college.example, не адрес', 's', 'b'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Invalid email: не адрес');
    expect(workspace.mail.outbox).toHaveLength(0);
  });

  it('an undefined recipient throws "Invalid email: undefined"', () => {
    const { mail } = setUp();
    const row = { email: undefined as unknown as string };
    expect(thrown(() => mail.sendEmail(row.email, 's', 'b')).message).toBe('Invalid email: undefined');
  });

  it('a malformed cc is refused the same way', () => {
    const { mail } = setUp();
    expect(thrown(() => mail.sendEmail({ to: 'a@college.example', cc: 'b@', subject: 's' })).message).toBe(
      'Invalid email: b@',
    );
  });

  it('an empty recipient throws "Failed to send email: no recipient"', () => {
    const { workspace, mail } = setUp();
    const error = thrown(() => mail.sendEmail('', 's', 'b'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Failed to send email: no recipient');
    expect(workspace.mail.outbox).toHaveLength(0);
  });

  it('a wrong argument list matches no signature (§0.3)', () => {
    const { mail } = setUp();
    const send = mail.sendEmail.bind(mail) as unknown as (...a: unknown[]) => void;
    expect(thrown(() => send('a@college.example', 's')).message).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
  });
});

describe('MailApp daily recipients quota', () => {
  it('getRemainingDailyQuota starts at 100 for a consumer account and 1,500 for Workspace', () => {
    expect(setUp().mail.getRemainingDailyQuota()).toBe(100);
    expect(setUp({ account: 'workspace' }).mail.getRemainingDailyQuota()).toBe(1500);
  });

  it('every recipient counts, to, cc and bcc alike', () => {
    const { mail } = setUp();
    mail.sendEmail({ to: 'a@college.example,b@college.example', cc: 'c@college.example', subject: 's' });
    expect(mail.getRemainingDailyQuota()).toBe(97);
  });

  it('running out mid-loop throws Google’s quota text and leaves the earlier mails in the outbox', () => {
    const { workspace, mail, kernel } = setUp();
    workspace.mail.setRemaining(2);
    const mentors = ['m1@college.example', 'm2@college.example', 'm3@college.example'];
    const error = thrown(() =>
      kernel.run('installable-trigger', 'sendReminders', () => {
        for (const m of mentors) mail.sendEmail(m, 'Напоминание', 'Встреча завтра');
      }),
    );
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Service invoked too many times for one day: email.');
    expect(workspace.mail.outbox.map((m) => m.to[0])).toEqual(['m1@college.example', 'm2@college.example']);
    expect(mail.getRemainingDailyQuota()).toBe(0);
  });

  it('a mail with more recipients than are left is refused whole', () => {
    const { workspace, mail } = setUp();
    workspace.mail.setRemaining(1);
    expect(thrown(() => mail.sendEmail('a@college.example,b@college.example', 's', 'b')).message).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(workspace.mail.outbox).toHaveLength(0);
    expect(mail.getRemainingDailyQuota()).toBe(1);
  });

  it('the quota is back 24 hours after its first use', () => {
    const { workspace, mail, kernel } = setUp();
    mail.sendEmail('a@college.example', 's', 'b');
    workspace.mail.setRemaining(0);
    kernel.clock.advance(24 * 3600_000);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('MailApp authorization (§7.10, §10.4)', () => {
  it('a simple trigger without authorization cannot send mail', () => {
    const { workspace, mail, kernel } = setUp();
    const error = thrown(() =>
      kernel.run('simple-trigger', 'onOpen', () => mail.sendEmail('a@college.example', 's', 'b'), 'LIMITED'),
    );
    expect(error.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(workspace.mail.outbox).toHaveLength(0);
  });

  it('the bundle’s globals include MailApp, CalendarApp and Charts', () => {
    const { workspace } = setUp();
    const globals = workspace.globals();
    expect(globals.MailApp).toBe(workspace.mail);
    expect(globals.CalendarApp).toBe(workspace.services.CalendarApp);
    expect((globals.Charts as { ChartType: Record<string, string> }).ChartType.LINE).toBe('LINE');
  });
});
