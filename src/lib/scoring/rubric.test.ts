import { describe, expect, it } from 'vitest';
import { compilePhrase, compileRubric, ECHO_N, stemGrams, type ScorableQuestion } from './rubric';

// Expected stems are Porter's by hand (see stem.test.ts): "probabilities" → "probabiliti" (1a)
// → "probable" (2) → "probabl" (5a); "pricing" → "price" (1b); "copies" → "copi", aliased to "clone".
const question = (): ScorableQuestion => ({
  id: 'demo/theft',
  title: 'Stop model theft',
  prompt: 'A rival copies our pricing model. What do you do?',
  followUps: ['Which logs help?'],
  rubric: {
    concepts: [
      { id: 'limits', label: 'Rate limits', weight: 2, phrases: ['rate limit', 'rate limit', 'quota', '!!!'] },
      { id: 'watermark', label: 'Watermark', weight: 3, phrases: ['watermark the model'], why: 'Proves theft.' },
    ],
  },
  strategy: { summary: 'Slow the rival down.', points: ['Throttle per key.'] },
});

describe('compilePhrase', () => {
  it('keeps the stems of the content words, in order', () => {
    expect(compilePhrase('rate limiting the API')).toEqual({
      text: 'rate limiting the API',
      stems: ['rate', 'limit', 'api'],
      negative: false,
    });
  });

  it('marks a phrase that carries a negation, keeping "not" as a content word', () => {
    expect(compilePhrase('do not return probabilities')).toEqual({
      text: 'do not return probabilities',
      stems: ['not', 'return', 'probabl'],
      negative: true,
    });
    expect(compilePhrase("don't log").stems).toEqual(['not', 'log']);
    expect(compilePhrase('no raw scores').negative).toBe(true);
  });

  it('falls back to every word when all are stop words, and has no stems without words', () => {
    expect(compilePhrase('the').stems).toEqual(['the']);
    expect(compilePhrase('!!!').stems).toEqual([]);
    expect(compilePhrase('').stems).toEqual([]);
  });
});

describe('stemGrams', () => {
  it(`gives the runs of ${ECHO_N} stems, stop words included`, () => {
    expect(ECHO_N).toBe(4);
    // Six words give three runs of four.
    expect([...stemGrams('A rival copies our pricing model')]).toEqual([
      'a rival clone our',
      'rival clone our price',
      'clone our price model',
    ]);
  });

  it('takes another run length, and gives nothing for a text shorter than it', () => {
    expect([...stemGrams('rate limit quota', 2)]).toEqual(['rate limit', 'limit quota']);
    expect(stemGrams('Stop model theft').size).toBe(0);
    expect(stemGrams('').size).toBe(0);
  });

  it('counts a repeated run once', () => {
    expect(stemGrams('rate limit rate limit rate', 2)).toEqual(new Set(['rate limit', 'limit rate']));
  });
});

describe('compileRubric', () => {
  const q = question();
  const r = compileRubric(q);

  it('compiles each concept, dropping repeated phrases and phrases without words', () => {
    expect(r.questionId).toBe('demo/theft');
    expect(r.concepts.map((c) => [c.id, c.label, c.weight, c.why, c.phrases.map((p) => p.text)])).toEqual([
      ['limits', 'Rate limits', 2, undefined, ['rate limit', 'quota']],
      ['watermark', 'Watermark', 3, 'Proves theft.', ['watermark the model']],
    ]);
    expect(r.concepts[1].phrases[0].stems).toEqual(['watermark', 'model']);
    expect(r.totalWeight).toBe(5);
  });

  it('collects the runs of four of the title, prompt and follow-ups, each on its own', () => {
    // The title and follow-up have three words each, so only the prompt's ten words give runs: seven.
    expect(r.questionGrams.size).toBe(7);
    expect(r.questionGrams.has('a rival clone our')).toBe(true);
    expect(r.questionGrams.has('what do you do')).toBe(true);
    // No run spans the title and the prompt.
    expect(r.questionGrams.has('model steal a rival')).toBe(false);
  });

  it("counts as on topic the field's vocabulary and the question's own content words", () => {
    for (const stem of ['watermark', 'spoof', 'rival', 'price', 'log', 'quota', 'slow', 'throttl']) {
      expect(r.domain.has(stem), stem).toBe(true);
    }
    for (const stem of ['the', 'a', 'lemon', 'cake']) expect(r.domain.has(stem), stem).toBe(false);
  });

  it('compiles once per question object', () => {
    expect(compileRubric(q)).toBe(r);
    const copy = question();
    const other = compileRubric(copy);
    expect(other).not.toBe(r);
    expect(other).toEqual(r);
    // The cache is keyed by the object: later edits to a compiled question are not seen.
    q.rubric.concepts[0].weight = 10;
    expect(compileRubric(q).totalWeight).toBe(5);
  });

  it('reads a question without follow-ups or strategy', () => {
    const bare = compileRubric({ ...question(), followUps: [], strategy: undefined });
    expect(bare.domain.has('throttl')).toBe(false);
    expect(bare.questionGrams.size).toBe(7);
  });
});
