/** One line of a menu as the person sees it. */
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

/** A menu added to the host's menu bar, or the add-on's submenu under Extensions (§10.2). */
export interface InstalledMenu {
  caption: string;
  /** True for `createAddonMenu()`: shown as Extensions › <add-on name>. */
  addon: boolean;
  entries: MenuEntry[];
}

/** Prefixes a person may write before the add-on's menu when naming an item by its path. */
const EXTENSIONS = ['Extensions', 'Расширения'];

/**
 * The menus one host shows, as structured data: what `addToUi()` installed. A menu added again under
 * the same caption replaces the earlier one, and there is a single add-on menu [unsure: Google's
 * handling of a repeated caption is not documented; replacing is what a re-run `onOpen` needs].
 */
export class MenuRegistry {
  private readonly installed: InstalledMenu[] = [];

  install(menu: InstalledMenu): void {
    const at = this.installed.findIndex((m) =>
      menu.addon ? m.addon : !m.addon && m.caption === menu.caption,
    );
    if (at >= 0) this.installed[at] = menu;
    else this.installed.push(menu);
  }

  /** Copies of the installed menus: top-level menus in the order added, then the add-on menu. */
  menus(): InstalledMenu[] {
    const ordered = [...this.installed.filter((m) => !m.addon), ...this.installed.filter((m) => m.addon)];
    return JSON.parse(JSON.stringify(ordered)) as InstalledMenu[];
  }

  /**
   * The function behind the item a person would click, by its caption (`Сформировать пары`) or by a
   * path of captions (`Наставник › Сформировать пары`, `Extensions > Наставник > …`); undefined if no
   * menu shows it. With a bare caption the first match wins, top-level menus before the add-on menu.
   */
  findMenuItem(label: string): string | undefined {
    const path = label
      .split(/\s*[›>]\s*/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (path.length === 0) return undefined;
    const menus = this.menus();
    if (path.length === 1) {
      for (const menu of menus) {
        const found = findCaption(menu.entries, path[0] ?? '');
        if (found !== undefined) return found;
      }
      return undefined;
    }
    const [first = '', ...rest] = EXTENSIONS.includes(path[0] ?? '') ? path.slice(1) : path;
    const menu = menus.find((m) => m.caption === first);
    return menu ? followPath(menu.entries, rest) : undefined;
  }
}

function findCaption(entries: MenuEntry[], caption: string): string | undefined {
  for (const entry of entries) {
    if (entry.kind === 'item' && entry.caption.trim() === caption) return entry.functionName;
    if (entry.kind === 'submenu') {
      const found = findCaption(entry.entries, caption);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function followPath(entries: MenuEntry[], path: string[]): string | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  for (const entry of entries) {
    if (entry.kind === 'item' && rest.length === 0 && entry.caption.trim() === head)
      return entry.functionName;
    if (entry.kind === 'submenu' && entry.caption.trim() === head) return followPath(entry.entries, rest);
  }
  return undefined;
}

/** The JSON a `menu` screen event carries: items, separators and submenus as a person reads them. */
export function menuItemsJson(entries: MenuEntry[]): string {
  const plain = (list: MenuEntry[]): unknown[] =>
    list.map((e) => {
      if (e.kind === 'separator') return { separator: true };
      if (e.kind === 'item') return { caption: e.caption, functionName: e.functionName };
      return { caption: e.caption, items: plain(e.entries) };
    });
  return JSON.stringify(plain(entries));
}
