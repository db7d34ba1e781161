/**
 * `dojo privacy`: the privacy attacks on the extraction simulator's fraud victims, headless.
 * `--attack membership-inference` (threshold or shadow models) reports AUC and membership
 * advantage, over all sampled records and over frauds; `--attack model-inversion` reports what a
 * reconstruction from confidences reveals. `--seeds 1-5` gives mean, minimum and maximum.
 */
import type { Command } from 'commander';
import { runModelInversion, INVERSION_DEFAULTS, parseInversionSettings } from '../../lib/extraction/inversion';
import { MEMBERSHIP_DEFAULTS, parseMembershipSettings, runMembershipInference } from '../../lib/extraction/membership';
import { parseSeeds } from '../../lib/extraction/seeds';
import { SettingsError } from '../../lib/extraction/errors';
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
      const defence = opts.defense ?? opts.defence ?? 'none';
      // One seed as typed (the settings' own validation words its errors), or a list.
      const seeds: (string | number)[] = opts.seeds === undefined ? [opts.seed] : parseSeeds(opts.seeds);
      if (opts.attack === 'membership-inference') {
        const raw = {
          victim: opts.victim,
          attack: opts.method,
          trainSize: opts.trainSize,
          l2: opts.l2,
          epochs: opts.epochs,
          shadows: opts.shadows,
          defence,
        };
        for (const seed of seeds) parseMembershipSettings({ ...raw, seed }); // all valid before any runs
        const runs = seeds.map((seed) => runMembershipInference({ ...raw, seed }));
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify(runs.length === 1 ? runs[0] : { seeds, runs, summary: summarise(runs.map(membershipFigures)) }, null, 2)}\n`,
          );
          return;
        }
        table(runs.map(membershipFigures), seeds);
        for (const n of runs[0].notes) process.stdout.write(`note: ${n}\n`);
        return;
      }
      if (opts.attack === 'model-inversion') {
        const raw = { victim: opts.victim, defence, budget: opts.budget };
        for (const seed of seeds) parseInversionSettings({ ...raw, seed });
        const runs = seeds.map((seed) => runModelInversion({ ...raw, seed }));
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify(runs.length === 1 ? runs[0] : { seeds, runs, summary: summarise(runs.map(inversionFigures)) }, null, 2)}\n`,
          );
          return;
        }
        table(runs.map(inversionFigures), seeds);
        if (runs.length === 1) {
          process.stdout.write(`nearest fraud profile: ${runs[0].profile}\n`);
          if (runs[0].topFeatures.length) process.stdout.write(`largest moves: ${runs[0].topFeatures.join(', ')}\n`);
        }
        for (const n of runs[0].notes) process.stdout.write(`note: ${n}\n`);
        return;
      }
      throw new SettingsError(
        `unknown privacy attack "${opts.attack}"; use one of membership-inference, model-inversion`,
      );
    });
}

type Figures = Record<string, number | null>;

function membershipFigures(r: ReturnType<typeof runMembershipInference>): Figures {
  return {
    auc: r.all.auc,
    advantage: r.all.advantage,
    fraudAuc: r.frauds?.auc ?? null,
    fraudAucSe: r.frauds?.aucSe ?? null,
    fraudAdvantage: r.frauds?.advantage ?? null,
    frauds: r.frauds?.members ?? null,
    trainAccuracy: r.trainAccuracy,
    testAccuracy: r.testAccuracy,
  };
}

function inversionFigures(r: ReturnType<typeof runModelInversion>): Figures {
  return {
    queries: r.queries,
    confidence: r.confidence,
    cosine: r.cosine,
    reconstructionError: r.reconstructionError,
    signatureFound: r.signatureFound,
  };
}

function summarise(rows: Figures[]): Record<string, { mean: number | null; min: number | null; max: number | null }> {
  const out: Record<string, { mean: number | null; min: number | null; max: number | null }> = {};
  for (const k of Object.keys(rows[0])) {
    const v = rows.map((r) => r[k]).filter((x): x is number => x !== null);
    out[k] = v.length
      ? { mean: v.reduce((s, x) => s + x, 0) / v.length, min: Math.min(...v), max: Math.max(...v) }
      : { mean: null, min: null, max: null };
  }
  return out;
}

function table(rows: Figures[], seeds: (string | number)[]) {
  const f = (v: number | null) => (v === null ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(3));
  if (rows.length === 1) {
    printTable(
      Object.entries(rows[0]).map(([measure, v]) => ({ measure, value: f(v) })),
      ['measure', 'value'],
    );
    return;
  }
  const s = summarise(rows);
  printTable(
    Object.entries(s).map(([measure, m]) => ({ measure, mean: f(m.mean), min: f(m.min), max: f(m.max) })),
    ['measure', 'mean', 'min', 'max'],
  );
  process.stdout.write(`seeds ${seeds.join(', ')}\n`);
}
