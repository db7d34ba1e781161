import { describe, expect, it } from 'vitest';
import {
  CONFLICTING_RATINGS_FACTOR,
  describeLearnerThreats,
  duplicateKey,
  isLlmThreat,
  REUSE_FREE,
  STUFFED_TITLE_FACTOR,
} from './learner-threats';

const t = (over: Record<string, unknown> = {}) => ({
  element: 'api',
  stride: 'Information disclosure' as const,
  atlas: ['AML.T0024.002'],
  owasp: [] as string[],
  mitigations: [] as string[],
  title: 'Model extraction',
  likelihood: 3,
  impact: 3,
  ...over,
});

describe('describeLearnerThreats', () => {
  it('counts an honest threat in full', () => {
    expect(describeLearnerThreats([t()])[0]).toMatchObject({ classes: ['extraction'], factor: 1, copies: 1 });
  });
  it(`lets a threat be copied onto ${REUSE_FREE} elements, then each copy counts ${REUSE_FREE} / copies`, () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((element) => t({ element }));
    expect(describeLearnerThreats(six).map((i) => i.factor)).toEqual(Array(6).fill(REUSE_FREE / 6));
    const three = ['a', 'b', 'c'].map((element) => t({ element }));
    expect(describeLearnerThreats(three).map((i) => i.factor)).toEqual([1, 1, 1]);
  });
  it('sees a copy with a new title by its list of IDs', () => {
    const copies = ['a', 'b', 'c', 'd'].map((element, i) =>
      t({ element, title: `Threat ${i}`, atlas: ['AML.T0024.002', 'AML.T0020'] }),
    );
    expect(describeLearnerThreats(copies)[0]!.copies).toBe(4);
  });
  it('halves a stuffed title and a threat rated 5 × 5 and 1 × 1 elsewhere', () => {
    expect(describeLearnerThreats([t({ title: 'ATLAS OWASP STRIDE extraction' })])[0]!.factor).toBe(
      STUFFED_TITLE_FACTOR,
    );
    const [hi, lo] = describeLearnerThreats([t({ likelihood: 5, impact: 5 }), t({ likelihood: 1, impact: 1 })]);
    expect(hi!.conflictingRatings).toBe(true);
    expect(lo!.factor).toBe(CONFLICTING_RATINGS_FACTOR);
  });
  it('gives a language-model threat nothing on a system without one', () => {
    const llm = t({ title: 'System prompt leakage', owasp: ['LLM07:2025'], atlas: [] });
    expect(describeLearnerThreats([llm], { hasLlm: false })[0]).toMatchObject({ notApplicable: true, factor: 0 });
    expect(describeLearnerThreats([llm], { hasLlm: true })[0]!.factor).toBe(1);
  });
});

describe('duplicateKey and isLlmThreat', () => {
  it('joins place, category and sorted classes', () => {
    expect(duplicateKey(t(), ['extraction', 'artifact-theft'])).toBe(
      'api|Information disclosure|artifact-theft,extraction',
    );
  });
  it('knows an LLM threat by its OWASP LLM IDs, its classes or its words', () => {
    expect(isLlmThreat(t({ owasp: ['LLM01:2025'] }), [])).toBe(true);
    expect(isLlmThreat(t(), ['prompt-injection-direct'])).toBe(true);
    expect(isLlmThreat(t({ title: 'The agent sends e-mails' }), [])).toBe(true);
    expect(isLlmThreat(t(), ['extraction'])).toBe(false);
  });
});
