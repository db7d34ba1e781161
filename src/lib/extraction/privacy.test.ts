/**
 * The privacy experiment the simulator page's worker and `dojo privacy` share: one seed or
 * several, the same figures, settings refused in words before anything runs.
 */
import { describe, expect, it } from 'vitest';
import {
  figuresOf,
  formatFigure,
  handlePrivacyRequest,
  runPrivacyOverSeeds,
  summariseFigures,
  type PrivacyReply,
} from './privacy';
import { runModelInversion } from './inversion';

describe('summariseFigures', () => {
  it('gives mean, minimum and maximum over the runs that have each figure, and null where none has it', () => {
    const s = summariseFigures([
      { auc: 0.5, fraudAuc: null },
      { auc: 0.7, fraudAuc: 0.6 },
      { auc: 0.6, fraudAuc: null },
    ]);
    expect(s.auc.mean).toBeCloseTo(0.6, 12);
    expect(s.auc).toMatchObject({ min: 0.5, max: 0.7 });
    expect(s.fraudAuc).toEqual({ mean: 0.6, min: 0.6, max: 0.6 });
    expect(summariseFigures([{ frauds: null }]).frauds).toEqual({ mean: null, min: null, max: null });
  });

  it('formats counts whole (a mean to one decimal) and rates and distances to three decimals', () => {
    expect([
      formatFigure('queries', 2136),
      formatFigure('queries', 2136.4),
      formatFigure('reconstructionError', 1),
      formatFigure('auc', 0.69612),
      formatFigure('auc', null),
    ]).toEqual(['2136', '2136.4', '1.000', '0.696', 'n/a']);
  });
});

describe('runPrivacyOverSeeds', () => {
  it('runs model inversion on each seed, reporting each one done, with the figures the CLI prints', () => {
    const done: number[] = [];
    const out = runPrivacyOverSeeds('model-inversion', { victim: 'logreg', defence: 'none' }, [1, 2], (d) =>
      done.push(d),
    );
    expect(done).toEqual([1, 2]);
    expect(out.seeds).toEqual([1, 2]);
    // The same numbers as the attack run on its own (inversion.test.ts checks what they mean).
    expect(out.figures[0]).toEqual(figuresOf({ attack: 'model-inversion', result: runModelInversion({ seed: 1 }) }));
    expect(Object.keys(out.figures[0])).toEqual([
      'queries',
      'confidence',
      'cosine',
      'reconstructionError',
      'signatureFound',
    ]);
    expect(out.summary.queries.min).toBeLessThanOrEqual(out.summary.queries.max!);
    expect(out.notes.length).toBeGreaterThan(0);
  });

  it('refuses a bad setting for any seed before running one', () => {
    const done: number[] = [];
    expect(() => runPrivacyOverSeeds('model-inversion', { budget: '10' }, [1, 2], (d) => done.push(d))).toThrowError(
      'budget must be a whole number from 61 to 100,000 (got 10)',
    );
    expect(() => runPrivacyOverSeeds('model-inversion', {}, ['x'])).toThrowError(
      'seed must be a whole number from 0 to 4,294,967,295 (got x)',
    );
    expect(() => runPrivacyOverSeeds('membership-inference', { trainSize: '5' }, [1])).toThrowError(
      'train-size must be a whole number from 200 to 60,000 (got 5)',
    );
    expect(() => runPrivacyOverSeeds('model-inversion', {}, [])).toThrowError('give at least one seed');
    expect(done).toEqual([]);
  });
});

describe('handlePrivacyRequest (the worker)', () => {
  it('replies progress and the outcome for a request, and an error in words for a bad one', () => {
    const replies: PrivacyReply[] = [];
    handlePrivacyRequest({ id: 7, attack: 'model-inversion', raw: { defence: 'labels' }, seeds: ['3'] }, (m) =>
      replies.push(m),
    );
    expect(replies.map((r) => r.type)).toEqual(['seed-done', 'done']);
    const done = replies[1];
    if (done.type !== 'done') throw new Error('expected the outcome');
    expect(done.id).toBe(7);
    expect(done.outcome.seeds).toEqual([3]);
    // Labels only hide every change of the confidence: the attacker stays where it started (inversion.ts).
    expect(done.outcome.figures[0].reconstructionError).toBeCloseTo(1, 6);

    const bad: PrivacyReply[] = [];
    handlePrivacyRequest({ id: 8, attack: 'steal', raw: {}, seeds: [1] }, (m) => bad.push(m));
    expect(bad).toEqual([
      {
        id: 8,
        type: 'error',
        message: 'unknown privacy attack "steal"; use one of membership-inference, model-inversion',
      },
    ]);
  });
});
