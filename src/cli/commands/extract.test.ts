import { describe, expect, it } from 'vitest';
import { dojoCommand } from '../../../tests/support/dojo';
import { parseBudgets } from './extract';

const dojo = dojoCommand('extract');

describe('dojo extract', () => {
  it("prints the contract's fields (docs/ARCHITECTURE.md) with --json, the same on every run", () => {
    const a = dojo('--json');
    const b = dojo('--json');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout);
    for (const k of [
      'features',
      'queries',
      'fidelity',
      'fidelityUniform',
      'accuracy',
      'victimAccuracy',
      'detectedAtQuery',
    ])
      expect(r).toHaveProperty(k);
    expect(r.queries).toBe(31);
    expect(r.fidelity).toBe(1);
    expect(r.detectedAtQuery).toBeNull();
  });
  it('sweeps budgets', () => {
    const r = dojo('--attack', 'retrain-uniform', '--defense', 'labels', '--sweep', '--budgets', '31,310', '--json');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { budget: number }) => x.budget)).toEqual([31, 310]);
  });
  it('fails with one clear line and no stack trace on bad settings', () => {
    for (const [args, msg] of [
      [['--budget', 'NaN'], 'dojo: budget must be a whole number of queries (got NaN)'],
      [['--budget', '-1'], 'dojo: budget must be at least 1 query (got -1)'],
      [['--defense', 'round:50'], 'dojo: round:K needs K a whole number of decimals from 0 to 15 (got 50)'],
      [['--attack', 'steal'], 'dojo: unknown attack "steal"'],
      [['--sampling', 'adaptive'], `dojo: sampling "adaptive" is Knockoff Nets' strategy`],
      [['--attack', 'functionally-equivalent'], 'dojo: functionally-equivalent recovers the hidden layer'],
    ] as const) {
      const r = dojo(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).not.toContain('    at ');
    }
  });
  it('reports mean and range over --seeds, and "no model recovered" as nulls', () => {
    const r = dojo('--defense', 'round:2', '--budget', '310', '--seeds', '1-5', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(out.runs).toHaveLength(5);
    // Least squares over every rounded answer: 0.996–1.000 balanced on seeds 1–5 (issue 14).
    expect(out.metrics.balancedFidelity.min).toBeGreaterThan(0.99);
    expect(out.metrics.queries).toEqual({ mean: 310, min: 310, max: 310, n: 5 });
    const labels = JSON.parse(dojo('--defense', 'labels', '--seeds', '1,2', '--json').stdout);
    expect(labels.recovered).toBe(0);
    expect(labels.runs[0]).toMatchObject({ seed: 1, recovered: false, balancedFidelity: null });
    expect(labels.metrics.balancedFidelity).toEqual({ mean: null, min: null, max: null, n: 0 });
    const both = dojo('--seeds', '1-2', '--sweep');
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('give --seeds or --sweep, not both');
    expect(dojo('--seeds', '5-1').stderr).toContain('--seeds takes seeds and ranges such as 1-5');
    expect(dojo('--victim', 'mlp').stderr).toContain('equation-solving recovers a logistic regression');
  });
  it('runs the new attacks from the command line, each saying what it did', () => {
    const fe = JSON.parse(
      dojo('--victim', 'mlp', '--attack', 'functionally-equivalent', '--budget', '20000', '--json').stdout,
    );
    expect(fe.recovered).toBe(true);
    expect(fe.balancedFidelity).toBeGreaterThan(0.999);
    expect(fe.notes.join(' ')).toMatch(/located \d+ critical points; recovered \d+ of the 16 hidden neurons/);
    const ko = JSON.parse(dojo('--attack', 'substitute', '--sampling', 'adaptive', '--budget', '300', '--json').stdout);
    expect(ko.settings.sampling).toBe('adaptive');
    expect(ko.notes.join(' ')).toContain('Adaptive sampling (Knockoff Nets)');
    const jb = JSON.parse(dojo('--attack', 'jacobian-augmentation', '--budget', '300', '--json').stdout);
    expect(jb.queries).toBe(300);
    expect(jb.notes.join(' ')).toContain('Jacobian-based augmentation');
  }, 90_000); // three processes, each loading the victims

  it('caps 10⁹ queries with a warning', () => {
    const r = dojo('--budget', '1000000000', '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('capped at 100000');
  });
  it('validates sweep budget lists', () => {
    expect(parseBudgets('10, 100')).toEqual(['10', '100']);
    expect(() => parseBudgets('10,,100')).toThrow('comma-separated list');
    expect(() => parseBudgets(Array(13).fill('5').join(','))).toThrow('at most 12');
  });
});
