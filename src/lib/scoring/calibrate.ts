/**
 * Agreement between the scorer and graded sample answers, for rubric authors (`dojo calibrate`).
 * Spearman's rho (ranks, ties averaged: simple-statistics' sampleRankCorrelation) overall and per
 * question, and the answers where score and grade disagree most.
 */
import { sampleRankCorrelation } from 'simple-statistics';

export interface GradedScore {
  /** 1-based line of the graded file. */
  line: number;
  q: string;
  /** Expert grade 0–4. */
  grade: number;
  /** Scorer's score 0–100. */
  score: number;
  flags: string[];
}

export interface Agreement {
  n: number;
  /** null when fewer than three answers or when grades or scores are all equal. */
  rho: number | null;
}

export interface Miss extends GradedScore {
  /** The score the grade corresponds to (grade × 25). */
  expected: number;
  /** score − expected: positive when the scorer is more generous than the grader. */
  miss: number;
}

export interface CalibrationReport {
  overall: Agreement;
  questions: ({ q: string } & Agreement)[];
  worst: Miss[];
}

export const GRADE_MAX = 4;

export function spearman(grades: number[], scores: number[]): Agreement {
  const n = grades.length;
  if (n < 3 || new Set(grades).size < 2 || new Set(scores).size < 2) return { n, rho: null };
  return { n, rho: sampleRankCorrelation(grades, scores) };
}

export function calibrationReport(rows: GradedScore[], worstCount = 5): CalibrationReport {
  const overall = spearman(
    rows.map((r) => r.grade),
    rows.map((r) => r.score),
  );
  const byQuestion = new Map<string, GradedScore[]>();
  for (const r of rows) byQuestion.set(r.q, [...(byQuestion.get(r.q) ?? []), r]);
  const questions = [...byQuestion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([q, rs]) => ({
      q,
      ...spearman(
        rs.map((r) => r.grade),
        rs.map((r) => r.score),
      ),
    }));
  const worst = rows
    .map((r) => {
      const expected = (r.grade * 100) / GRADE_MAX;
      return { ...r, expected, miss: r.score - expected };
    })
    .sort((a, b) => Math.abs(b.miss) - Math.abs(a.miss) || a.line - b.line)
    .slice(0, worstCount);
  return { overall, questions, worst };
}
