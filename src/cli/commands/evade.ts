/**
 * `dojo evade`: one evasion experiment against the Fashion-MNIST CNN, headless. Names and JSON
 * fields as in docs/ARCHITECTURE.md, "The command-line contract"; defaults (PGD-20 under L∞ at
 * ε = 0.1, seed 1, 100 test images) give the same numbers on every run.
 * Settings are checked before TensorFlow.js loads, so a bad one fails at once.
 */
import type { Command } from 'commander';
import { CLASS_NAMES } from '../../lib/labs/data';
import type { EvasionResult } from '../../lib/labs/evasion/run';
import {
  ATTACKS,
  DEFENCES,
  EVASION_DEFAULTS,
  parseEvasionSettings,
  type RawEvasionSettings,
} from '../../lib/labs/evasion/settings';
import { printTable } from '../output';

interface EvadeOptions {
  attack: string;
  epsilon: string;
  defence?: string;
  defense?: string;
  seed: string;
  images: string;
  steps: string;
  stepSize?: string;
  randomStart: boolean;
  perImage?: boolean;
  json?: boolean;
}

export function register(program: Command, root: string) {
  program
    .command('evade')
    .description('run an evasion attack (adversarial examples) against the Fashion-MNIST CNN')
    .option('--attack <name>', ATTACKS.join(', '), EVASION_DEFAULTS.attack)
    .option(
      '--epsilon <e>',
      'perturbation budget: L∞ radius (fgsm, pgd) or L2 radius (pgd-l2)',
      String(EVASION_DEFAULTS.epsilon),
    )
    .option('--defence <name>', DEFENCES.join(', '))
    .option('--defense <name>', 'same as --defence')
    .option('--seed <n>', 'random seed (which test images, PGD’s random start)', String(EVASION_DEFAULTS.seed))
    .option('--images <n>', 'test images to attack (at most 1000)', String(EVASION_DEFAULTS.images))
    .option('--steps <n>', 'PGD iterations', String(EVASION_DEFAULTS.steps))
    .option('--step-size <a>', 'PGD step (default 2.5·ε/steps)')
    .option('--no-random-start', 'start PGD at the clean image')
    .option('--per-image', 'include every image’s labels and distances in the JSON')
    .option('--json', 'print JSON')
    .action(async (opts: EvadeOptions) => {
      const raw: RawEvasionSettings = {
        attack: opts.attack,
        epsilon: opts.epsilon,
        defence: opts.defence ?? opts.defense ?? EVASION_DEFAULTS.defence,
        seed: opts.seed,
        images: opts.images,
        steps: opts.steps,
        stepSize: opts.stepSize,
        randomStart: opts.randomStart,
      };
      const settings = parseEvasionSettings(raw);
      const [{ nodeTf }, { loadCnn, loadTestImages }, { cnnClassifier }, { runEvasion }] = await Promise.all([
        import('../tfjs-node'),
        import('../labs'),
        import('../../lib/labs/evasion/classifier'),
        import('../../lib/labs/evasion/run'),
      ]);
      await nodeTf();
      const test = loadTestImages(root);
      const { manifest, params } = loadCnn(root);
      const r = await runEvasion(cnnClassifier(params), test, settings);
      if (opts.json) {
        const { perImage, ...rest } = r;
        const out = { ...rest, modelCleanAccuracy: manifest.cleanAccuracy, ...(opts.perImage ? { perImage } : {}) };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      printSummary(r, manifest.cleanAccuracy);
    });
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(100 * v).toFixed(1)} %`);

function printSummary(r: EvasionResult, modelAccuracy: number) {
  const s = r.settings;
  const attack =
    s.attack === 'fgsm'
      ? 'FGSM'
      : `PGD-${s.steps} (${s.attack === 'pgd' ? 'L∞' : 'L2'}, step ${s.stepSize.toFixed(4)})`;
  printTable(
    [
      ['attack / defence', `${attack} / ${s.defence}`],
      ['epsilon', s.epsilon],
      ['images (seed)', `${r.images} (seed ${s.seed})`],
      ['clean accuracy', pct(r.cleanAccuracy)],
      ['adversarial accuracy', pct(r.adversarialAccuracy)],
      ['attack success rate', pct(r.attackSuccessRate)],
      ['mean perturbation L∞ / L2', `${r.meanPerturbation.linf.toFixed(4)} / ${r.meanPerturbation.l2.toFixed(4)}`],
      ['queries', r.queries ?? 'none (white-box: gradients)'],
      ['gradient steps per image', r.gradientSteps],
    ].map(([measure, value]) => ({ measure, value })),
    ['measure', 'value'],
  );
  process.stdout.write('\n');
  printTable(
    CLASS_NAMES.map((name, c) => ({
      class: name,
      clean: pct(r.perClassAccuracy.clean[c]),
      adversarial: pct(r.perClassAccuracy.adversarial[c]),
    })),
    ['class', 'clean', 'adversarial'],
  );
  process.stdout.write(
    `\nThe CNN's clean accuracy on all 1,000 test images is ${pct(modelAccuracy)}; these figures are on the seed's ${r.images}.\n`,
  );
  for (const n of r.notes) process.stdout.write(`note: ${n}\n`);
}
