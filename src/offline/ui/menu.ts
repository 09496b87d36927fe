import type { MenuApi } from '../../gas/api/html';
import type { Kernel } from '../runtime/kernel';
import type { InstalledMenu, MenuEntry } from './menus';

type Line =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: OfflineMenu };

/**
 * A menu being built. Nothing shows until `addToUi()`, which takes a snapshot of the menu and its
 * submenus as they are at that moment.
 */
export class OfflineMenu implements MenuApi {
  private readonly lines: Line[] = [];

  constructor(
    private readonly kernel: Kernel,
    readonly caption: string,
    private readonly addon: boolean,
    private readonly install: (menu: InstalledMenu) => void,
  ) {}

  addItem(caption: string, functionName: string): OfflineMenu {
    this.kernel.tick('Ui.Menu.addItem');
    this.lines.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): OfflineMenu {
    this.kernel.tick('Ui.Menu.addSeparator');
    this.lines.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: MenuApi): OfflineMenu {
    this.kernel.tick('Ui.Menu.addSubMenu');
    if (!(menu instanceof OfflineMenu))
      throw new Error('The offline Ui takes submenus made by its own createMenu().');
    this.lines.push({ kind: 'submenu', menu });
    return this;
  }

  addToUi(): void {
    this.kernel.tick('Ui.Menu.addToUi');
    this.install({ caption: this.caption, addon: this.addon, entries: this.entries() });
  }

  /** Non-ticking snapshot of the lines, submenus resolved. */
  entries(): MenuEntry[] {
    return this.lines.map((line): MenuEntry => {
      if (line.kind === 'submenu')
        return { kind: 'submenu', caption: line.menu.caption, entries: line.menu.entries() };
      return { ...line };
    });
  }
}
