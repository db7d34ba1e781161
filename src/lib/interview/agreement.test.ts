import { describe, expect, it } from 'vitest';
import {
  describeIcc,
  describeKappa,
  fleissKappa,
  fleissKappaFromCounts,
  intraclassCorrelations,
  pairwiseExactAgreement,
} from './agreement';

const expectClose = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('intraclassCorrelations', () => {
  // Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges; Table 4 gives the six ICCs to
  // two decimals: ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
  const shroutFleiss = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it("reproduces Shrout & Fleiss's published values", () => {
    const r = intraclassCorrelations(shroutFleiss);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const paper = { icc1: 0.17, icc2: 0.29, icc3: 0.71, icc1k: 0.44, icc2k: 0.62, icc3k: 0.91 };
    for (const [key, value] of Object.entries(paper)) expectClose(r.value[key as keyof typeof paper], value, 0.005);
  });

  it('matches a 3 × 2 example computed by hand', () => {
    // Ratings [[1,1],[2,2],[3,4]]. Grand mean 13/6. Row means 1, 2, 3.5 → SSR = 2·Σ(row − 13/6)² = 19/3,
    // MSR = 19/6. Column means 2, 7/3 → SSC = 3·(1/36 + 1/36) = 1/6 = MSC.
    // SST = Σ(x − 13/6)² = (49+49+1+1+25+121)/36 = 41/6, so SSE = 41/6 − 38/6 − 1/6 = 1/3, MSE = 1/6. ICC(2,1) = (19/6 − 1/6) / (19/6 + 1/6 + 2·0/3) = 18/20 = 0.9;
    // ICC(2,2) = (19/6 − 1/6) / (19/6 + 0) = 18/19.
    const r = intraclassCorrelations([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expectClose(r.value.icc2, 0.9, 1e-12);
    expectClose(r.value.icc2k, 18 / 19, 1e-12);
  });

  it('is 1 when every rater gives every question the same rating', () => {
    const r = intraclassCorrelations([
      [1, 1, 1],
      [3, 3, 3],
      [4, 4, 4],
    ]);
    expect(r.ok && r.value.icc2).toBeCloseTo(1, 12);
  });

  it('is 0 when a rater disagrees as much as the questions differ', () => {
    // [[2,3],[3,3],[4,3]]: MSR = 1/2, MSE = 1/2, MSC = 0 → ICC(2,1) = 0 / (1/2 + 1/2 + 0) = 0.
    const r = intraclassCorrelations([
      [2, 3],
      [3, 3],
      [4, 3],
    ]);
    expect(r.ok && r.value.icc2).toBe(0);
  });

  it.each([
    [[], 'An intraclass correlation needs at least 2 rated questions (got 0)'],
    [[[1, 2]], 'An intraclass correlation needs at least 2 rated questions (got 1)'],
    [[[1], [2]], 'An intraclass correlation needs at least 2 raters (got 1)'],
    [[[1, 2], [3]], 'row 2 has 1 ratings, expected 2'],
    [
      [
        [1, NaN],
        [3, 4],
      ],
      'row 1 has a rating that is not a finite number',
    ],
    [
      [
        [2, 2],
        [2, 2],
      ],
      'every rating is the same, so there is no variance to apportion (the ICC is 0/0)',
    ],
    [
      [
        [1, 4],
        [4, 1],
      ],
      'every question has the same mean rating, so the ICC cannot separate questions',
    ],
  ])('refuses %j with a reason', (matrix, reason) => {
    expect(intraclassCorrelations(matrix)).toEqual({ ok: false, reason });
  });
});

describe('fleissKappa', () => {
  it('reproduces the worked example of Fleiss kappa on Wikipedia (10 subjects, 14 raters, 5 categories): 0.210', () => {
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa#Worked_example: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const r = fleissKappaFromCounts(counts);
    expect(r.ok).toBe(true);
    if (r.ok) expectClose(r.value, 0.21, 0.0005);
  });

  it('matches a 3 subjects × 2 raters example computed by hand: 7/13', () => {
    // Ratings [[1,1],[2,2],[3,4]]: P_i = 1, 1, 0 → P̄ = 2/3; p = [2,2,1,1]/6 → P̄e = 10/36;
    // κ = (2/3 − 10/36) / (1 − 10/36) = (14/36) / (26/36) = 7/13.
    const r = fleissKappa(
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
      [1, 2, 3, 4],
    );
    expect(r.ok && r.value).toBeCloseTo(7 / 13, 12);
  });

  it('is 1 for perfect agreement across categories and negative for systematic disagreement', () => {
    const perfect = fleissKappa(
      [
        [1, 1],
        [4, 4],
      ],
      [1, 2, 3, 4],
    );
    expect(perfect.ok && perfect.value).toBe(1);
    // [[1,2],[2,1]]: P̄ = 0, p = [1/2, 1/2] → P̄e = 1/2, κ = −1.
    const opposite = fleissKappa(
      [
        [1, 2],
        [2, 1],
      ],
      [1, 2, 3, 4],
    );
    expect(opposite.ok && opposite.value).toBe(-1);
  });

  it.each([
    [
      [
        [3, 3],
        [3, 3],
      ],
      'every rating falls in one category, so chance agreement is 1 and kappa is 0/0',
    ],
    [
      [
        [3, 5],
        [3, 3],
      ],
      'row 1 has a rating outside the categories 1, 2, 3, 4',
    ],
    [[], "Fleiss' kappa needs at least 1 rated question (got 0)"],
    [[[3]], "Fleiss' kappa needs at least 2 raters (got 1)"],
    [
      [
        [3, 4],
        [null, 2],
      ],
      "Fleiss' kappa needs a rating from every rater on every question; row 2 has none from rater 1",
    ],
  ])('refuses %j with a reason', (matrix, reason) => {
    expect(fleissKappa(matrix, [1, 2, 3, 4])).toEqual({ ok: false, reason });
  });

  it('refuses count tables with unequal raters per subject', () => {
    expect(
      fleissKappaFromCounts([
        [2, 0],
        [1, 2],
      ]),
    ).toEqual({ ok: false, reason: 'every subject must have the same number of raters' });
  });
});

describe('pairwiseExactAgreement and bands', () => {
  it('counts agreeing pairs over all questions', () => {
    // Row 1: pairs (1,1) (1,2) (1,2) → 1 of 3 agree; row 2: (3,3) (3,3) (3,3) → 3 of 3. Total 4/6.
    expect(
      pairwiseExactAgreement([
        [1, 1, 2],
        [3, 3, 3],
      ]),
    ).toBeCloseTo(4 / 6, 12);
    expect(pairwiseExactAgreement([[1]])).toBeNull();
    // A missing rating drops its pairs: row 1 keeps (2,2), row 2 keeps (3,4) → 1 of 2.
    expect(
      pairwiseExactAgreement([
        [2, 2, null],
        [null, 3, 4],
      ]),
    ).toBe(0.5);
    expect(pairwiseExactAgreement([])).toBeNull();
  });

  it('names ICC bands after Koo & Li 2016 and kappa bands after Landis & Koch 1977', () => {
    expect([0.49, 0.5, 0.74, 0.75, 0.9].map(describeIcc)).toEqual([
      'poor',
      'moderate',
      'moderate',
      'good',
      'excellent',
    ]);
    expect([-0.1, 0.2, 0.21, 0.41, 0.61, 0.81].map(describeKappa)).toEqual([
      'poor',
      'slight',
      'fair',
      'moderate',
      'substantial',
      'almost perfect',
    ]);
  });
});
