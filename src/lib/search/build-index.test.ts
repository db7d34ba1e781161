/**
 * The build-time index: what is stored for the browser, the "did you mean" vocabulary, and the
 * field boosts, checked by querying the serialised index with lunr 2.3.9 itself.
 */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { FIELD_BOOSTS, STORED_TEXT_CHARS, buildSearchIndex, toStored, vocabularyOf } from './build-index';
import { SEARCH_INDEX_FORMAT, type SearchDocument } from './types';

const docs: SearchDocument[] = [
  {
    href: '/a/',
    type: 'technique',
    title: 'Extract AI Model',
    summary: 'Copy a model through its API.',
    ids: ['AML.T0024.002'],
    keywords: ['model stealing'],
    body: 'Queries.',
    label: 'AML.T0024.002',
  },
  {
    href: '/b/',
    type: 'career',
    title: 'AI Red Teamer',
    summary: 'Attacks AI systems.',
    ids: ['ai-red-teamer'],
    keywords: [],
    body: 'Jailbreaks.',
  },
];
const serialized = buildSearchIndex(docs);

const page = (href: string, fields: Partial<SearchDocument>): SearchDocument => ({
  href,
  type: 'page',
  title: 'Page',
  summary: 'A page.',
  ids: [],
  keywords: [],
  body: '',
  ...fields,
});
/** The hrefs lunr ranks for one term, best first. */
function ranking(documents: SearchDocument[], term: string): string[] {
  const built = buildSearchIndex(documents);
  const index = lunr.Index.load(built.index as object);
  return index.query((q) => q.term(term, {})).map((r) => built.docs[Number(r.ref)].href);
}

describe('toStored and buildSearchIndex', () => {
  it('stores what results need, not the whole document', () => {
    expect(serialized.docs[0]).toEqual({
      href: '/a/',
      type: 'technique',
      title: 'Extract AI Model',
      summary: 'Copy a model through its API.',
      label: 'AML.T0024.002',
      text: 'Copy a model through its API. Queries.',
    });
  });

  it('omits an absent label and cuts the text to 1,200 characters', () => {
    expect(STORED_TEXT_CHARS).toBe(1200);
    const stored = toStored(page('/p/', { summary: 'S', body: 'x'.repeat(5000) }));
    expect('label' in stored).toBe(false);
    expect(stored.text).toHaveLength(1200);
    expect(stored.text.startsWith('S x')).toBe(true);
  });

  it('writes the format, one stored document per page in order, and the vocabulary', () => {
    expect(serialized.format).toBe(SEARCH_INDEX_FORMAT);
    expect(serialized.docs.map((d) => d.href)).toEqual(['/a/', '/b/']);
    expect(serialized.vocabulary).toEqual(vocabularyOf(docs));
    expect(JSON.parse(JSON.stringify(serialized))).toEqual(serialized);
  });
});

describe('vocabularyOf', () => {
  it('keeps title and keyword words of four letters or more for suggestions', () => {
    expect(vocabularyOf(docs)).toEqual(['extract', 'model', 'stealing', 'teamer']);
  });

  it('splits on anything but letters, keeps accented letters, and is empty for no pages', () => {
    expect(vocabularyOf([page('/p/', { title: 'Détection AML.T0024 über-model', keywords: ['ROBUSTNESS'] })])).toEqual([
      'détection',
      'model',
      'robustness',
      'über',
    ]);
    expect(vocabularyOf([])).toEqual([]);
  });
});

describe('field boosts', () => {
  it('weighs title above identifiers above keywords above summary above body', () => {
    expect(FIELD_BOOSTS).toEqual({ title: 10, ids: 8, keywords: 5, summary: 2, body: 1 });
  });

  it('ranks a word in the title above the same word in the keywords, summary or body', () => {
    const ranked = ranking(
      [
        page('/body/', { body: 'quokka' }),
        page('/summary/', { summary: 'quokka' }),
        page('/keywords/', { keywords: ['quokka'] }),
        page('/title/', { title: 'quokka' }),
      ],
      'quokka',
    );
    expect(ranked).toEqual(['/title/', '/keywords/', '/summary/', '/body/']);
  });

  it('indexes identifiers whole and lower-cased', () => {
    expect(ranking(docs, 'aml.t0024.002')).toEqual(['/a/']);
    expect(ranking(docs, 'ai-red-teamer')).toEqual(['/b/']);
  });

  it('makes the kind of page searchable ("careers" stems to "career")', () => {
    expect(ranking(docs, 'career')).toEqual(['/b/']);
    expect(ranking(docs, 'techniqu')).toEqual(['/a/']);
  });
});
