import { describe, expect, it } from 'vitest';
import { agreementLines, coefficientLine, intervalRange, intervalText } from './agreement-text';
import { agreementOf } from './panel-agreement';
import { computed, notDefined } from './coefficient';

const interval = (lower: number | null, upper: number) => ({ lower, upper, level: 0.95, method: 'test' });

describe('intervals in words', () => {
  it('prints both limits, and −∞ for an interval with no lower limit', () => {
    expect(intervalRange(interval(0.019, 0.761))).toBe('0.02 to 0.76');
    expect(intervalRange(interval(null, 0.5))).toBe('−∞ to 0.50');
    expect(intervalText(computed(interval(0.1, 0.9)))).toBe('95 % CI 0.10 to 0.90');
    expect(intervalText(notDefined('fewer than 10 questions'))).toBe('no 95 % interval (fewer than 10 questions)');
  });
});

describe('coefficientLine', () => {
  it('gives a value with its interval and reading, or says it is not defined and why', () => {
    expect(
      coefficientLine({
        label: 'ICC(2,1)',
        coefficient: {
          ok: true,
          value: 0.29,
          interval: computed(interval(0.02, 0.76)),
          interpretation: 'poor to good',
        },
      }),
    ).toBe('ICC(2,1): 0.29, 95 % CI 0.02 to 0.76; poor to good');
    expect(coefficientLine({ label: 'ICC(2,2)', coefficient: notDefined('its denominator is ≤ 0') })).toBe(
      'ICC(2,2): not defined for this data (its denominator is ≤ 0)',
    );
  });
});

describe('agreementLines', () => {
  it('the ratings of issue 17 (2, 3, 4 and 3, 4, 1) print no impossible number', () => {
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
    expect(lines[0]).toMatch(/^ICC\(2,1\), one panelist, absolute agreement: not defined for this data \(/);
    expect(lines[1]).toMatch(/^ICC\(2,2\), the panel's mean rating: not defined for this data \(/);
    expect(lines.join('\n')).not.toMatch(/-1\.20 \(|12\.00/);
  });
  it('with one panelist says agreement cannot be measured, and nothing else', () => {
    const lines = agreementLines(agreementOf([[2], [3], [4]], 1));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Agreement cannot be measured: /);
  });
});
