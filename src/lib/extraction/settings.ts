/**
 * Experiment settings: defaults, validation with clear messages, caps, and the URL form used to
 * share a run. Every entry point (CLI, worker, URL) goes through `parseSettings`.
 */
import { ATTACK_NAMES, attackRefusal, type AttackName } from './attacks/index';
import { formatDefences, parseDefences, type Defence } from './defences';
import { SettingsError } from './errors';
import { choice, finite, integer } from '../util/settings-parse';
import { VICTIM_KINDS, type VictimKind } from './victim';
import { DEFAULT_DELTA } from './prada';
import { WATERMARK_RATE } from './watermark';

export interface Settings {
  victim: VictimKind;
  /** Normalised defence string, e.g. "round:2+noise:0.1". */
  defence: string;
  defences: Defence[];
  attack: AttackName;
  budget: number;
  seed: number;
  detector: 'none' | 'prada';
  delta: number;
  /** Per-client quota; Infinity for none. */
  quota: number;
  /** Queries per second; Infinity for none. */
  rate: number;
  price: number;
  watermark: boolean;
  /** Share of answers the watermark makes wrong (0 < rate ≤ 0.2). */
  watermarkRate: number;
  blockOnAlarm: boolean;
  /** Client accounts the attack is spread over (each with its own quota and detector). */
  clients: number;
  /**
   * "aware": the attacker knows the defences and their parameters (Kerckhoffs) and adapts:
   * thresholds answers that keep every decision, inverts reverse sigmoid. "naive": it takes the
   * answers at face value.
   */
  attacker: 'aware' | 'naive';
  /** How `substitute` picks public transactions: at random, or by Knockoff Nets' adaptive bandit. */
  sampling: 'random' | 'adaptive';
}

export type RawSettings = Partial<Record<keyof Omit<Settings, 'defences'>, string | number | boolean | undefined>>;

export const DEFAULTS = {
  victim: 'logreg',
  defence: 'none',
  attack: 'equation-solving',
  budget: 1000,
  seed: 1,
  detector: 'none',
  delta: DEFAULT_DELTA,
  quota: Infinity,
  rate: Infinity,
  price: 0.001,
  watermark: false,
  watermarkRate: WATERMARK_RATE,
  blockOnAlarm: false,
  clients: 1,
  attacker: 'aware',
  sampling: 'random',
} as const;

/** More accounts than this is not an experiment a page can show. */
export const MAX_CLIENTS = 1000;

/** The most queries one run may spend: enough to show every curve flatten, small enough to stay interactive. */
export const MAX_BUDGET = 100_000;
/** PRADA compares each query with all kept ones (quadratic cost), so runs with it stop sooner. */
export const MAX_BUDGET_WITH_DETECTOR = 20_000;

export interface ParsedSettings {
  settings: Settings;
  /** Settings that were adjusted (a capped budget), to show beside the result. */
  warnings: string[];
}

export function parseSettings(raw: RawSettings): ParsedSettings {
  const warnings: string[] = [];
  const victim = choice(raw.victim ?? DEFAULTS.victim, VICTIM_KINDS, 'victim');
  const attack = choice(raw.attack ?? DEFAULTS.attack, ATTACK_NAMES, 'attack');
  const detector = choice(raw.detector ?? DEFAULTS.detector, ['none', 'prada'] as const, 'detector');
  const attacker = choice(raw.attacker ?? DEFAULTS.attacker, ['aware', 'naive'] as const, 'attacker');
  const sampling = choice(raw.sampling ?? DEFAULTS.sampling, ['random', 'adaptive'] as const, 'sampling');
  if (sampling === 'adaptive' && attack !== 'substitute')
    throw new SettingsError(
      `sampling "adaptive" is Knockoff Nets' strategy for choosing public transactions, an option of the substitute attack (got attack ${attack}); use --attack substitute, or sampling random`,
    );
  const refusal = attackRefusal(attack, victim);
  if (refusal) throw new SettingsError(refusal);
  const defences = parseDefences(String(raw.defence ?? DEFAULTS.defence));
  let budget = integer(raw.budget ?? DEFAULTS.budget, 'budget', 'a whole number of queries');
  if (budget < 1) throw new SettingsError(`budget must be at least 1 query (got ${budget})`);
  const cap = detector === 'prada' ? MAX_BUDGET_WITH_DETECTOR : MAX_BUDGET;
  if (budget > cap) {
    warnings.push(
      `budget ${budget} is above the simulator's limit of ${cap} queries${detector === 'prada' ? ' with the PRADA detector (its cost grows with the square of the queries)' : ''}: capped at ${cap}`,
    );
    budget = cap;
  }
  const seed = integer(raw.seed ?? DEFAULTS.seed, 'seed', 'a whole number');
  if (seed < 0 || seed > 0xffffffff) throw new SettingsError(`seed must be from 0 to 4294967295 (got ${seed})`);
  const delta = finite(raw.delta ?? DEFAULTS.delta, 'delta');
  if (!(delta > 0 && delta < 1))
    throw new SettingsError(`delta (PRADA's threshold on Shapiro–Wilk W) must be between 0 and 1 (got ${delta})`);
  const quota = optionalLimit(raw.quota, 'quota', true);
  const rate = optionalLimit(raw.rate, 'rate', false);
  const watermarkRate = finite(raw.watermarkRate ?? DEFAULTS.watermarkRate, 'watermarkRate');
  if (!(watermarkRate > 0 && watermarkRate <= 0.2))
    throw new SettingsError(`watermarkRate must be above 0 and at most 0.2 (got ${String(raw.watermarkRate)})`);
  const clients = integer(raw.clients ?? DEFAULTS.clients, 'clients', 'a whole number of client accounts');
  if (clients < 1 || clients > MAX_CLIENTS)
    throw new SettingsError(`clients must be from 1 to ${MAX_CLIENTS} accounts (got ${clients})`);
  const price = finite(raw.price ?? DEFAULTS.price, 'price');
  if (price < 0 || price > 1000)
    throw new SettingsError(`price must be from 0 to 1000 dollars per query (got ${price})`);
  return {
    settings: {
      victim,
      defence: formatDefences(defences),
      defences,
      attack,
      budget,
      seed,
      detector,
      delta,
      quota,
      rate,
      price,
      watermark: flag(raw.watermark, 'watermark'),
      watermarkRate,
      blockOnAlarm: flag(raw.blockOnAlarm, 'blockOnAlarm'),
      clients,
      attacker,
      sampling,
    },
    warnings,
  };
}

function optionalLimit(v: unknown, what: string, whole: boolean): number {
  if (v === undefined || v === null || v === '' || v === 'none' || v === Infinity) return Infinity;
  const n = whole ? integer(v, what, 'a whole number of queries, or "none"') : finite(v, what);
  if (!(n > 0)) throw new SettingsError(`${what} must be above 0, or "none" (got ${String(v)})`);
  return n;
}

function flag(v: unknown, what: string): boolean {
  if (v === undefined || v === '' || v === false || v === 'false' || v === '0') return false;
  if (v === true || v === 'true' || v === '1') return true;
  throw new SettingsError(`${what} must be true or false (got ${String(v)})`);
}

const URL_KEYS = [
  'victim',
  'defence',
  'attack',
  'budget',
  'seed',
  'detector',
  'delta',
  'quota',
  'rate',
  'price',
  'watermark',
  'watermarkRate',
  'blockOnAlarm',
  'clients',
  'attacker',
  'sampling',
] as const;

/** The settings that differ from the defaults, as URL search parameters. */
export function settingsToParams(s: Settings): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of URL_KEYS) {
    const v = s[k];
    const def = DEFAULTS[k];
    if (v === def) continue;
    p.set(k, v === Infinity ? 'none' : String(v));
  }
  return p;
}

/** Raw settings from URL search parameters (validated later by parseSettings). */
export function paramsToRaw(p: URLSearchParams): RawSettings {
  const raw: RawSettings = {};
  for (const k of URL_KEYS) {
    const v = p.get(k);
    if (v !== null) raw[k] = v;
  }
  return raw;
}
