import { describe, expect, it } from 'vitest';
import { formFromRaw, rawFromForm, runLabel, shareQuery } from './form';
import { paramsToRaw } from './settings';

const defaults = {
  victim: 'logreg',
  defence: 'none',
  attack: 'equation-solving',
  budget: '1000',
  seed: '1',
  detector: 'none',
  quota: '',
  rate: '',
  price: '0.001',
  watermark: false,
  watermarkRate: '0.005',
  blockOnAlarm: false,
  clients: '1',
  attacker: 'aware',
  sampling: 'random',
};

describe('the simulator form', () => {
  it('shows the defaults of settings.ts for empty settings (no quota, no rate limit)', () => {
    expect(formFromRaw({})).toEqual(defaults);
  });

  it('shows settings from a URL as typed, with flags from "true"', () => {
    const raw = paramsToRaw(
      new URLSearchParams('attack=lowd-meek&defence=labels&budget=5000&watermark=true&quota=300'),
    );
    expect(formFromRaw(raw)).toEqual({
      ...defaults,
      attack: 'lowd-meek',
      defence: 'labels',
      budget: '5000',
      watermark: true,
      quota: '300',
    });
  });

  it('shows no limit for Infinity, and only true or "true" as a set flag', () => {
    const f = formFromRaw({ quota: Infinity, rate: 2.5, watermark: 'yes', blockOnAlarm: true });
    expect([f.quota, f.rate, f.watermark, f.blockOnAlarm]).toEqual(['', '2.5', false, true]);
  });

  it('keeps a bad value as text for parseSettings to explain', () => {
    expect(formFromRaw({ budget: 'NaN' }).budget).toBe('NaN');
  });

  it('gives back raw settings with a blank or spaces-only limit as none', () => {
    expect(rawFromForm({ ...defaults, quota: '  ', rate: ' 5 ' })).toEqual({
      ...defaults,
      quota: undefined,
      rate: '5',
      sampling: undefined, // an option of the substitute attack only
    });
    expect(formFromRaw(rawFromForm(defaults))).toEqual(defaults);
  });

  it('labels a run by victim, attack, defence and budget, then what else is on', () => {
    expect(runLabel(defaults)).toBe('logreg · equation-solving · none · 1000 q');
    expect(runLabel({ ...defaults, defence: '' })).toBe('logreg · equation-solving · none · 1000 q');
    expect(runLabel({ ...defaults, detector: 'prada', watermark: true, quota: '500' })).toBe(
      'logreg · equation-solving · none · 1000 q · PRADA, watermark, quota 500',
    );
    expect(runLabel({ ...defaults, clients: '20' })).toBe('logreg · equation-solving · none · 1000 q · 20 accounts');
  });
});

describe('the share link of a run', () => {
  it('carries only the settings that differ from the defaults, in settings.ts order', () => {
    expect(shareQuery(rawFromForm({ ...defaults, attack: 'lowd-meek', defence: 'labels', budget: '5000' }))).toBe(
      '?defence=labels&attack=lowd-meek&budget=5000',
    );
  });

  it('is empty for the defaults, and carries a capped budget as capped', () => {
    expect(shareQuery(rawFromForm(defaults))).toBe('');
    expect(shareQuery(rawFromForm({ ...defaults, clients: '20', watermarkRate: '0.05' }))).toBe(
      '?watermarkRate=0.05&clients=20',
    );
    expect(shareQuery({ budget: '1000000000' })).toBe('?budget=100000');
  });

  it('sends the sampling only with the substitute attack, and labels adaptive runs', () => {
    const adaptive = { ...defaults, attack: 'substitute', sampling: 'adaptive' };
    expect(rawFromForm(adaptive).sampling).toBe('adaptive');
    expect(rawFromForm({ ...adaptive, attack: 'retrain-uniform' }).sampling).toBeUndefined();
    expect(runLabel(adaptive)).toBe('logreg · substitute · none · 1000 q · adaptive sampling');
    expect(shareQuery(rawFromForm(adaptive))).toBe('?attack=substitute&sampling=adaptive');
  });
});
