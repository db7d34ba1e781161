/**
 * Scoring speed against issue 4's budgets: a 300-word answer in ≤ 5 ms and a 100 KB answer in
 * ≤ 50 ms (median of repeated runs after a warm-up, on the real seed question's rubric).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContentOrThrow } from '../src/lib/content/load-from-disk';
import { scoreAnswer } from '../src/lib/scoring/score';
import { countWords } from '../src/lib/scoring/tokenise';

const root = resolve(fileURLToPath(import.meta.url), '../..');

const paragraph =
  'I would start by drawing the data flow from user clicks through the event stream and the feature store to nightly ' +
  'training and the serving endpoint, marking the trust boundary at the users. Applying STRIDE to each component, fake ' +
  'accounts that inject bot clicks can poison the training data, which is tampering; the feature store is a single point ' +
  'of failure for training and serving, a denial of service risk; and the scores returned by the endpoint allow model ' +
  'inversion, which is information disclosure. ';

function words(n: number): string {
  const all = paragraph.repeat(Math.ceil(n / countWords(paragraph))).split(' ');
  return all.slice(0, n).join(' ');
}

/** 100 KB of varied prose: sentences drawn in a fixed order from a pool, so repetition is realistic. */
function hundredKb(): string {
  const pool = paragraph
    .split('. ')
    .map((s) => s.trim())
    .filter(Boolean);
  let out = '';
  for (let i = 0; out.length < 100_000; i++) out += `${pool[(i * 7) % pool.length]} (note ${i}). `;
  return out.slice(0, 100_000);
}

function median(f: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

export default async function bench(): Promise<boolean> {
  const question = loadContentOrThrow(root).questions.find((q) => q.data.id === 'recommender-pipeline/stride')!.data;
  const cases = [
    { name: '300-word answer', text: words(300), budget: 5, runs: 200 },
    { name: '100 KB answer', text: hundredKb(), budget: 50, runs: 30 },
  ];
  let ok = true;
  for (const c of cases) {
    const ms = median(() => scoreAnswer(question, c.text), c.runs);
    const pass = ms <= c.budget;
    ok &&= pass;
    console.log(
      `${c.name.padEnd(16)} ${String(c.text.length).padStart(7)} chars  median ${ms.toFixed(2)} ms  budget ${c.budget} ms  ${pass ? 'ok' : 'MISSED'}`,
    );
  }
  return ok;
}
