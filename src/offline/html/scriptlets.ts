import { gasException } from '../runtime/exception';

/** Where a printing scriptlet sits in the page, which decides how its value is escaped (§9.4). */
export type PrintContext = 'html' | 'script' | 'script-string';

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'print'; code: string; context: PrintContext }
  | { kind: 'raw'; code: string };

/**
 * Splits a template into text and scriptlets: `<? code ?>`, `<?= printed, escaped ?>`, `<?!= printed
 * raw ?>` (§9.4). The context of each `<?= ?>` is read from the literal text before it: inside a
 * `<script>` element, and there inside a string literal or not.
 */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const context = new ContextTracker();
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('<?', pos);
    if (open < 0) {
      parts.push({ kind: 'text', text: source.slice(pos) });
      break;
    }
    if (open > pos) {
      const text = source.slice(pos, open);
      parts.push({ kind: 'text', text });
      context.feed(text);
    }
    const close = source.indexOf('?>', open + 2);
    // Google's compiler rejects an unclosed scriptlet when the template is evaluated [unsure: wording].
    if (close < 0) throw gasException('Unterminated scriptlet: a "<?" has no matching "?>".');
    const body = source.slice(open + 2, close);
    if (body.startsWith('!=')) parts.push({ kind: 'raw', code: body.slice(2) });
    else if (body.startsWith('='))
      parts.push({ kind: 'print', code: body.slice(1), context: context.current() });
    else parts.push({ kind: 'code', code: body });
    pos = close + 2;
  }
  return parts;
}

/** A small lexer over the page's literal text: HTML, or JS inside `<script>` with strings and comments. */
class ContextTracker {
  private inScript = false;
  private quote: string | null = null;
  private comment: 'line' | 'block' | null = null;
  private pending = '';

  current(): PrintContext {
    if (!this.inScript) return 'html';
    return this.quote ? 'script-string' : 'script';
  }

  feed(text: string): void {
    const input = this.pending + text;
    this.pending = '';
    let i = 0;
    while (i < input.length) {
      if (!this.inScript) {
        const open = /<script\b[^>]*>/gi;
        open.lastIndex = i;
        const match = open.exec(input);
        if (!match) {
          // Keep a possibly cut `<script` tag for the next chunk.
          const cut = input.lastIndexOf('<');
          if (cut >= i && !input.includes('>', cut)) this.pending = input.slice(cut);
          return;
        }
        this.inScript = true;
        i = match.index + match[0].length;
        continue;
      }
      const c = input.charAt(i);
      const rest = input.slice(i);
      // `</script` ends the element wherever it appears, even inside a JS string or comment.
      if (/^<\/script/i.test(rest)) {
        this.inScript = false;
        this.quote = null;
        this.comment = null;
        continue;
      }
      if (this.comment === 'line') {
        if (c === '\n') this.comment = null;
      } else if (this.comment === 'block') {
        if (rest.startsWith('*/')) {
          this.comment = null;
          i += 1;
        }
      } else if (this.quote) {
        if (c === '\\') i += 1;
        else if (c === this.quote) this.quote = null;
      } else if (c === '"' || c === "'" || c === '`') {
        this.quote = c;
      } else if (rest.startsWith('//')) {
        this.comment = 'line';
      } else if (rest.startsWith('/*')) {
        this.comment = 'block';
        i += 1;
      }
      i += 1;
    }
  }
}

/** JS source of the compiled template, as `HtmlTemplate.getCode()` shows it. */
export function compileTemplate(parts: TemplatePart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return `__output.text(${JSON.stringify(part.text)});`;
        case 'code':
          return `${part.code}\n`;
        case 'print':
          return `__output.print((${part.code}\n), ${JSON.stringify(part.context)});`;
        case 'raw':
          return `__output.raw((${part.code}\n));`;
      }
    })
    .join('\n');
}
