/**
 * Agreement between the scorer and graded sample answers, for rubric authors (`dojo calibrate`).
 * Spearman's rho (ranks, ties averaged: simple-statistics' sampleRankCorrelation) overall and per
 * question, each with a seeded percentile bootstrap range over the answers; the bias per style
 * (mean of score − grade × 25) when lines carry a style; and the answers where score and grade
 * disagree most. Answers the scorer routes to a person (not English) are counted, not ranked.
 */
import { sampleRankCorrelation } from 'simple-statistics';
import { bootstrapInterval } from '../interview/bootstrap';
import { computed, notDefined, type Computed, type Interval } from '../interview/coefficient';

export interface GradedScore {
  /** 1-based line of the graded file. */
  line: number;
  q: string;
  /** Expert grade 0–4. */
  grade: number;
  /** Scorer's score 0–100. */
  score: number;
  flags: string[];
  /** The answer's style or gaming kind, when the graded line says ("terse expert"). */
  style?: string;
}

export interface Agreement {
  n: number;
  /** null when fewer than three answers or when grades or scores are all equal. */
  rho: number | null;
}

export interface AgreementWithRange extends Agreement {
  /** 95 % percentile bootstrap range of rho, or why none is given. */
  interval: Computed<Interval>;
}

export interface StyleBias {
  style: string;
  n: number;
  /** Mean of score − grade × 25: positive when the scorer is more generous than the graders. */
  bias: number;
}

export interface Miss extends GradedScore {
  /** The score the grade corresponds to (grade × 25). */
  expected: number;
  /** score − expected: positive when the scorer is more generous than the grader. */
  miss: number;
}

export interface CalibrationReport {
  overall: AgreementWithRange;
  questions: ({ q: string } & AgreementWithRange)[];
  styles: StyleBias[];
  /** Answers routed to a person instead of scored (written in another language). */
  routed: { line: number; q: string; grade: number; reason: string }[];
  worst: Miss[];
}

export const GRADE_MAX = 4;

export function spearman(grades: number[], scores: number[]): Agreement {
  const n = grades.length;
  if (n < 3 || new Set(grades).size < 2 || new Set(scores).size < 2) return { n, rho: null };
  return { n, rho: sampleRankCorrelation(grades, scores) };
}

const rhoOf = (rows: readonly GradedScore[]): Computed<number> => {
  const a = spearman(
    rows.map((r) => r.grade),
    rows.map((r) => r.score),
  );
  return a.rho === null ? notDefined('rho is undefined') : computed(a.rho);
};

/** Spearman's rho with a 95 % percentile bootstrap range over the answers (seed 1, 2,000 resamples). */
export function agreementWithRange(rows: readonly GradedScore[]): AgreementWithRange {
  const a = spearman(
    rows.map((r) => r.grade),
    rows.map((r) => r.score),
  );
  return { ...a, interval: bootstrapInterval(rows, rhoOf, { unit: 'answers', minRows: 10 }) };
}

/** Reads "style=terse expert; kind=…" notes, or a style given directly. */
export function styleOf(note: string | undefined): string | undefined {
  if (!note) return undefined;
  const m = /(?:^|;)\s*style=([^;]+)/.exec(note);
  return (m ? m[1] : note).trim() || undefined;
}

export function styleBias(rows: readonly GradedScore[]): StyleBias[] {
  const by = new Map<string, number[]>();
  for (const r of rows) {
    if (!r.style) continue;
    by.set(r.style, [...(by.get(r.style) ?? []), r.score - (r.grade * 100) / GRADE_MAX]);
  }
  return [...by.entries()]
    .map(([style, misses]) => ({ style, n: misses.length, bias: misses.reduce((a, b) => a + b, 0) / misses.length }))
    .sort((a, b) => Math.abs(b.bias) - Math.abs(a.bias) || a.style.localeCompare(b.style));
}

export function calibrationReport(
  rows: GradedScore[],
  worstCount = 5,
  routed: CalibrationReport['routed'] = [],
): CalibrationReport {
  const overall = agreementWithRange(rows);
  const byQuestion = new Map<string, GradedScore[]>();
  for (const r of rows) byQuestion.set(r.q, [...(byQuestion.get(r.q) ?? []), r]);
  const questions = [...byQuestion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([q, rs]) => ({ q, ...agreementWithRange(rs) }));
  const worst = rows
    .map((r) => {
      const expected = (r.grade * 100) / GRADE_MAX;
      return { ...r, expected, miss: r.score - expected };
    })
    .sort((a, b) => Math.abs(b.miss) - Math.abs(a.miss) || a.line - b.line)
    .slice(0, worstCount);
  return { overall, questions, styles: styleBias(rows), routed, worst };
}
