/** The free-form controls: victim, defences, attack, budget, detector, API limits and watermark. */
import type { FormEvent } from 'react';
import { ATTACK_NAMES } from '../../lib/extraction/attacks/index';
import { DEFAULTS, type RawSettings } from '../../lib/extraction/settings';

export interface FormValues {
  victim: string;
  defence: string;
  attack: string;
  budget: string;
  seed: string;
  detector: string;
  quota: string;
  rate: string;
  price: string;
  watermark: boolean;
  blockOnAlarm: boolean;
}

export function formFromRaw(raw: RawSettings): FormValues {
  const s = (v: unknown, d: unknown) => String(v ?? d);
  return {
    victim: s(raw.victim, DEFAULTS.victim),
    defence: s(raw.defence, DEFAULTS.defence),
    attack: s(raw.attack, DEFAULTS.attack),
    budget: s(raw.budget, DEFAULTS.budget),
    seed: s(raw.seed, DEFAULTS.seed),
    detector: s(raw.detector, DEFAULTS.detector),
    quota: raw.quota === undefined || raw.quota === Infinity ? '' : String(raw.quota),
    rate: raw.rate === undefined || raw.rate === Infinity ? '' : String(raw.rate),
    price: s(raw.price, DEFAULTS.price),
    watermark: raw.watermark === true || raw.watermark === 'true',
    blockOnAlarm: raw.blockOnAlarm === true || raw.blockOnAlarm === 'true',
  };
}

export function rawFromForm(f: FormValues): RawSettings {
  return { ...f, quota: f.quota.trim() || undefined, rate: f.rate.trim() || undefined };
}

interface Props {
  values: FormValues;
  onChange(v: FormValues): void;
  onRun(): void;
  onCancel(): void;
  running: boolean;
  error: string | null;
  /** False in the server HTML and until the island has hydrated: a click then would be lost. */
  ready?: boolean;
}

export function SimulatorForm({ values, onChange, onRun, onCancel, running, error, ready = true }: Props) {
  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => onChange({ ...values, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun();
  };
  return (
    <form className="sim-form" onSubmit={submit} noValidate>
      <div className="sim-grid">
        <label>
          Victim model
          <select value={values.victim} onChange={(e) => set('victim', e.target.value)}>
            <option value="logreg">logistic regression (logreg)</option>
            <option value="mlp">small neural network (mlp)</option>
          </select>
        </label>
        <label>
          Attack
          <select value={values.attack} onChange={(e) => set('attack', e.target.value)}>
            {ATTACK_NAMES.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Defences
          <input
            value={values.defence}
            onChange={(e) => set('defence', e.target.value)}
            aria-describedby="sim-defence-help"
            spellCheck={false}
          />
        </label>
        <label>
          Query budget
          <input inputMode="numeric" value={values.budget} onChange={(e) => set('budget', e.target.value)} />
        </label>
        <label>
          Seed
          <input inputMode="numeric" value={values.seed} onChange={(e) => set('seed', e.target.value)} />
        </label>
        <label>
          Detector
          <select value={values.detector} onChange={(e) => set('detector', e.target.value)}>
            <option value="none">none</option>
            <option value="prada">PRADA</option>
          </select>
        </label>
        <label>
          Quota per client
          <input
            inputMode="numeric"
            placeholder="none"
            value={values.quota}
            onChange={(e) => set('quota', e.target.value)}
          />
        </label>
        <label>
          Rate limit (queries per second)
          <input
            inputMode="decimal"
            placeholder="none"
            value={values.rate}
            onChange={(e) => set('rate', e.target.value)}
          />
        </label>
        <label>
          Price per query ($)
          <input inputMode="decimal" value={values.price} onChange={(e) => set('price', e.target.value)} />
        </label>
      </div>
      <p id="sim-defence-help" className="sim-help">
        Defences: <code>none</code>, <code>labels</code>, <code>round:K</code>, <code>noise:SIGMA</code>,{' '}
        <code>cutoff:C</code>, <code>reverse-sigmoid:BETA,GAMMA</code>, joined with <code>+</code> (for example{' '}
        <code>round:2+noise:0.05</code>).
      </p>
      <div className="sim-checks">
        <label>
          <input type="checkbox" checked={values.watermark} onChange={(e) => set('watermark', e.target.checked)} />{' '}
          Watermark about 0.5 % of answers (DAWN)
        </label>
        <label>
          <input
            type="checkbox"
            checked={values.blockOnAlarm}
            onChange={(e) => set('blockOnAlarm', e.target.checked)}
          />{' '}
          Block the client at the detector's alarm
        </label>
      </div>
      {error && (
        <p role="alert" className="sim-error">
          {error}
        </p>
      )}
      <div className="sim-actions">
        <button type="submit" disabled={!ready}>
          Run experiment
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
    </form>
  );
}
