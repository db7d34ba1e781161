/**
 * How well the threat-model grader agrees with graded sample models (tests/calibration/threat-
 * models/): Spearman's rho overall and per scenario, and the checks issue 12 names (every gamed
 * model below its scenario's junior model; a model at another granularity near the excellent one).
 * Pure: the caller grades the models and passes grades and scores in.
 */
import { sampleRankCorrelation } from 'simple-statistics';

export interface GradedModelResult {
  file: string;
  scenario: string;
  style: string;
  /** The independent grader's grade, 0–100. */
  grade: number;
  /** The engine's score, 0–100. */
  score: number;
}

export interface ModelCalibration {
  n: number;
  /** Spearman's rho between grades and scores; null when it is undefined (fewer than 3, or no spread). */
  rho: number | null;
  perScenario: { scenario: string; n: number; rho: number | null }[];
  /** Gamed models that score at or above their scenario's junior model. */
  gamedNotBelowJunior: { file: string; score: number; junior: number }[];
  /** Score of the other-granularity expert model over the excellent one's, per scenario. */
  granularityRatio: { scenario: string; ratio: number }[];
  /** The largest disagreements, grade and score both on 0–100. */
  worst: (GradedModelResult & { gap: number })[];
}

/** Spearman's rho (Pearson on average ranks, as simple-statistics computes it); null when undefined. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length < 3 || new Set(xs).size < 2 || new Set(ys).size < 2) return null;
  const r = sampleRankCorrelation([...xs], [...ys]);
  return Number.isFinite(r) ? r : null;
}

const isGamed = (style: string) => style.startsWith('gamed');
const isJunior = (style: string) => style.startsWith('junior');

export function calibrateModels(results: readonly GradedModelResult[]): ModelCalibration {
  const scenarios = [...new Set(results.map((r) => r.scenario))].sort();
  const perScenario = scenarios.map((scenario) => {
    const rs = results.filter((r) => r.scenario === scenario);
    return {
      scenario,
      n: rs.length,
      rho: spearman(
        rs.map((r) => r.grade),
        rs.map((r) => r.score),
      ),
    };
  });
  const gamedNotBelowJunior: ModelCalibration['gamedNotBelowJunior'] = [];
  const granularityRatio: ModelCalibration['granularityRatio'] = [];
  for (const scenario of scenarios) {
    const rs = results.filter((r) => r.scenario === scenario);
    const junior = rs.find((r) => isJunior(r.style));
    if (junior) {
      for (const g of rs.filter((r) => isGamed(r.style))) {
        if (g.score >= junior.score) gamedNotBelowJunior.push({ file: g.file, score: g.score, junior: junior.score });
      }
    }
    const excellent = rs.find((r) => r.style === 'excellent');
    const other = rs.find((r) => r.style === 'expert-other-granularity');
    if (excellent && other && excellent.score > 0) {
      granularityRatio.push({ scenario, ratio: other.score / excellent.score });
    }
  }
  const worst = results
    .map((r) => ({ ...r, gap: r.score - r.grade }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || (a.file < b.file ? -1 : 1))
    .slice(0, 8);
  return {
    n: results.length,
    rho: spearman(
      results.map((r) => r.grade),
      results.map((r) => r.score),
    ),
    perScenario,
    gamedNotBelowJunior,
    granularityRatio,
    worst,
  };
}
