/** The figures of one evasion run, as a table (the same names as `dojo evade --json`). */
import { percent } from '../../lib/labs/display';
import type { SavedEvasion } from '../../stores/lab-runs';
import { FiguresTable } from './FiguresTable';

const fixed = (v: number | null, digits: number) => (v === null ? 'n/a' : v.toFixed(digits));

export function EvasionFigures({ outcome, label }: { outcome: SavedEvasion['outcome']; label: string }) {
  const rows: [string, string][] = [
    ['Images attacked', String(outcome.images)],
    ['Clean accuracy', percent(outcome.cleanAccuracy)],
    ['Adversarial accuracy', percent(outcome.adversarialAccuracy)],
    ['Attack success rate (of the images classified correctly)', percent(outcome.attackSuccessRate)],
    ['Mean perturbation, L∞ (pixels in [0, 1])', fixed(outcome.meanPerturbation.linf, 3)],
    ['Mean perturbation, L2', fixed(outcome.meanPerturbation.l2, 2)],
    ['Gradient steps per image', String(outcome.gradientSteps)],
  ];
  return <FiguresTable region="Evasion figures" caption={label} rows={rows} />;
}
