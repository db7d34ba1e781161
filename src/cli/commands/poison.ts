/**
 * `dojo poison`: one poisoning experiment on the image classifier's nightly retraining, headless.
 * Names and JSON fields as in docs/ARCHITECTURE.md, "The command-line contract"; defaults (a
 * BadNets-style backdoor in 2 % of the training set, seed 1) give the same numbers on every run.
 * Settings are checked before TensorFlow.js loads, so a bad one fails at once.
 */
import type { Command } from 'commander';
import { CLASS_NAMES } from '../../lib/labs/data';
import type { PoisoningResult } from '../../lib/labs/poisoning/run';
import {
  POISON_ATTACKS,
  POISON_DEFAULTS,
  POISON_DEFENCES,
  parsePoisoningSettings,
  type RawPoisoningSettings,
} from '../../lib/labs/poisoning/settings';
import { printTable } from '../output';

interface PoisonOptions {
  attack: string;
  rate: string;
  defence?: string;
  defense?: string;
  source?: string;
  target?: string;
  triggerSize: string;
  contributors: string;
  labelsPerImage: string;
  expectedPoison: string;
  epochs: string;
  seed: string;
  json?: boolean;
}

export function register(program: Command, root: string) {
  program
    .command('poison')
    .description('poison the crowd-labelled training data of the Fashion-MNIST classifier, retrain, measure')
    .option('--attack <name>', POISON_ATTACKS.join(', '), POISON_DEFAULTS.attack)
    .option(
      '--rate <r>',
      'backdoor: share of training images poisoned; label-flip: share of contributors malicious',
      String(POISON_DEFAULTS.rate),
    )
    .option('--defence <name>', POISON_DEFENCES.join(', '))
    .option('--defense <name>', 'same as --defence')
    .option('--source <class>', 'class the attack works on (number or name; backdoor: "any" for all-to-one)')
    .option('--target <class>', 'class the attacker wants (number or name)')
    .option('--trigger-size <px>', 'side of the backdoor sticker in pixels', String(POISON_DEFAULTS.triggerSize))
    .option('--contributors <n>', 'people in the labelling crowd', String(POISON_DEFAULTS.contributors))
    .option('--labels-per-image <k>', 'crowd labels per image', String(POISON_DEFAULTS.labelsPerImage))
    .option(
      '--expected-poison <e>',
      'spectral signatures: assumed poison share per label (removes 1.5 × e of each)',
      String(POISON_DEFAULTS.expectedPoison),
    )
    .option('--epochs <n>', 'passes over the training set when retraining', String(POISON_DEFAULTS.epochs))
    .option(
      '--seed <n>',
      'random seed (which images, which contributors, training order)',
      String(POISON_DEFAULTS.seed),
    )
    .option('--json', 'print JSON')
    .action(async (opts: PoisonOptions) => {
      const raw: RawPoisoningSettings = {
        attack: opts.attack,
        rate: opts.rate,
        defence: opts.defence ?? opts.defense ?? POISON_DEFAULTS.defence,
        source: opts.source,
        target: opts.target,
        triggerSize: opts.triggerSize,
        contributors: opts.contributors,
        labelsPerImage: opts.labelsPerImage,
        expectedPoison: opts.expectedPoison,
        epochs: opts.epochs,
        seed: opts.seed,
      };
      const settings = parsePoisoningSettings(raw);
      const [{ nodeTf }, { loadCnn, loadFashionMnist }, { runPoisoning }] = await Promise.all([
        import('../tfjs-node'),
        import('../labs'),
        import('../../lib/labs/poisoning/run'),
      ]);
      await nodeTf();
      const { train, test } = loadFashionMnist(root);
      const { manifest, params } = loadCnn(root);
      const r = await runPoisoning(params, { train, test }, settings);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...r, modelCleanAccuracy: manifest.cleanAccuracy }, null, 2)}\n`);
        return;
      }
      printSummary(r, manifest.cleanAccuracy);
    });
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(100 * v).toFixed(1)} %`);
const cls = (c: number | null) => (c === null ? 'any' : CLASS_NAMES[c]);

function printSummary(r: PoisoningResult, modelAccuracy: number) {
  const s = r.settings;
  const rows: [string, string | number][] = [
    ['attack / defence', `${s.attack} / ${s.defence}`],
    [s.attack === 'backdoor' ? 'poisoned share of training images' : 'malicious share of contributors', s.rate],
    ['source → target', `${cls(s.source)} → ${cls(s.target)}`],
    ['seed', s.seed],
    ['clean accuracy', pct(r.cleanAccuracy)],
    ['attack success rate', pct(r.attackSuccessRate)],
    ['poisoned training images', r.poisoned],
  ];
  if (s.attack === 'label-flip')
    rows.push(['wrong labels: first label / used', `${r.wrongLabelsFirst ?? 'n/a'} / ${r.wrongLabelsUsed ?? 'n/a'}`]);
  if (r.detectionPrecision !== null || r.detectionRecall !== null || r.removed > 0)
    rows.push(
      ['removed before retraining', r.removed],
      ['detection precision', pct(r.detectionPrecision)],
      ['detection recall', pct(r.detectionRecall)],
    );
  printTable(
    rows.map(([measure, value]) => ({ measure, value })),
    ['measure', 'value'],
  );
  process.stdout.write(
    `\nThe shipped CNN's clean accuracy is ${pct(modelAccuracy)}; these figures are for its last layer retrained on ${r.trainImages.toLocaleString('en')} crowd-labelled images and tested on ${r.testImages.toLocaleString('en')}.\n`,
  );
  for (const n of r.notes) process.stdout.write(`note: ${n}\n`);
}
