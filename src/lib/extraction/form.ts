/**
 * The free-form simulator's form: every field as the text the learner typed (validation is
 * parseSettings' job, so a bad value reaches it and gets its clear message), to and from the raw
 * settings a URL or a run carries, and the short label a run gets in the legend and the table.
 */
import { DEFAULTS, parseSettings, settingsToParams, type RawSettings } from './settings';

export interface FormValues {
  victim: string;
  defence: string;
  attack: string;
  budget: string;
  seed: string;
  detector: string;
  /** Empty for no quota. */
  quota: string;
  /** Empty for no rate limit. */
  rate: string;
  price: string;
  watermark: boolean;
  /** Share of answers the watermark makes wrong. */
  watermarkRate: string;
  blockOnAlarm: boolean;
  /** Client accounts the attack is spread over. */
  clients: string;
  /** "aware" or "naive". */
  attacker: string;
  /** "random" or "adaptive" (the substitute attack's sampling). */
  sampling: string;
}

const text = (value: unknown, fallback: unknown) => String(value ?? fallback);
/** A limit's text: empty when there is none (absent or Infinity). */
const limit = (value: RawSettings['quota']) => (value === undefined || value === Infinity ? '' : String(value));
/** A flag from a boolean or from its URL form "true". */
const flag = (value: RawSettings['watermark']) => value === true || value === 'true';

/** The form showing raw settings (from a URL, or {} for the defaults). */
export function formFromRaw(raw: RawSettings): FormValues {
  return {
    victim: text(raw.victim, DEFAULTS.victim),
    defence: text(raw.defence, DEFAULTS.defence),
    attack: text(raw.attack, DEFAULTS.attack),
    budget: text(raw.budget, DEFAULTS.budget),
    seed: text(raw.seed, DEFAULTS.seed),
    detector: text(raw.detector, DEFAULTS.detector),
    quota: limit(raw.quota),
    rate: limit(raw.rate),
    price: text(raw.price, DEFAULTS.price),
    watermark: flag(raw.watermark),
    watermarkRate: text(raw.watermarkRate, DEFAULTS.watermarkRate),
    blockOnAlarm: flag(raw.blockOnAlarm),
    clients: text(raw.clients, DEFAULTS.clients),
    attacker: text(raw.attacker, DEFAULTS.attacker),
    sampling: text(raw.sampling, DEFAULTS.sampling),
  };
}

/** The raw settings of the form; a blank limit means none. */
export function rawFromForm(f: FormValues): RawSettings {
  // Sampling is an option of the substitute attack only: other attacks leave it at its default.
  const sampling = f.attack === 'substitute' ? f.sampling : undefined;
  return { ...f, quota: f.quota.trim() || undefined, rate: f.rate.trim() || undefined, sampling };
}

/** "logreg · equation-solving · none · 1000 q", then the detector, watermark and quota if set. */
export function runLabel(f: FormValues): string {
  const extras = [
    f.detector === 'prada' ? 'PRADA' : '',
    f.watermark ? 'watermark' : '',
    f.quota ? `quota ${f.quota}` : '',
    f.clients && f.clients.trim() !== '1' ? `${f.clients.trim()} accounts` : '',
    f.attacker === 'naive' ? 'naive attacker' : '',
    f.sampling === 'adaptive' ? 'adaptive sampling' : '',
  ].filter(Boolean);
  const base = `${f.victim} · ${f.attack} · ${f.defence || 'none'} · ${f.budget} q`;
  return extras.length ? `${base} · ${extras.join(', ')}` : base;
}

/**
 * The query string that shares a run's settings ("?attack=lowd-meek&budget=5000"), the defaults
 * left out; empty when every setting is a default. Throws like parseSettings on bad settings.
 */
export function shareQuery(raw: RawSettings): string {
  const params = settingsToParams(parseSettings(raw).settings);
  return params.size ? `?${params}` : '';
}
