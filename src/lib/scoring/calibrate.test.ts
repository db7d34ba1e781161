import { describe, expect, it } from 'vitest';
import { calibrationReport, spearman, styleOf } from './calibrate';

const close = (a: number | null, b: number, tol = 1e-9) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol);
};

describe('spearman', () => {
  it('is 1 for the same order and −1 for the reverse', () => {
    close(spearman([0, 1, 2, 3], [5, 10, 40, 90]).rho, 1);
    close(spearman([0, 1, 2, 3], [90, 40, 10, 5]).rho, -1);
  });
  it('averages tied ranks', () => {
    // Ranks of the grades with ties averaged: 1.5, 1.5, 3.5, 3.5; Pearson with 1, 2, 3, 4 is 2/√5
    // (worked by hand: deviations ±1, ±1 and ±1.5, ±0.5; 4 / √(4 · 5)).
    close(spearman([1, 1, 2, 2], [10, 20, 30, 40]).rho, 2 / Math.sqrt(5), 1e-12);
  });
  it('is undefined (null) when it cannot be computed', () => {
    expect(spearman([], []).rho).toBeNull();
    expect(spearman([1, 2], [3, 4]).rho).toBeNull();
    expect(spearman([2, 2, 2], [1, 2, 3]).rho).toBeNull();
    expect(spearman([1, 2, 3], [0, 0, 0]).rho).toBeNull();
  });
});

describe('calibrationReport', () => {
  const rows = [
    { line: 1, q: 'a/x', grade: 0, score: 5, flags: [] },
    { line: 2, q: 'a/x', grade: 2, score: 50, flags: [] },
    { line: 3, q: 'a/x', grade: 4, score: 95, flags: [] },
    { line: 4, q: 'b/y', grade: 4, score: 20, flags: ['keyword list'] },
    { line: 5, q: 'b/y', grade: 1, score: 30, flags: [] },
    { line: 6, q: 'b/y', grade: 3, score: 70, flags: [] },
  ];
  const report = calibrationReport(rows, 2);
  it('reports rho per question, sorted by ID', () => {
    expect(report.questions.map((q) => q.q)).toEqual(['a/x', 'b/y']);
    close(report.questions[0].rho, 1);
    close(report.questions[1].rho, -0.5); // ranks (3,1,2) vs (1,2,3): 1 − 6·6/(3·8)
    expect(report.overall.n).toBe(6);
  });
  it('lists the largest disagreements first, with the expected score of the grade', () => {
    // misses by hand: 5, 0, −5, −80, 5, −5; ties in size are broken by line.
    expect(report.worst.map((w) => [w.line, w.expected, w.miss])).toEqual([
      [4, 100, -80],
      [1, 0, 5],
    ]);
  });
});

describe('calibration ranges and style bias', () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({
    line: i + 1,
    q: i < 10 ? 'a/x' : 'b/y',
    grade: i % 5,
    score: (i % 5) * 25 + (i % 2 ? 10 : -10),
    flags: [],
    style: i % 2 ? 'verbose' : 'terse expert',
  }));
  it('gives a bootstrap range around rho, and refuses one for too few answers', () => {
    const report = calibrationReport(rows);
    const interval = report.overall.interval;
    expect(interval.ok).toBe(true);
    if (interval.ok) {
      expect(interval.value.lower).toBeLessThanOrEqual(report.overall.rho as number);
      expect(interval.value.upper).toBeGreaterThanOrEqual(report.overall.rho as number);
      expect(interval.value.method).toMatch(/over answers/);
    }
    const small = calibrationReport(rows.slice(0, 5));
    expect(small.overall.interval.ok).toBe(false);
    if (!small.overall.interval.ok) expect(small.overall.interval.reason).toMatch(/at least 10 answers/);
  });
  it('reports the bias per style: +10 for one, −10 for the other', () => {
    expect(calibrationReport(rows).styles).toEqual([
      { style: 'terse expert', n: 10, bias: -10 },
      { style: 'verbose', n: 10, bias: 10 },
    ]);
  });
  it('reads the style out of a note', () => {
    expect(styleOf('style=terse expert; kind=genuine')).toBe('terse expert');
    expect(styleOf('plain words')).toBe('plain words');
    expect(styleOf(undefined)).toBeUndefined();
  });
});
