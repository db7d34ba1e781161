/**
 * The Markdown report stays inert: rendered with marked (GFM, its default), nothing a panelist or
 * candidate typed becomes a link, an image, an autolink, HTML, a heading, a list or a table part.
 * The oracle is the rendered HTML: a report whose typed text is hostile must have the same tag
 * structure as one whose typed text is plain, apart from <code> leaves, and show the typed text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marked } from 'marked';
import { cell, inline, isPlain, quote } from './markdown';
import { buildReport, reportToMarkdown } from './report';
import { fixtureQuestion, fixtureSession, sheetOf } from './testing';

const render = (md: string) => marked.parse(md, { async: false, gfm: true });

/** The text marked shows for HTML without tags: its five escapes undone. */
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The tags of rendered HTML in order, with every <code>…</code> leaf dropped whole. */
const skeleton = (html: string) =>
  (html.replace(/<code>[^<]*<\/code>/g, '').match(/<\/?[a-z][a-z0-9]*/gi) ?? []).join('');

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Typed text that old or naive escaping let through (issue 17, item 8), and the usual suspects. */
const HOSTILE = [
  'https://evil.example/x?a=1&b=2',
  'http://evil.example/path_(with)_parens',
  'see www.evil.example now',
  'mail me: ana@evil.example',
  'mailto:ana@evil.example',
  '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --> after',
  '<b>bold</b> <script>alert(1)</script>',
  '1. becomes a list?',
  '2) also a list?',
  '# Heading?',
  '- item',
  '+ item',
  '* item',
  '> quote',
  '=====',
  '---',
  'a | b | c',
  '| --- | --- |',
  '``` fenced',
  'tick ` and `` runs ``` here',
  '`starts and ends with a tick`',
  'back\\slash \\) and \\| and \\\\| and \\[x\\](y)',
  '&amp; &copy; &#x3C;b&#x3E;',
  '*emph* _emph_ **strong** ~~strike~~',
  '[ref]: https://evil.example',
  '[^1] footnote',
  ':smile: @ana #12',
  'evil.example and e.g. dots',
  '\\<http://evil.example\\>',
  '<https://evil.example>',
];

describe('inline, cell and quote', () => {
  it('leave plain names and notes as they are', () => {
    expect(inline('Ana')).toBe('Ana');
    expect(inline("Ben's notes on 2; good, not great.")).toBe("Ben's notes on 2; good, not great.");
    expect(inline('  two\nlines  ')).toBe('two lines');
    expect(cell('')).toBe('—');
    expect(cell('a\nb')).toBe('a b');
    expect(quote('one\n\ntwo')).toBe('> one\n>\n> two');
  });

  it('put anything else in a code span with a fence longer than any backtick run', () => {
    expect(inline('[x](http://e) ![i](y) <script>a|b</script> *b* & `c`')).toBe(
      '`` [x](http://e) ![i](y) <script>a|b</script> *b* & `c` ``',
    );
    expect(inline('a ``` b')).toBe('```` a ``` b ````');
    expect(inline('www.x.example')).toBe('` www.x.example `');
    expect(inline('1. item')).toBe('` 1. item `');
    expect(inline('-')).toBe('` - `');
    expect(quote('one\n\n# two')).toBe('> one\n>\n> ` # two `');
  });

  it('give every pipe in a table cell an odd number of backslashes', () => {
    expect(cell('a|b')).toBe('` a\\|b `');
    expect(cell('a\\|b')).toBe('` a\\\\\\|b `');
    // Two typed backslashes (an escaped backslash) before the pipe: one more makes three.
    expect(cell('a\\\\|b')).toBe('` a\\\\\\|b `');
  });

  it('call text plain only when it has no Markdown meaning', () => {
    expect(['Ana', 'Jean-Luc', "O'Brien", 'fraud-api-cloning/respond', 'Reason 3.', '(aside)'].map(isPlain)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['-x', '1. x', '3) x', 'a.b', 'a:b', 'a@b', 'a_b', 'a|b', 'a&b', 'a<b', 'a=b'].map(isPlain)).toEqual(
      Array(11).fill(false),
    );
  });
});

describe('a rendered line of typed text', () => {
  const paragraph = (t: string) => render(`${inline(t)}\n`);
  const inQuote = (t: string) => render(`${quote(t)}\n`);
  const inTable = (t: string) => render(`| A | B |\n| --- | --- |\n| ${cell(t)} | x |\n`);

  it.each(HOSTILE)('%j is shown as text, as a paragraph, a quote line and a table cell', (t) => {
    const p = paragraph(t);
    expect(p).not.toMatch(/<a |<img|<script|<b>|<!--|<h\d|<li|<table|<em|<strong|<del/);
    expect(skeleton(p)).toBe('<p</p');
    expect(decode(p.replace(/<\/?(p|code)>/g, '').trim())).toBe(fold(t));

    expect(skeleton(inQuote(t))).toBe('<blockquote<p</p</blockquote');
    const table = inTable(t);
    expect(skeleton(table)).toBe('<table<thead<tr<th</th<th</th</tr</thead<tbody<tr<td</td<td</td</tr</tbody</table');
    expect(table).not.toMatch(/<a |<img/);
  });

  it('shows the typed text exactly, in a paragraph and a quote line, for random strings (seeded)', () => {
    const fragments = fc.constantFrom(...HOSTILE, 'a', ' ', '\n', '`', '\\', '|', '.', ':', '@', 'www', '1.', '#');
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary-ascii', maxLength: 40 }),
      fc.array(fragments, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(
        text.filter((t) => !t.includes('\u0000')),
        (t) => {
          const p = paragraph(t);
          const shown = fold(t);
          if (shown === '') return;
          expect(skeleton(p)).toBe('<p</p');
          expect(p).not.toMatch(/<a |<img/);
          expect(decode(p.replace(/<\/?(p|code)>/g, '').trim())).toBe(shown);
          expect(skeleton(inQuote(t.replace(/\n/g, ' ')))).toBe('<blockquote<p</p</blockquote');
          expect(skeleton(inTable(t))).toBe(
            '<table<thead<tr<th</th<th</th</tr</thead<tbody<tr<td</td<td</td</tr</tbody</table',
          );
        },
      ),
      { seed: 20_261_125, numRuns: 400 },
    );
  });
});

describe('a whole report with hostile typed text', () => {
  const question = fixtureQuestion;
  const build = (typed: (i: number) => string) => {
    const session = fixtureSession({ candidate: typed(0), panelists: [typed(1), typed(2)] });
    const sheets = session.panelists.map((p, i) => {
      const s = sheetOf(session, p, i === 0 ? [3, 2, 4] : [3, 4, 3]);
      s.scores.forEach((score, j) => (score.notes = typed(10 + j)));
      return s;
    });
    const consensus = Object.fromEntries(
      session.questions.map((q, i) => [q, { rating: [3, 3, 4][i], reason: `${typed(20 + i)}\n${typed(30 + i)}` }]),
    );
    return reportToMarkdown(
      buildReport({
        session,
        questions: session.questions.map(question),
        sheets,
        consensus,
        recommendation: { decision: 'hire', rationale: `${typed(40)}\n\n${typed(41)}` },
        now: new Date('2026-11-25T12:00:00.000Z'),
      }),
    );
  };
  // Names are at most 60 characters and must differ; notes and reasons may be anything.
  const hostile = (i: number) => `${HOSTILE[i % HOSTILE.length].slice(0, 55)} ${i}`;
  const benign = (i: number) => `Plain ${i}`;

  it('has the structure of a report with plain text, and no link, image or HTML from the text', () => {
    const html = render(build(hostile));
    const plain = render(build(benign));
    expect(skeleton(html)).toBe(skeleton(plain));
    expect(html).not.toMatch(/<a |<img|<script|<!--|<b>|<em>|<strong>evil/);
    expect(html).toContain('<code>https://evil.example/x?a=1&amp;b=2 0</code>');
    expect(html).toContain('<code>1. becomes a list? 10</code>');
    expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt; 40</code>');
  });

  it('stays inert for every hostile string in every typed field', () => {
    for (let shift = 0; shift < HOSTILE.length; shift++) {
      const typed = (i: number) => `${HOSTILE[(i + shift) % HOSTILE.length].slice(0, 55)} ${i}`;
      const html = render(build(typed));
      expect(skeleton(html)).toBe(skeleton(render(build(benign))));
      expect(html).not.toMatch(/<a |<img|<script|<!--/);
    }
  });
});
