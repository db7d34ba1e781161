/**
 * What a defence costs honest clients: the victim's answers on natural test traffic with and
 * without the defences (and the watermark's deliberate wrong answers), compared.
 */
import { applyDefences, type Defence } from './defences';
import { auprc } from './metrics';
import { Rng } from './random';
import { FEATURES, type Table } from './data';
import { isWatermarked, WATERMARK_RATE } from './watermark';

export interface HonestCost {
  /** AUPRC of the plain answers on natural traffic. */
  auprcPlain: number;
  /** AUPRC of the answers honest clients actually receive. */
  auprcDefended: number;
  /** Share of transactions whose fraud decision (p > 0.5) changed. */
  decisionsChanged: number;
  /** Mean |p̃ − p|. */
  meanAbsChange: number;
}

export function honestCost(
  testP: Float64Array,
  test: Table,
  defences: Defence[],
  watermarkSecret: Uint8Array | null,
  seed: number,
  watermarkRate = WATERMARK_RATE,
): HonestCost {
  const rng = new Rng(seed).fork(99);
  const n = test.n;
  const defended = new Float64Array(n);
  let changed = 0;
  let abs = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let p = testP[i];
    if (
      watermarkSecret &&
      isWatermarked(watermarkSecret, test.x.subarray(i * FEATURES, (i + 1) * FEATURES), watermarkRate)
    )
      p = 1 - p;
    const q = applyDefences(defences, p, rng);
    defended[i] = q;
    const w = test.w ? test.w[i] : 1;
    total += w;
    if (q > 0.5 !== testP[i] > 0.5) changed += w;
    abs += w * Math.abs(q - testP[i]);
  }
  return {
    auprcPlain: auprc(testP, test.y, test.w),
    auprcDefended: auprc(defended, test.y, test.w),
    decisionsChanged: changed / total,
    meanAbsChange: abs / total,
  };
}
