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
