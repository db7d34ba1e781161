import { describe, expect, it } from 'vitest';
import { MAX_ORDERINGS_SHOWN, oneDecimal, orderingDisagreements, threatsWithoutCredit } from './feedback';
import type { RankPair } from './prioritisation';
import type { LearnerFeedback } from './score';

const pair = (higher: number, lower: number, credit: number, lh: number | null, ll: number | null): RankPair => ({
  higher,
  lower,
  credit,
  learnerHigher: lh,
  learnerLower: ll,
});

describe('orderingDisagreements', () => {
  it('keeps pairs ranked against the reference with both threats found, in order', () => {
    const pairs = [
      pair(0, 1, 1, 20, 9), // agrees: full credit
      pair(0, 2, 0, 6, 12), // reversed
      pair(1, 2, 0, null, 12), // a threat missed: not an ordering question
      pair(2, 3, 0.5, 9, 9), // a tie: half credit
      pair(1, 3, 0, 4, null),
    ];
    expect(orderingDisagreements(pairs)).toEqual([pair(0, 2, 0, 6, 12), pair(2, 3, 0.5, 9, 9)]);
  });

  it(`shows at most ${MAX_ORDERINGS_SHOWN}, and nothing for no pairs`, () => {
    const many = Array.from({ length: 15 }, (_, i) => pair(i, i + 1, 0, 1, 2));
    expect(orderingDisagreements(many)).toHaveLength(MAX_ORDERINGS_SHOWN);
    expect(orderingDisagreements(many, 3).map((p) => p.higher)).toEqual([0, 1, 2]);
    expect(orderingDisagreements([])).toEqual([]);
  });

  it('keeps a learner risk of 0 as found (only null means missed)', () => {
    expect(orderingDisagreements([pair(0, 1, 0, 0, 0)])).toHaveLength(1);
  });
});

describe('threatsWithoutCredit', () => {
  const l = (index: number, status: LearnerFeedback['status']): LearnerFeedback => ({
    index,
    title: `t${index}`,
    status,
    matches: [],
    reason: '',
  });

  it('lists unmatched and duplicate threats, not matched ones', () => {
    expect(threatsWithoutCredit([l(0, 'matched'), l(1, 'unmatched'), l(2, 'duplicate')]).map((x) => x.index)).toEqual([
      1, 2,
    ]);
    expect(threatsWithoutCredit([])).toEqual([]);
  });
});

describe('oneDecimal', () => {
  it('rounds half up at the first decimal', () => {
    expect([oneDecimal(2.25), oneDecimal(2.24), oneDecimal(7), oneDecimal(0.05)]).toEqual([2.3, 2.2, 7, 0.1]);
  });
});
