/**
 * Issue 12's validity gates: the threat-model grader agrees with graded models it was never
 * written against. Both sets were written and graded blind, by reviewers who saw only the
 * scenarios' briefings and diagrams and the public framework data (their READMEs say how):
 * - tests/calibration/threat-models/graded (set A, 40 models, 8 styles × 5 scenarios): the set the
 *   grader was tuned on, with the gates;
 * - tests/calibration/threat-models/held-out (set B, 20 models): never tuned on, only measured.
 *   A failure here means the grader regressed on data it has not seen: do not tune on it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelCalibration } from '../../src/lib/threat-model/calibration';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function calibrate(dir: string): ModelCalibration {
  const r = spawnSync(tsx, [resolve(root, 'src/cli/dojo.ts'), 'calibrate-models', dir, '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ModelCalibration;
}

describe('threat-model grader against graded set A (issue 12 gates)', () => {
  const c = calibrate('tests/calibration/threat-models/graded');
  it('has all 40 models', () => expect(c.n).toBe(40));
  it('ranks them with Spearman rho ≥ 0.85 overall and ≥ 0.8 in every scenario', () => {
    expect(c.rho).toBeGreaterThanOrEqual(0.85);
    for (const p of c.perScenario) expect(p.rho, p.scenario).toBeGreaterThanOrEqual(0.8);
  });
  it('scores every gamed model below its scenario’s junior model', () => {
    expect(c.gamedNotBelowJunior).toEqual([]);
  });
  it('gives the expert at another granularity at least 0.8 of the excellent model', () => {
    expect(c.granularityRatio).toHaveLength(5);
    for (const g of c.granularityRatio) expect(g.ratio, g.scenario).toBeGreaterThanOrEqual(0.8);
  });
});

describe('threat-model grader against held-out set B (measured, never tuned on)', () => {
  const c = calibrate('tests/calibration/threat-models/held-out');
  it('has all 20 models, ranked with Spearman rho ≥ 0.8 overall', () => {
    expect(c.n).toBe(20);
    expect(c.rho).toBeGreaterThanOrEqual(0.8);
  });
});
