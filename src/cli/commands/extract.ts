/**
 * `dojo extract`: one model-extraction experiment headless, or a sweep over budgets.
 * Names and JSON fields as in docs/ARCHITECTURE.md, "The command-line contract"; defaults give the
 * same numbers on every run.
 */
import type { Command } from 'commander';
import { runExperiment, type ExperimentResult } from '../../lib/extraction/experiment';
import { ATTACK_NAMES } from '../../lib/extraction/attacks/index';
import { DEFAULTS, parseSettings, type RawSettings } from '../../lib/extraction/settings';
import { formatSeedValue, parseSeeds, SEED_METRICS, summariseSeeds } from '../../lib/extraction/seeds';
import { printTable } from '../output';

interface ExtractOptions {
  victim: string;
  defense?: string;
  defence?: string;
  attack: string;
  budget: string;
  seed: string;
  detector: string;
  delta: string;
  quota?: string;
  rate?: string;
  price: string;
  watermark?: boolean;
  watermarkRate: string;
  blockOnAlarm?: boolean;
  clients: string;
  attacker: string;
  sampling: string;
  sweep?: boolean;
  budgets?: string;
  seeds?: string;
  json?: boolean;
}

export const MAX_SWEEP_BUDGETS = 12;

export function register(program: Command, _root: string) {
  program
    .command('extract')
    .description('run a model-extraction experiment against the simulated fraud API')
    .option('--victim <kind>', 'victim model: logreg or mlp', DEFAULTS.victim)
    .option(
      '--defense <spec>',
      'none, labels, round:K, noise:SIGMA, cutoff:C, reverse-sigmoid:BETA,GAMMA, joined with +',
    )
    .option('--defence <spec>', 'same as --defense')
    .option('--attack <name>', ATTACK_NAMES.join(', '), DEFAULTS.attack)
    .option('--budget <n>', 'query budget', String(DEFAULTS.budget))
    .option('--seed <n>', 'random seed', String(DEFAULTS.seed))
    .option('--detector <name>', 'none or prada', DEFAULTS.detector)
    .option('--delta <w>', "PRADA's alarm threshold on Shapiro–Wilk W", String(DEFAULTS.delta))
    .option('--quota <n>', 'queries allowed per client (default: none)')
    .option('--rate <qps>', 'rate limit in queries per second (default: none)')
    .option('--price <dollars>', 'price per query', String(DEFAULTS.price))
    .option('--watermark', 'DAWN-style watermark (0.5 % of answers unless --watermark-rate)')
    .option('--watermark-rate <share>', 'share of answers the watermark makes wrong', String(DEFAULTS.watermarkRate))
    .option('--block-on-alarm', 'refuse every query after the detector raises its alarm')
    .option(
      '--attacker <kind>',
      'aware (knows the defences and adapts) or naive (takes answers at face value)',
      DEFAULTS.attacker,
    )
    .option(
      '--sampling <kind>',
      "how substitute picks public transactions: random, or adaptive (Knockoff Nets' bandit)",
      DEFAULTS.sampling,
    )
    .option('--clients <k>', 'spread the attack over K client accounts, each with its own quota and detector', '1')
    .option('--seeds <list>', 'run on several seeds (1-5 or 1,3,7) and report the mean and range of every figure')
    .option('--sweep', 'run once per budget in --budgets and print fidelity by budget')
    .option('--budgets <list>', 'comma-separated budgets for --sweep', '10,100,1000')
    .option('--json', 'print JSON')
    .action((opts: ExtractOptions) => {
      const raw: RawSettings = {
        victim: opts.victim,
        defence: opts.defense ?? opts.defence ?? DEFAULTS.defence,
        attack: opts.attack,
        budget: opts.budget,
        seed: opts.seed,
        detector: opts.detector,
        delta: opts.delta,
        quota: opts.quota,
        rate: opts.rate,
        price: opts.price,
        watermark: opts.watermark ?? false,
        watermarkRate: opts.watermarkRate,
        blockOnAlarm: opts.blockOnAlarm ?? false,
        clients: opts.clients,
        attacker: opts.attacker,
        sampling: opts.sampling,
      };
      if (opts.seeds !== undefined && opts.sweep)
        throw new Error('give --seeds or --sweep, not both (a sweep runs on one seed)');
      if (opts.seeds !== undefined) overSeeds(raw, opts.seeds, !!opts.json);
      else if (opts.sweep) sweep(raw, opts.budgets ?? '', !!opts.json);
      else single(raw, !!opts.json);
    });
}

function warn(warnings: string[]) {
  for (const w of warnings) process.stderr.write(`dojo: warning: ${w}\n`);
}

function overSeeds(raw: RawSettings, spec: string, json: boolean) {
  const seeds = parseSeeds(spec);
  for (const seed of seeds) parseSettings({ ...raw, seed }); // validate before running any
  const results = seeds.map((seed) => runExperiment({ ...raw, seed }));
  warn([...new Set(results.flatMap((r) => r.warnings))]);
  const summary = summariseSeeds(seeds, results);
  if (json) {
    const runs = results.map((r, i) => ({
      seed: seeds[i],
      recovered: r.recovered,
      ...Object.fromEntries(SEED_METRICS.map((m) => [m, r[m]])),
    }));
    process.stdout.write(`${JSON.stringify({ ...summary, runs }, null, 2)}\n`);
    return;
  }
  const f = formatSeedValue;
  printTable(
    SEED_METRICS.map((m) => {
      const s = summary.metrics[m];
      return { measure: m, mean: f(s.mean, m), min: f(s.min, m), max: f(s.max, m), seeds: `${s.n}/${seeds.length}` };
    }),
    ['measure', 'mean', 'min', 'max', 'seeds'],
  );
  process.stdout.write(`seeds ${seeds.join(', ')}: ${summary.recovered} of ${seeds.length} recovered a model\n`);
}

function single(raw: RawSettings, json: boolean) {
  parseSettings(raw); // fail fast with the settings' own message
  const r = runExperiment(raw);
  warn(r.warnings);
  if (json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  printTable(summaryRows(r), ['measure', 'value']);
  for (const n of r.notes) process.stdout.write(`note: ${n}\n`);
}

function summaryRows(r: ExperimentResult): Record<string, unknown>[] {
  const rows: [string, unknown][] = [
    ['victim / attack', `${r.settings.victim} / ${r.settings.attack}`],
    ['defence', r.settings.defence],
    ['queries', r.queries],
    ['cost ($)', r.cost],
    ['fidelity (1 - R_test)', r.fidelity],
    ['fidelityUniform (1 - R_unif)', r.fidelityUniform],
    ['fidelityFraud', r.fidelityFraud],
    ['balancedFidelity', r.balancedFidelity],
    ['model recovered', r.recovered ? 'yes' : 'no'],
    ['surrogate accuracy / AUPRC', r.accuracy === null ? 'n/a' : `${r.accuracy.toFixed(4)} / ${fmt(r.auprc)}`],
    ['victim accuracy / AUPRC', `${r.victimAccuracy.toFixed(4)} / ${fmt(r.victimAuprc)}`],
    ['detectedAtQuery', r.detectedAtQuery ?? 'never'],
    ['honest AUPRC plain / defended', `${fmt(r.honestCost.auprcPlain)} / ${fmt(r.honestCost.auprcDefended)}`],
    ['honest decisions changed', r.honestCost.decisionsChanged],
  ];
  if (r.watermark)
    rows.push([
      'watermark matches',
      `${r.watermark.matches}/${r.watermark.watermarked}, ${r.watermark.proven ? 'proven' : 'not proven'}`,
    ]);
  if (r.watermark && !r.watermark.proven)
    rows.push([
      'ownership test',
      r.watermark.cannot === 'too-few-watermarked'
        ? 'cannot succeed: too few watermarked answers (2^-64 needs more than 64)'
        : r.watermark.cannot === 'clone-capacity'
          ? `cannot succeed: a linear clone cannot hold scattered wrong answers (${r.watermark.needed} needed)`
          : `needs ${r.watermark.needed} matches`,
    ]);
  return rows.map(([measure, value]) => ({ measure, value }));
}

function fmt(v: number | null) {
  return v !== null && Number.isFinite(v) ? v.toFixed(3) : 'n/a';
}

export function parseBudgets(list: string): string[] {
  const parts = list.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((p) => p === ''))
    throw new Error(`--budgets needs a comma-separated list of query budgets, as in 10,100,1000 (got "${list}")`);
  if (parts.length > MAX_SWEEP_BUDGETS)
    throw new Error(`--budgets takes at most ${MAX_SWEEP_BUDGETS} budgets (got ${parts.length})`);
  return parts;
}

function sweep(raw: RawSettings, list: string, json: boolean) {
  const budgets = parseBudgets(list);
  for (const b of budgets) parseSettings({ ...raw, budget: b }); // validate all before running any
  const rows = budgets.map((b) => {
    const r = runExperiment({ ...raw, budget: b });
    warn(r.warnings);
    return {
      budget: r.settings.budget,
      queries: r.queries,
      fidelity: r.fidelity,
      fidelityUniform: r.fidelityUniform,
      fidelityFraud: r.fidelityFraud,
      balancedFidelity: r.balancedFidelity,
      accuracy: r.accuracy,
      detectedAtQuery: r.detectedAtQuery,
      cost: r.cost,
    };
  });
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else
    printTable(rows, [
      'budget',
      'queries',
      'fidelity',
      'fidelityUniform',
      'fidelityFraud',
      'balancedFidelity',
      'detectedAtQuery',
      'cost',
    ]);
}
