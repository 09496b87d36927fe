/** HTML-escapes text for element content and quoted attributes (§9.4, `<?= ?>` in HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for the inside of a JS string literal so that nothing in it can end the string or the
 * `<script>` element: quotes, backslashes, `<`, `>`, `&`, `=`, line terminators and control characters.
 */
export function escapeJsString(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\u2028' || c === '\u2029') out += `\\u${code.toString(16)}`;
    else if (code < 0x20 || '"\'<>&=/`'.includes(c)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return out;
}
