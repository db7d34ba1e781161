/**
 * What an attack sees: the API (through `ask`), its query budget, the input box and the
 * surrogate architecture. An attack is a generator that yields its surrogate at checkpoints
 * (the runner measures fidelity there) and returns the final surrogate.
 */
import type { Model } from '../model';
import type { Rng } from '../random';

export interface AttackContext {
  d: number;
  /** Uniform probing draws each feature from [-box, box]. */
  box: number;
  /** Hidden units of the surrogate (0: logistic regression). The attacker knows the model family. */
  hidden: number;
  budget: number;
  rng: Rng;
  /** The API's answer (a fraud probability, perhaps perturbed), or null once refused or out of budget. */
  ask(x: Float64Array): number | null;
  /** Queries answered so far. */
  spent(): number;
  /** A remark for the learner (why an attack stopped, what it assumed). */
  note(text: string): void;
  /**
   * The API publishes defences that perturb probabilities but keep every decision (reverse
   * sigmoid): an attacker who knows it trains on the decisions, thresholding answers at 0.5.
   */
  labelPreserving?: boolean;
  /**
   * The attacker knows the defence's form and parameters and can undo it: the logits of every
   * probability that the answer could have come from (one, several, or none).
   */
  invert?: { describe: string; sources(answer: number): number[] };
  /** How `substitute` picks public transactions: at random, or by Knockoff Nets' adaptive bandit. */
  sampling?: 'random' | 'adaptive';
}

/** What a retraining attacker learns from an answer: the decision when the defence keeps only decisions honest. */
export function trainingTarget(ctx: Pick<AttackContext, 'labelPreserving'>, p: number): number {
  return ctx.labelPreserving ? (p > 0.5 ? 1 : 0) : p;
}

/** Whether defences keep every decision while perturbing probabilities (Kerckhoffs: the attacker knows them). */
export function keepsDecisions(defences: readonly { kind: string }[]): boolean {
  return (
    defences.some((d) => d.kind === 'reverse-sigmoid') &&
    defences.every((d) => d.kind === 'reverse-sigmoid' || d.kind === 'round' || d.kind === 'labels')
  );
}

/** Yields the clone at each checkpoint; returns the final clone, or null when no model could be recovered. */
export type Attack = (ctx: AttackContext) => Generator<Model, Model | null, void>;

/** Query counts at which retraining attacks retrain and report: (d + 1)·α for α = 1, 2, 3, 5, 10, … */
export function schedule(budget: number, d: number): number[] {
  const out: number[] = [];
  const steps = [1, 2, 3, 5];
  for (let scale = 1; scale * (d + 1) <= budget; scale *= 10) {
    for (const s of steps) {
      const q = s * scale * (d + 1);
      if (q < budget) out.push(q);
    }
  }
  out.push(budget);
  return out;
}

/** The answered queries and their answers, growing. */
export class QuerySet {
  x: Float64Array;
  y: number[] = [];
  n = 0;

  constructor(readonly d: number) {
    this.x = new Float64Array(256 * d);
  }

  push(x: Float64Array, p: number) {
    if ((this.n + 1) * this.d > this.x.length) {
      const grown = new Float64Array(this.x.length * 2);
      grown.set(this.x);
      this.x = grown;
    }
    this.x.set(x.subarray(0, this.d), this.n * this.d);
    this.y.push(p);
    this.n++;
  }

  row(i: number): Float64Array {
    return this.x.subarray(i * this.d, (i + 1) * this.d);
  }
}

export function uniformPoint(ctx: AttackContext, out = new Float64Array(ctx.d)): Float64Array {
  for (let j = 0; j < ctx.d; j++) out[j] = ctx.rng.uniform(-ctx.box, ctx.box);
  return out;
}
