import { OfflineHtmlService } from '../../../src/offline/html/html-service';
import { Kernel } from '../../../src/offline/runtime/kernel';
import { OfflineUi } from '../../../src/offline/ui/ui';
import { thrown } from '../thrown';

function setUp() {
  const kernel = new Kernel();
  return { kernel, ui: new OfflineUi(kernel, 'Sheets'), html: new OfflineHtmlService(kernel) };
}

describe('Menus', () => {
  it('addToUi shows the menu: a screen event with its items as JSON', () => {
    const { kernel, ui } = setUp();
    ui.createMenu('Наставничество')
      .addItem('Настроить систему', 'setupSystem')
      .addSeparator()
      .addItem('О программе', 'showAbout')
      .addToUi();
    const event = kernel.screen[0];
    expect(event).toMatchObject({ host: 'Sheets', kind: 'menu', title: 'Наставничество' });
    expect(JSON.parse(event?.content ?? '')).toEqual([
      { caption: 'Настроить систему', functionName: 'setupSystem' },
      { separator: true },
      { caption: 'О программе', functionName: 'showAbout' },
    ]);
  });

  it('nothing shows until addToUi', () => {
    const { kernel, ui } = setUp();
    ui.createMenu('Черновик').addItem('Пункт', 'f');
    expect(kernel.screen).toEqual([]);
    expect(ui.findMenuItem('Пункт')).toBeUndefined();
  });

  it('createAddonMenu is named after the add-on and shown under Extensions (§10.2)', () => {
    const { kernel, ui } = setUp();
    ui.createAddonMenu().addItem('Открыть панель', 'showSidebar').addToUi();
    expect(kernel.screen[0]?.title).toBe('Extensions › Наставник');
    expect(ui.menus()).toEqual([
      {
        caption: 'Наставник',
        addon: true,
        entries: [{ kind: 'item', caption: 'Открыть панель', functionName: 'showSidebar' }],
      },
    ]);
  });

  it('findMenuItem finds the function by the caption a user sees, in submenus and by path; unknown → undefined', () => {
    const { ui } = setUp();
    ui.createMenu('Наставничество')
      .addItem('Настроить систему', 'setupSystem')
      .addSubMenu(ui.createMenu('Документы').addItem('Сформировать приказ', 'makeOrder'))
      .addToUi();
    ui.createAddonMenu().addItem('Настроить систему', 'addonSetup').addToUi();
    expect(ui.findMenuItem('Сформировать приказ')).toBe('makeOrder');
    expect(ui.findMenuItem('Настроить систему')).toBe('setupSystem');
    expect(ui.findMenuItem('Наставник › Настроить систему')).toBe('addonSetup');
    expect(ui.findMenuItem('Extensions > Наставник > Настроить систему')).toBe('addonSetup');
    expect(ui.findMenuItem('Наставничество › Документы › Сформировать приказ')).toBe('makeOrder');
    expect(ui.findMenuItem('Удалить всё')).toBeUndefined();
    expect(ui.findMenuItem('Наставничество › Удалить всё')).toBeUndefined();
  });

  it('a menu added again under the same caption replaces the earlier one (a re-run onOpen)', () => {
    const { ui } = setUp();
    ui.createMenu('Меню').addItem('Старый', 'old').addToUi();
    ui.createMenu('Меню').addItem('Новый', 'fresh').addToUi();
    expect(ui.menus()).toHaveLength(1);
    expect(ui.findMenuItem('Старый')).toBeUndefined();
    expect(ui.findMenuItem('Новый')).toBe('fresh');
  });

  it('menus() and findMenuItem do not count calls', () => {
    const { kernel, ui } = setUp();
    ui.createMenu('Меню').addItem('Пункт', 'f').addToUi();
    const before = kernel.calls.total;
    ui.menus();
    ui.findMenuItem('Пункт');
    expect(kernel.calls.total).toBe(before);
  });
});

describe('Alerts and prompts with scripted answers', () => {
  it('alert(prompt) defaults to OK and is recorded with its text', () => {
    const { kernel, ui } = setUp();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    expect(kernel.screen[0]).toMatchObject({ kind: 'alert', title: '', content: 'Готово', answer: 'OK' });
  });

  it('the person’s scripted answers are used in order; the default is the set’s first button', () => {
    const { kernel, ui } = setUp();
    ui.scriptAnswers(['NO', 'CANCEL']);
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Внимание', 'Продолжить?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.CANCEL);
    expect(ui.alert('Ещё раз?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(kernel.screen.map((e) => [e.title, e.answer])).toEqual([
      ['', 'NO'],
      ['Внимание', 'CANCEL'],
      ['', 'YES'],
    ]);
  });

  it('the close button (CLOSE) is always a possible answer; a button the dialog lacks is a scripting error', () => {
    const { ui } = setUp();
    ui.scriptAnswers(['CLOSE', 'YES']);
    expect(ui.alert('Закрыть?')).toBe(ui.Button.CLOSE);
    expect(() => ui.alert('Только OK')).toThrow('The scripted answer YES is not a button of this alert');
  });

  it('alert(title, prompt) without a ButtonSet is a signature mismatch (§0.3)', () => {
    const { ui } = setUp();
    const alert = ui.alert as unknown as (...args: unknown[]) => unknown;
    expect(thrown(() => alert.call(ui, 'Заголовок', 'Текст')).message).toBe(
      "The parameters (String,String) don't match the method signature for Ui.alert.",
    );
  });

  it('prompt returns the scripted text and button; by default "" and the first button', () => {
    const { kernel, ui } = setUp();
    ui.scriptAnswers([{ button: 'OK', text: 'Иванова Мария' }]);
    const named = ui.prompt('Наставник', 'ФИО наставника:', ui.ButtonSet.OK_CANCEL);
    expect(named.getResponseText()).toBe('Иванова Мария');
    expect(named.getSelectedButton()).toBe(ui.Button.OK);
    const blank = ui.prompt('Комментарий?');
    expect([blank.getResponseText(), blank.getSelectedButton()]).toEqual(['', ui.Button.OK]);
    expect(kernel.screen[0]).toMatchObject({
      kind: 'prompt',
      title: 'Наставник',
      answer: 'OK',
      responseText: 'Иванова Мария',
    });
  });
});

describe('Sidebars and dialogs', () => {
  it('showSidebar records the page and its title', () => {
    const { kernel, ui, html } = setUp();
    kernel.run('menu', 'showSidebar', () =>
      ui.showSidebar(html.createHtmlOutput('<p>Панель</p>').setTitle('Наставник')),
    );
    expect(kernel.screen[0]).toMatchObject({ kind: 'sidebar', title: 'Наставник', content: '<p>Панель</p>' });
  });

  it('dialogs take their title from the call', () => {
    const { kernel, ui, html } = setUp();
    ui.showModalDialog(html.createHtmlOutput('<p>m</p>'), 'Модальное');
    ui.showModelessDialog(html.createHtmlOutput('<p>n</p>'), 'Немодальное');
    expect(kernel.screen.map((e) => [e.kind, e.title, e.content])).toEqual([
      ['modal-dialog', 'Модальное', '<p>m</p>'],
      ['modeless-dialog', 'Немодальное', '<p>n</p>'],
    ]);
  });

  it('from a simple trigger, showSidebar throws the permission error (§7.10, §9.5)', () => {
    const { kernel, ui, html } = setUp();
    const page = html.createHtmlOutput('<p>x</p>');
    const error = kernel.run('simple-trigger', 'onOpen', () => thrown(() => ui.showSidebar(page)), 'LIMITED');
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => kernel.run('simple-trigger', 'onOpen', () => ui.showModalDialog(page, 't'))).toThrow(
      'You do not have permission to call Ui.showModalDialog.',
    );
    expect(kernel.screen).toEqual([]);
  });
});
