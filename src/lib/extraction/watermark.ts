/**
 * DAWN-style watermarking (Szyller et al., ACM MM 2021): the API keys a selection of queries with
 * HMAC-SHA256(secret, input bytes); an input is watermarked when the first 16 bits of the MAC, as
 * an integer, are ≤ ⌊2¹⁶ · 0.005⌋ (about 0.5 % of queries). Watermarked inputs get a deterministic
 * wrong answer (here 1 − p). A clone that reproduces those wrong answers was trained on our API.
 */
import { hmacSha256 } from './sha256';

export const WATERMARK_RATE = 0.005;
export const WATERMARK_THRESHOLD = Math.floor(2 ** 16 * WATERMARK_RATE);
/** DAWN proves ownership with confidence above 1 − 2⁻⁶⁴. */
export const PROOF_LEVEL = 2 ** -64;

export function inputBytes(x: Float64Array): Uint8Array {
  return new Uint8Array(x.buffer.slice(x.byteOffset, x.byteOffset + x.byteLength));
}

/** Whether the API answers x wrongly on purpose: the first 16 bits of its MAC fall in the bottom `rate` of the range. */
export function isWatermarked(secret: Uint8Array, x: Float64Array, rate = WATERMARK_RATE): boolean {
  const mac = hmacSha256(secret, inputBytes(x));
  return ((mac[0] << 8) | mac[1]) <= Math.floor(2 ** 16 * rate);
}

/** log₂ of P(Binomial(n, ½) ≥ k): the chance an independent model matches k of n wrong answers. */
export function log2BinomialTail(n: number, k: number): number {
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  // Sum in log space from k to n.
  const logC = (i: number) => lgamma(n + 1) - lgamma(i + 1) - lgamma(n - i + 1);
  let max = -Infinity;
  const terms: number[] = [];
  for (let i = k; i <= n; i++) {
    const t = logC(i) - n * Math.LN2;
    terms.push(t);
    if (t > max) max = t;
  }
  const sum = terms.reduce((s, t) => s + Math.exp(t - max), 0);
  return (max + Math.log(sum)) / Math.LN2;
}

/** Lanczos approximation of ln Γ(x) for x > 0. */
function lgamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

export interface WatermarkVerdict {
  /** Watermarked queries the suspect was answered with. */
  watermarked: number;
  /** Of those, how many the suspect model answers with our deliberate wrong label. */
  matches: number;
  /** log₂ of the chance an independent model does as well. */
  log2PValue: number;
  proven: boolean;
  /** The fewest matches that would prove ownership, or null when even all of them would not. */
  needed: number | null;
  /**
   * Why the test cannot succeed here, whatever the attacker does: too few watermarked answers
   * (each match halves the chance at best, so 2⁻⁶⁴ needs more than 64), or a clone that cannot
   * hold them (a logistic regression draws one boundary and cannot also reproduce scattered
   * wrong answers; DAWN is for clones that memorise, such as deep networks). Null when it can.
   */
  cannot: 'too-few-watermarked' | 'clone-capacity' | null;
}

/** The fewest of n matches whose chance under an independent model falls below 2⁻⁶⁴, or null. */
export function matchesNeeded(n: number): number | null {
  if (log2BinomialTail(n, n) >= -64) return null;
  let lo = 0;
  let hi = n; // log2BinomialTail falls as k grows: the first k below the level, by bisection.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log2BinomialTail(n, mid) < -64) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function verdict(watermarked: number, matches: number, { linearClone = false } = {}): WatermarkVerdict {
  const log2PValue = log2BinomialTail(watermarked, matches);
  const proven = watermarked > 0 && log2PValue < -64;
  const needed = matchesNeeded(watermarked);
  const cannot = proven ? null : needed === null ? 'too-few-watermarked' : linearClone ? 'clone-capacity' : null;
  return { watermarked, matches, log2PValue, proven, needed, cannot };
}
