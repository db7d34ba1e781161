import { describe, expect, it } from 'vitest';
import { missingConsensus, setConsensus, suggestedConsensus } from './consensus';
import { sideBySide } from './merge';
import { fixtureSession, sheetOf } from './testing';

const session = fixtureSession();
const [q1, q2, q3] = session.questions;

describe('consensus', () => {
  it('records a rating with its reason, trimmed', () => {
    const r = setConsensus({}, session, q1, 3, '  Both heard the log analysis. ');
    expect(r).toEqual({ ok: true, value: { [q1]: { rating: 3, reason: 'Both heard the log analysis.' } } });
    if (r.ok) expect(missingConsensus(session, r.value)).toEqual([q2, q3]);
  });

  it.each([
    [q1, 3, '   ', `Give the reason for the consensus on ${q1}: give the reason for the consensus rating.`],
    [q1, 3, 'x'.repeat(4001), `Give the reason for the consensus on ${q1}: must be at most 4000 characters.`],
    [q1, 0, 'why', `Choose a consensus rating from 1 to 4 for ${q1}.`],
    [q1, Number.NaN, 'why', `Choose a consensus rating from 1 to 4 for ${q1}.`],
    ['other/question', 3, 'why', '"other/question" is not a question of this session.'],
  ])('refuses %s rated %s with reason %j', (q, rating, reason, error) => {
    expect(setConsensus({}, session, q, rating, reason)).toEqual({ ok: false, error });
  });

  it('suggests the median only when it is a whole rating', () => {
    const rows = sideBySide(session, [
      sheetOf(session, 'Ana', [3, 2, 4]),
      sheetOf(session, 'Ben', [3, 3, 4]),
      sheetOf(session, 'Chidi', [2, 4, 1]),
    ]);
    expect(rows.map(suggestedConsensus)).toEqual([3, 3, 4]);
    const two = sideBySide(session, [sheetOf(session, 'Ana', [3, 2, 4]), sheetOf(session, 'Ben', [4, 2, 4])]);
    expect(two.map(suggestedConsensus)).toEqual([null, 2, 4]);
  });
});
