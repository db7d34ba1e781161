import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from './normalise';

describe('normaliseAnswer', () => {
  it('folds a Cyrillic о hiding a negation and reports the mixed-script word', () => {
    const n = normaliseAnswer('I would n\u043et rate limit the API');
    expect(n.text).toBe('I would not rate limit the API');
    expect(n.mixedScriptWords).toEqual(['n\u043et']);
  });

  it('removes zero-width and other format characters, counting them', () => {
    const n = normaliseAnswer('do n\u200bo\u200dt re\u00adturn scores\u2060');
    expect(n.text).toBe('do not return scores');
    expect(n.formatChars).toBe(4);
    expect(n.mixedScriptWords).toEqual([]);
  });

  it('applies NFKC to full-width and compatibility forms', () => {
    expect(normaliseAnswer('ＴＬＳ ﬁle').text).toBe('TLS file');
  });

  it('leaves an honest English answer as it is', () => {
    const t = 'Return labels, not probabilities; cap queries per key (1,000/day).';
    expect(normaliseAnswer(t)).toEqual({ text: t, unfolded: t, formatChars: 0, mixedScriptWords: [] });
  });
});
