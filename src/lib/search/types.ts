/**
 * The shapes the search core works with: the kinds of page it indexes, a document as indexed,
 * the part of it the browser keeps for display, and the serialised index the build writes.
 */

/** Kinds of page, in the order the search page offers them as filters. */
export const DOC_TYPES = [
  'career',
  'skill',
  'framework',
  'technique',
  'mitigation',
  'case-study',
  'tool',
  'scenario',
  'question',
  'page',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Singular and plural labels of each kind, for filters and the "N careers found" line. */
export const DOC_TYPE_LABELS: Record<DocType, { one: string; many: string }> = {
  career: { one: 'career', many: 'careers' },
  skill: { one: 'skill', many: 'skills' },
  framework: { one: 'framework', many: 'frameworks' },
  technique: { one: 'technique', many: 'techniques' },
  mitigation: { one: 'mitigation', many: 'mitigations' },
  'case-study': { one: 'case study', many: 'case studies' },
  tool: { one: 'tool', many: 'tools' },
  scenario: { one: 'scenario', many: 'scenarios' },
  question: { one: 'question', many: 'questions' },
  page: { one: 'page', many: 'pages' },
};

export function isDocType(value: unknown): value is DocType {
  return typeof value === 'string' && (DOC_TYPES as readonly string[]).includes(value);
}

/** A page as the index sees it. `href` is its reference in the index. */
export interface SearchDocument {
  href: string;
  type: DocType;
  title: string;
  /** One or two sentences shown under the title when no better snippet is found. */
  summary: string;
  /** Identifiers typed as they are written: AML.T0024.002, LLM01:2025, ml-threat-modelling. */
  ids: string[];
  /** Aliases, synonyms and tags: the words practitioners search with. */
  keywords: string[];
  /** Everything else on the page, as plain text. */
  body: string;
  /** A short label shown beside the title, e.g. the ATLAS ID. */
  label?: string;
}

/** What the browser keeps of each document to show a result. */
export interface StoredDocument {
  href: string;
  type: DocType;
  title: string;
  summary: string;
  label?: string;
  /** Text that snippets are cut from (summary and body, bounded in length). */
  text: string;
}

export const SEARCH_INDEX_FORMAT = 'dojo-search/1';

/** The file the build writes and the browser loads once. */
export interface SerializedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  /** lunr's own serialisation of the index. */
  index: object;
  docs: StoredDocument[];
  /** Words of titles and keywords, for "did you mean" suggestions. */
  vocabulary: string[];
}
