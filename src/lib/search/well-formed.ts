/**
 * Text made well-formed UTF-16 before it goes into an address. A text field can hold a lone
 * surrogate (a paste cut mid-emoji, a script, some IMEs), and encodeURIComponent throws
 * `URIError: URI malformed` on one (ECMA-262 §19.2.6.5 Encode: "If cp.[[IsUnpairedSurrogate]] is
 * true, throw a URIError exception"). Each lone surrogate becomes U+FFFD, exactly as String.prototype.toWellFormed
 * (ES2024) and the URL Standard's USVString conversion do, so the address is the one the browser
 * itself would have written.
 */

/** A surrogate pair, or failing that a single (so lone) surrogate. No lookbehind: the fallback
 * is for browsers older than toWellFormed (Safari < 16.4), which lack lookbehind too. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** The fallback where String.prototype.toWellFormed is missing (Chromium < 111, Firefox < 119). */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}

/** `text` with every lone surrogate replaced by U+FFFD; well-formed text is returned as is. */
export function toWellFormed(text: string): string {
  return typeof text.toWellFormed === 'function' ? text.toWellFormed() : replaceLoneSurrogates(text);
}
