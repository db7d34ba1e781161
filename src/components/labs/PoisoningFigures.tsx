/** The figures of one poisoning run, as a table (the same names as `dojo poison --json`). */
import { percent } from '../../lib/labs/display';
import type { SavedPoisoning } from '../../stores/lab-runs';
import { FiguresTable } from './FiguresTable';

const count = (v: number | null) => (v === null ? 'n/a' : v.toLocaleString('en'));

export function PoisoningFigures({ outcome, label }: { outcome: SavedPoisoning['outcome']; label: string }) {
  const flip = outcome.settings.attack === 'label-flip';
  const detector = outcome.detectionPrecision !== null || outcome.detectionRecall !== null;
  const rows: [string, string][] = [
    ['Clean accuracy of the retrained model', percent(outcome.cleanAccuracy)],
    [
      flip
        ? 'Attack success (source-class test images tagged as the target)'
        : 'Attack success (stickered test images tagged as the target)',
      percent(outcome.attackSuccessRate),
    ],
    [flip ? 'Training images with a wrong label' : 'Training images poisoned', count(outcome.poisoned)],
    ...(flip
      ? ([
          ['Malicious contributors', count(outcome.maliciousContributors)],
          ['Wrong labels, first label of each image', count(outcome.wrongLabelsFirst)],
          ['Wrong labels used for training', count(outcome.wrongLabelsUsed)],
        ] as [string, string][])
      : []),
    ...(detector
      ? ([
          ['Training images removed by the detector', count(outcome.removed)],
          ['Detection precision (removed images that were poisoned)', percent(outcome.detectionPrecision)],
          ['Detection recall (poisoned images removed)', percent(outcome.detectionRecall)],
        ] as [string, string][])
      : []),
  ];
  return <FiguresTable region="Poisoning figures" caption={label} rows={rows} />;
}
