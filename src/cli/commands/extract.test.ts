import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseBudgets } from './extract';

const root = resolve(__dirname, '..', '..', '..');
const dojo = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dojo.ts', 'extract', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

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
    ] as const) {
      const r = dojo(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).not.toContain('    at ');
    }
  });
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
