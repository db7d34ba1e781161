import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Coefficient, Interval } from './coefficient';
import { iccAbsoluteAgreement } from './icc';

const expectClose = (a: number | null, b: number, tol: number) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol);
};

function valueOf(c: Coefficient): { value: number; interval: Interval } {
  if (!c.ok) throw new Error(`expected a value, got "${c.reason}"`);
  if (!c.interval.ok) throw new Error(`expected an interval, got "${c.interval.reason}"`);
  return { value: c.value, interval: c.interval.value };
}

// Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges.
const shroutFleiss = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('iccAbsoluteAgreement: published values', () => {
  it("reproduces R's psych::ICC on Shrout & Fleiss's data, with its 95 % intervals", () => {
    // psych::ICC(ratings) on this matrix, as printed in dwoll/RExRepos (md/interRaterICC.md):
    // ICC2 0.29 [0.019, 0.76], ICC2k 0.62 [0.071, 0.93]; Shrout & Fleiss's Table 4 gives .29 and .62.
    // To 1e-9, the same formulas evaluated with SciPy 1.17.1's scipy.stats.f.ppf (/tmp reference,
    // not our F quantile): ICC(2,1) [0.018786513374712027, 0.761084369648953], ICC(2,4)
    // [0.0711368153025034, 0.927232040167722], Satterthwaite df 4.785.
    const { single, average } = iccAbsoluteAgreement(shroutFleiss);
    const s = valueOf(single);
    const a = valueOf(average);
    expectClose(s.value, 0.29, 0.005);
    expectClose(s.interval.lower, 0.019, 0.0005);
    expectClose(s.interval.upper, 0.76, 0.005);
    expectClose(a.value, 0.62, 0.005);
    expectClose(a.interval.lower, 0.071, 0.0005);
    expectClose(a.interval.upper, 0.93, 0.005);
    expectClose(s.interval.lower, 0.018786513374712027, 1e-9);
    expectClose(s.interval.upper, 0.761084369648953, 1e-9);
    expectClose(a.interval.lower, 0.0711368153025034, 1e-9);
    expectClose(a.interval.upper, 0.927232040167722, 1e-9);
    expect(s.interval).toMatchObject({ level: 0.95, method: 'F-based (Shrout & Fleiss 1979; McGraw & Wong 1996)' });
    expect(single.ok && single.interpretation).toBe('poor to good by the 95 % CI (Koo & Li 2016)');
    expect(average.ok && average.interpretation).toBe('poor to excellent by the 95 % CI (Koo & Li 2016)');
  });

  it('matches the 3 × 2 hand example, its interval checked with SciPy', () => {
    // ICC(2,1) = 0.9 and ICC(2,2) = 18/19 by hand (agreement.test.ts); intervals from the same
    // formulas with SciPy 1.17.1: [0.08318604680305713, 0.9973159250465079] and
    // [0.1535951225527222, 0.9986561590383206].
    const { single, average } = iccAbsoluteAgreement([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    const s = valueOf(single);
    const a = valueOf(average);
    expectClose(s.value, 0.9, 1e-12);
    expectClose(a.value, 18 / 19, 1e-12);
    expectClose(s.interval.lower, 0.08318604680305713, 1e-9);
    expectClose(s.interval.upper, 0.9973159250465079, 1e-9);
    expectClose(a.interval.lower, 0.1535951225527222, 1e-9);
    expectClose(a.interval.upper, 0.9986561590383206, 1e-9);
  });
});

describe('iccAbsoluteAgreement: awkward data', () => {
  it('reports a negative ICC inside its range, and keeps its interval inside the range too', () => {
    // [[3,3,3],[2,4,3],[4,3,4]] by hand: MSR = 4/9, MSC = 1/9, MSE = 11/18, so
    // ICC(2,1) = (8/18 − 11/18) / (8/18 + 22/18 − 9/18) = −1/7 (≥ −1/(k − 1) = −1/2) and
    // ICC(2,3) = (−3/18) / (8/18 − 3/18) = −3/5. The F-based lower limit of ICC(2,1) is −0.7525
    // (psych's formula, SciPy), below what 3 raters can reach: it is cut to −1/2, so ICC(2,3) has
    // no lower limit; psych prints 4.47 there, above its own upper limit. Upper limits (SciPy):
    // 0.9265734061920905 and 0.9742646983712163.
    const { single, average } = iccAbsoluteAgreement([
      [3, 3, 3],
      [2, 4, 3],
      [4, 3, 4],
    ]);
    const s = valueOf(single);
    const a = valueOf(average);
    expectClose(s.value, -1 / 7, 1e-12);
    expectClose(a.value, -3 / 5, 1e-12);
    expect(s.interval.lower).toBe(-0.5);
    expectClose(s.interval.upper, 0.9265734061920905, 1e-9);
    expect(a.interval.lower).toBeNull();
    expectClose(a.interval.upper, 0.9742646983712163, 1e-9);
    expect(single.ok && single.interpretation).toBe(
      'poor to excellent by the 95 % CI (Koo & Li 2016); below 0, the ratings vary more within questions than between them',
    );
  });

  it('refuses the ICCs of issue 17 (2, 3, 4 against 3, 4, 1) with the reasons, instead of −1.20 and 12.00', () => {
    // By hand: MSR = 2/3, MSC = 1/6, MSE = 8/3 (n = 3, k = 2). ICC(2,1) = (2/3 − 8/3) /
    // (2/3 + 8/3 + 2·(1/6 − 8/3)/3) = −2 / (5/3) = −1.2 < −1/(k − 1) = −1; ICC(2,2) has the
    // denominator MSR + (MSC − MSE)/n = 2/3 − 5/6 = −1/6, whence the old "12.00".
    expect(
      iccAbsoluteAgreement([
        [2, 3],
        [3, 4],
        [4, 1],
      ]),
    ).toEqual({
      single: {
        ok: false,
        reason:
          'the estimate would be -1.20, below −1/(k − 1) = -1.00, the least an intraclass correlation between 2 raters can be: they disagree more within questions than the questions differ',
      },
      average: {
        ok: false,
        reason:
          'its denominator MSR + (MSC − MSE)/n is -0.167, not positive, because ICC(2,1) is at or below −1/(k − 1)',
      },
    });
  });

  it('gives no interval when the panel agrees exactly, and says why', () => {
    const { single } = iccAbsoluteAgreement([
      [1, 1],
      [3, 3],
      [4, 4],
    ]);
    expect(single.ok && single.value).toBe(1);
    expect(single.ok && single.interval).toEqual({
      ok: false,
      reason: 'the panelists agree exactly on every question (ICC = 1), so the F-based interval has no width',
    });
    expect(single.ok && single.interpretation).toBe('excellent (Koo & Li 2016)');
  });

  it.each([
    [[[3], [4]], 'An intraclass correlation needs at least 2 raters (got 1)'],
    [[[3, 4]], 'An intraclass correlation needs at least 2 rated questions (got 1)'],
    [
      [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      'every rating is the same, so there is no variance to apportion (the ICC is 0/0)',
    ],
    [
      [
        [3, null],
        [2, 4],
        [4, 3],
      ],
      'An intraclass correlation needs a rating from every rater on every question; row 1 has none from rater 2',
    ],
  ])('refuses %j for both ICCs with the reason', (matrix, reason) => {
    expect(iccAbsoluteAgreement(matrix)).toEqual({ single: { ok: false, reason }, average: { ok: false, reason } });
  });

  it('never reports a value or an interval outside the range, for random 1–4 ratings (seeded)', () => {
    const matrix = fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 6 })).chain(([n, k]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(matrix, (m) => {
        const k = m[0].length;
        const floor = -1 / (k - 1);
        const { single, average } = iccAbsoluteAgreement(m);
        if (single.ok) {
          expect(single.value).toBeGreaterThanOrEqual(floor);
          expect(single.value).toBeLessThanOrEqual(1 + 1e-12);
          if (single.interval.ok) {
            const { lower, upper } = single.interval.value;
            expect(lower).not.toBeNull();
            expect(lower!).toBeGreaterThanOrEqual(floor);
            expect(upper).toBeLessThanOrEqual(1);
            expect(lower!).toBeLessThanOrEqual(upper);
          }
        }
        if (average.ok) {
          expect(single.ok).toBe(true);
          expect(average.value).toBeLessThanOrEqual(1 + 1e-12);
          expect(Number.isFinite(average.value)).toBe(true);
          if (average.interval.ok) expect(average.interval.value.upper).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});
