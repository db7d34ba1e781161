import { describe, expect, it } from 'vitest';
import { describeAlpha, krippendorffAlpha } from './krippendorff';

const expectClose = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);
const valueOf = (r: ReturnType<typeof krippendorffAlpha>) => {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers A–D ×
 * 12 units, with missing values; here as units (rows) × observers (columns).
 */
const KRIPPENDORFF_2011 = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
];

describe('krippendorffAlpha', () => {
  it("reproduces Krippendorff's worked example with missing values: nominal 0.743", () => {
    // Krippendorff (2011), section C: α_nominal = 1 − (n − 1)·D_o/D_e = 0.743 (n = 40 pairable values).
    expectClose(valueOf(krippendorffAlpha(KRIPPENDORFF_2011, 'nominal')), 0.743, 0.0005);
  });

  it('gives the ordinal, interval and ratio values published for the same data', () => {
    // The same matrix in R's irr::kripp.alpha documentation example ("nmm"): ordinal 0.815,
    // interval 0.849, ratio 0.797 (and nominal 0.743, as in the paper).
    expectClose(valueOf(krippendorffAlpha(KRIPPENDORFF_2011, 'ordinal')), 0.815, 0.0005);
    expectClose(valueOf(krippendorffAlpha(KRIPPENDORFF_2011, 'interval')), 0.849, 0.0005);
    expectClose(valueOf(krippendorffAlpha(KRIPPENDORFF_2011, 'ratio')), 0.797, 0.0005);
  });

  it('matches a 3 × 2 example computed by hand under each metric', () => {
    // [[1,1],[2,2],[3,4]]: coincidences o11 = 2, o22 = 2, o34 = o43 = 1; n_c = 2, 2, 1, 1; n = 6.
    // Nominal: Σ o δ = 2, Σ n_c n_k δ = 6² − (4 + 4 + 1 + 1) = 26 → α = 1 − 5·2/26 = 8/13.
    // Interval: Σ o δ = 2·1, Σ n_c n_k (c − k)² = 2·(4 + 8 + 18 + 2 + 8 + 1) = 82 → α = 1 − 10/82 = 36/41.
    // Ordinal: δ(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: δ12 = 4, δ13 = 12.25, δ14 = 20.25,
    // δ23 = 2.25, δ24 = 6.25, δ34 = 1 → Σ o δ = 2, Σ n n δ = 2·(16 + 24.5 + 40.5 + 4.5 + 12.5 + 1) = 198
    // → α = 1 − 10/198 = 94/99.
    const m = [
      [1, 1],
      [2, 2],
      [3, 4],
    ];
    expectClose(valueOf(krippendorffAlpha(m, 'nominal')), 8 / 13, 1e-12);
    expectClose(valueOf(krippendorffAlpha(m, 'interval')), 36 / 41, 1e-12);
    expectClose(valueOf(krippendorffAlpha(m, 'ordinal')), 94 / 99, 1e-12);
  });

  it('uses the ratings that are there when one is missing, and ignores a unit with one rating', () => {
    // Dropping Ben's rating of question 2 leaves [2] unpairable: the same as the 2-unit matrix.
    const withMissing = [
      [1, 1],
      [2, null],
      [3, 4],
    ];
    const without = [
      [1, 1],
      [3, 4],
    ];
    expect(krippendorffAlpha(withMissing, 'ordinal')).toEqual(krippendorffAlpha(without, 'ordinal'));
    // [[1,1],[3,4]]: n = 4, n_c = 2, 1, 1 for 1, 3, 4; interval: Σ o δ = 2, Σ n n δ = 2·(2·4 + 2·9 + 1) = 54
    // → α = 1 − 3·2/54 = 8/9.
    expectClose(valueOf(krippendorffAlpha(withMissing, 'interval')), 8 / 9, 1e-12);
  });

  it('is negative for systematic disagreement and 1 for perfect agreement', () => {
    // [[1,2],[2,1]] nominal: Σ o δ = 4, Σ n n δ = 8, n = 4 → α = 1 − 3·4/8 = −0.5.
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
        ],
        'nominal',
      ),
    ).toEqual({ ok: true, value: -0.5 });
    expect(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [4, 4, 4],
        ],
        'ordinal',
      ),
    ).toEqual({ ok: true, value: 1 });
  });

  it.each([
    [
      [
        [3, 3],
        [3, 3],
      ],
      'every rating is the same, so no disagreement is expected by chance and alpha is 0/0',
    ],
    [[[3], [4]], "Krippendorff's alpha needs at least one question rated by 2 or more panelists"],
    [
      [
        [3, null],
        [null, 4],
      ],
      "Krippendorff's alpha needs at least one question rated by 2 or more panelists",
    ],
    [[], "Krippendorff's alpha needs at least one question rated by 2 or more panelists"],
  ])('refuses %j with the reason', (matrix, reason) => {
    expect(krippendorffAlpha(matrix, 'ordinal')).toEqual({ ok: false, reason });
  });

  it("names Krippendorff's (2004) thresholds", () => {
    expect([0.5, 0.666, 0.667, 0.799, 0.8, 1].map(describeAlpha)).toEqual([
      'unreliable',
      'unreliable',
      'tentative',
      'tentative',
      'reliable',
      'reliable',
    ]);
  });
});
