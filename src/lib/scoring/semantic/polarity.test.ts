import { describe, expect, it } from 'vitest';
import { dismissesAll, polarity } from './polarity';

const neg = (t: string) => polarity(t).negative;

describe('polarity', () => {
  it('sees rejections the embeddings cannot', () => {
    for (const t of [
      'I would not rate limit the API.',
      "I'd skip watermarking entirely.",
      'Tenant isolation is overkill for an internal platform.',
      "There's no need for a confirmation step.",
      'We can run the notebooks without isolation.',
      'Output rounding is a waste of time.',
      'Red-teaming before launch is unnecessary.',
      "Honestly we won't bother with provenance.",
    ])
      expect(neg(t), t).toBe(true);
  });

  it('lets double negatives cancel', () => {
    expect(neg('Rate limiting is not unnecessary.')).toBe(false);
    expect(neg("It's not that we don't need quotas.")).toBe(false);
  });

  it('does not read sufficiency, contrast, conditionals or a framing "without" as rejection', () => {
    for (const t of [
      'Rate limiting alone is not enough.',
      'Not only poisoning but also evasion matters.',
      'Return the label, not the probability.',
      "If we don't validate the sources, poisoned images get in.",
      "Without isolation, one tenant's job can read another tenant's features.",
      'Return coarse bands rather than not returning anything.',
      'Sign every artefact and verify the digest at load.',
    ])
      expect(neg(t), t).toBe(false);
  });

  it('does not take a control stated negatively for a rejection', () => {
    for (const t of [
      "The model can't tell instructions from data.",
      'The tool never takes a customer ID from the model.',
      'Load only safetensors, no pickle files.',
      'The person who built it should not be the one who approves it.',
      'I would add rate limiting so they cannot make enough queries.',
    ])
      expect(neg(t), t).toBe(false);
  });

  it('reads the frames of a sentence with several rejections, after its clauses are split', () => {
    expect(polarity("There's no need to round the scores").cues).toEqual(['no need']);
    expect(polarity("We wouldn't bother with per-organisation quotas").negative).toBe(true);
  });
});

describe('dismissesAll', () => {
  it('finds a closing dismissal of everything above, in varied forms', () => {
    for (const t of [
      'Honestly, none of it is worth doing.',
      "That said, I'd skip all of that in practice.",
      'All of this is overkill for a startup.',
      "In reality I wouldn't bother with any of this.",
      'The whole thing is security theatre.',
    ])
      expect(dismissesAll(t), t).toBe(true);
  });

  it('does not take a claim about everything for a dismissal', () => {
    for (const t of [
      'None of this works if the tool runs with admin rights.',
      'Log all of it with the customer ID.',
      'Each of these controls needs an owner.',
    ])
      expect(dismissesAll(t), t).toBe(false);
  });
});
