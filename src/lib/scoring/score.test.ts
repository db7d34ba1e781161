import { describe, expect, it } from 'vitest';
import { scoreAnswer, toCliResult, CAPS, FLAG_KINDS } from './score';
import { apiQuestion, goodAnswer } from './fixtures';
import { ScoringInputError } from './validate';

const kinds = (text: string) => scoreAnswer(apiQuestion, text).flags.map((f) => f.kind);

describe('scoreAnswer on a real answer', () => {
  const r = scoreAnswer(apiQuestion, goodAnswer);

  it('finds every concept and raises no flag', () => {
    expect(r.concepts.map((c) => [c.id, c.matched])).toEqual([
      ['logs', true],
      ['rate-limits', true],
      ['watermark', true],
      ['outputs', true],
    ]);
    expect(r.flags).toEqual([]);
    expect(r.score).toBe(100);
  });

  it("gives evidence as offsets into the learner's own text", () => {
    for (const c of r.concepts) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(goodAnswer.slice(e.start, e.end)).toBe(e.text);
    }
    const logs = r.concepts.find((c) => c.id === 'logs')!;
    expect(logs.evidence[0].text).toBe('query logs');
    const outputs = r.concepts.find((c) => c.id === 'outputs')!;
    expect(outputs.evidence.map((e) => e.text)).toContain('round the probabilities');
  });

  it('matches inflections and word order ("limiting the rate", "watermarking")', () => {
    const text =
      'We should be limiting the rate at which each key can call the API, and watermarking the model lets us prove it was copied.';
    const c = scoreAnswer(apiQuestion, text).concepts;
    expect(c.find((x) => x.id === 'rate-limits')!.evidence[0].text).toBe('limiting the rate');
    expect(c.find((x) => x.id === 'watermark')!.matched).toBe(true);
  });

  it('gives the CLI shape of the command-line contract', () => {
    const cli = toCliResult(r);
    expect(Object.keys(cli)).toEqual(['q', 'score', 'concepts', 'flags']);
    expect(cli.q).toBe('test-scenario/api-cloning');
    expect(Object.keys(cli.concepts[0])).toEqual(['id', 'label', 'matched', 'evidence']);
    const missed = toCliResult(
      scoreAnswer(apiQuestion, 'I would look at the query logs for each client and compare them.'),
    );
    expect(missed.concepts.find((c) => c.id === 'watermark')).toEqual({
      id: 'watermark',
      label: 'Watermark the model to prove ownership',
      matched: false,
    });
  });
});

describe('gaming: each kind scores far below the real answer and is flagged', () => {
  const real = scoreAnswer(apiQuestion, goodAnswer).score;

  it('flags a keyword list and caps it', () => {
    const text = 'query logs, rate limit, quota, watermark, fingerprint, labels only, round the probabilities';
    const r = scoreAnswer(apiQuestion, text);
    expect(kinds(text)).toEqual(['keyword list']);
    expect(r.score).toBeLessThanOrEqual(CAPS['keyword list']);
    expect(real - r.score).toBeGreaterThanOrEqual(60);
  });

  it('flags an unpunctuated keyword dump', () => {
    expect(kinds('query logs rate limit watermark labels only')).toContain('keyword list');
    expect(kinds('- query logs\n- rate limit\n- watermark\n- labels only')).toContain('keyword list');
  });

  it.each([
    ['I would not rate limit the API.', 'rate-limits'],
    ["Rate limiting isn't needed for a B2B API.", 'rate-limits'],
    ['Watermarking is overkill for this.', 'watermark'],
    ['We can skip the watermark.', 'watermark'],
    ["I don't think the query logs are worth looking at.", 'logs'],
    ['There is no need for a quota here.', 'rate-limits'],
  ])('flags a rejected idea: %s', (text, concept) => {
    const r = scoreAnswer(apiQuestion, text);
    const c = r.concepts.find((x) => x.id === concept)!;
    expect(c.matched).toBe(false);
    expect(c.rejected.length).toBe(1);
    expect(r.flags.map((f) => f.kind)).toContain('negated');
  });

  it('gives nothing to an answer that rejects every idea', () => {
    const text =
      'Honestly the query logs are not worth the effort. I would not rate limit the API, because a quota is unnecessary ' +
      'for paying clients. Watermarking is overkill, and I would never round the probabilities or return labels only.';
    const r = scoreAnswer(apiQuestion, text);
    expect(r.score).toBe(0);
    expect(r.flags.map((f) => f.kind)).toEqual(['negated']);
  });

  it.each([
    ['The API has no rate limit today, so I would add one per key.', 'rate-limits'],
    ['Rate limiting alone is not enough, so I would also watch the logs.', 'rate-limits'],
    ['Not only the query logs: I would also compare inputs across accounts.', 'logs'],
    ["If we don't watermark the model, we cannot prove ownership in court.", 'watermark'],
    ['We cannot ignore the query logs.', 'logs'],
    ['I would not expose raw scores: do not return probabilities, only the decision.', 'outputs'],
    ["We won't retrain the model, but we will rate limit every key.", 'rate-limits'],
  ])('keeps an idea put forward despite a negative word: %s', (text, concept) => {
    const c = scoreAnswer(apiQuestion, text).concepts.find((x) => x.id === concept)!;
    expect(c.matched).toBe(true);
  });

  it('flags the question pasted back and gives it no credit', () => {
    const text = apiQuestion.prompt;
    const r = scoreAnswer(apiQuestion, text);
    expect(r.flags.map((f) => f.kind)).toContain('echoes the question');
    expect(r.score).toBe(0);
  });

  it('gives no credit for concepts inside a pasted follow-up, but credits the rest', () => {
    const text =
      'What would you look for in the query logs? I would put a rate limit on each key so that a campaign takes months.';
    const r = scoreAnswer(apiQuestion, text);
    expect(r.concepts.find((c) => c.id === 'logs')!.matched).toBe(false);
    expect(r.concepts.find((c) => c.id === 'rate-limits')!.matched).toBe(true);
  });

  it('flags off-topic text', () => {
    const text =
      'My favourite lemon cake needs butter, sugar, four eggs and the zest of two lemons. Bake it for forty minutes ' +
      'and serve it warm with cream after a long walk along the river.';
    const r = scoreAnswer(apiQuestion, text);
    expect(r.flags.map((f) => f.kind)).toEqual(['off topic']);
    expect(r.score).toBe(0);
  });

  it('caps off-topic text with one keyword sprinkled in', () => {
    const text =
      'My favourite lemon cake needs butter, sugar, four eggs and the zest of two lemons. Bake it for forty minutes, ' +
      'serve it warm with cream after a long walk along the river, and remember to watermark the recipe card.';
    const r = scoreAnswer(apiQuestion, text);
    expect(r.flags.map((f) => f.kind)).toContain('off topic');
    expect(r.score).toBeLessThanOrEqual(CAPS['off topic']);
  });

  it('flags repetition of one sentence and scores it far below the real answer', () => {
    const text = Array(8).fill('I would put a rate limit on the API and watermark the model.').join(' ');
    const r = scoreAnswer(apiQuestion, text);
    expect(r.flags.map((f) => f.kind)).toContain('repetition');
    expect(r.score).toBeLessThanOrEqual(CAPS.repetition);
    expect(real - r.score).toBeGreaterThanOrEqual(60);
  });

  it('names only the five flag kinds', () => {
    expect(FLAG_KINDS).toEqual(['keyword list', 'negated', 'echoes the question', 'off topic', 'repetition']);
  });
});

describe('elaboration', () => {
  it('scores one stuffed sentence below the same ideas explained', () => {
    const stuffed = 'I would check the query logs, add a rate limit, watermark it and return labels only.';
    const r = scoreAnswer(apiQuestion, stuffed);
    expect(r.concepts.every((c) => c.matched)).toBe(true);
    expect(r.score).toBeLessThan(80);
    expect(r.adjustments[0].reason).toMatch(/each idea needs explaining/);
  });
});

describe('bad input', () => {
  const expectError = (input: unknown, code: string, message: RegExp) => {
    try {
      scoreAnswer(apiQuestion, input);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringInputError);
      expect((e as ScoringInputError).code).toBe(code);
      expect((e as Error).message).toMatch(message);
    }
  };
  it('refuses empty and blank answers', () => {
    expectError('', 'empty', /^the answer is empty/);
    expectError(' \n\t ', 'empty', /^the answer is empty/);
    expectError('!!! ... ???', 'empty', /^the answer has no words: write your answer in sentences$/);
  });
  it('refuses non-text', () => expectError(42, 'not-text', /^the answer must be text$/));
  it('refuses binary garbage', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expectError(bytes, 'binary', /^the answer looks like binary data, not text/);
    expectError('a real answer\u0000 with a NUL', 'binary', /binary/);
  });
  it('refuses an answer over the limit with the figures', () => {
    expectError(
      'word '.repeat(50_000),
      'too-long',
      /^the answer is too long: 250,000 characters \(the limit is 200,000\)$/,
    );
  });
  it('scores 100 KB of text', () => {
    const big = (goodAnswer + '\n').repeat(Math.ceil(100_000 / goodAnswer.length)).slice(0, 100_000);
    const r = scoreAnswer(apiQuestion, big);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.flags.map((f) => f.kind)).toContain('repetition');
  });
});

describe('negation scope', () => {
  it('carries a negation over a list of fragments', () => {
    const r = scoreAnswer(apiQuestion, 'Honestly I would not bother with query logs, a watermark or a quota.');
    expect(r.concepts.filter((c) => c.rejected.length > 0).map((c) => c.id)).toEqual([
      'logs',
      'rate-limits',
      'watermark',
    ]);
    expect(r.score).toBe(0);
  });
  it('stops at a comma before a new clause, and at a relative "who"', () => {
    const r = scoreAnswer(
      apiQuestion,
      'Return labels only to clients who do not need scores, and enforce a quota per key.',
    );
    expect(r.concepts.find((c) => c.id === 'outputs')!.matched).toBe(true);
    expect(r.concepts.find((c) => c.id === 'rate-limits')!.matched).toBe(true);
    expect(r.flags).toEqual([]);
  });
});
