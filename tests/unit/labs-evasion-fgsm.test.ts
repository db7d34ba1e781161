/**
 * Adversarial accuracy falls as ε grows (Goodfellow, Shlens and Szegedy, ICLR 2015, §4: FGSM at
 * ε = 0.25 gives a softmax MNIST model 99.9 % error), on seeds 1–3 with 100 test images each, for
 * FGSM, PGD under L∞ (5 steps) and PGD under L2; and PGD is at least as strong as FGSM at the same
 * ε (Madry et al., ICLR 2018).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadCnn, loadTestImages } from '../../src/cli/labs';
import { nodeTf } from '../../src/cli/tfjs-node';
import type { ImageSet } from '../../src/lib/labs/data';
import { cnnClassifier, type Classifier } from '../../src/lib/labs/evasion/classifier';
import { runEvasion } from '../../src/lib/labs/evasion/run';
import { parseEvasionSettings, type RawEvasionSettings } from '../../src/lib/labs/evasion/settings';

const root = resolve(__dirname, '..', '..');
const SEEDS = [1, 2, 3];
let model: Classifier;
let test: ImageSet;
const run = (raw: RawEvasionSettings) => runEvasion(model, test, parseEvasionSettings(raw));

beforeAll(async () => {
  await nodeTf();
  test = loadTestImages(root);
  model = cnnClassifier(loadCnn(root).params);
});

/** Strictly falling across the ε given, allowing ties only where accuracy is already 0. */
function expectFalling(accs: number[]) {
  for (let i = 1; i < accs.length; i++)
    if (accs[i - 1] > 0) expect(accs[i]).toBeLessThan(accs[i - 1]);
    else expect(accs[i]).toBe(0);
}

describe('adversarial accuracy as ε grows, seeds 1–3', () => {
  it('FGSM: ε = 0 leaves the clean accuracy, then accuracy falls at 0.03, 0.1, 0.25', async () => {
    for (const seed of SEEDS) {
      const rs = [];
      for (const epsilon of [0, 0.03, 0.1, 0.25]) rs.push(await run({ attack: 'fgsm', epsilon, seed }));
      expect(rs[0].adversarialAccuracy).toBe(rs[0].cleanAccuracy);
      expect(rs[0].meanPerturbation.linf).toBe(0);
      expectFalling(rs.map((r) => r.adversarialAccuracy));
      for (const r of rs) expect(r.meanPerturbation.linf).toBeLessThanOrEqual(r.settings.epsilon + 1e-6);
    }
  }, 180_000);
  it('PGD-5 under L∞ falls at 0.01, 0.03 and is at least as strong as FGSM at each', async () => {
    for (const seed of SEEDS) {
      const accs = [];
      for (const epsilon of [0.01, 0.03]) {
        const p = await run({ attack: 'pgd', epsilon, steps: 5, seed });
        const f = await run({ attack: 'fgsm', epsilon, seed });
        expect(p.adversarialAccuracy).toBeLessThanOrEqual(f.adversarialAccuracy);
        accs.push(p.adversarialAccuracy);
      }
      expectFalling(accs);
    }
  }, 180_000);
  it('PGD-5 under L2 falls at radii 0.5, 1.5 and stays inside the L2 ball', async () => {
    const seed = 1;
    const small = await run({ attack: 'pgd-l2', epsilon: 0.5, steps: 5, seed });
    const large = await run({ attack: 'pgd-l2', epsilon: 1.5, steps: 5, seed });
    expect(large.adversarialAccuracy).toBeLessThan(small.adversarialAccuracy);
    expect(small.adversarialAccuracy).toBeLessThan(small.cleanAccuracy);
    for (const r of [small, large])
      for (const im of r.perImage) expect(im.l2).toBeLessThanOrEqual(r.settings.epsilon + 1e-4);
  }, 180_000);
});
