/**
 * The search core over the project's real content. Expected top results are the pages an
 * AI security practitioner would expect for each query (the issue's examples).
 */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from './documents';
import { loadSearchCorpus } from './load-corpus';
import { search } from './query';
import { PROJECT_ROOT, projectSearch } from './test-engine';

const { engine } = projectSearch();
/** Every field a page is indexed on, by address: the stored text of a hit is cut short. */
const indexed = new Map(buildSearchDocuments(loadSearchCorpus(PROJECT_ROOT)).map((d) => [d.href, JSON.stringify(d)]));
const top = (q: string, n = 3) =>
  search(engine, q)
    .hits.slice(0, n)
    .map((h) => h.doc.href);

describe('search: what practitioners type', () => {
  it('finds an ATLAS sub-technique by its ID as typed, first', () => {
    expect(top('AML.T0024.002', 1)).toEqual(['/guide/techniques/aml-t0024-002/']);
    expect(top('aml.t0024.002', 1)).toEqual(['/guide/techniques/aml-t0024-002/']);
    expect(top('T0024.002', 1)).toEqual(['/guide/techniques/aml-t0024-002/']);
  });
  it('finds mitigations and OWASP entries by ID', () => {
    expect(top('AML.M0004', 1)).toEqual(['/guide/mitigations/aml-m0004/']);
    expect(top('LLM01:2025', 1)).toEqual(['/guide/frameworks/owasp-llm-top-10-2025/']);
    expect(top('ML05', 1)).toEqual(['/guide/frameworks/owasp-ml-top-10/']);
  });
  it('tolerates typos: "posioning" finds poisoning', () => {
    expect(top('posioning', 5)).toContain('/guide/techniques/aml-t0020/');
    expect(top('extration', 5)).toContain('/guide/techniques/aml-t0024-002/');
  });
  it("knows practitioners' synonyms", () => {
    expect(top('model stealing')).toContain('/guide/techniques/aml-t0024-002/');
    expect(top('adversarial examples', 5)).toEqual(
      expect.arrayContaining(['/guide/techniques/aml-t0043/', '/guide/techniques/aml-t0015/']),
    );
    expect(top('backdoor', 1)).toEqual(['/guide/techniques/aml-t0043-004/']);
    expect(top('LLM jailbreak', 1)).toEqual(['/guide/techniques/aml-t0054/']);
  });
  it('matches words as they are being typed (prefixes)', () => {
    expect(top('prompt inj', 1)).toEqual(['/guide/techniques/aml-t0051/']);
  });
  it('requires every word when some page has them all', () => {
    const r = search(engine, 'membership inference');
    expect(r.partial).toBe(false);
    expect(r.hits.filter((h) => !/membership|inference|infer/i.test(indexed.get(h.doc.href) ?? ''))).toEqual([]);
  });
  it('falls back to pages matching some words, and says so', () => {
    const r = search(engine, 'poisoning qwxzv');
    expect(r.partial).toBe(true);
    expect(r.hits.length).toBeGreaterThan(0);
  });
});

describe('search: ranking and trimming', () => {
  // The issue's complaint: "backdoor" listed every page that says "poison" or "trigger" once.
  it('"backdoor" keeps the pages about backdoors and drops those a synonym only brushes', () => {
    const all = search(engine, 'backdoor').hits;
    const hrefs = all.map((h) => h.doc.href);
    expect(hrefs[0]).toBe('/guide/techniques/aml-t0043-004/');
    // Every page that uses the word itself stays, however briefly: the index's own answer.
    const withWord = engine.index
      .query((q) => q.term('backdoor', { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }))
      .map((r) => engine.docs[Number(r.ref)].href);
    expect(withWord.length).toBeGreaterThan(15);
    // Beyond those, only a few strong synonym matches (97 pages in all before the trim). The
    // bound follows the content: new pages that say "backdoor" rightly join the list.
    expect(all.length).toBeLessThanOrEqual(withWord.length + 10);
    expect(hrefs).toEqual(expect.arrayContaining(withWord));
    // A synonym's strong match stays (trigger: Activation Triggers), a passing mention goes.
    expect(hrefs).toContain('/guide/techniques/aml-t0084-002/');
    expect(hrefs).not.toContain('/guide/careers/trust-and-safety-ml-engineer/');
  });
  it('keeps the synonym pages a word needs ("model stealing", "clone")', () => {
    expect(top('model stealing', 3)).toContain('/guide/techniques/aml-t0024-002/');
    expect(top('clone', 5)).toContain('/guide/techniques/aml-t0024-002/');
  });
  it('ranks the page of every ATLAS technique, mitigation and case study first for its exact ID', () => {
    const own = engine.docs
      .map((d) => ({
        href: d.href,
        m: /^\/guide\/(?:techniques|mitigations|case-studies)\/aml-([a-z]+\d+)(?:-(\d+))?\/$/.exec(d.href),
      }))
      .filter((x) => x.m !== null)
      .map(({ href, m }) => ({ href, id: `AML.${m![1].toUpperCase()}${m![2] ? `.${m![2]}` : ''}` }));
    expect(own.length).toBeGreaterThan(250);
    const wrong = own
      .filter(({ id, href }) => top(id, 1)[0] !== href)
      .map(({ id }) => `${id}: ${top(id, 2).join(', ')}`);
    expect(wrong).toEqual([]);
    // Then the pages that use it: the parent technique before the pages that only mention it.
    expect(top('AML.T0024', 4)).toEqual([
      '/guide/techniques/aml-t0024/',
      '/guide/techniques/aml-t0024-000/',
      '/guide/techniques/aml-t0024-001/',
      '/guide/techniques/aml-t0024-002/',
    ]);
  });
});

describe('search: filters and counts', () => {
  it('filters by type and counts every type before the filter', () => {
    const all = search(engine, 'extraction');
    const careers = search(engine, 'extraction', { types: ['career'] });
    expect(careers.hits.every((h) => h.doc.type === 'career')).toBe(true);
    expect(careers.hits.length).toBe(all.countsByType.career);
    expect(careers.countsByType).toEqual(all.countsByType);
    const sum = Object.values(all.countsByType).reduce((a, b) => a + b, 0);
    expect(sum).toBe(all.hits.length);
  });
  it('"careers" finds the eight careers', () => {
    expect(search(engine, 'careers', { types: ['career'] }).hits.length).toBe(8);
  });
  it('limits the number of results', () => {
    expect(search(engine, 'model', { limit: 3 }).hits).toHaveLength(3);
    expect(search(engine, 'model', { limit: -1 }).hits).toHaveLength(0);
  });
});

describe('search: empty and hostile input', () => {
  it('answers nothing, without suggestions, for empty input', () => {
    for (const q of ['', '   ', undefined, null, 42, {}]) {
      const r = search(engine, q);
      expect(r.hits).toEqual([]);
      expect(r.suggestions).toEqual([]);
    }
  });
  it('answers nothing, with suggestions, for input that holds no word', () => {
    const r = search(engine, '+-~^*:"');
    expect(r.hits).toEqual([]);
    expect(r.words).toEqual([]);
    expect(r.suggestions).toContain('model extraction');
  });
  it('suggests a correction and popular searches when nothing matches', () => {
    const r = search(engine, 'xyzzy');
    expect(r.hits).toEqual([]);
    expect(r.suggestions).toContain('model extraction');
    expect(search(engine, 'xyzzy qqqq').suggestions[0]).toBe('model extraction');
  });
  it("never passes lunr's syntax through", () => {
    for (const q of [
      'foo:',
      'title:',
      '~',
      '-',
      '+',
      'model~2',
      'model^10',
      '"model extraction"',
      '*',
      'a*b',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'toString',
    ]) {
      expect(() => search(engine, q)).not.toThrow();
    }
  });
});
