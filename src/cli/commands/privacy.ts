/**
 * `dojo privacy`: the privacy attacks on the extraction simulator's fraud victims, headless.
 * `--attack membership-inference` (threshold or shadow models) reports AUC and membership
 * advantage, over all sampled records and over frauds; `--attack model-inversion` reports what a
 * reconstruction from confidences reveals. `--seeds 1-5` gives mean, minimum and maximum.
 */
import type { Command } from 'commander';
import { INVERSION_DEFAULTS } from '../../lib/extraction/inversion';
import { MEMBERSHIP_DEFAULTS } from '../../lib/extraction/membership';
import {
  checkPrivacyAttack,
  checkPrivacySettings,
  figuresOf,
  formatFigure,
  runPrivacy,
  summariseFigures,
  type Figures,
  type PrivacyRaw,
} from '../../lib/extraction/privacy';
import { parseSeeds } from '../../lib/extraction/seeds';
import { printTable } from '../output';

interface PrivacyOptions {
  attack: string;
  method: string;
  victim: string;
  defense?: string;
  defence?: string;
  trainSize: string;
  l2: string;
  epochs: string;
  shadows: string;
  budget: string;
  seed: string;
  seeds?: string;
  json?: boolean;
}

export function register(program: Command, _root: string) {
  program
    .command('privacy')
    .description('membership inference or model inversion against the fraud victims')
    .requiredOption('--attack <name>', 'membership-inference or model-inversion')
    .option('--method <name>', 'membership inference: threshold or shadow', MEMBERSHIP_DEFAULTS.attack)
    .option('--victim <kind>', 'logreg or mlp', MEMBERSHIP_DEFAULTS.victim)
    .option('--defense <spec>', 'output defences, as for dojo extract (labels, round:K, noise:SIGMA, …)')
    .option('--defence <spec>', 'same as --defense')
    .option(
      '--train-size <n>',
      'membership inference: training rows of the victim',
      String(MEMBERSHIP_DEFAULTS.trainSize),
    )
    .option('--l2 <lambda>', 'membership inference: L2 penalty of the victim', String(MEMBERSHIP_DEFAULTS.l2))
    .option('--epochs <n>', 'membership inference: epochs of an MLP victim', String(MEMBERSHIP_DEFAULTS.epochs))
    .option('--shadows <n>', 'membership inference: shadow models', String(MEMBERSHIP_DEFAULTS.shadows))
    .option('--budget <n>', 'model inversion: query budget', String(INVERSION_DEFAULTS.budget))
    .option('--seed <n>', 'random seed', '1')
    .option('--seeds <list>', 'run on several seeds (1-5 or 1,3,7): mean, minimum and maximum')
    .option('--json', 'print JSON')
    .action((opts: PrivacyOptions) => {
      const attack = checkPrivacyAttack(opts.attack);
      const defence = opts.defense ?? opts.defence ?? 'none';
      // One seed as typed (the settings' own validation words its errors), or a list.
      const seeds: (string | number)[] = opts.seeds === undefined ? [opts.seed] : parseSeeds(opts.seeds);
      const raw: PrivacyRaw =
        attack === 'membership-inference'
          ? {
              victim: opts.victim,
              attack: opts.method,
              trainSize: opts.trainSize,
              l2: opts.l2,
              epochs: opts.epochs,
              shadows: opts.shadows,
              defence,
            }
          : { victim: opts.victim, defence, budget: opts.budget };
      checkPrivacySettings(attack, raw, seeds); // all valid before any runs
      const runs = seeds.map((seed) => runPrivacy(attack, { ...raw, seed }));
      const figures = runs.map(figuresOf);
      if (opts.json) {
        const results = runs.map((r) => r.result);
        process.stdout.write(
          `${JSON.stringify(results.length === 1 ? results[0] : { seeds, runs: results, summary: summariseFigures(figures) }, null, 2)}\n`,
        );
        return;
      }
      table(figures, seeds);
      const first = runs[0];
      if (runs.length === 1 && first.attack === 'model-inversion') {
        process.stdout.write(`nearest fraud profile: ${first.result.profile}\n`);
        if (first.result.topFeatures.length)
          process.stdout.write(`largest moves: ${first.result.topFeatures.join(', ')}\n`);
      }
      for (const n of first.result.notes) process.stdout.write(`note: ${n}\n`);
    });
}

function table(rows: Figures[], seeds: (string | number)[]) {
  if (rows.length === 1) {
    printTable(
      Object.entries(rows[0]).map(([measure, v]) => ({ measure, value: formatFigure(measure, v) })),
      ['measure', 'value'],
    );
    return;
  }
  const s = summariseFigures(rows);
  printTable(
    Object.entries(s).map(([measure, m]) => ({
      measure,
      mean: formatFigure(measure, m.mean),
      min: formatFigure(measure, m.min),
      max: formatFigure(measure, m.max),
    })),
    ['measure', 'mean', 'min', 'max'],
  );
  process.stdout.write(`seeds ${seeds.join(', ')}\n`);
}
