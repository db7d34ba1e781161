/**
 * Text widths from the DejaVu Sans advances (measured in Chromium with canvas measureText at
 * 100 px), and label wrapping worked by hand from the same table.
 */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width';

describe('textWidth', () => {
  it('adds the advances of each character, scaled to the size', () => {
    // I 29, m 97, a 61, g 63, e 62, s 52 = 364; space 32; a 61, n 63, d 63; space 32;
    // l 28, a 61, b 63, e 62, l 28, s 52: 909 at 100 px, 109.08 at 12 px.
    expect(textWidth('Images and labels', 12)).toBeCloseTo(109.08, 10);
  });
  it("agrees within 1 % with Chromium's measure of the whole string (910.9 at 100 px)", () => {
    expect(Math.abs(textWidth('Images and labels', 100) - 910.9) / 910.9).toBeLessThan(0.01);
  });
  it('takes digits as 64 and a character outside the table as wide as M (86)', () => {
    expect(textWidth('07', 100)).toBe(128);
    expect(textWidth('é', 100)).toBe(86);
    expect(textWidth('', 12)).toBe(0);
  });
});

describe('wrapText', () => {
  // Message 438, "Message and" 657, customer 470, identity 381 (at 100 px).
  it('breaks where the widest line is narrowest', () => {
    // Two lines: 1102 | 883 | 1159 for the three breaks; the middle one wins.
    expect(wrapText('Message and customer identity', 2, 12)).toEqual(['Message and', 'customer identity']);
    // Three: "Message and | customer | identity" (657) beats "Message | and customer | identity" (689).
    expect(wrapText('Message and customer identity', 3, 12)).toEqual(['Message and', 'customer', 'identity']);
  });
  it('gives no more lines than words, and one line for one word or one line asked', () => {
    expect(wrapText('Tool result', 3, 12)).toEqual(['Tool', 'result']);
    expect(wrapText('Embeddings', 2, 12)).toEqual(['Embeddings']);
    expect(wrapText('Tool  result', 1, 12)).toEqual(['Tool result']);
  });
});
