import { describe, expect, it } from 'vitest';
import { agreementLines, agreementRows, coefficientLine } from './agreement-text';
import { agreementOf, panelAgreement } from './panel-agreement';
import { fixtureSession, KNOWN, sheetOf } from './testing';

describe('agreementOf: when agreement cannot be measured', () => {
  it('says so for one scoresheet, for every coefficient', () => {
    const session = fixtureSession();
    const a = panelAgreement(session, [sheetOf(session, 'Ana', [3, 2, 4])]);
    const reason = 'agreement needs at least 2 scoresheets (1 merged)';
    expect(a.unmeasurable).toBe(reason);
    for (const row of agreementRows(a)) expect(row.coefficient).toEqual({ ok: false, reason });
    expect(agreementLines(a)).toEqual([`Agreement cannot be measured: ${reason}.`]);
  });

  it('says so for one question', () => {
    const session = fixtureSession({ questions: [KNOWN[0]] });
    const a = panelAgreement(session, [sheetOf(session, 'Ana', [3]), sheetOf(session, 'Ben', [2])]);
    expect(agreementLines(a)).toEqual([
      'Agreement cannot be measured: agreement needs at least 2 questions rated by the panel (this session has 1).',
    ]);
    expect(a.exact).toBeNull();
  });
});

describe('agreementLines', () => {
  it('prints "not defined" with the reason for the ratings of issue 17, never −1.20 or 12.00', () => {
    // Panelist A rated 2, 3, 4 and B 3, 4, 1 (icc.test.ts has the hand computation).
    const lines = agreementLines(
      agreementOf(
        [
          [2, 3],
          [3, 4],
          [4, 1],
        ],
        2,
      ),
    );
    expect(lines.slice(0, 2)).toEqual([
      'ICC(2,1), one panelist, absolute agreement: not defined for this data (the estimate would be -1.20, below −1/(k − 1) = -1.00, the least an intraclass correlation between 2 raters can be: they disagree more within questions than the questions differ)',
      "ICC(2,2), the panel's mean rating: not defined for this data (its denominator MSR + (MSC − MSE)/n is -0.167, not positive, because ICC(2,1) is at or below −1/(k − 1))",
    ]);
    expect(lines.join('\n')).not.toMatch(/-1\.20 \(|12\.00/);
    // Kappa by hand: P̄ = 0; p = (1, 1, 2, 2)/6 for 1–4 → P̄e = (1 + 1 + 4 + 4)/36 = 10/36, κ = −(10/36)/(26/36) = −5/13.
    expect(lines[2]).toBe(
      "Fleiss' kappa, levels as categories: -0.38, no 95 % interval (a bootstrap range needs at least 10 questions; 3 give too few distinct resamples); poor (Landis & Koch 1977)",
    );
    expect(lines.slice(5)).toEqual([
      'Exact agreement between pairs of panelists: 0%',
      'With 3 questions the coefficients are imprecise; read them together with the ratings side by side.',
    ]);
  });

  it('says why each coefficient is not defined when every rating is the same', () => {
    const lines = agreementLines(
      agreementOf(
        [
          [3, 3],
          [3, 3],
        ],
        2,
      ),
    );
    expect(lines.slice(0, 5)).toEqual([
      'ICC(2,1), one panelist, absolute agreement: not defined for this data (every rating is the same, so there is no variance to apportion (the ICC is 0/0))',
      "ICC(2,2), the panel's mean rating: not defined for this data (every rating is the same, so there is no variance to apportion (the ICC is 0/0))",
      "Fleiss' kappa, levels as categories: not defined for this data (every rating falls in one category, so chance agreement is 1 and kappa is 0/0)",
      "Krippendorff's alpha, ordinal: not defined for this data (every rating is the same, so no disagreement is expected by chance and alpha is 0/0)",
      "Krippendorff's alpha, interval: not defined for this data (every rating is the same, so no disagreement is expected by chance and alpha is 0/0)",
    ]);
  });

  it('gives a value with its interval and reading', () => {
    // Shrout & Fleiss (1979) Table 2 data (icc.test.ts): ICC(2,1) 0.29 [0.02, 0.76].
    const a = agreementOf(
      [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
      ],
      4,
    );
    expect(coefficientLine(agreementRows(a)[0])).toBe(
      'ICC(2,1), one panelist, absolute agreement: 0.29, 95 % CI 0.02 to 0.76; poor to good by the 95 % CI (Koo & Li 2016)',
    );
    expect(coefficientLine(agreementRows(a)[1])).toBe(
      "ICC(2,4), the panel's mean rating: 0.62, 95 % CI 0.07 to 0.93; poor to excellent by the 95 % CI (Koo & Li 2016)",
    );
  });

  it('shows an interval without a lower limit as −∞', () => {
    // icc.test.ts: ICC(2,3) of [[3,3,3],[2,4,3],[4,3,4]] is −3/5 and its interval has no lower limit.
    const a = agreementOf(
      [
        [3, 3, 3],
        [2, 4, 3],
        [4, 3, 4],
      ],
      3,
    );
    expect(coefficientLine(agreementRows(a)[1])).toMatch(
      /^ICC\(2,3\), the panel's mean rating: -0\.60, 95 % CI −∞ to 0\.97; /,
    );
  });
});

describe('agreementOf with many questions and a missing rating', () => {
  // 12 questions × 3 panelists; panelist 3 did not rate question 5.
  const ratings = [
    [1, 1, 2],
    [2, 2, 2],
    [3, 3, 4],
    [4, 4, 4],
    [2, 3, null],
    [1, 2, 1],
    [3, 3, 3],
    [4, 3, 4],
    [2, 2, 1],
    [3, 4, 4],
    [1, 1, 1],
    [4, 4, 3],
  ];

  it('refuses the ICC and kappa, which need every rating, and gives alpha with a seeded range', () => {
    const a = agreementOf(ratings, 3);
    const reason = (what: string) =>
      `${what} needs a rating from every rater on every question; row 5 has none from rater 3`;
    expect(a.icc.single).toEqual({ ok: false, reason: reason('An intraclass correlation') });
    expect(a.kappa).toEqual({ ok: false, reason: reason("Fleiss' kappa") });
    expect(a.alpha.ordinal.ok).toBe(true);
    if (!a.alpha.ordinal.ok) return;
    expect(a.alpha.ordinal.interval.ok).toBe(true);
    if (!a.alpha.ordinal.interval.ok) return;
    const { lower, upper, method } = a.alpha.ordinal.interval.value;
    expect(lower!).toBeLessThan(a.alpha.ordinal.value);
    expect(upper).toBeGreaterThan(a.alpha.ordinal.value);
    expect(method).toBe('percentile bootstrap over questions (2000 resamples, seed 20260125)');
    // The same sheets give the same figures, and the figures survive JSON (no Infinity, no NaN).
    expect(agreementOf(ratings, 3)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.caution).toBeNull();
  });

  it('gives every coefficient, with ranges, when nothing is missing', () => {
    const complete = ratings.map((row) => row.map((x) => x ?? 3));
    const a = agreementOf(complete, 3);
    for (const { coefficient } of agreementRows(a)) {
      expect(coefficient.ok).toBe(true);
      if (coefficient.ok) expect(coefficient.interval.ok).toBe(true);
    }
  });
});
