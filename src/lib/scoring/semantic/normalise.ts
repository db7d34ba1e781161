/**
 * What the semantic scorer reads of an answer: Unicode NFKC (full-width and compatibility forms
 * folded), format characters removed (zero-width spaces and joiners, soft hyphens, bidi
 * controls: Unicode's general category Cf), and letters that imitate Latin ones folded to them
 * (Cyrillic "о" in "nоt") with the `confusables` library, which maps Unicode's confusables to
 * their English lookalikes. Words that mix scripts are reported: an honest English answer has none.
 */
import { remove as foldConfusables } from 'confusables';

export interface Normalised {
  /** The text to score: NFKC, no format characters, confusables folded. */
  text: string;
  /** NFKC with format characters removed but letters unfolded (for language detection). */
  unfolded: string;
  /** How many format characters (zero-width and the like) were removed. */
  formatChars: number;
  /** Words that mix Latin letters with Cyrillic or Greek ones, as written (at most 10). */
  mixedScriptWords: string[];
}

const FORMAT = /\p{Cf}/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const MAX_REPORTED = 10;

export function normaliseAnswer(raw: string): Normalised {
  const nfkc = raw.normalize('NFKC');
  let formatChars = 0;
  const unfolded = nfkc.replace(FORMAT, () => {
    formatChars++;
    return '';
  });
  const mixed: string[] = [];
  for (const m of unfolded.matchAll(WORD)) {
    const w = m[0];
    if (LATIN.test(w) && LOOKALIKE_SCRIPTS.test(w)) {
      mixed.push(w);
      if (mixed.length >= MAX_REPORTED) break;
    }
  }
  return { text: foldConfusables(unfolded), unfolded, formatChars, mixedScriptWords: mixed };
}
