/**
 * Node only: the search corpus read from src/content, for the benchmark and the unit tests
 * (the site builds the same corpus from Astro's collections in src/pages/search-index.json.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter';
import { loadContentOrThrow } from '../content/load-from-disk';
import type { SearchCorpus } from './documents';
import { SITE_PAGES } from './site-pages';

/** The MDX body of a scenario file: everything after the frontmatter. */
export function mdxBody(text: string): string {
  return splitFrontmatter(text)?.body ?? text;
}

export function loadSearchCorpus(root: string): SearchCorpus {
  const c = loadContentOrThrow(root);
  const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
  return {
    careers: data(c.careers),
    skills: data(c.skills),
    frameworks: data(c.frameworks),
    techniques: data(c.techniques),
    mitigations: data(c.mitigations),
    caseStudies: data(c.caseStudies),
    tools: data(c.tools),
    scenarios: c.scenarios.map((e) => ({ data: e.data, body: mdxBody(readFileSync(join(root, e.file), 'utf8')) })),
    questions: data(c.questions),
    pages: SITE_PAGES,
  };
}
