import { describe, expect, it } from 'vitest';
import { fQuantile, inverseRegularizedBeta, regularizedBeta } from './f-distribution';

const expectRelClose = (a: number, b: number, rel: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(b), Number.MIN_VALUE));

describe('regularizedBeta', () => {
  it.each([
    // Computed with SciPy 1.17.1, scipy.special.betainc(a, b, x).
    [0.3, 2.5, 4.5, 0.40653901668245934],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.01, 10, 3, 6.480550000000001e-19],
    [0.999, 3, 0.2, 0.6685414839010846],
    [0.5, 200, 210, 0.6894852134274166],
  ])('I_%d(%d, %d) matches SciPy', (x, a, b, expected) => {
    expectRelClose(regularizedBeta(x, a, b), expected, 1e-12);
  });

  it('has the closed forms I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b and I_½(a, a) = ½', () => {
    expectRelClose(regularizedBeta(0.37, 3.5, 1), 0.37 ** 3.5, 1e-13);
    expectRelClose(regularizedBeta(0.37, 1, 2.25), 1 - 0.63 ** 2.25, 1e-13);
    expectRelClose(regularizedBeta(0.5, 7.3, 7.3), 0.5, 1e-13);
  });

  it('is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const [x, a, b] of [
      [0.2, 3, 5],
      [0.7, 0.4, 9],
      [0.55, 12, 2.5],
    ])
      expectRelClose(regularizedBeta(x, a, b), 1 - regularizedBeta(1 - x, b, a), 1e-13);
  });

  it('refuses shapes and arguments outside the domain', () => {
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow(
      'the beta shape parameters must be positive and finite (got a 0, b 1)',
    );
    expect(() => regularizedBeta(1.5, 1, 1)).toThrow('x must be between 0 and 1 (got 1.5)');
  });
});

describe('inverseRegularizedBeta', () => {
  it.each([
    // SciPy 1.17.1, scipy.special.betaincinv(a, b, p).
    [0.3, 2.5, 4.5, 0.2509912069664418],
    [0.975, 0.15, 2.5, 0.4521597887609518],
    [1e-6, 2, 3, 0.0004083594602042573],
    [0.999999, 1.5, 0.7, 0.9999999982858598],
  ])('p %d, a %d, b %d matches SciPy', (p, a, b, expected) => {
    expectRelClose(inverseRegularizedBeta(p, a, b), expected, 1e-10);
  });

  it('inverts regularizedBeta over a grid', () => {
    // Lower tail only: an upper quantile within 1e-10 of 1 cannot be told apart from its neighbour
    // double, so its round trip is only as good as the density there allows. The upper tail is the
    // lower tail of the swapped shapes (I_x(a, b) = 1 − I_{1−x}(b, a)), and fQuantile uses it so.
    for (const a of [0.2, 1, 3.7, 40])
      for (const b of [0.3, 1, 6.1, 55])
        for (const p of [0.001, 0.025, 0.3, 0.5]) {
          const x = inverseRegularizedBeta(p, a, b);
          expect(Math.abs(regularizedBeta(x, a, b) - p)).toBeLessThanOrEqual(1e-11);
        }
  });
});

describe('fQuantile', () => {
  it.each([
    // SciPy 1.17.1, scipy.stats.f.ppf(p, d1, d2); the fractional ones are the Satterthwaite case.
    [0.975, 5, 15, 3.5764153492790607],
    [0.975, 15, 5, 6.427728167078779],
    [0.95, 1, 1, 161.4476387975882],
    [0.975, 2, 1.37, 148.75411311476566],
    [0.975, 1.37, 2, 38.7724594828412],
    [0.5, 3.3, 7.7, 0.882690636271598],
    [0.025, 4, 9, 0.11230047780266185],
    [0.999, 0.3, 30, 29.55968094914411],
    [0.975, 5, 0.35, 328231980.8498057],
    [0.975, 0.35, 5, 13.256223914966627],
  ])('F(%d; %d, %d) matches SciPy', (p, d1, d2, expected) => {
    expectRelClose(fQuantile(p, d1, d2), expected, 1e-9);
  });

  it('matches printed tables and closed forms', () => {
    // Upper 5 % point for (1, 1) degrees of freedom: 161.448 in printed F tables (NIST/SEMATECH
    // e-Handbook of Statistical Methods, table 1.3.6.7.3).
    expect(fQuantile(0.95, 1, 1)).toBeCloseTo(161.448, 3);
    // With d1 = 2 the quantile has a closed form: F = (d2/2)·((1 − p)^(−2/d2) − 1).
    expectRelClose(fQuantile(0.9, 2, 7), (7 / 2) * (0.1 ** (-2 / 7) - 1), 1e-12);
    // F(1, ν) is Student's t squared: t(0.975; 10) = 2.228138852 (Student t tables).
    expectRelClose(fQuantile(0.95, 1, 10), 2.228138852 ** 2, 1e-8);
    // Reciprocal relation: F(p; a, b) = 1 / F(1 − p; b, a).
    expectRelClose(fQuantile(0.025, 6, 11), 1 / fQuantile(0.975, 11, 6), 1e-12);
  });

  it('gives the ends of the support and refuses bad degrees of freedom', () => {
    expect(fQuantile(0, 3, 4)).toBe(0);
    expect(fQuantile(1, 3, 4)).toBe(Infinity);
    expect(() => fQuantile(0.5, 0, 4)).toThrow(
      'the F distribution needs positive, finite degrees of freedom (got 0, 4)',
    );
    expect(() => fQuantile(0.5, 3, NaN)).toThrow('positive, finite degrees of freedom');
  });
});
