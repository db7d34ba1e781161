/** How the simulator's tables and notes write their figures. Pure. */
import type { ExperimentResult } from './experiment';

/** Three decimals, or "–" for a value that is missing or not finite. */
export function fixed3(v: number | null | undefined): string {
  return v === undefined || v === null || !Number.isFinite(v) ? '–' : v.toFixed(3);
}

/** Seconds as seconds below 2 minutes, minutes below 2 hours, hours (one decimal) above. */
export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** When the detector raised its alarm: the query number, "never", or "no detector" without one. */
export function detectionText(result: Pick<ExperimentResult, 'detectedAtQuery' | 'settings'>): string | number {
  return result.detectedAtQuery ?? (result.settings.detector === 'prada' ? 'never' : 'no detector');
}

/**
 * Why an ownership test cannot succeed here, in a sentence, or what it would take; '' when it
 * was proven. Runs saved before the verdict had these fields say nothing.
 */
export function watermarkCapacityText(w: {
  proven: boolean;
  watermarked: number;
  needed?: number | null;
  cannot?: 'too-few-watermarked' | 'clone-capacity' | null;
}): string {
  if (w.proven || w.cannot === undefined) return '';
  if (w.cannot === 'too-few-watermarked')
    return `The test cannot succeed: with ${w.watermarked} watermarked answers even a clone that repeated all of them would not reach 2⁻⁶⁴ (it needs more than 64); raise the rate or the attacker's budget.`;
  if (w.cannot === 'clone-capacity')
    return `The test cannot succeed against this clone: a logistic regression draws one boundary and cannot also reproduce scattered wrong answers, so it repeats them only where it disagrees with the victim anyway (${w.needed} of ${w.watermarked} would be needed). DAWN is for clones that memorise, such as deep networks; against this one the watermark only poisons the clone.`;
  return w.needed === null || w.needed === undefined ? '' : `It would take ${w.needed} of the ${w.watermarked}.`;
}
