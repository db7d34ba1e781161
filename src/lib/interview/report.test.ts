import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { cell, inline, quote } from './markdown';
import { buildReport, fmt, NOT_ASKED, reportFileName, reportToMarkdown } from './report';
import { fixtureQuestion, fixtureSession, sheetOf } from './testing';
import { formatDateTime } from '../util/dates';

const session = fixtureSession();
const questions = session.questions.map(fixtureQuestion);
const sheets = [sheetOf(session, 'Ana', [3, 2, 4]), sheetOf(session, 'Ben', [3, 4, 3])];
const consensus = Object.fromEntries(
  session.questions.map((q, i) => [q, { rating: [3, 3, 4][i], reason: `Reason ${i + 1}` }]),
);
const now = new Date('2026-11-25T12:00:00.000Z');

describe('markdown escaping', () => {
  // Backslash escaping left `http://e` whole, which GFM turns into a link (issue 17, item 8): text
  // that is not plain now goes into a code span; markdown.test.ts renders it with marked.
  it('neutralises links, images, HTML and table pipes', () => {
    expect(inline('[x](http://e) ![i](y) <script>a|b</script> *b* & `c`')).toBe(
      '`` [x](http://e) ![i](y) <script>a|b</script> *b* & `c` ``',
    );
    expect(cell('')).toBe('—');
    expect(cell('a\nb')).toBe('a b');
    expect(cell('a|b')).toBe('` a\\|b `');
    expect(quote('one\n\n# two')).toBe('> one\n>\n> ` # two `');
  });
});

describe('fmt', () => {
  it('never prints a negative zero', () => {
    expect([-0.001, -0, 0.004, -0.006, 1.005 - 1e-12, -1.5].map((x) => fmt(x))).toEqual([
      '0.00',
      '0.00',
      '0.00',
      '-0.01',
      '1.00',
      '-1.50',
    ]);
    expect(fmt(-0.0001, 0)).toBe('0');
  });
});

describe('buildReport', () => {
  it('marks a report draft and says what is missing', () => {
    const m = buildReport({ session, questions, sheets: sheets.slice(0, 1), consensus: {}, recommendation: null, now });
    expect(m.missing).toEqual(['Ben', 'Chidi']);
    expect(m.gaps).toEqual([
      'scoresheets missing from Ben, Chidi',
      `no consensus yet on ${session.questions.join(', ')}`,
      'no recommendation yet',
    ]);
    expect(reportToMarkdown(m)).toContain('**Draft:** scoresheets missing from Ben, Chidi; no consensus yet on');
  });

  it('writes the full Markdown report', () => {
    const threeSheets = [...sheets, sheetOf(session, 'Chidi', [3, 3, 4])];
    const m = buildReport({
      session,
      questions,
      sheets: threeSheets,
      consensus,
      recommendation: { decision: 'hire', rationale: 'Strong on detection;\nweaker on cost.' },
      now,
    });
    expect(m.gaps).toEqual([]);
    const md = reportToMarkdown(m);
    expect(md).not.toContain('Draft');
    expect(md).toContain('# Interview report: Candidate K');
    expect(md).toContain('- Panel: Ana, Ben, Chidi (scored: Ana, Ben, Chidi)');
    expect(md).toContain('**Hire.** Rationale:\n\n> Strong on detection;\n> weaker on cost.');
    expect(md).toContain(
      'House rule suggestion: Hire (consensus mean 3.33 ≥ 2.75 and no question rated 1); the panel followed it.',
    );
    expect(md).toContain('| Ana | 3 | Analyse query logs | notes by Ana |');
    expect(md).toContain('Mean of individual ratings: 3.00 (major disagreement, spread 2).');
    expect(md).toContain('**Consensus rating: 4.** Reason:\n\n> Reason 3');
    expect(md).toMatch(/ICC\(2,1\), one panelist, absolute agreement: -?\d\.\d\d/);
    expect(md).toContain("Fleiss' kappa, levels as categories:");
    expect(md).toContain('Campion, Palmer & Campion 1997; Levashina et al. 2014');
    expect(md).toContain('Pulakos et al. 1996');
    expect(reportFileName(m)).toBe('interview-report-candidate-k-abcd1234.md');
  });

  it('writes dates for a person, not as ISO timestamps', () => {
    const m = buildReport({ session, questions, sheets, consensus: {}, recommendation: null, now });
    const md = reportToMarkdown(m, { timeZone: 'UTC' });
    // The one formatter of src/lib/util/dates.ts: en-GB, medium date, short time.
    expect(md).toContain(`- Session: \`${session.id}\`, created ${formatDateTime(session.createdAt, 'UTC')}`);
    expect(md).toContain('- Report generated 25 Nov 2026, 12:00');
    expect(md).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('with one scoresheet, says agreement needs two raters instead of "all agree"', () => {
    const one = reportToMarkdown(
      buildReport({ session, questions, sheets: sheets.slice(0, 1), consensus: {}, recommendation: null, now }),
    );
    expect(one).toContain('Mean of individual ratings: 3.00 (one rating: agreement needs two raters).');
    expect(one).not.toContain('all agree');
    const two = reportToMarkdown(buildReport({ session, questions, sheets, consensus: {}, recommendation: null, now }));
    expect(two).toContain('Mean of individual ratings: 3.00 (all agree).');
  });

  it('shows a question not asked as such, with no consensus needed and no part in the totals', () => {
    const [q1, q2, q3] = session.questions;
    const short = [sheetOf(session, 'Ana', [3, 2, null]), sheetOf(session, 'Ben', [3, 4, null])];
    const agreed = { [q1]: { rating: 4, reason: 'r' }, [q2]: { rating: 4, reason: 'r' } };
    const m = buildReport({ session, questions, sheets: short, consensus: agreed, recommendation: null, now });
    expect(m.questions.map((q) => [q.id, q.notAsked, q.ratings?.ratings.length ?? null])).toEqual([
      [q1, false, 2],
      [q2, false, 2],
      [q3, true, null],
    ]);
    expect(m.gaps).toEqual(['scoresheets missing from Chidi', 'no recommendation yet']);
    expect(m.suggestion).toMatchObject({ decision: 'strong-hire', mean: 4 });
    expect(m.agreement.questions).toBe(2);
    const md = reportToMarkdown(m, { timeZone: 'UTC' });
    expect(md).toContain(`Question \`${q3}\`: ${questions[2].prompt}\n\n**${NOT_ASKED}.**`);
  });

  it('escapes what panelists typed', () => {
    const evil = [sheetOf(session, 'Ana', [3, 2, 4])];
    evil[0].scores[0].notes = '<img src=x onerror=alert(1)> | [link](http://x)';
    const md = reportToMarkdown(
      buildReport({ session, questions, sheets: evil, consensus: {}, recommendation: null, now }),
    );
    expect(md).toContain('| ` <img src=x onerror=alert(1)> \\| [link](http://x) ` |');
    const html = marked.parse(md, { async: false });
    expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt; | [link](http://x)</code>');
    expect(html).not.toMatch(/<img|<a /);
  });
});
