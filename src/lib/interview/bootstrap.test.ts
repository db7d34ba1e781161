import { describe, expect, it } from 'vitest';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { bootstrapInterval } from './bootstrap';
import { computed, notDefined, type RatingMatrix } from './coefficient';
import { krippendorffAlpha } from './krippendorff';

const firstColumnMean = (rows: RatingMatrix) => computed(mean(rows.map((r) => r[0] as number)));

describe('bootstrapInterval', () => {
  const rows = Array.from({ length: 40 }, (_, i) => [(i * 7) % 11]);

  it('is reproducible from its seed and changes with it', () => {
    const a = bootstrapInterval(rows, firstColumnMean, { seed: 3 });
    expect(bootstrapInterval(rows, firstColumnMean, { seed: 3 })).toEqual(a);
    expect(bootstrapInterval(rows, firstColumnMean, { seed: 4 })).not.toEqual(a);
    expect(a.ok && a.value.method).toBe('percentile bootstrap over questions (2000 resamples, seed 3)');
  });

  it('brackets a mean like the normal-theory interval does', () => {
    // For a mean the percentile bootstrap approximates x̄ ± 1.96·s/√n·√((n − 1)/n) (Efron &
    // Tibshirani 1993, ch. 13); with 2000 resamples each limit lands within 10 % of the half-width.
    const values = rows.map((r) => r[0]);
    const n = values.length;
    const half = (1.96 * sampleStandardDeviation(values) * Math.sqrt((n - 1) / n)) / Math.sqrt(n);
    const r = bootstrapInterval(rows, firstColumnMean, { seed: 11 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.value.lower! - (mean(values) - half))).toBeLessThanOrEqual(0.1 * half);
    expect(Math.abs(r.value.upper - (mean(values) + half))).toBeLessThanOrEqual(0.1 * half);
  });

  it("gives a range around Krippendorff's alpha on his 12-unit example", () => {
    // Krippendorff (2011) section C data; α_ordinal = 0.815 (see krippendorff.test.ts).
    const data = [
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
    const r = bootstrapInterval(data, (m) => krippendorffAlpha(m, 'ordinal'), { seed: 20_260_125 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lower!).toBeLessThan(0.815);
    expect(r.value.upper).toBeGreaterThan(0.815);
    expect(r.value.upper).toBeLessThanOrEqual(1);
  });

  it('refuses too few questions, and a coefficient undefined in many resamples', () => {
    expect(bootstrapInterval(rows.slice(0, 3), firstColumnMean)).toEqual({
      ok: false,
      reason: 'a bootstrap range needs at least 10 questions; 3 give too few distinct resamples',
    });
    let calls = 0;
    const flaky = () => (calls++ % 2 === 0 ? notDefined('no') : computed(1));
    expect(bootstrapInterval(rows, flaky, { resamples: 100 })).toEqual({
      ok: false,
      reason:
        'the coefficient is not defined in 50 of 100 resamples of the questions, so a bootstrap range would mislead',
    });
  });
});
