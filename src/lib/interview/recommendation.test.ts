/**
 * The suggested recommendation follows the house rule stated in recommendation.ts (a mean of
 * 3.5 with no 1 is a strong hire, 2.75 with no 1 a hire, 2 a no hire, below that a strong no
 * hire); every mean below is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ConsensusMap } from './consensus';
import {
  DECISION_LABELS,
  DECISIONS,
  makeRecommendation,
  MAX_RATIONALE,
  recommendationSchema,
  suggestDecision,
} from './recommendation';
import { fixtureSession } from './testing';

const session = fixtureSession();
const [q1] = session.questions;
const consensusOf = (ratings: number[], s = session): ConsensusMap =>
  Object.fromEntries(s.questions.map((q, i) => [q, { rating: ratings[i], reason: 'r' }]));
/** suggestDecision reads only the session's questions, so a session of four is the fixture with four IDs. */
const four = { ...session, questions: ['s/q1', 's/q2', 's/q3', 's/q4'] };

describe('suggestDecision', () => {
  it.each([
    [[4, 4, 3], 'strong-hire', 'consensus mean 3.67 ≥ 3.5 and no question rated 1'],
    [[3, 3, 3], 'hire', 'consensus mean 3.00 ≥ 2.75 and no question rated 1'],
    [[4, 4, 1], 'no-hire', '1 question rated 1 (consensus mean 3.00)'],
    [[2, 3, 2], 'no-hire', 'consensus mean 2.33 is below 2.75'],
    [[1, 2, 2], 'strong-no-hire', 'consensus mean 1.67 is below 2'],
  ])('suggests for %j: %s', (ratings, decision, because) => {
    expect(suggestDecision(session, consensusOf(ratings))).toMatchObject({ decision, because });
  });

  it('suggests nothing until every question has a consensus', () => {
    expect(suggestDecision(session, { [q1]: { rating: 4, reason: 'r' } })).toBeNull();
  });

  it.each([
    // Each threshold reached exactly, and just missed.
    [[4, 4, 3, 3], 'strong-hire', 3.5, 'consensus mean 3.50 ≥ 3.5 and no question rated 1'],
    [[4, 3, 3, 3], 'hire', 3.25, 'consensus mean 3.25 ≥ 2.75 and no question rated 1'],
    [[3, 3, 3, 2], 'hire', 2.75, 'consensus mean 2.75 ≥ 2.75 and no question rated 1'],
    [[3, 3, 2, 2], 'no-hire', 2.5, 'consensus mean 2.50 is below 2.75'],
    [[2, 2, 2, 2], 'no-hire', 2, 'consensus mean 2.00 is below 2.75'],
    [[2, 2, 2, 1], 'strong-no-hire', 1.75, 'consensus mean 1.75 is below 2'],
  ])('at the edges of the bands, %j is %s', (ratings, decision, mean, because) => {
    expect(suggestDecision(four, consensusOf(ratings, four))).toEqual({ decision, mean, because });
  });

  it('lets a single 1 stop a hire however high the mean, and counts the 1s', () => {
    expect(suggestDecision(four, consensusOf([4, 4, 4, 1], four))).toEqual({
      decision: 'no-hire',
      mean: 3.25,
      because: '1 question rated 1 (consensus mean 3.25)',
    });
    expect(suggestDecision(four, consensusOf([1, 1, 4, 4], four))?.because).toBe(
      '2 questions rated 1 (consensus mean 2.50)',
    );
  });

  it('suggests a strong no hire below a mean of 2 however many 1s there are', () => {
    expect(suggestDecision(four, consensusOf([1, 1, 1, 1], four))).toEqual({
      decision: 'strong-no-hire',
      mean: 1,
      because: 'consensus mean 1.00 is below 2',
    });
  });

  it('suggests nothing when no question was asked (a mean of 0 / 0 would pick a band at random)', () => {
    expect(suggestDecision(session, {}, session.questions)).toBeNull();
    expect(suggestDecision({ ...session, questions: [] }, {})).toBeNull();
  });

  it('leaves the questions not asked out of the mean', () => {
    const [a, b, c] = session.questions;
    const consensus = { [a]: { rating: 4, reason: 'r' }, [b]: { rating: 4, reason: 'r' } };
    expect(suggestDecision(session, consensus)).toBeNull();
    expect(suggestDecision(session, consensus, [c])).toMatchObject({ decision: 'strong-hire', mean: 4 });
  });

  it('ignores consensus on questions outside the session', () => {
    const map = { ...consensusOf([4, 4, 4]), 'other/question': { rating: 1, reason: 'r' } };
    expect(suggestDecision(session, map)?.decision).toBe('strong-hire');
  });
});

describe('makeRecommendation', () => {
  it('requires a decision and a rationale', () => {
    expect(makeRecommendation('hire', ' Solid on detection. ')).toEqual({
      ok: true,
      value: { decision: 'hire', rationale: 'Solid on detection.' },
    });
    expect(makeRecommendation('maybe', 'x')).toEqual({ ok: false, error: 'Choose a recommendation.' });
    expect(makeRecommendation('hire', ' ')).toEqual({
      ok: false,
      error: 'Rationale: give the rationale for the recommendation.',
    });
  });

  it('accepts each of the four decisions, in order from strong hire to strong no hire', () => {
    expect(DECISIONS).toEqual(['strong-hire', 'hire', 'no-hire', 'strong-no-hire']);
    expect(DECISIONS.map((d) => DECISION_LABELS[d])).toEqual(['Strong hire', 'Hire', 'No hire', 'Strong no hire']);
    for (const d of DECISIONS) expect(makeRecommendation(d, 'why').ok, d).toBe(true);
    expect(makeRecommendation('', 'why')).toEqual({ ok: false, error: 'Choose a recommendation.' });
  });

  it(`takes a rationale of up to ${MAX_RATIONALE} characters once trimmed`, () => {
    expect(MAX_RATIONALE).toBe(8000);
    expect(makeRecommendation('hire', ` ${'x'.repeat(8000)} `).ok).toBe(true);
    expect(makeRecommendation('hire', 'x'.repeat(8001))).toEqual({
      ok: false,
      error: 'Rationale: must be at most 8000 characters.',
    });
  });

  it('reads a saved recommendation strictly', () => {
    expect(recommendationSchema.safeParse({ decision: 'hire', rationale: 'r', extra: 1 }).success).toBe(false);
    expect(recommendationSchema.safeParse({ decision: 'hire', rationale: 'r' }).success).toBe(true);
  });
});
