import { OfflineHtmlService } from '../../../src/offline/html/html-service';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { thrown } from '../thrown';

function setUp(files: Record<string, string> = {}) {
  const kernel = new Kernel();
  const functions: Record<string, (...args: unknown[]) => unknown> = {};
  kernel.setFunctionResolver((name) => functions[name]);
  const html = new OfflineHtmlService(kernel, () => files);
  return { kernel, html, functions };
}

describe('HtmlTemplate scriptlets (§9.4)', () => {
  it('<?= ?> HTML-escapes: a name with <script> markup is shown as text', () => {
    const { html } = setUp();
    const template = html.createTemplate('<p>Здравствуйте, <?= name ?>!</p>');
    template.name = '<script>alert("x")</script> & Co';
    expect(template.evaluate().getContent()).toBe(
      '<p>Здравствуйте, &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co!</p>',
    );
  });

  it('<?!= ?> prints raw, as for including another file', () => {
    const { html, functions } = setUp({ Styles: '<style>p{color:red}</style>' });
    functions.include = (name) => html.createHtmlOutputFromFile(String(name)).getContent();
    const page = html.createTemplate('<head><?!= include("Styles") ?></head>').evaluate();
    expect(page.getContent()).toBe('<head><style>p{color:red}</style></head>');
  });

  it('inside <script>, <?= ?> prints a JS string: a number becomes "5", markup cannot close the script', () => {
    const { html } = setUp();
    const template = html.createTemplate('<script>var n = <?= n ?>; var s = <?= s ?>;</script>');
    template.n = 5;
    template.s = '</script><b>';
    expect(template.evaluate().getContent()).toBe(
      '<script>var n = "5"; var s = "\\x3c\\x2fscript\\x3e\\x3cb\\x3e";</script>',
    );
  });

  it('inside a JS string literal, <?= ?> escapes without adding quotes', () => {
    const { html } = setUp();
    const template = html.createTemplate(
      "<script>var greeting = 'Привет, <?= who ?>';</script><p><?= who ?></p>",
    );
    template.who = "O'Neil";
    expect(template.evaluate().getContent()).toBe(
      "<script>var greeting = 'Привет, O\\x27Neil';</script><p>O&#39;Neil</p>",
    );
  });

  it('<? ?> runs code once, server-side: loops over a template property', () => {
    const { html } = setUp();
    const template = html.createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
    );
    template.items = ['Иванова', 'Петров'];
    expect(template.evaluate().getContent()).toBe('<ul><li>Иванова</li><li>Петров</li></ul>');
  });

  it('an unknown name is a ReferenceError; assignments stay inside the template', () => {
    const { html } = setUp();
    const error = thrown(() => html.createTemplate('<?= missing ?>').evaluate());
    expect(error).toBeInstanceOf(ReferenceError);
    html.createTemplate('<? leaked = 1 ?>').evaluate();
    expect((globalThis as Record<string, unknown>).leaked).toBeUndefined();
  });

  it('getRawContent returns the source; getCode the compiled scriptlets', () => {
    const { html } = setUp();
    const template = html.createTemplate('<b><?= x ?></b>');
    expect(template.getRawContent()).toBe('<b><?= x ?></b>');
    expect(template.getCode()).toContain('x');
  });
});

describe('HtmlService files', () => {
  it('createHtmlOutputFromFile finds a file with or without ".html" and does not run scriptlets', () => {
    const { html } = setUp({ 'Sidebar.html': '<p><?= x ?></p>' });
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p><?= x ?></p>');
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p><?= x ?></p>');
  });

  it('createTemplateFromFile evaluates the file', () => {
    const { html } = setUp({ Sidebar: '<p><?= x ?></p>' });
    const template = html.createTemplateFromFile('Sidebar');
    template.x = 1;
    expect(template.evaluate().getContent()).toBe('<p>1</p>');
  });

  it('an unknown file throws Google’s text `No HTML file named X was found.`', () => {
    const { html } = setUp();
    const error = thrown(() => html.createHtmlOutputFromFile('Nope'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('No HTML file named Nope was found.');
    expect(() => html.createTemplateFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('useHtmlFiles swaps the files without counting a call', () => {
    const { kernel, html } = setUp();
    const before = kernel.calls.total;
    html.useHtmlFiles(() => ({ Later: 'later' }));
    expect(kernel.calls.total).toBe(before);
    expect(html.createHtmlOutputFromFile('Later').getContent()).toBe('later');
  });
});

describe('HtmlOutput', () => {
  it('append adds raw HTML; appendUntrusted escapes it; setContent replaces; clear empties', () => {
    const { html } = setUp();
    const page = html.createHtmlOutput('<p>a</p>');
    page.append('<b>b</b>').appendUntrusted('<i>c</i>');
    expect(page.getContent()).toBe('<p>a</p><b>b</b>&lt;i&gt;c&lt;/i&gt;');
    expect(page.setContent('x').getContent()).toBe('x');
    expect(page.clear().getContent()).toBe('');
    expect(html.createHtmlOutput().getContent()).toBe('');
  });

  it('title, width and height are kept; sandbox and X-Frame options are accepted', () => {
    const { html } = setUp();
    const page = html
      .createHtmlOutput('<p>x</p>')
      .setTitle('Наставник')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect([page.getTitle(), page.getWidth(), page.getHeight()]).toEqual(['Наставник', 300, 200]);
    expect(page.settings()).toMatchObject({ sandboxMode: 'IFRAME', xFrameOptionsMode: 'ALLOWALL' });
  });

  it('asTemplate turns a page back into a template', () => {
    const { html } = setUp();
    const template = html.createHtmlOutput('<p><?= n ?></p>').asTemplate();
    template.n = 2;
    expect(template.evaluate().getContent()).toBe('<p>2</p>');
  });

  it('counts evaluate and getContent under HtmlService.*', () => {
    const { kernel, html } = setUp();
    html.createTemplate('x').evaluate().getContent();
    expect(kernel.calls.count('HtmlService.HtmlTemplate.evaluate')).toBe(1);
    expect(kernel.calls.count('HtmlService.HtmlOutput.getContent')).toBe(1);
  });
});

describe('HtmlService file sources', () => {
  it('useHtmlFiles also takes a plain map, as the bundle loader has it', () => {
    const { html } = setUp();
    html.useHtmlFiles({ Sidebar: '<p>из бандла</p>' });
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>из бандла</p>');
  });
});
