import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';
import type { ConceptScore } from './score';

const concept = (label: string, spans: [number, number][], text: string): ConceptScore => ({
  id: label.toLowerCase(),
  label,
  weight: 1,
  matched: spans.length > 0,
  credit: spans.length ? 1 : 0,
  evidence: spans.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
  rejected: [],
});

describe('highlightSegments', () => {
  const text = 'Rate limit the API and watermark the model.';
  it('covers the whole text in order, marking the evidence', () => {
    const segs = highlightSegments(text, [
      concept('Watermark', [[23, 32]], text),
      concept('Rate limits', [[0, 10]], text),
    ]);
    expect(segs).toEqual([
      { text: 'Rate limit', concepts: ['Rate limits'] },
      { text: ' the API and ', concepts: [] },
      { text: 'watermark', concepts: ['Watermark'] },
      { text: ' the model.', concepts: [] },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('merges overlapping evidence of two concepts into one mark', () => {
    const segs = highlightSegments(text, [concept('A', [[0, 14]], text), concept('B', [[5, 18]], text)]);
    expect(segs[0]).toEqual({ text: 'Rate limit the API', concepts: ['A', 'B'] });
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('keeps markup-like text as text', () => {
    const t = '<img src=x onerror=alert(1)> watermark';
    const segs = highlightSegments(t, [concept('W', [[29, 38]], t)]);
    expect(segs[0].text).toBe('<img src=x onerror=alert(1)> ');
  });
  it('ignores spans outside the text and returns the plain text when nothing matched', () => {
    expect(highlightSegments('abc', [concept('X', [[2, 9]], 'abc')])).toEqual([{ text: 'abc', concepts: [] }]);
    expect(highlightSegments('', [])).toEqual([]);
  });
});
