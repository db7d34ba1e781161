/**
 * Escaping people's text (names, notes, reasons) for a Markdown report, so that nothing a
 * panelist typed becomes a link, an image, raw HTML or a broken table in whatever renders it.
 */

/** Escapes Markdown and HTML syntax in inline text and folds it onto one line. */
export function inline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\n+/g, ' ')
    .trim();
}

/** A table cell: inline text, with an em dash for nothing. */
export function cell(text: string): string {
  const t = inline(text);
  return t === '' ? '—' : t;
}

/** Multi-line text as a block quote, each line escaped; blank lines are kept as paragraph breaks. */
export function quote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  return lines.map((l) => (l.trim() === '' ? '>' : `> ${inline(l)}`)).join('\n');
}
