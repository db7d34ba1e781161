/**
 * The simulated prediction API in front of the victim: answers with the fraud probability after
 * the chosen defences, enforces a per-client quota, prices each query, converts the rate limit
 * into the time an attack takes, applies the DAWN watermark and feeds the PRADA detector the
 * answers it returned.
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
  /** Share of inputs the watermark answers wrongly (DAWN's default is 0.005). */
  watermarkRate?: number;
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
    const secret = this.options.watermarkSecret;
    let answer: number;
    if (secret && isWatermarked(secret, x, this.options.watermarkRate)) {
      const wrong = 1 - p;
      this.watermarked.push({ x: Float64Array.from(x), wrongLabel: wrong > 0.5 ? 1 : 0 });
      answer = applyDefences(this.options.defences, wrong, this.rng);
    } else answer = applyDefences(this.options.defences, p, this.rng);
    // PRADA groups queries by the class the client was told, as a deployed detector would.
    this.detector?.observe(x, answer > 0.5 ? 1 : 0);
    return { ok: true, p: answer };
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

/**
 * One attacker spread over K client accounts (`--clients K`), the queries dealt out in turn to the
 * accounts still answering. Each account has its own quota and its own PRADA detector, as a
 * per-client defence would; detection is the first alarm of any account, counted in the
 * attacker's own queries. With a rate limit per account, K accounts query K times as fast.
 */
export class ClientPool {
  readonly clients: PredictionApi[];
  private next = 0;
  private alarm: number | null = null;
  private alarmClient: number | null = null;

  constructor(victim: Model, options: ApiOptions, count: number, rng: Rng) {
    this.clients = Array.from({ length: count }, (_, i) => new PredictionApi(victim, options, rng.fork(100 + i)));
  }

  get answered(): number {
    return this.clients.reduce((s, c) => s + c.answered, 0);
  }

  get refused(): number {
    return this.clients.reduce((s, c) => s + c.refused, 0);
  }

  get watermarked(): WatermarkRecord[] {
    return this.clients.flatMap((c) => c.watermarked);
  }

  /** The detector of the account that raised the first alarm, else the first account's. */
  get detector(): Prada | null {
    return this.clients[this.alarmClient ?? 0].detector;
  }

  query(x: Float64Array): Answer {
    let last: Answer = { ok: false, reason: 'quota' };
    for (let tried = 0; tried < this.clients.length; tried++) {
      const i = this.next;
      this.next = (this.next + 1) % this.clients.length;
      const c = this.clients[i];
      last = c.query(x);
      if (!last.ok) continue;
      if (this.alarm === null && c.detectedAt() !== null) {
        this.alarm = this.answered;
        this.alarmClient = i;
      }
      return last;
    }
    return last;
  }

  cost(): number {
    return this.clients.reduce((s, c) => s + c.cost(), 0);
  }

  /** The accounts query side by side: the slowest one sets the time. */
  seconds(): number {
    return Math.max(...this.clients.map((c) => c.seconds()));
  }

  detectedAt(): number | null {
    return this.alarm;
  }

  /** Per account: queries answered and the account's own query count at its alarm. */
  perClient(): { queries: number; detectedAtQuery: number | null }[] {
    return this.clients.map((c) => ({ queries: c.answered, detectedAtQuery: c.detectedAt() }));
  }
}
