/**
 * People's text (names, aliases, notes, reasons, rationale) in a Markdown report, so that nothing
 * a panelist or candidate typed becomes a link, an image, an autolink, raw HTML, a heading, a list
 * or table structure in whatever renders it.
 *
 * Text made only of letters, digits, spaces and a few marks that Markdown gives no meaning to is
 * written as it is, so ordinary names and notes read normally. Anything else goes into a code span
 * whose fence is longer than any run of backticks in it: inside a code span CommonMark processes
 * nothing (no emphasis, links, HTML, entities or escapes), and GFM's autolink extension does not
 * apply (GFM spec 0.29: §6.3 Code spans, §6.9 Autolinks (extension)). Backslash escaping alone is not enough: it kept `http://x`
 * and `a@b.example` whole, and GFM linked them (issue 17, item 8).
 */

/**
 * Characters with no Markdown meaning in running text. Missing on purpose: every ASCII mark that
 * starts a construct (`*_[]()<>!#|~\`&=+:@` …); the colon and at sign because they make autolinks.
 */
const PLAIN_CHARS = /^[\p{L}\p{M}\p{N} ,;.'"?!()%/’‘“”–—…-]*$/u;

/** True when `text` (one line, trimmed) renders as itself wherever it stands, even at a line start. */
export function isPlain(text: string): boolean {
  return (
    PLAIN_CHARS.test(text) &&
    // `[x](y)` needs brackets, which are not plain; a bare "(" or "!" is harmless.
    !text.startsWith('-') && // a list item, a thematic break or a setext underline
    !/^\d+[.)]/.test(text) && // an ordered list item: "1. " or "1) "
    !/[.][\p{L}\p{N}]/u.test(text) // a domain name: "www.x", and the bare "x.example" that linkify links
  );
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A code span around `text`, its fence one backtick longer than the longest run inside. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // The spaces keep a backtick at either end off the fence; CommonMark strips one on each side.
  return `${fence} ${text} ${fence}`;
}

/** Inline text: folded onto one line, written plain when it is inert, else as a code span. */
export function inline(text: string): string {
  const t = fold(text);
  if (t === '') return '';
  return isPlain(t) ? t : codeSpan(t);
}

/**
 * A GFM table cell: inline text with an em dash for nothing. A pipe splits the row even inside a
 * code span unless it is escaped (GFM spec 0.29, §4.10 Tables (extension)), and the table splitter of marked counts
 * the backslashes before it (odd: escaped), so every pipe gets an odd number. The splitter then
 * removes one, so a pipe the panelist typed after an odd number of backslashes shows one extra.
 */
export function cell(text: string): string {
  const t = inline(text);
  if (t === '') return '—';
  return t.replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes.length % 2 === 0 ? '\\' : '\\\\'}|`);
}

/** Multi-line text as a block quote, each line inline text; blank lines are kept as paragraph breaks. */
export function quote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  return lines.map((l) => (l.trim() === '' ? '>' : `> ${inline(l)}`)).join('\n');
}
