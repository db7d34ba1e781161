/**
 * Experiment settings: every refusal with its exact message, the caps, the defaults, and the URL
 * form. The accepted names are those of the `dojo extract` command line.
 */
import { describe, expect, it } from 'vitest';
import { SettingsError } from './errors';
import {
  DEFAULTS,
  MAX_BUDGET,
  MAX_BUDGET_WITH_DETECTOR,
  paramsToRaw,
  parseSettings,
  settingsToParams,
  type RawSettings,
} from './settings';

describe('parseSettings', () => {
  it('rejects bad settings with clear messages', () => {
    expect(() => parseSettings({ budget: 'NaN' })).toThrow('budget must be a whole number of queries (got NaN)');
    expect(() => parseSettings({ budget: -5 })).toThrow('budget must be at least 1 query (got -5)');
    expect(() => parseSettings({ attack: 'steal-it' })).toThrow(
      'unknown attack "steal-it"; use one of equation-solving, lowd-meek',
    );
    expect(() => parseSettings({ defence: 'round:50' })).toThrow(
      'round:K needs K a whole number of decimals from 0 to 15',
    );
    expect(() => parseSettings({ victim: 'svm' })).toThrow('unknown victim "svm"');
    expect(() => parseSettings({ seed: 1.5 })).toThrow('seed must be a whole number');
    expect(() => parseSettings({ delta: 2 })).toThrow('delta');
  });

  it('gives the exact message for every other refusal, as a SettingsError', () => {
    const refusals: [RawSettings, string][] = [
      [{ victim: 'svm' }, 'unknown victim "svm"; use one of logreg, mlp'],
      [{ detector: 'x' }, 'unknown detector "x"; use one of none, prada'],
      [{ budget: '' }, 'budget must be a whole number of queries (got )'],
      [{ budget: 0 }, 'budget must be at least 1 query (got 0)'],
      [{ seed: -1 }, 'seed must be from 0 to 4294967295 (got -1)'],
      [{ seed: 2 ** 32 }, 'seed must be from 0 to 4294967295 (got 4294967296)'],
      [{ seed: 'abc' }, 'seed must be a whole number (got abc)'],
      [{ delta: 'x' }, 'delta must be a finite number (got x)'],
      [{ delta: 1 }, "delta (PRADA's threshold on Shapiro–Wilk W) must be between 0 and 1 (got 1)"],
      [{ delta: 0 }, "delta (PRADA's threshold on Shapiro–Wilk W) must be between 0 and 1 (got 0)"],
      [{ quota: 0 }, 'quota must be above 0, or "none" (got 0)'],
      [{ quota: 1.5 }, 'quota must be a whole number of queries, or "none" (got 1.5)'],
      [{ quota: 'x' }, 'quota must be a whole number of queries, or "none" (got x)'],
      [{ rate: 0 }, 'rate must be above 0, or "none" (got 0)'],
      [{ rate: 'fast' }, 'rate must be a finite number (got fast)'],
      [{ price: -1 }, 'price must be from 0 to 1000 dollars per query (got -1)'],
      [{ price: 1001 }, 'price must be from 0 to 1000 dollars per query (got 1001)'],
      [{ price: 'free' }, 'price must be a finite number (got free)'],
      [{ watermark: 'yes' }, 'watermark must be true or false (got yes)'],
      [{ blockOnAlarm: 2 }, 'blockOnAlarm must be true or false (got 2)'],
    ];
    for (const [raw, message] of refusals)
      expect(() => parseSettings(raw), message).toThrow(new SettingsError(message));
    expect(() => parseSettings({ seed: 'abc' })).toThrow(SettingsError);
  });

  it('fills every default', () => {
    const { settings, warnings } = parseSettings({});
    expect(warnings).toEqual([]);
    const { defences, ...rest } = settings;
    expect(defences).toEqual([]);
    expect(rest).toEqual({ ...DEFAULTS });
    expect(DEFAULTS).toMatchObject({ victim: 'logreg', attack: 'equation-solving', budget: 1000, seed: 1 });
  });

  it('accepts strings as a URL or the command line gives them, trimmed', () => {
    const { settings } = parseSettings({
      budget: ' 500 ',
      attack: ' lowd-meek ',
      seed: '4294967295',
      quota: 'none',
      rate: '2.5',
      price: '0',
      watermark: '1',
      blockOnAlarm: 'false',
    });
    expect(settings).toMatchObject({
      budget: 500,
      attack: 'lowd-meek',
      seed: 4294967295,
      quota: Infinity,
      rate: 2.5,
      price: 0,
      watermark: true,
      blockOnAlarm: false,
    });
  });

  it('caps 10⁹ queries and says so', () => {
    const p = parseSettings({ budget: 1e9 });
    expect(p.settings.budget).toBe(MAX_BUDGET);
    expect(p.warnings[0]).toContain('capped at 100000');
    expect(parseSettings({ budget: 1e9, detector: 'prada' }).settings.budget).toBe(20_000);
  });

  it('words each cap exactly, the PRADA one with its reason', () => {
    expect(MAX_BUDGET).toBe(100_000);
    expect(MAX_BUDGET_WITH_DETECTOR).toBe(20_000);
    expect(parseSettings({ budget: 1e9 }).warnings).toEqual([
      "budget 1000000000 is above the simulator's limit of 100000 queries: capped at 100000",
    ]);
    expect(parseSettings({ budget: 30_000, detector: 'prada' }).warnings).toEqual([
      "budget 30000 is above the simulator's limit of 20000 queries with the PRADA detector (its cost grows with the square of the queries): capped at 20000",
    ]);
    expect(parseSettings({ budget: MAX_BUDGET }).warnings).toEqual([]);
  });

  it('normalises the defence string', () => {
    expect(parseSettings({ defence: ' round:2 + labels ' }).settings.defence).toBe('round:2+labels');
  });
});

describe('the URL form', () => {
  it('round-trips through URL parameters, omitting defaults', () => {
    const { settings } = parseSettings({
      attack: 'lowd-meek',
      defence: 'round:2+labels',
      budget: 500,
      quota: 100,
      watermark: true,
    });
    const params = settingsToParams(settings);
    expect(params.toString()).toBe('defence=round%3A2%2Blabels&attack=lowd-meek&budget=500&quota=100&watermark=true');
    expect(parseSettings(paramsToRaw(params)).settings).toEqual(settings);
  });

  it('writes nothing for the defaults and every other key in a fixed order', () => {
    expect(settingsToParams(parseSettings({}).settings).toString()).toBe('');
    const { settings } = parseSettings({
      victim: 'mlp',
      attack: 'retrain-uniform',
      seed: 7,
      detector: 'prada',
      delta: 0.95,
      quota: 100,
      rate: 5,
      price: 0,
      blockOnAlarm: true,
    });
    const params = settingsToParams(settings);
    expect(params.toString()).toBe(
      'victim=mlp&attack=retrain-uniform&seed=7&detector=prada&delta=0.95&quota=100&rate=5&price=0&blockOnAlarm=true',
    );
    expect(parseSettings(paramsToRaw(params)).settings).toEqual(settings);
  });

  it('reads only the known keys from a URL', () => {
    expect(paramsToRaw(new URLSearchParams('budget=5&foo=bar&quota=none'))).toEqual({ budget: '5', quota: 'none' });
    expect(paramsToRaw(new URLSearchParams(''))).toEqual({});
  });
});

describe('the attacker, the accounts and the watermark rate', () => {
  it('defaults to an aware attacker on one account, and says what else is allowed', () => {
    const { settings } = parseSettings({});
    expect([settings.attacker, settings.clients, settings.watermarkRate]).toEqual(['aware', 1, 0.005]);
    expect(() => parseSettings({ attacker: 'clever' })).toThrow('unknown attacker "clever"; use one of aware, naive');
    expect(() => parseSettings({ clients: 1.5 })).toThrow(/clients must be a whole number of client accounts/);
    expect(() => parseSettings({ watermarkRate: 'maybe' })).toThrow(/watermarkRate must be a finite number/);
  });
  it('round-trips through the URL form', () => {
    const { settings } = parseSettings({ attacker: 'naive', clients: 20, watermarkRate: 0.05 });
    const params = settingsToParams(settings);
    expect(params.toString()).toBe('watermarkRate=0.05&clients=20&attacker=naive');
    expect(parseSettings(paramsToRaw(params)).settings).toEqual(settings);
  });
});

describe('the substitute attack’s sampling', () => {
  it('defaults to random, accepts adaptive for the substitute attack only, and round-trips', () => {
    expect(parseSettings({}).settings.sampling).toBe('random');
    const { settings } = parseSettings({ attack: 'substitute', sampling: 'adaptive' });
    expect(settings.sampling).toBe('adaptive');
    expect(settingsToParams(settings).toString()).toBe('attack=substitute&sampling=adaptive');
    expect(parseSettings(paramsToRaw(settingsToParams(settings))).settings).toEqual(settings);
    expect(() => parseSettings({ sampling: 'clever' })).toThrow(
      'unknown sampling "clever"; use one of random, adaptive',
    );
    expect(() => parseSettings({ attack: 'retrain-uniform', sampling: 'adaptive' })).toThrow(
      /sampling "adaptive" is Knockoff Nets' strategy.*an option of the substitute attack \(got attack retrain-uniform\)/,
    );
  });

  it('refuses functionally equivalent extraction against the logistic victim, as equation solving against the MLP', () => {
    expect(() => parseSettings({ attack: 'functionally-equivalent' })).toThrow(SettingsError);
    expect(() => parseSettings({ attack: 'functionally-equivalent', victim: 'mlp' })).not.toThrow();
  });
});
