/**
 * "Did you mean": for a query that found nothing, replace each unknown word by the nearest word
 * of the index's vocabulary (titles and keywords) within two edits, counting a swap of two
 * neighbouring letters as one edit (optimal string alignment distance).
 */

/** Popular searches offered when nothing better can be suggested. */
export const POPULAR_SEARCHES = [
  'model extraction',
  'data poisoning',
  'prompt injection',
  'adversarial examples',
  'AML.T0024.002',
] as const;

/** Optimal string alignment distance, stopping early above `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** The nearest vocabulary word to `word` within 1 edit (2 for words of 6+ letters); ties go to the first in order. */
export function nearestWord(vocabulary: readonly string[], word: string): string | undefined {
  if (word.length < 3 || word.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = word.length >= 6 ? 2 : 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const d = editDistance(word, candidate, bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Corrected queries for a query that found nothing, then popular searches; at most `max`. */
export function suggestCorrections(vocabulary: readonly string[], words: readonly string[], max = 4): string[] {
  const suggestions: string[] = [];
  const corrected = words.map((w) => nearestWord(vocabulary, w) ?? w);
  if (corrected.some((w, i) => w !== words[i])) suggestions.push(corrected.join(' '));
  for (const p of POPULAR_SEARCHES) {
    if (suggestions.length >= max) break;
    if (!suggestions.includes(p)) suggestions.push(p);
  }
  return suggestions;
}
