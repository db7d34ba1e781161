/**
 * How wide a line of diagram text is drawn, estimated without a browser so the layout can run at
 * build time, in the island and in tests alike. Pure.
 *
 * The advances are DejaVu Sans's, measured in Chromium with canvas measureText at 100 px (the
 * font `system-ui` falls back to on Debian). DejaVu is wider than Segoe UI, SF Pro, Roboto and
 * Arial, the fonts the site's stack picks elsewhere, so text that fits by this estimate fits there.
 */
const ADVANCE_AT_100: Record<string, number> = {
  ' ': 32,
  '!': 40,
  '"': 46,
  '#': 84,
  $: 64,
  '%': 95,
  '&': 78,
  "'": 27,
  '(': 39,
  ')': 39,
  '*': 50,
  '+': 84,
  ',': 32,
  '-': 36,
  '.': 32,
  '/': 34,
  ':': 34,
  ';': 34,
  '?': 53,
  '@': 100,
  A: 68,
  B: 69,
  C: 70,
  D: 77,
  E: 63,
  F: 58,
  G: 77,
  H: 75,
  I: 29,
  J: 29,
  K: 66,
  L: 56,
  M: 86,
  N: 75,
  O: 79,
  P: 60,
  Q: 79,
  R: 69,
  S: 63,
  T: 61,
  U: 73,
  V: 68,
  W: 99,
  X: 69,
  Y: 61,
  Z: 69,
  _: 50,
  a: 61,
  b: 63,
  c: 55,
  d: 63,
  e: 62,
  f: 35,
  g: 63,
  h: 63,
  i: 28,
  j: 28,
  k: 58,
  l: 28,
  m: 97,
  n: 63,
  o: 61,
  p: 63,
  q: 63,
  r: 41,
  s: 52,
  t: 39,
  u: 63,
  v: 59,
  w: 82,
  x: 59,
  y: 59,
  z: 52,
  '–': 50,
  '’': 32,
};
/** Digits are all 64; anything not in the table is taken as wide as a capital M. */
const DIGIT = 64;
const OTHER = 86;

/** The width in px of `text` set in the diagram's sans-serif font at `size` px. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += ADVANCE_AT_100[ch] ?? (ch >= '0' && ch <= '9' ? DIGIT : OTHER);
  return (units * size) / 100;
}

/**
 * `text` broken at spaces into `lines` lines whose widest is as narrow as possible (every way of
 * breaking a label of a few words is tried); fewer lines when there are fewer words.
 */
export function wrapText(text: string, lines: number, size: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (lines <= 1 || words.length <= 1) return [words.join(' ')];
  const n = Math.min(lines, words.length);
  let best: string[] = [words.join(' ')];
  let bestWidth = Infinity;
  const split = (from: number, left: number, acc: string[]) => {
    if (left === 1) {
      const candidate = [...acc, words.slice(from).join(' ')];
      const widest = Math.max(...candidate.map((l) => textWidth(l, size)));
      if (widest < bestWidth) [best, bestWidth] = [candidate, widest];
      return;
    }
    for (let end = from + 1; end <= words.length - left + 1; end++)
      split(end, left - 1, [...acc, words.slice(from, end).join(' ')]);
  };
  split(0, n, []);
  return best;
}
