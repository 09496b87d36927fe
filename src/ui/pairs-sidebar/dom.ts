/**
 * The sidebar's only way to make elements. Text is always a Text node (or `textContent`), attributes are
 * set one by one with `setAttribute`: nothing the server sends is ever parsed as HTML, so a name like
 * `<img src=x onerror=…>` is shown as those characters.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  /** Other attributes (aria-*, data-*, type, value…), set as attribute values, never as markup. */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
  onChange?: (event: Event) => void;
  disabled?: boolean;
}

export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) element.addEventListener('click', props.onClick);
  if (props.onChange) element.addEventListener('change', props.onChange);
  if (props.disabled) element.setAttribute('disabled', '');
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Node, children: readonly Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

export function option(value: string, label: string, selected = false): HTMLElement {
  const element = h('option', { attrs: { value } }, label) as HTMLOptionElement;
  element.selected = selected;
  return element;
}
