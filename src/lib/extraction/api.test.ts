/**
 * The prediction API in front of a hand-set logistic model: answers σ(w·x + b) through the
 * defences, refuses past the quota or after PRADA's alarm, prices and times the queries, and
 * answers watermarked inputs with 1 − p (DAWN). The alarm comes from the 1-D probe worked by hand
 * in prada.test.ts (alarm at query 110).
 */
import { describe, expect, it } from 'vitest';
import { ClientPool, PredictionApi, type ApiOptions } from './api';
import { parseDefences } from './defences';
import { sigmoid, type Model } from './model';
import { Rng } from './random';
import { utf8 } from './sha256';
import { isWatermarked } from './watermark';

/** f(x) = σ(x₀ − x₁). */
const victim: Model = { d: 2, hidden: 0, params: Float64Array.from([1, -1, 0]) };
/** Always "fraud" (σ(1)), one feature: every query goes to PRADA's class 1. */
const alwaysFraud: Model = { d: 1, hidden: 0, params: Float64Array.from([0, 1]) };

const open: ApiOptions = {
  defences: [],
  quota: Infinity,
  ratePerSecond: Infinity,
  pricePerQuery: 0.001,
  detectorDelta: null,
  blockOnAlarm: false,
  watermarkSecret: null,
};
const api = (options: Partial<ApiOptions> = {}, model = victim) =>
  new PredictionApi(model, { ...open, ...options }, new Rng(1));

function watermarkedInput(secret: Uint8Array, watermarked: boolean): Float64Array {
  const r = new Rng(2);
  for (;;) {
    const x = Float64Array.of(r.normal(), r.normal());
    if (isWatermarked(secret, x) === watermarked) return x;
  }
}

describe('PredictionApi', () => {
  it("answers with the victim's probability when there is no defence", () => {
    const a = api();
    expect(a.query(Float64Array.of(1, 0))).toEqual({ ok: true, p: sigmoid(1) });
    expect(a.query(Float64Array.of(0, 2))).toEqual({ ok: true, p: sigmoid(-2) });
    expect(a.answered).toBe(2);
    expect(a.refused).toBe(0);
  });

  it('applies the defences to each answer', () => {
    const a = api({ defences: parseDefences('labels') });
    expect(a.query(Float64Array.of(1, 0))).toEqual({ ok: true, p: 1 });
    expect(a.query(Float64Array.of(0, 1))).toEqual({ ok: true, p: 0 });
    const r = api({ defences: parseDefences('round:2') });
    expect(r.query(Float64Array.of(1, 0))).toEqual({ ok: true, p: 0.73 }); // σ(1) = 0.7311
  });

  it('refuses every query past the quota, and counts the refusals', () => {
    const a = api({ quota: 3 });
    for (let i = 0; i < 3; i++) expect(a.query(Float64Array.of(i, 0)).ok).toBe(true);
    expect(a.query(Float64Array.of(0, 0))).toEqual({ ok: false, reason: 'quota' });
    expect(a.query(Float64Array.of(0, 0))).toEqual({ ok: false, reason: 'quota' });
    expect([a.answered, a.refused]).toEqual([3, 2]);
  });

  it('prices the answered queries only and times them at the rate limit', () => {
    const a = api({ quota: 4, pricePerQuery: 0.25, ratePerSecond: 2 });
    for (let i = 0; i < 6; i++) a.query(Float64Array.of(i, 0));
    expect(a.cost()).toBe(1);
    expect(a.seconds()).toBe(2);
    const unlimited = api();
    unlimited.query(Float64Array.of(0, 0));
    expect(unlimited.seconds()).toBe(0);
    expect(unlimited.cost()).toBe(0.001);
  });

  it('has no detector without a δ', () => {
    const a = api();
    expect(a.detector).toBeNull();
    expect(a.detectedAt()).toBeNull();
  });

  it("feeds PRADA with the victim's predicted class and reports the alarm", () => {
    const a = api({ detectorDelta: 0.9 }, alwaysFraud);
    expect(a.detector!.delta).toBe(0.9);
    for (let k = 0; k < 109; k++) a.query(Float64Array.of(k));
    expect(a.detectedAt()).toBeNull();
    a.query(Float64Array.of(109));
    expect(a.detectedAt()).toBe(110);
    // Without blocking, the API keeps answering.
    expect(a.query(Float64Array.of(110)).ok).toBe(true);
  });

  it('refuses every query after the alarm when told to block', () => {
    const a = api({ detectorDelta: 0.9, blockOnAlarm: true }, alwaysFraud);
    for (let k = 0; k < 110; k++) expect(a.query(Float64Array.of(k)).ok).toBe(true);
    expect(a.query(Float64Array.of(110))).toEqual({ ok: false, reason: 'blocked' });
    expect([a.answered, a.refused, a.detectedAt()]).toEqual([110, 1, 110]);
  });

  it('checks the quota before the block', () => {
    const a = api({ detectorDelta: 0.9, blockOnAlarm: true, quota: 110 }, alwaysFraud);
    for (let k = 0; k < 110; k++) a.query(Float64Array.of(k));
    expect(a.query(Float64Array.of(110))).toEqual({ ok: false, reason: 'quota' });
  });

  it('answers a watermarked input with 1 − p and records it with the wrong label', () => {
    const secret = utf8('secret');
    const a = api({ watermarkSecret: secret });
    const x = watermarkedInput(secret, true);
    const p = sigmoid(x[0] - x[1]);
    const answer = a.query(x);
    expect(answer.ok && answer.p).toBeCloseTo(1 - p, 15);
    expect(a.watermarked).toHaveLength(1);
    expect(Array.from(a.watermarked[0].x)).toEqual(Array.from(x));
    expect(a.watermarked[0].wrongLabel).toBe(1 - p > 0.5 ? 1 : 0);
    x[0] = 99; // the record is a copy
    expect(a.watermarked[0].x[0]).not.toBe(99);
  });

  it('answers other inputs truthfully and records nothing for them', () => {
    const secret = utf8('secret');
    const a = api({ watermarkSecret: secret });
    const x = watermarkedInput(secret, false);
    expect(a.query(x)).toEqual({ ok: true, p: sigmoid(x[0] - x[1]) });
    expect(a.watermarked).toEqual([]);
  });

  it('applies the defences after the watermark flip', () => {
    const secret = utf8('secret');
    const a = api({ watermarkSecret: secret, defences: parseDefences('labels') });
    const x = watermarkedInput(secret, true);
    const p = sigmoid(x[0] - x[1]);
    expect(a.query(x)).toEqual({ ok: true, p: 1 - p > 0.5 ? 1 : 0 });
  });
});

describe('PRADA sees what the client was told', () => {
  it("groups a watermarked answer under its returned class, not the victim's", () => {
    const secret = utf8('k');
    // The victim says "fraud" to everything; the watermarked inputs are answered "legitimate".
    const a = new PredictionApi(
      alwaysFraud,
      { ...open, detectorDelta: 0.9, watermarkSecret: secret, watermarkRate: 0.2 },
      new Rng(1),
    );
    const r = new Rng(3);
    for (let i = 0; i < 200; i++) a.query(Float64Array.of(r.normal()));
    expect(a.watermarked.length).toBeGreaterThan(20);
    expect(a.detector!.perClass).toEqual([a.watermarked.length, 200 - a.watermarked.length]);
  });
});

describe('ClientPool', () => {
  it("deals the queries out in turn, each account with its own quota, and counts the first alarm in the attacker's queries", () => {
    const pool = new ClientPool(victim, { ...open, quota: 3 }, 2, new Rng(1));
    const answers = Array.from({ length: 7 }, () => pool.query(Float64Array.of(0.1, 0.2)));
    expect(answers.map((x) => x.ok)).toEqual([true, true, true, true, true, true, false]);
    expect(pool.perClient()).toEqual([
      { queries: 3, detectedAtQuery: null },
      { queries: 3, detectedAtQuery: null },
    ]);
    expect(pool.answered).toBe(6);
    expect(pool.refused).toBe(2); // both accounts were tried for the seventh query
    expect(pool.detectedAt()).toBeNull();
  });
  it('runs K accounts side by side under a rate limit', () => {
    const pool = new ClientPool(victim, { ...open, ratePerSecond: 2 }, 4, new Rng(1));
    for (let i = 0; i < 8; i++) pool.query(Float64Array.of(0, 0));
    expect(pool.seconds()).toBe(1); // 2 queries per account at 2 per second
    expect(pool.cost()).toBeCloseTo(0.008, 12);
  });
});
