/**
 * The two model kinds and their forward pass. Expected values: a 2-input, 2-hidden-unit network
 * worked by hand, and central finite differences for the input gradient.
 */
import { describe, expect, it } from 'vitest';
import {
  cloneModel,
  createModel,
  inputGradient,
  linearScore,
  logit,
  logitOf,
  mlpScore,
  probabilities,
  probability,
  sigmoid,
  type Model,
} from './model';
import { Rng } from './random';

/** W1 = [[1, −1], [0.5, 2]], b1 = [0, −1], w2 = [2, −3], b2 = 0.5. */
const net: Model = { d: 2, hidden: 2, params: Float64Array.from([1, -1, 0.5, 2, 0, -1, 2, -3, 0.5]) };
const lin: Model = { d: 3, hidden: 0, params: Float64Array.from([1, -2, 0.5, 0.25]) };

describe('createModel and cloneModel', () => {
  it('lays out d + 1 parameters for logistic regression and h·d + 2h + 1 for the MLP', () => {
    expect(createModel(30, 0).params.length).toBe(31);
    expect(createModel(30, 16).params.length).toBe(16 * 30 + 2 * 16 + 1);
    expect(createModel(30, 16)).toMatchObject({ d: 30, hidden: 16 });
  });

  it('starts logistic regression at zero, with or without a generator', () => {
    expect(Array.from(createModel(4, 0, new Rng(1)).params)).toEqual([0, 0, 0, 0, 0]);
  });

  it('initialises MLP weights Glorot-uniform and biases at zero', () => {
    const d = 30;
    const h = 16;
    const w = createModel(d, h, new Rng(2)).params;
    const l1 = Math.sqrt(6 / (d + h));
    const l2 = Math.sqrt(6 / (h + 1));
    const w1 = Array.from(w.subarray(0, h * d));
    expect(Math.max(...w1.map(Math.abs))).toBeLessThanOrEqual(l1);
    // Uniform on [−l, l] has standard deviation l/√3; 480 draws give it within about 5 %.
    const sd = Math.sqrt(w1.reduce((s, v) => s + v * v, 0) / w1.length);
    expect(Math.abs(sd / (l1 / Math.sqrt(3)) - 1)).toBeLessThan(0.1);
    expect(Array.from(w.subarray(h * d, h * d + h))).toEqual(new Array(h).fill(0));
    const w2 = Array.from(w.subarray(h * d + h, h * d + 2 * h));
    expect(Math.max(...w2.map(Math.abs))).toBeLessThanOrEqual(l2);
    expect(w2.some((v) => v !== 0)).toBe(true);
    expect(w[h * d + 2 * h]).toBe(0);
  });

  it('leaves an MLP at zero without a generator', () => {
    expect(createModel(3, 2).params.every((v) => v === 0)).toBe(true);
  });

  it('clones into an independent copy', () => {
    const c = cloneModel(net);
    expect(c).toEqual(net);
    c.params[0] = 99;
    expect(net.params[0]).toBe(1);
  });
});

describe('sigmoid and logit', () => {
  it('gives σ(0) = ½, σ(ln 3) = ¾ and σ(−z) = 1 − σ(z)', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 15);
    for (const z of [0.3, 2, 7.5]) expect(sigmoid(-z)).toBeCloseTo(1 - sigmoid(z), 15);
  });

  it('stays finite for huge scores and is NaN for NaN', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-745)).toBeGreaterThan(0); // exp(−745) is the smallest subnormal
    expect(sigmoid(NaN)).toBeNaN();
  });

  it('inverts the sigmoid: logit(¾) = ln 3, logit(σ(z)) = z', () => {
    expect(logit(0.75)).toBeCloseTo(Math.log(3), 15);
    // Near 1, 1 − p loses digits: σ(20) = 1 − 2·10⁻⁹ keeps only about 7 of them.
    for (const z of [-20, -1, 0, 0.5, 10]) expect(logit(sigmoid(z))).toBeCloseTo(z, 8);
  });

  it('maps 0 and 1 to ∓∞ and values outside [0, 1] to NaN', () => {
    expect(logit(0)).toBe(-Infinity);
    expect(logit(1)).toBe(Infinity);
    expect(logit(1.5)).toBeNaN();
    expect(logit(-0.1)).toBeNaN();
  });
});

describe('the forward pass', () => {
  it('scores w·x + b on the row at an offset', () => {
    const x = Float64Array.from([9, 9, 9, 2, 1, 4]);
    // Row 1: 1·2 − 2·1 + 0.5·4 + 0.25 = 2.25.
    expect(linearScore(lin.params, x, 3, 3)).toBe(2.25);
    expect(logitOf(lin, x, 3)).toBe(2.25);
  });

  it('runs the MLP by hand: x = (1, 1) → hidden (0, 1.5), score 0.5 − 3·1.5 = −4', () => {
    const act = new Float64Array(2);
    expect(mlpScore(net.params, Float64Array.from([1, 1]), 0, 2, 2, act)).toBe(-4);
    expect(Array.from(act)).toEqual([0, 1.5]);
    // x = (2, 0): hidden (2, 0), score 0.5 + 2·2 = 4.5.
    expect(logitOf(net, Float64Array.from([2, 0]))).toBe(4.5);
  });

  it('gives probabilities σ(score) for one row and for every row of a table', () => {
    expect(probability(net, Float64Array.from([2, 0]))).toBeCloseTo(sigmoid(4.5), 15);
    const table = Float64Array.from([1, 1, 2, 0, 0, 0]);
    const p = probabilities(net, table, 3);
    expect(Array.from(p)).toEqual([sigmoid(-4), sigmoid(4.5), sigmoid(0.5)]);
    expect(probabilities(net, table, 0).length).toBe(0);
  });
});

describe('inputGradient', () => {
  it('is w for logistic regression', () => {
    const g = new Float64Array(3);
    inputGradient(lin, Float64Array.from([5, 5, 5]), g);
    expect(Array.from(g)).toEqual([1, -2, 0.5]);
  });

  it('sums w2ₖ·W1ₖ over the active units (by hand)', () => {
    const g = new Float64Array(2).fill(7); // stale values must be cleared
    inputGradient(net, Float64Array.from([1, 1]), g);
    expect(Array.from(g)).toEqual([-1.5, -6]); // only unit 2 is active: −3·(0.5, 2)
    inputGradient(net, Float64Array.from([2, 0]), g);
    expect(Array.from(g)).toEqual([2, -2]); // only unit 1: 2·(1, −1)
    inputGradient(net, Float64Array.from([-5, -5]), g);
    expect(Array.from(g)).toEqual([0, 0]); // no unit active
  });

  it('matches central finite differences of the logit on a random network', () => {
    const m = createModel(5, 4, new Rng(3));
    m.params.forEach((_, i) => (m.params[i] += 0.1 * Math.sin(i))); // nonzero biases
    const x = Float64Array.from([0.3, -0.2, 0.9, -1.1, 0.4]);
    const g = new Float64Array(5);
    inputGradient(m, x, g);
    const h = 1e-6;
    for (let j = 0; j < 5; j++) {
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[j] += h;
      down[j] -= h;
      expect(g[j]).toBeCloseTo((logitOf(m, up) - logitOf(m, down)) / (2 * h), 6);
    }
  });
});
