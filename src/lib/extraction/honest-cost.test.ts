/**
 * What a defence costs honest clients, on a four-transaction table worked by hand:
 * plain answers p = (0.9, 0.2, 0.6, 0.1), labels (1, 0, 0, 0).
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, type Table } from './data';
import { applyDefences, parseDefences } from './defences';
import { honestCost } from './honest-cost';
import { Rng } from './random';
import { utf8 } from './sha256';
import { isWatermarked } from './watermark';

const testP = Float64Array.from([0.9, 0.2, 0.6, 0.1]);
const r = new Rng(4);
const table: Table = {
  x: Float64Array.from({ length: 4 * FEATURES }, () => r.normal()),
  y: Uint8Array.from([1, 0, 0, 0]),
  n: 4,
};

describe('honestCost', () => {
  it('costs nothing without a defence', () => {
    expect(honestCost(testP, table, [], null, 1)).toEqual({
      auprcPlain: 1,
      auprcDefended: 1,
      decisionsChanged: 0,
      meanAbsChange: 0,
    });
  });

  it('labels keep every decision but move answers by ¼(0.1 + 0.2 + 0.4 + 0.1) = 0.2 and tie the ranking', () => {
    // Defended answers (1, 0, 1, 0): the fraud ties with the false alarm, so AUPRC falls to ½.
    const c = honestCost(testP, table, parseDefences('labels'), null, 1);
    expect(c.decisionsChanged).toBe(0);
    expect(c.meanAbsChange).toBeCloseTo(0.2, 12);
    expect(c.auprcPlain).toBe(1);
    expect(c.auprcDefended).toBe(0.5);
  });

  it('a cutoff of 0.25 zeroes the two low answers: mean change ¼(0.2 + 0.1) = 0.075', () => {
    const c = honestCost(testP, table, parseDefences('cutoff:0.25'), null, 1);
    expect(c.meanAbsChange).toBeCloseTo(0.075, 12);
    expect(c.decisionsChanged).toBe(0);
    expect(c.auprcDefended).toBe(1);
  });

  it("counts the watermark's deliberate wrong answers as changed decisions", () => {
    // A table whose first row the key selects: its answer 0.9 becomes 0.1.
    const rows = new Rng(5);
    const secret = utf8('dojo-watermark-key-1');
    const x = new Float64Array(4 * FEATURES);
    const first = x.subarray(0, FEATURES);
    do for (let j = 0; j < FEATURES; j++) first[j] = rows.normal();
    while (!isWatermarked(secret, first));
    for (let i = FEATURES; i < x.length; i++) x[i] = table.x[i];
    const marked: Table = { ...table, x };
    const selected = [0, 1, 2, 3].filter((i) => isWatermarked(secret, x.subarray(i * FEATURES, (i + 1) * FEATURES)));
    const c = honestCost(testP, marked, [], secret, 1);
    const flips = selected.map((i) => Math.abs(1 - 2 * testP[i]));
    expect(selected[0]).toBe(0);
    expect(c.decisionsChanged).toBe(selected.length / 4);
    expect(c.meanAbsChange).toBeCloseTo(flips.reduce((s, v) => s + v, 0) / 4, 12);
    expect(c.auprcDefended).toBeLessThan(1);
    // Without the key the same table costs nothing.
    expect(honestCost(testP, marked, [], null, 1).decisionsChanged).toBe(0);
  });

  it('draws noise from the seed (Rng(seed).fork(99)), so a run repeats and seeds differ', () => {
    const noise = parseDefences('noise:0.2');
    const a = honestCost(testP, table, noise, null, 7);
    expect(honestCost(testP, table, noise, null, 7)).toEqual(a);
    const rng = new Rng(7).fork(99);
    const expected = Array.from(testP, (p) => Math.abs(applyDefences(noise, p, rng) - p));
    expect(a.meanAbsChange).toBeCloseTo(expected.reduce((s, v) => s + v, 0) / 4, 12);
    expect(honestCost(testP, table, noise, null, 8).meanAbsChange).not.toBe(a.meanAbsChange);
  });

  it('gives NaN AUPRC on traffic without fraud', () => {
    const c = honestCost(testP, { ...table, y: new Uint8Array(4) }, [], null, 1);
    expect(c.auprcPlain).toBeNaN();
    expect(c.auprcDefended).toBeNaN();
  });
});
