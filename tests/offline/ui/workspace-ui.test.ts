import { OfflineWorkspace } from '../../../src/offline/workspace';
import { offlineUi } from '../../../src/offline/ui/ui';

describe('OfflineWorkspace.uiFor', () => {
  it('gives one Ui per host, made on first use, recording into the workspace’s screen', () => {
    const workspace = new OfflineWorkspace();
    const sheets = workspace.uiFor('Sheets');
    expect(workspace.uiFor('Sheets')).toBe(sheets);
    expect(workspace.uiFor('Docs')).not.toBe(sheets);
    workspace.uiFor('Docs').alert('Документ готов');
    expect(workspace.kernel.screen[0]).toMatchObject({
      host: 'Docs',
      kind: 'alert',
      content: 'Документ готов',
    });
  });

  it('offlineUi exposes scripted answers and the menu lookup behind the UiApi type', () => {
    const workspace = new OfflineWorkspace();
    const ui = workspace.uiFor('Sheets');
    offlineUi(ui).scriptAnswers(['YES']);
    ui.createMenu('Наставничество').addItem('Подобрать пары', 'proposePairs').addToUi();
    expect(ui.alert('Подобрать?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(offlineUi(ui).findMenuItem('Подобрать пары')).toBe('proposePairs');
  });

  it('templates evaluated through the workspace see the virtual Date and the project’s functions', () => {
    const workspace = new OfflineWorkspace({ start: new Date('2031-09-01T06:00:00Z') });
    workspace.useFunctions((name) => (name === 'greeting' ? () => 'Здравствуйте' : undefined));
    const template = workspace.services.HtmlService.createTemplate(
      '<?= greeting() ?>, <?= new Date().getUTCFullYear() ?>',
    );
    expect(template.evaluate().getContent()).toBe('Здравствуйте, 2031');
  });
});
