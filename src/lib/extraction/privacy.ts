/**
 * The privacy attacks as one experiment for the simulator page's worker and `dojo privacy`:
 * membership inference (membership.ts) or model inversion (inversion.ts) on one seed or several,
 * reduced to the same named figures, with their mean and range across seeds. Pure: no DOM.
 */
import { runModelInversion, parseInversionSettings, type InversionResult } from './inversion';
import { parseMembershipSettings, runMembershipInference, type MembershipResult } from './membership';
import { SettingsError } from './errors';

export const PRIVACY_ATTACKS = ['membership-inference', 'model-inversion'] as const;
export type PrivacyAttack = (typeof PRIVACY_ATTACKS)[number];

/** Settings as typed: the attack's own parser validates them and words every error. */
export type PrivacyRaw = Record<string, string | number | undefined>;

export type Figures = Record<string, number | null>;

export interface FigureSpread {
  mean: number | null;
  min: number | null;
  max: number | null;
}

export type PrivacyRun =
  { attack: 'membership-inference'; result: MembershipResult } | { attack: 'model-inversion'; result: InversionResult };

export interface PrivacyOutcome {
  attack: PrivacyAttack;
  seeds: number[];
  runs: PrivacyRun[];
  figures: Figures[];
  summary: Record<string, FigureSpread>;
  /** The first seed's notes: what the experiment did. */
  notes: string[];
}

/** Words for each figure, in the order the page and the command line show them. */
export const FIGURE_LABELS: Record<string, string> = {
  auc: 'AUC, all records',
  advantage: 'Membership advantage, all records',
  fraudAuc: 'AUC, frauds',
  fraudAucSe: 'Standard error of the fraud AUC',
  fraudAdvantage: 'Membership advantage, frauds',
  frauds: 'Training frauds attacked',
  trainAccuracy: 'Victim accuracy on its training rows',
  testAccuracy: 'Victim accuracy on held-out rows',
  queries: 'Queries',
  confidence: 'Fraud confidence of the reconstruction',
  cosine: 'Cosine to the nearest fraud profile',
  reconstructionError: 'Reconstruction error',
  signatureFound: 'Signature features found',
};

export function isPrivacyAttack(name: string): name is PrivacyAttack {
  return (PRIVACY_ATTACKS as readonly string[]).includes(name);
}

export function checkPrivacyAttack(name: string): PrivacyAttack {
  if (isPrivacyAttack(name)) return name;
  throw new SettingsError(`unknown privacy attack "${name}"; use one of ${PRIVACY_ATTACKS.join(', ')}`);
}

/** Validates the settings for every seed before any run starts, so a bad value costs no time. */
export function checkPrivacySettings(attack: PrivacyAttack, raw: PrivacyRaw, seeds: readonly (string | number)[]) {
  if (seeds.length === 0) throw new SettingsError('give at least one seed');
  for (const seed of seeds) {
    if (attack === 'membership-inference') parseMembershipSettings({ ...raw, seed });
    else parseInversionSettings({ ...raw, seed });
  }
}

export function runPrivacy(attack: PrivacyAttack, raw: PrivacyRaw): PrivacyRun {
  return attack === 'membership-inference'
    ? { attack, result: runMembershipInference(raw) }
    : { attack, result: runModelInversion(raw) };
}

export function membershipFigures(r: MembershipResult): Figures {
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

export function inversionFigures(r: InversionResult): Figures {
  return {
    queries: r.queries,
    confidence: r.confidence,
    cosine: r.cosine,
    reconstructionError: r.reconstructionError,
    signatureFound: r.signatureFound,
  };
}

export const figuresOf = (run: PrivacyRun): Figures =>
  run.attack === 'membership-inference' ? membershipFigures(run.result) : inversionFigures(run.result);

/** Mean, minimum and maximum of each figure over the runs that have it (null where none does). */
export function summariseFigures(rows: readonly Figures[]): Record<string, FigureSpread> {
  const out: Record<string, FigureSpread> = {};
  for (const k of Object.keys(rows[0] ?? {})) {
    const v = rows.map((r) => r[k]).filter((x): x is number => x !== null && Number.isFinite(x));
    out[k] = v.length
      ? { mean: v.reduce((s, x) => s + x, 0) / v.length, min: Math.min(...v), max: Math.max(...v) }
      : { mean: null, min: null, max: null };
  }
  return out;
}

/** Figures that count something; the others are rates, areas and distances. */
const COUNTS = new Set(['frauds', 'queries', 'signatureFound']);

/** A figure as the tables show it: a count whole (its mean to one decimal), anything else to three decimals. */
export const formatFigure = (key: string, v: number | null) =>
  v === null ? 'n/a' : COUNTS.has(key) ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v.toFixed(3);

/** Runs the attack on each seed in turn, reporting each one done. Settings are checked first. */
export function runPrivacyOverSeeds(
  attack: PrivacyAttack,
  raw: PrivacyRaw,
  seeds: readonly (number | string)[],
  onSeedDone: (done: number) => void = () => {},
): PrivacyOutcome {
  checkPrivacySettings(attack, raw, seeds);
  const runs = seeds.map(Number).map((seed, i) => {
    const run = runPrivacy(attack, { ...raw, seed });
    onSeedDone(i + 1);
    return run;
  });
  const figures = runs.map(figuresOf);
  return {
    attack,
    seeds: runs.map((r) => r.result.settings.seed),
    runs,
    figures,
    summary: summariseFigures(figures),
    notes: runs[0].result.notes,
  };
}

/** The page's messages to its privacy worker and back. */
export interface PrivacyRequest {
  id: number;
  attack: string;
  raw: PrivacyRaw;
  /** As typed for one seed (the parser words a bad one), or the page's list. */
  seeds: (number | string)[];
}

export type PrivacyReply =
  | { id: number; type: 'seed-done'; done: number; of: number }
  | { id: number; type: 'done'; outcome: PrivacyOutcome }
  | { id: number; type: 'error'; message: string };

/** What the worker does with a request: every outcome, progress and error as a reply. */
export function handlePrivacyRequest(req: PrivacyRequest, reply: (m: PrivacyReply) => void) {
  try {
    const attack = checkPrivacyAttack(String(req.attack));
    const outcome = runPrivacyOverSeeds(attack, req.raw, req.seeds, (done) =>
      reply({ id: req.id, type: 'seed-done', done, of: req.seeds.length }),
    );
    reply({ id: req.id, type: 'done', outcome });
  } catch (err) {
    reply({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
