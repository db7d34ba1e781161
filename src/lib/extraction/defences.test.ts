import { describe, expect, it } from 'vitest';
import {
  applyDefences,
  formatDefences,
  MAX_DEFENCES,
  parseDefences,
  reverseSigmoid,
  reverseSigmoidSources,
} from './defences';
import { Rng } from './random';

describe('parseDefences', () => {
  it(`takes a chain of up to ${MAX_DEFENCES} defences and refuses a longer one before anything runs`, () => {
    const chain = (n: number) => Array(n).fill('round:2').join('+');
    expect(parseDefences(chain(MAX_DEFENCES))).toHaveLength(MAX_DEFENCES);
    expect(() => parseDefences(chain(4000))).toThrow(
      `a defence chain has at most ${MAX_DEFENCES} defences joined by "+" (got 4,000)`,
    );
  });

  it('parses every defence name of the command line and joins with +', () => {
    expect(parseDefences('none')).toEqual([]);
    expect(parseDefences('labels+round:2+noise:0.2+cutoff:0.25+reverse-sigmoid:1,0.1')).toEqual([
      { kind: 'labels' },
      { kind: 'round', decimals: 2 },
      { kind: 'noise', sigma: 0.2 },
      { kind: 'cutoff', cutoff: 0.25 },
      { kind: 'reverse-sigmoid', beta: 1, gamma: 0.1 },
    ]);
    expect(formatDefences(parseDefences(' round:3 + labels '))).toBe('round:3+labels');
  });
  it('rejects bad settings with a clear message', () => {
    expect(() => parseDefences('round:50')).toThrow('round:K needs K a whole number of decimals from 0 to 15 (got 50)');
    expect(() => parseDefences('round:1.5')).toThrow('from 0 to 15');
    expect(() => parseDefences('noise:NaN')).toThrow('defence "noise:NaN": SIGMA must be a finite number (got NaN)');
    expect(() => parseDefences('noise:-1')).toThrow('noise:SIGMA needs SIGMA from 0 to 10');
    expect(() => parseDefences('cutoff')).toThrow('defence "cutoff" needs C');
    expect(() => parseDefences('reverse-sigmoid:1')).toThrow('reverse-sigmoid needs two parameters');
    expect(() => parseDefences('blur:3')).toThrow('unknown defence "blur"');
    expect(() => parseDefences('labels:1')).toThrow('takes no parameter');
  });
});

describe('applyDefences', () => {
  const rng = new Rng(1);
  it('returns labels, rounds and cuts off as ART does', () => {
    expect(applyDefences(parseDefences('labels'), 0.51, rng)).toBe(1);
    expect(applyDefences(parseDefences('labels'), 0.5, rng)).toBe(0);
    expect(applyDefences(parseDefences('round:2'), 0.12345, rng)).toBe(0.12);
    expect(applyDefences(parseDefences('cutoff:0.25'), 0.2, rng)).toBe(0);
    expect(applyDefences(parseDefences('cutoff:0.25'), 0.3, rng)).toBe(0.3);
  });
  it('perturbs with reverse sigmoid: p = 0.9, β = 1, γ = 0.1 gives 0.84529 (by hand)', () => {
    // r(0.9) = σ(0.1·ln 9) − ½ = 0.054712; p̃₁ = 0.845288, p̃₀ = 0.1 + 0.054712 = 0.154712; sum 1.
    expect(reverseSigmoid(0.9, 1, 0.1)).toBeCloseTo(0.845288, 5);
    expect(reverseSigmoid(0.5, 1, 0.1)).toBeCloseTo(0.5, 12);
  });
  it('keeps noisy answers in [0, 1] and repeats them from the seed', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const ds = parseDefences('noise:0.5');
    for (let i = 0; i < 200; i++) {
      const p = i / 199;
      const q = applyDefences(ds, p, a);
      expect(q).toBeGreaterThanOrEqual(0);
      expect(q).toBeLessThanOrEqual(1);
      expect(applyDefences(ds, p, b)).toBe(q);
    }
  });
});

describe('reverseSigmoidSources', () => {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  it('finds the one probability behind an answer near the boundary', () => {
    // Answers above 0.38 (and below 0.62) come from one probability only.
    for (const z of [-0.2, 0.1, 0.25]) {
      const zs = reverseSigmoidSources(reverseSigmoid(sigmoid(z), 1, 0.1), 1, 0.1);
      expect(zs).toHaveLength(1);
      expect(zs[0]).toBeCloseTo(z, 9);
    }
  });
  it('finds both sources of an answer the map reaches twice, each mapping back to it', () => {
    // β = 1, γ = 0.1 falls from 0.38 to 0.12 as p rises from 0 to 0.02, then climbs to 0.5.
    const q = reverseSigmoid(sigmoid(-10), 1, 0.1);
    const zs = reverseSigmoidSources(q, 1, 0.1);
    expect(zs).toHaveLength(2);
    expect(zs[0]).toBeCloseTo(-10, 6);
    for (const z of zs) expect(reverseSigmoid(sigmoid(z), 1, 0.1)).toBeCloseTo(q, 9);
  });
  it("finds the true source of a confident answer out to logit ±30 (a converged victim's probes reach −28)", () => {
    for (const z of [-30, -25, 25, 30]) {
      const zs = reverseSigmoidSources(reverseSigmoid(sigmoid(z), 1, 0.1), 1, 0.1);
      expect(Math.min(...zs.map((s) => Math.abs(s - z))), `logit ${z}`).toBeLessThan(1e-6);
    }
  });
  it('finds none for an answer the defence never gives, or a label', () => {
    expect(reverseSigmoidSources(0.05, 1, 0.1)).toEqual([]);
    expect(reverseSigmoidSources(0, 1, 0.1)).toEqual([]);
    expect(reverseSigmoidSources(1, 1, 0.1)).toEqual([]);
  });
});
