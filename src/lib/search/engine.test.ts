import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { loadSearchEngine, SearchIndexError } from './engine';
import { search } from './query';
import type { SearchDocument } from './types';

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

describe('buildSearchIndex and loadSearchEngine', () => {
  it('round-trips through JSON and finds by ID, title and keyword', () => {
    const engine = loadSearchEngine(JSON.parse(JSON.stringify(serialized)));
    expect(search(engine, 'AML.T0024.002').hits.map((h) => h.doc.href)).toEqual(['/a/']);
    expect(search(engine, 'red teamer').hits.map((h) => h.doc.href)).toEqual(['/b/']);
    expect(search(engine, 'stealing').hits.map((h) => h.doc.href)).toEqual(['/a/']);
    expect(search(engine, 'careers').hits.map((h) => h.doc.href)).toEqual(['/b/']);
  });
  it('refuses malformed index files with a one-line reason', () => {
    const bad: [unknown, string][] = [
      [null, 'the search index is not a JSON object'],
      [
        { ...serialized, format: 'dojo-search/0' },
        'the search index has format "dojo-search/0", expected "dojo-search/1"',
      ],
      [{ ...serialized, docs: [{ href: 1 }] }, 'the search index has malformed documents'],
      [{ ...serialized, docs: [{ ...serialized.docs[0], type: 'admin' }] }, 'the search index has malformed documents'],
      [{ ...serialized, vocabulary: [1] }, 'the search index has a malformed vocabulary'],
    ];
    for (const [data, message] of bad) {
      expect(() => loadSearchEngine(data)).toThrow(new SearchIndexError(message));
    }
    expect(() => loadSearchEngine({ ...serialized, index: { version: '0.0.1' } })).toThrow(
      /^the search index cannot be loaded: /,
    );
  });
});
