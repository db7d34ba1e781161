/**
 * The simulated prediction API in front of the victim: answers with the fraud probability after
 * the chosen defences, enforces a per-client quota, prices each query, converts the rate limit
 * into the time an attack takes, feeds the PRADA detector and applies the DAWN watermark.
 */
import { applyDefences, type Defence } from './defences';
import { probability, type Model } from './model';
import { Prada } from './prada';
import type { Rng } from './random';
import { isWatermarked } from './watermark';

export interface ApiOptions {
  defences: Defence[];
  /** Queries a client may make; Infinity for none. */
  quota: number;
  /** Queries per second a client may make; Infinity for none. */
  ratePerSecond: number;
  /** Price of one query, in dollars. */
  pricePerQuery: number;
  /** PRADA's δ, or null for no detector. */
  detectorDelta: number | null;
  /** When true, the API refuses every query after the detector's alarm. */
  blockOnAlarm: boolean;
  /** HMAC key of the watermark, or null for none. */
  watermarkSecret: Uint8Array | null;
}

export type Answer = { ok: true; p: number } | { ok: false; reason: 'quota' | 'blocked' };

export interface WatermarkRecord {
  x: Float64Array;
  /** The deliberately wrong label the API gave. */
  wrongLabel: 0 | 1;
}

export class PredictionApi {
  readonly detector: Prada | null;
  /** Queries answered. */
  answered = 0;
  refused = 0;
  readonly watermarked: WatermarkRecord[] = [];

  constructor(
    private readonly victim: Model,
    readonly options: ApiOptions,
    private readonly rng: Rng,
  ) {
    this.detector = options.detectorDelta === null ? null : new Prada(victim.d, options.detectorDelta);
  }

  query(x: Float64Array): Answer {
    if (this.answered >= this.options.quota) {
      this.refused++;
      return { ok: false, reason: 'quota' };
    }
    if (this.options.blockOnAlarm && this.detector?.alarmAt != null) {
      this.refused++;
      return { ok: false, reason: 'blocked' };
    }
    this.answered++;
    const p = probability(this.victim, x);
    this.detector?.observe(x, p > 0.5 ? 1 : 0);
    const secret = this.options.watermarkSecret;
    if (secret && isWatermarked(secret, x)) {
      const wrong = 1 - p;
      this.watermarked.push({ x: Float64Array.from(x), wrongLabel: wrong > 0.5 ? 1 : 0 });
      return { ok: true, p: applyDefences(this.options.defences, wrong, this.rng) };
    }
    return { ok: true, p: applyDefences(this.options.defences, p, this.rng) };
  }

  /** Dollars spent so far. */
  cost(): number {
    return this.answered * this.options.pricePerQuery;
  }

  /** Seconds the answered queries take at the rate limit (0 without one). */
  seconds(): number {
    return Number.isFinite(this.options.ratePerSecond) ? this.answered / this.options.ratePerSecond : 0;
  }

  detectedAt(): number | null {
    return this.detector?.alarmAt ?? null;
  }
}
