/**
 * Fits the semantic scorer's aggregation model (src/lib/scoring/semantic/model.json) on the
 * tuning sets, with cross-validation grouped by question: each question's answers are scored by a
 * model fitted on the other fourteen questions only, so the figure says how the scorer does on a
 * question it was not fitted on. The blind held-out sets (tests/calibration/held-out-blind-*.jsonl)
 * are never read here.
 *
 *   npm run fit-scorer            fit, report, write model.json
 *   npm run fit-scorer -- --dry   fit and report only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleRankCorrelation } from 'simple-statistics';
import { semanticServiceParts } from '../src/cli/semantic';
import { FEATURES, featureVector } from '../src/lib/scoring/semantic/features';
import { fitOrdinal } from '../src/lib/scoring/semantic/ordinal';
import { analyseAnswer, decide, type Analysis } from '../src/lib/scoring/semantic/score';
import { TUNING_FILES } from './tuning-files';

const root = resolve(import.meta.dirname, '..');
const L2 = Number(process.env.FIT_L2 ?? 0.02);
const dry = process.argv.includes('--dry');

interface Row {
  file: string;
  q: string;
  grade: number;
  note: string;
  analysis: Analysis;
}

const parts = await semanticServiceParts(root);
const rows: Row[] = [];
for (const file of TUNING_FILES) {
  const lines = readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const line of lines) {
    const d = JSON.parse(line) as { q: string; text: string; grade: number; note?: string };
    const question = parts.questions.find((q) => q.id === d.q);
    if (!question) throw new Error(`${file}: unknown question ${d.q}`);
    const briefing = parts.briefings.get(question.scenario);
    const analysis = await analyseAnswer(question, d.text, {
      bank: parts.bank,
      embedder: parts.embedder,
      sources: briefing ? [briefing] : [],
    });
    rows.push({ file, q: d.q, grade: d.grade, note: d.note ?? '', analysis });
  }
}
const scored = rows.filter((r) => r.analysis.read);
process.stdout.write(
  `${rows.length} tuning answers, ${rows.length - scored.length} routed to a person (not English)\n`,
);
const X = scored.map((r) => featureVector(r.analysis.read!.result.features));
const y = scored.map((r) => r.grade);

const questionIds = [...new Set(scored.map((r) => r.q))].sort();
const cvScore = new Array<number>(scored.length);
for (const q of questionIds) {
  const train = scored.map((r, i) => (r.q !== q ? i : -1)).filter((i) => i >= 0);
  const model = fitOrdinal(
    train.map((i) => X[i]),
    train.map((i) => y[i]),
    [...FEATURES],
    5,
    { l2: L2 },
  );
  scored.forEach((r, i) => {
    if (r.q === q)
      cvScore[i] = decide(
        parts.questions.find((x) => x.id === q)!,
        r.analysis,
        model,
      ).score!;
  });
}
const rho = (a: number[], b: number[]) =>
  new Set(a).size > 1 && new Set(b).size > 1 ? sampleRankCorrelation(a, b) : NaN;
const overall = rho(y, cvScore);
const perQuestion = questionIds.map((q) => {
  const idx = scored.map((r, i) => (r.q === q ? i : -1)).filter((i) => i >= 0);
  return {
    q,
    n: idx.length,
    rho: rho(
      idx.map((i) => y[i]),
      idx.map((i) => cvScore[i]),
    ),
  };
});
process.stdout.write(
  `grouped cross-validation (by question): Spearman rho ${overall.toFixed(3)} over ${scored.length}\n`,
);
for (const p of perQuestion)
  process.stdout.write(`  ${p.q.padEnd(42)} n=${String(p.n).padStart(3)} rho=${p.rho.toFixed(3)}\n`);

const dumpAt = process.argv.indexOf('--dump');
if (dumpAt > 0) {
  // For an author's look at the misses: every tuning answer's figures, grade and cross-validated score.
  const dump = scored.map((r, i) => ({
    q: r.q,
    grade: r.grade,
    cv: cvScore[i],
    note: r.note,
    text: r.analysis.text.slice(0, 300),
    features: r.analysis.read!.result.features,
    flags: decide(
      parts.questions.find((x) => x.id === r.q)!,
      r.analysis,
      fitOrdinal(X, y, [...FEATURES], 5, { l2: L2, iterations: 1 }),
    ).flags.map((f) => f.kind),
  }));
  writeFileSync(process.argv[dumpAt + 1], dump.map((d) => JSON.stringify(d)).join('\n'));
}

const final = fitOrdinal(X, y, [...FEATURES], 5, { l2: L2 });
process.stdout.write('\nweights (per standard deviation of the feature):\n');
FEATURES.forEach((f, j) => process.stdout.write(`  ${f.padEnd(18)} ${final.weights[j].toFixed(3)}\n`));
const perMin = Math.min(...perQuestion.map((p) => p.rho).filter((r) => !Number.isNaN(r)));
const out = {
  ...final,
  classes: 5,
  fittedOn: { files: TUNING_FILES, answers: scored.length, l2: L2 },
  crossValidation: {
    groupedBy: 'question',
    rho: Number.isNaN(overall) ? null : Number(overall.toFixed(4)),
    perQuestionMin: Number.isFinite(perMin) ? Number(perMin.toFixed(4)) : null,
  },
};
if (!dry) {
  writeFileSync(join(root, 'src/lib/scoring/semantic/model.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write('\nwrote src/lib/scoring/semantic/model.json\n');
}
