/** How the progress page words and shades its figures. Pure. */
import type { ActivityKind } from './progress';

/** The shade of a technique cell on the coverage map: none until practised, then by best score. */
export type ScoreBand = 'none' | 'low' | 'mid' | 'high';

/** 80 and above is high, 50 to 79 mid, below 50 low (our own bands, shown with the figures). */
export function scoreBand(best: number | null): ScoreBand {
  if (best === null) return 'none';
  if (best >= 80) return 'high';
  if (best >= 50) return 'mid';
  return 'low';
}

/** "1 attempt, best 62", "3 attempts, best 80", or "2 attempts" for practice without a score. */
export function attemptsSummary(attempts: number, best: number | null): string {
  const n = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return best === null ? n : `${n}, best ${best}`;
}

/** An exercise kind as a table cell ("Threat model") and in a sentence ("threat model"). */
export const EXERCISE_KIND_NAMES: Record<ActivityKind, { cell: string; prose: string }> = {
  question: { cell: 'Question', prose: 'interview question' },
  'threat-model': { cell: 'Threat model', prose: 'threat model' },
  simulator: { cell: 'Simulator', prose: 'simulator exercise' },
  lab: { cell: 'Lab', prose: 'lab' },
};
