import { describe, expect, it } from 'vitest';
import { calibrateModels, spearman, type GradedModelResult } from './calibration';

const r = (scenario: string, style: string, grade: number, score: number): GradedModelResult => ({
  file: `${scenario}--${style}.json`,
  scenario,
  style,
  grade,
  score,
});

describe('spearman', () => {
  it('is 1 for the same order, −1 for the reverse, and uses average ranks for ties (hand-worked)', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    // Ranks x: 1, 2, 3.5, 3.5; y: 1, 2, 3, 4. Pearson of the ranks = 0.9486832980505138.
    expect(spearman([1, 2, 3, 3], [1, 2, 3, 4])).toBeCloseTo(0.9486832980505138, 12);
  });
  it('is undefined with fewer than three pairs or no spread', () => {
    expect(spearman([1, 2], [1, 2])).toBeNull();
    expect(spearman([5, 5, 5], [1, 2, 3])).toBeNull();
  });
});

describe('calibrateModels', () => {
  const results = [
    r('a', 'excellent', 95, 90),
    r('a', 'expert-other-granularity', 92, 45),
    r('a', 'junior-generic', 30, 20),
    r('a', 'gamed-spray', 5, 25),
    r('a', 'gamed-stuffing', 8, 10),
    r('b', 'excellent', 90, 80),
    r('b', 'junior-generic', 25, 30),
    r('b', 'gamed-spray', 5, 5),
  ];
  const c = calibrateModels(results);
  it('flags every gamed model at or above its junior model', () => {
    expect(c.gamedNotBelowJunior).toEqual([{ file: 'a--gamed-spray.json', score: 25, junior: 20 }]);
  });
  it('gives the other-granularity ratio where both models exist', () => {
    expect(c.granularityRatio).toEqual([{ scenario: 'a', ratio: 0.5 }]);
  });
  it('reports rho per scenario and overall, and the worst misses first', () => {
    expect(c.perScenario.map((p) => [p.scenario, p.n])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
    expect(c.perScenario[1]!.rho).toBeCloseTo(1, 12);
    expect(c.worst[0]).toMatchObject({ file: 'a--expert-other-granularity.json', gap: -47 });
    expect(c.rho).not.toBeNull();
  });
});
