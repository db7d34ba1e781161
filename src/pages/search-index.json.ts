/**
 * /search-index.json: the lunr index of every page, built once at build time and loaded by the
 * browser only when someone focuses a search box or opens /search/.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex } from '../lib/search/build-index';
import { buildSearchDocuments } from '../lib/search/documents';
import { SITE_PAGES } from '../lib/search/site-pages';

export const GET: APIRoute = async () => {
  const docs = buildSearchDocuments({
    careers: (await getCollection('careers')).map((e) => e.data),
    skills: (await getCollection('skills')).map((e) => e.data),
    frameworks: (await getCollection('frameworks')).map((e) => e.data),
    techniques: (await getCollection('techniques')).map((e) => e.data),
    mitigations: (await getCollection('mitigations')).map((e) => e.data),
    caseStudies: (await getCollection('caseStudies')).map((e) => e.data),
    tools: (await getCollection('tools')).map((e) => e.data),
    scenarios: (await getCollection('scenarios')).map((e) => ({ data: e.data, body: e.body ?? '' })),
    questions: (await getCollection('questions')).map((e) => e.data),
    pages: SITE_PAGES,
  });
  return new Response(JSON.stringify(buildSearchIndex(docs)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
