import { describe, expect, it } from 'vitest';
import { attemptOf, nothingMissedText, scorePractice } from './practice';
import { apiQuestion, goodAnswer } from './fixtures';
import type { ScorableQuestion } from './rubric';

describe('scoring on the practice page', () => {
  it('scores a good answer (100, every concept: score.test.ts’s worked answer)', () => {
    const r = scorePractice(apiQuestion, goodAnswer);
    expect(r.ok && r.result.score).toBe(100);
  });

  it('says why an empty answer cannot be scored, in the words validate.ts gives', () => {
    expect(scorePractice(apiQuestion, '   ')).toEqual({
      ok: false,
      error: 'Cannot score this answer: the answer is empty: write your answer in sentences.',
    });
  });

  it('keeps the answer and says so when scoring itself fails (a question without a rubric)', () => {
    expect(scorePractice({} as ScorableQuestion, goodAnswer)).toEqual({
      ok: false,
      error: 'Something went wrong while scoring; your answer is kept.',
    });
  });
});

describe('the attempt saved', () => {
  const r = scorePractice(apiQuestion, goodAnswer);
  if (!r.ok) throw new Error('the worked answer must score');

  it('records the score, the words, the concepts found and the flags, at the given time', () => {
    const a = attemptOf(r.result, goodAnswer, 95, new Date('2026-11-25T10:00:00.000Z'));
    expect(a).toEqual({
      at: '2026-11-25T10:00:00.000Z',
      text: goodAnswer,
      score: 100,
      words: r.result.words,
      matched: ['logs', 'rate-limits', 'watermark', 'outputs'],
      flags: [],
      seconds: 95,
    });
  });

  it('records no time when the timer was off', () => {
    expect(attemptOf(r.result, goodAnswer, null, new Date(0)).seconds).toBeNull();
  });
});

describe('nothingMissedText', () => {
  const base = { q: 'x', score: 90, concepts: [], flags: [], adjustments: [], words: 100 };
  it('says every idea is there only when nothing held the score back', () => {
    expect(nothingMissedText(base)).toBe('Nothing: every idea of the rubric is there.');
  });
  it('names the cap when a keyword list was capped at 20', () => {
    const capped = {
      ...base,
      score: 20,
      adjustments: [{ reason: 'keyword list: capped at 20', before: 80, after: 20 }],
    };
    expect(nothingMissedText(capped)).toBe(
      'Every idea of the rubric is named, but the score was held to 20: keyword list: capped at 20.',
    );
  });
});
