/**
 * Search budgets (issue 3), on the project's real content:
 * - the whole index file (lunr index + stored documents + vocabulary), gzipped: goal ≤ 200 KB;
 * - p95 latency of the query function over a fixed list of 100 queries (typed words, IDs, typos,
 *   prefixes, synonyms, lunr syntax; each query's latency is the median of its runs): goal ≤ 5 ms
 *   in Node;
 * - lunr against MiniSearch on the same documents and queries: size, latency, and how many of a
 *   fixed list of expected top results each puts in its top 3.
 * MiniSearch gets the same fields and boosts, prefix and fuzzy matching, AND with an OR
 * fallback; it does not get our synonym table (lunr's aliases field it does get).
 */
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { buildSearchDocuments } from '../src/lib/search/documents';
import { buildSearchIndex, FIELD_BOOSTS, toStored } from '../src/lib/search/build-index';
import { loadSearchEngine } from '../src/lib/search/engine';
import { loadSearchCorpus } from '../src/lib/search/load-corpus';
import { search } from '../src/lib/search/query';
import { PROJECT_ROOT } from '../src/lib/search/test-engine';

const SIZE_BUDGET_KB = 200;
const P95_BUDGET_MS = 5;
const ROUNDS = 7;

/** Expected first pages, as a practitioner would expect them (the issue's own examples first). */
export const EXPECTED: [query: string, href: string][] = [
  ['model stealing', '/guide/techniques/aml-t0024-002/'],
  ['posioning', '/guide/techniques/aml-t0020/'],
  ['adversarial examples', '/guide/techniques/aml-t0043/'],
  ['backdoor', '/guide/techniques/aml-t0043-004/'],
  ['LLM jailbreak', '/guide/techniques/aml-t0054/'],
  ['AML.T0024.002', '/guide/techniques/aml-t0024-002/'],
  ['AML.M0004', '/guide/mitigations/aml-m0004/'],
  ['LLM01:2025', '/guide/frameworks/owasp-llm-top-10-2025/'],
  ['prompt injection', '/guide/techniques/aml-t0051/'],
  ['indirect prompt injection', '/guide/techniques/aml-t0051-001/'],
  ['membership inference', '/guide/techniques/aml-t0024-000/'],
  ['model inversion', '/guide/techniques/aml-t0024-001/'],
  ['STRIDE', '/guide/frameworks/stride-per-element/'],
  ['MITRE ATLAS', '/guide/frameworks/mitre-atlas/'],
  ['red teamer', '/guide/careers/ai-red-teamer/'],
  ['Counterfit', '/guide/tools/counterfit/'],
  ['MLflow signed artifacts', '/guide/tools/mlflow/'],
  ['Kubeflow', '/guide/tools/kubeflow/'],
  ['drift monitoring', '/guide/tools/seldon-core/'],
  ['pickle malware', '/guide/techniques/aml-t0018-002/'],
  ['rate limiting queries', '/guide/mitigations/aml-m0004/'],
  ['supply chain', '/guide/techniques/aml-t0010/'],
  ['fraud api clone', '/learn/fraud-api-cloning/'],
  ['denial of wallet', '/guide/techniques/aml-t0034/'],
  ['system prompt leak', '/guide/techniques/aml-t0056/'],
];

const MORE = [
  'model extraction',
  'extraction',
  'extract',
  'extr',
  'poison',
  'poisoning',
  'data poisoning defence',
  'evasion',
  'evade model',
  'jailbreak',
  'jailbrek',
  'guardrails',
  'garak',
  'modelscan',
  'ART',
  'adversarial robustness toolbox',
  'seldon core',
  'T0024',
  'AML.T0043.004',
  'aml.t0051.001',
  'T0010.005',
  'AML.M0015',
  'LLM10:2025',
  'ML05',
  'ML02',
  'owasp',
  'threat modelling',
  'threat modeling',
  'risk quantification',
  'business impact',
  'incident response',
  'secure mlops',
  'multi-tenant isolation',
  'differential privacy',
  'rag',
  'vector store',
  'agent tool',
  'cost harvesting',
  'careers',
  'interview',
  'safety engineer',
  'governance',
  'trust and safety',
  'image classifier',
  'recommender',
  'sbom',
  'code signing',
  'provenance',
  'telemetry logging',
  'ensemble',
  'input restoration',
  'hardening',
  'PRADA',
  'watermark',
  'foo:',
  '~',
  '+model -extraction',
  'model^10',
  '"model extraction"',
  'poison*',
  'title:poison',
  'xyzzy',
  '',
  'the',
  'a model of the threat',
  'ingérence',
  '🙂 model',
  'x'.repeat(300),
  'stride per element tampering spoofing repudiation',
  'crowdsourced labels',
  'feature store',
  'white box',
  'black-box transfer',
  'label flipping',
  'shadow model',
];

export const QUERIES: string[] = [...EXPECTED.map(([q]) => q), ...MORE].slice(0, 100);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * Latency per query as the median of ROUNDS runs (robust to a GC pause or a busy machine), then
 * p50/p95 across the 100 queries; `raw p95` is over every single run, for comparison.
 */
function time(run: (q: string) => unknown): { p50: number; p95: number; rawP95: number; max: number } {
  for (const q of QUERIES) run(q); // warm-up (JIT)
  const perQuery = QUERIES.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    QUERIES.forEach((q, i) => {
      const t0 = performance.now();
      run(q);
      perQuery[i].push(performance.now() - t0);
    });
  }
  const medians = perQuery.map((xs) => percentile(xs, 50));
  const all = perQuery.flat();
  return {
    p50: percentile(medians, 50),
    p95: percentile(medians, 95),
    rawP95: percentile(all, 95),
    max: Math.max(...all),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export default async function bench(): Promise<boolean> {
  const docs = buildSearchDocuments(loadSearchCorpus(PROJECT_ROOT));

  // lunr, as shipped
  const t0 = performance.now();
  const serialized = JSON.stringify(buildSearchIndex(docs));
  const lunrBuildMs = performance.now() - t0;
  const lunrGz = gzipSync(serialized).length;
  const engine = loadSearchEngine(JSON.parse(serialized));
  const lunrTop = (q: string) =>
    search(engine, q)
      .hits.slice(0, 3)
      .map((h) => h.doc.href);
  const lunrTime = time((q) => search(engine, q));

  // MiniSearch, same documents, fields, boosts and stored fields
  const t1 = performance.now();
  const mini = new MiniSearch({
    idField: 'ref',
    fields: ['title', 'ids', 'keywords', 'summary', 'body'],
    storeFields: ['href', 'type', 'title', 'summary', 'label', 'text'],
    extractField: (doc, field) => {
      const v = (doc as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : (v as string);
    },
    searchOptions: { boost: { ...FIELD_BOOSTS }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(docs.map((d, i) => ({ ...toStored(d), ...d, ref: i })));
  const miniSerialized = JSON.stringify(mini);
  const miniBuildMs = performance.now() - t1;
  const miniGz = gzipSync(miniSerialized).length;
  const miniSearch = (q: string) => {
    const and = mini.search(q, { combineWith: 'AND' });
    return and.length > 0 ? and : mini.search(q);
  };
  const miniTop = (q: string) =>
    miniSearch(q)
      .slice(0, 3)
      .map((r) => r.href as string);
  const miniTime = time(miniSearch);

  const hits = (top: (q: string) => string[]) => EXPECTED.filter(([q, href]) => top(q).includes(href));
  const lunrHits = hits(lunrTop);
  const miniHits = hits(miniTop);

  console.log(
    `corpus: ${docs.length} documents, ${QUERIES.length} queries × ${ROUNDS} rounds, ${EXPECTED.length} expected top-3 results`,
  );
  console.table({
    lunr: {
      'gzipped KB': kb(lunrGz),
      'raw KB': kb(serialized.length),
      'build ms': lunrBuildMs.toFixed(0),
      'p50 ms': lunrTime.p50.toFixed(3),
      'p95 ms': lunrTime.p95.toFixed(3),
      'raw p95 ms': lunrTime.rawP95.toFixed(3),
      'max ms': lunrTime.max.toFixed(2),
      'expected in top 3': `${lunrHits.length}/${EXPECTED.length}`,
    },
    MiniSearch: {
      'gzipped KB': kb(miniGz),
      'raw KB': kb(miniSerialized.length),
      'build ms': miniBuildMs.toFixed(0),
      'p50 ms': miniTime.p50.toFixed(3),
      'p95 ms': miniTime.p95.toFixed(3),
      'raw p95 ms': miniTime.rawP95.toFixed(3),
      'max ms': miniTime.max.toFixed(2),
      'expected in top 3': `${miniHits.length}/${EXPECTED.length}`,
    },
  });
  const missed = (found: typeof EXPECTED) => EXPECTED.filter((e) => !found.includes(e)).map(([q]) => JSON.stringify(q));
  console.log(`lunr missed: ${missed(lunrHits).join(', ') || 'none'}`);
  console.log(`MiniSearch missed: ${missed(miniHits).join(', ') || 'none'}`);

  const sizeOk = lunrGz / 1024 <= SIZE_BUDGET_KB;
  const latencyOk = lunrTime.p95 <= P95_BUDGET_MS;
  console.log(`index size ${kb(lunrGz)} KB gzipped (goal ≤ ${SIZE_BUDGET_KB} KB): ${sizeOk ? 'met' : 'MISSED'}`);
  console.log(
    `p95 latency ${lunrTime.p95.toFixed(3)} ms (goal ≤ ${P95_BUDGET_MS} ms): ${latencyOk ? 'met' : 'MISSED'}`,
  );
  return sizeOk && latencyOk;
}
