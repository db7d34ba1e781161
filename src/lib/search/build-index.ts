/**
 * Builds the lunr index at build time and serialises it with what the browser needs to show
 * results. Field boosts live here, at build time (lunr's advice): titles weigh most, then
 * identifiers, then aliases and tags, then the body.
 */
import lunr from 'lunr';
import {
  DOC_TYPE_LABELS,
  SEARCH_INDEX_FORMAT,
  type SearchDocument,
  type SerializedSearchIndex,
  type StoredDocument,
} from './types';

export const FIELD_BOOSTS = { title: 10, ids: 8, keywords: 5, summary: 2, body: 1 } as const;

/** Characters of page text kept for snippets. */
export const STORED_TEXT_CHARS = 1200;

/** Words of titles and keywords, for "did you mean". */
export function vocabularyOf(docs: SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const d of docs) {
    for (const w of `${d.title} ${d.keywords.join(' ')}`.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length >= 4) words.add(w);
    }
  }
  return [...words].sort();
}

export function toStored(d: SearchDocument): StoredDocument {
  const text = `${d.summary} ${d.body}`.slice(0, STORED_TEXT_CHARS);
  const stored: StoredDocument = { href: d.href, type: d.type, title: d.title, summary: d.summary, text };
  if (d.label) stored.label = d.label;
  return stored;
}

export function buildSearchIndex(docs: SearchDocument[]): SerializedSearchIndex {
  const index = lunr(function () {
    this.ref('ref');
    this.field('title', { boost: FIELD_BOOSTS.title });
    // Identifiers are passed as arrays so that lunr's tokenizer does not split them.
    this.field('ids', { boost: FIELD_BOOSTS.ids });
    this.field('keywords', { boost: FIELD_BOOSTS.keywords });
    this.field('summary', { boost: FIELD_BOOSTS.summary });
    this.field('body', { boost: FIELD_BOOSTS.body });
    docs.forEach((d, i) => {
      this.add({
        ref: String(i),
        title: d.title,
        ids: d.ids.map((id) => id.toLowerCase()),
        // The kind of page is searchable too: "careers", "mitigation".
        keywords: [DOC_TYPE_LABELS[d.type].many, ...d.keywords].join(' '),
        summary: d.summary,
        body: d.body,
      });
    });
  });
  return {
    format: SEARCH_INDEX_FORMAT,
    index: index.toJSON(),
    docs: docs.map(toStored),
    vocabulary: vocabularyOf(docs),
  };
}
