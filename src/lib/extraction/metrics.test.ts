/**
 * AUPRC (average precision, as scikit-learn's average_precision_score defines it) and the
 * agreement measures. Expected values are worked by hand, and one is scikit-learn's own
 * documentation example.
 */
import { describe, expect, it } from 'vitest';
import { accuracy, agreement, auprc, balancedAgreement } from './metrics';

describe('auprc', () => {
  it('computes average precision with ties as scikit-learn does', () => {
    // By hand: thresholds 0.9 (P 1, R ⅓), 0.5 (P ⅔, R ⅔), 0.3 (P ¾, R 1) → ⅓(1 + ⅔ + ¾).
    expect(auprc([0.1, 0.9, 0.5, 0.5, 0.3, 0.2], [0, 1, 0, 1, 1, 0])).toBeCloseTo((1 + 2 / 3 + 3 / 4) / 3, 12);
    expect(auprc([0.2, 0.4], [0, 0])).toBeNaN();
  });

  it("gives 0.8333 on scikit-learn's documentation example", () => {
    // average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]): ½·1 + ½·⅔.
    expect(auprc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(5 / 6, 12);
  });

  it('is 1 for a perfect ranking and the positive share when every score ties', () => {
    expect(auprc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auprc([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 1])).toBe(0.5);
  });

  it('gives ½(⅓ + ½) = 5/12 when both positives rank last of four (by hand)', () => {
    // Ranks 3 and 4 hold the positives: precision ⅓ at recall ½, then 2/4 at recall 1.
    expect(auprc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBeCloseTo(5 / 12, 12);
  });

  it('accepts typed arrays, does not reorder its input, and is NaN for empty input', () => {
    const scores = Float64Array.from([0.3, 0.1, 0.9]);
    expect(auprc(scores, Uint8Array.from([0, 0, 1]))).toBe(1);
    expect(Array.from(scores)).toEqual([0.3, 0.1, 0.9]);
    expect(auprc([], [])).toBeNaN();
  });

  it('counts only label 1 as positive', () => {
    expect(auprc([0.9, 0.1], [2, 1])).toBe(0.5);
  });
});

describe('accuracy, agreement and balancedAgreement', () => {
  it('shows the trap: an always-legitimate clone agrees on 99.8 % but balances to 0.5', () => {
    const victim = Array.from({ length: 1000 }, (_, i) => (i < 2 ? 0.9 : 0.1));
    const clone = new Array(1000).fill(0);
    expect(agreement(victim, clone)).toBeCloseTo(0.998, 12);
    expect(balancedAgreement(victim, clone)).toBeCloseTo(0.5, 12);
    expect(accuracy([0.9, 0.1], [1, 1])).toBe(0.5);
    expect(agreement([], [])).toBeNaN();
  });

  it('labels a probability fraud only strictly above 0.5', () => {
    expect(accuracy([0.5, 0.500001], [0, 1])).toBe(1);
    expect(agreement([0.5, 0.7], [0.1, 0.51])).toBe(1);
    expect(agreement([0.5], [0.51])).toBe(0);
  });

  it('is NaN for empty input', () => {
    expect(accuracy([], [])).toBeNaN();
    expect(balancedAgreement([], [])).toBeNaN();
  });

  it('with a single victim class averages over that class alone', () => {
    expect(balancedAgreement([0.1, 0.2, 0.3, 0.4], [0.9, 0, 0, 0])).toBe(0.75);
    expect(balancedAgreement([0.9, 0.8], [0.9, 0.1])).toBe(0.5);
  });

  it('averages the two classes with equal weight (by hand: ½(3/4 + 1/2) = 5/8)', () => {
    const victim = [0.1, 0.1, 0.1, 0.1, 0.9, 0.9];
    const clone = [0.1, 0.1, 0.1, 0.9, 0.9, 0.1];
    expect(balancedAgreement(victim, clone)).toBeCloseTo(5 / 8, 12);
    expect(agreement(victim, clone)).toBeCloseTo(4 / 6, 12);
  });
});

describe('sample weights (a stratified test set standing for natural traffic)', () => {
  it("gives 0.75 on scikit-learn's example with sample_weight [1, 2, 1, 1] (by hand)", () => {
    // Thresholds 0.8 (TP 1, FP 0: P 1, R ½) and 0.35 (TP 2, FP 2: P ½, R 1) → ½·1 + ½·½.
    expect(auprc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], [1, 2, 1, 1])).toBeCloseTo(0.75, 12);
  });

  it('equals the unweighted figure on the data with each row repeated weight times', () => {
    const scores = [0.9, 0.7, 0.7, 0.4, 0.3, 0.2, 0.65, 0.1];
    const labels = [1, 0, 1, 0, 1, 0, 0, 1];
    const weights = [2, 1, 3, 4, 1, 2, 5, 1];
    const repeat = <T>(a: T[]) => a.flatMap((v, i) => Array<T>(weights[i]).fill(v));
    expect(auprc(scores, labels, weights)).toBeCloseTo(auprc(repeat(scores), repeat(labels)), 12);
    const other = [0.2, 0.8, 0.6, 0.1, 0.9, 0.3, 0.7, 0.4];
    expect(agreement(scores, other, weights)).toBeCloseTo(agreement(repeat(scores), repeat(other)), 12);
    expect(accuracy(scores, labels, weights)).toBeCloseTo(accuracy(repeat(scores), repeat(labels)), 12);
  });

  it('is unchanged by scaling every weight, and NaN when the weights sum to zero', () => {
    const scores = [0.9, 0.6, 0.4, 0.2];
    const labels = [1, 0, 1, 0];
    expect(auprc(scores, labels, [0.5, 0.5, 0.5, 0.5])).toBeCloseTo(auprc(scores, labels), 12);
    expect(auprc(scores, labels, [0, 1, 0, 1])).toBeNaN();
    expect(accuracy(scores, labels, [0, 0, 0, 0])).toBeNaN();
  });
});
