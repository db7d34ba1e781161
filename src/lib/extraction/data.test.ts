/**
 * The synthetic fraud data. Expected values come from the generator's own definition (the
 * feature scales and cluster shifts written in data.ts, combined by hand into means) and the
 * real data set's fraud rate (Dal Pozzolo et al. 2015: 492 of 284,807); tolerances are about
 * 4 standard errors of the sample sizes used.
 */
import { describe, expect, it } from 'vitest';
import {
  BOX,
  FEATURES,
  FEATURE_NAMES,
  FRAUD_RATE,
  SIZES,
  generateFraudData,
  naturalQuery,
  naturalTable,
  publicQuery,
  row,
  stratifiedTable,
  uniformTable,
  type Table,
} from './data';
import { Rng } from './random';

function column(t: Table, j: number): number[] {
  return Array.from({ length: t.n }, (_, i) => t.x[i * FEATURES + j]);
}
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const sd = (a: number[]) => {
  const m = mean(a);
  return Math.sqrt(mean(a.map((v) => (v - m) ** 2)));
};

describe('the shape of the data', () => {
  it('has 30 features named as in the real data, fraud at 0.172 % and a box of ±4', () => {
    expect(FEATURES).toBe(30);
    expect(FEATURE_NAMES).toHaveLength(30);
    expect(FEATURE_NAMES.slice(0, 3)).toEqual(['Time', 'V1', 'V2']);
    expect(FEATURE_NAMES[28]).toBe('V28');
    expect(FEATURE_NAMES[29]).toBe('Amount(log, std)');
    expect(FRAUD_RATE).toBeCloseTo(0.0017275, 7);
    expect(BOX).toBe(4);
    expect(SIZES).toEqual({ train: 60_000, test: 20_000, testFrauds: 1_000, frauds: 1_000, uniform: 5_000 });
  });

  it('returns row i as a 30-value view into the table', () => {
    const t = naturalTable(new Rng(1), 3);
    const r = row(t, 2);
    expect(r.length).toBe(30);
    expect(r[0]).toBe(t.x[60]);
    r[0] = 123;
    expect(t.x[60]).toBe(123);
  });
});

describe('naturalTable', () => {
  it('draws frauds at the given rate: none at 0, all at 1, 5 % ± 0.6 % of 20,000', () => {
    expect(naturalTable(new Rng(2), 500, 0).y.every((v) => v === 0)).toBe(true);
    expect(naturalTable(new Rng(2), 500, 1).y.every((v) => v === 1)).toBe(true);
    const t = naturalTable(new Rng(3), 20_000, 0.05);
    expect(t.x.length).toBe(20_000 * FEATURES);
    const share = t.y.reduce((s, v) => s + v, 0) / t.n;
    expect(Math.abs(share - 0.05)).toBeLessThan(0.006); // sd 0.0015
  });

  it('gives legitimate transactions their documented scales', () => {
    const t = naturalTable(new Rng(4), 20_000, 0);
    const time = column(t, 0);
    expect(Math.min(...time)).toBeGreaterThanOrEqual(-Math.sqrt(3));
    expect(Math.max(...time)).toBeLessThanOrEqual(Math.sqrt(3));
    expect(sd(time)).toBeCloseTo(1, 1); // uniform on ±√3 has variance 1
    for (const [j, s] of [
      [1, 1.25],
      [3, 1.25],
      [4, 1],
      [19, 1],
      [20, 0.7],
      [28, 0.7],
    ])
      expect(Math.abs(sd(column(t, j)) / s - 1), `V${j}`).toBeLessThan(0.03);
    // Amount = 0.6z + 0.25z² − 0.25: mean 0, variance 0.36 + 0.25²·2 = 0.485, skewed right.
    const amount = column(t, 29);
    expect(Math.abs(mean(amount))).toBeLessThan(0.03);
    expect(sd(amount) ** 2).toBeCloseTo(0.485, 1);
    expect(Math.min(...amount)).toBeGreaterThanOrEqual(-0.61); // the parabola's minimum is −0.61
  });

  it('shifts frauds along V14, V4 and V5·V6 as the clusters say', () => {
    const t = naturalTable(new Rng(5), 5_000, 1);
    // V14: 55 % of frauds −3.4, 25 % −2.2, 20 % −0.8 → mean −2.58. V4: 0.55 · 2.3 = 1.265.
    expect(mean(column(t, 14))).toBeCloseTo(-2.58, 1);
    expect(mean(column(t, 4))).toBeCloseTo(1.265, 1);
    // The interaction cluster (20 %): V5 and V6 both beyond ±2.2 with the same sign.
    let interaction = 0;
    for (let i = 0; i < t.n; i++) {
      const a = t.x[i * FEATURES + 5];
      const b = t.x[i * FEATURES + 6];
      if (Math.abs(a) >= 2.2 && Math.abs(b) >= 2.2 && a * b > 0) interaction++;
    }
    expect(interaction / t.n).toBeCloseTo(0.2, 1);
  });
});

describe('uniformTable, naturalQuery and publicQuery', () => {
  it('draws uniform inputs inside the box, all labelled 0', () => {
    const t = uniformTable(new Rng(6), 2_000);
    expect(t.n).toBe(2_000);
    expect(Math.min(...t.x)).toBeGreaterThanOrEqual(-BOX);
    expect(Math.max(...t.x)).toBeLessThan(BOX);
    expect(Math.abs(mean(Array.from(t.x)))).toBeLessThan(0.05);
    expect(t.y.every((v) => v === 0)).toBe(true);
  });

  it('draws one natural transaction exactly as naturalTable draws a row', () => {
    for (const rate of [0, 1]) {
      const out = new Float64Array(FEATURES);
      naturalQuery(new Rng(7), out, rate);
      expect(Array.from(out)).toEqual(Array.from(naturalTable(new Rng(7), 1, rate).x));
    }
  });

  it('draws a public query as a natural one at 1 % fraud, widened by 1.4 and shifted by 0.3·sin j', () => {
    const natural = new Float64Array(FEATURES);
    naturalQuery(new Rng(8), natural, 0.01);
    const pub = new Float64Array(FEATURES);
    publicQuery(new Rng(8), pub);
    expect(pub[0]).toBe(natural[0]); // Time is left alone
    for (let j = 1; j < FEATURES; j++) expect(pub[j]).toBeCloseTo(natural[j] * 1.4 + 0.3 * Math.sin(j), 12);
  });
});

describe('stratifiedTable', () => {
  it('weighs every fraud the same so that the weighted fraud share is the given rate', () => {
    const natural = naturalTable(new Rng(8), 1_000, 0.01);
    const extra = naturalTable(new Rng(9), 90, 1);
    const t = stratifiedTable(natural, extra, 0.01);
    expect(t.n).toBe(1_090);
    expect(Array.from(t.x.subarray(0, 30))).toEqual(Array.from(natural.x.subarray(0, 30)));
    expect(Array.from(t.x.subarray(1_000 * FEATURES))).toEqual(Array.from(extra.x));
    const nFraud = t.y.reduce((s, v) => s + v, 0);
    const legit = t.n - nFraud;
    // By hand: each fraud weighs legit · r / (1 − r) / nFraud.
    const wf = (legit * 0.01) / 0.99 / nFraud;
    for (let i = 0; i < t.n; i++) expect(t.w![i]).toBeCloseTo(t.y[i] ? wf : 1, 12);
  });
});

describe('generateFraudData', () => {
  const a = generateFraudData(1);

  it('has the documented sets: natural train, stratified test, frauds only, uniform unlabelled', () => {
    expect(a.seed).toBe(1);
    expect([a.train.n, a.test.n, a.frauds.n, a.uniform.n]).toEqual([60_000, 21_000, 1_000, 5_000]);
    expect(a.train.w).toBeUndefined();
    // The test set: 20,000 natural draws (about 35 frauds) and 1,000 more frauds, so that fraud
    // figures rest on over a thousand frauds; weighted, frauds are 0.17 % again.
    const testFrauds = a.test.y.reduce((s, v) => s + v, 0);
    expect(testFrauds).toBeGreaterThan(1_010);
    expect(testFrauds).toBeLessThan(1_060);
    expect(a.test.y.subarray(20_000).every((v) => v === 1)).toBe(true);
    let fraudWeight = 0;
    let total = 0;
    for (let i = 0; i < a.test.n; i++) {
      total += a.test.w![i];
      if (a.test.y[i] === 1) fraudWeight += a.test.w![i];
      else expect(a.test.w![i]).toBe(1);
    }
    expect(fraudWeight / total).toBeCloseTo(FRAUD_RATE, 12);
    expect(a.frauds.y.every((v) => v === 1)).toBe(true);
    expect(a.uniform.y.every((v) => v === 0)).toBe(true);
    // 0.17 % of 60,000 is 104 frauds, standard deviation 10.
    const frauds = a.train.y.reduce((s, v) => s + v, 0);
    expect(frauds).toBeGreaterThan(60);
    expect(frauds).toBeLessThan(150);
  });

  it('repeats from its seed and differs between seeds', () => {
    const again = generateFraudData(1);
    expect(Array.from(again.test.x.subarray(0, 300))).toEqual(Array.from(a.test.x.subarray(0, 300)));
    expect(Array.from(again.train.y)).toEqual(Array.from(a.train.y));
    const other = generateFraudData(2);
    expect(Array.from(other.test.x.subarray(0, 30))).not.toEqual(Array.from(a.test.x.subarray(0, 30)));
  });
});
