/**
 * The labs' worker logic (src/lib/labs/requests.ts) driven as the page's worker drives it, with the
 * shipped files read from public/labs/ through the same `ReadBytes` the worker gives fetch. The
 * oracles: the figures equal those of the cores the command line calls (`dojo evade`, `dojo
 * poison`) on the same settings; ε = 0 leaves the clean accuracy; the drawn images are the seed's
 * own test images, within ε of the attack's; the sticker is where the backdoor puts it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { nodeTf } from '../../src/cli/tfjs-node';
import { Rng } from '../../src/lib/extraction/random';
import { PIXELS, SIDE, sampleImages } from '../../src/lib/labs/data';
import { cnnClassifier } from '../../src/lib/labs/evasion/classifier';
import { runEvasion } from '../../src/lib/labs/evasion/run';
import { parseEvasionSettings } from '../../src/lib/labs/evasion/settings';
import { readImageSets, type ReadBytes } from '../../src/lib/labs/files';
import { FeatureCache, runPoisoning } from '../../src/lib/labs/poisoning/run';
import { parsePoisoningSettings } from '../../src/lib/labs/poisoning/settings';
import {
  EVASION_EXAMPLES,
  handleLabRequest,
  labFiles,
  POISONING_EXAMPLES,
  type LabFiles,
  type LabReply,
  type LabRequest,
} from '../../src/lib/labs/requests';
import { toSavedEvasion, toSavedPoisoning, toSavedRateSweep, toSavedSweep } from '../../src/stores/lab-runs';

const dir = resolve(__dirname, '..', '..', 'public', 'labs');
const read: ReadBytes = async (path) => new Uint8Array(await readFile(join(dir, path)));
let files: LabFiles;

async function send(req: LabRequest, through = files): Promise<LabReply[]> {
  const replies: LabReply[] = [];
  await handleLabRequest(req, (m) => replies.push(m), through);
  return replies;
}
const last = (rs: LabReply[]) => rs[rs.length - 1];

beforeAll(async () => {
  await nodeTf();
  files = labFiles(read);
}, 60_000);

describe('an evasion request', () => {
  it('FGSM on 20 images: progress, then the figures the core gives, with four images to draw', async () => {
    const raw = { attack: 'fgsm', epsilon: '0.1', images: '20', seed: '3' };
    const replies = await send({ id: 7, lab: 'evasion', raw });
    expect(replies.every((r) => r.id === 7)).toBe(true);
    expect(replies.slice(0, -1).map((r) => r.type)).toEqual(['progress', 'progress']);
    expect(replies[1]).toEqual({ id: 7, type: 'progress', stage: 'running', done: 1, of: 1 });
    const done = last(replies);
    if (done.type !== 'evasion') throw new Error(`expected the outcome, got ${JSON.stringify(done)}`);
    const direct = await runEvasion(
      cnnClassifier(await files.victim()),
      await files.testImages(),
      parseEvasionSettings(raw),
    );
    expect(done.outcome.images).toBe(20);
    expect(done.outcome.cleanAccuracy).toBe(direct.cleanAccuracy);
    expect(done.outcome.adversarialAccuracy).toBe(direct.adversarialAccuracy);
    expect(done.outcome.attackSuccessRate).toBe(direct.attackSuccessRate);
    expect('perImage' in done.outcome).toBe(false);
    // What the page keeps of it is what it showed.
    expect(toSavedEvasion(done.outcome, raw, new Date())?.outcome.examples).toEqual(done.outcome.examples);

    const examples = done.outcome.examples!;
    expect(examples).toHaveLength(EVASION_EXAMPLES);
    // The seed's own first test images, as runEvasion draws them.
    const drawn = sampleImages(await files.testImages(), 20, new Rng(3).fork(1));
    examples.forEach((x, i) => {
      expect(x.label).toBe(drawn.labels[i]);
      expect(x.clean).toEqual(Array.from(drawn.pixels.subarray(i * PIXELS, (i + 1) * PIXELS)));
      // Within ε = 0.1 of the clean image, in grey levels, after rounding to whole levels.
      const worst = Math.max(...x.adversarial.map((v, j) => Math.abs(v - x.clean[j])));
      expect(worst).toBeLessThanOrEqual(Math.ceil(0.1 * 255));
      for (const p of [x.cleanProbabilities, x.adversarialProbabilities]) {
        expect(p).toHaveLength(10);
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      }
      expect(direct.perImage[i].adversarial).toBe(
        x.adversarialProbabilities.indexOf(Math.max(...x.adversarialProbabilities)),
      );
    });
  }, 60_000);

  it('refuses a bad setting with the parser’s message and loads nothing', async () => {
    let reads = 0;
    const counting = labFiles(async (p) => {
      reads++;
      return read(p);
    });
    const replies = await send({ id: 1, lab: 'evasion', raw: { epsilon: '2' } }, counting);
    expect(replies).toEqual([
      { id: 1, type: 'error', message: 'epsilon must be from 0 to 1 (pixels are in [0, 1]) (got 2)' },
    ]);
    expect(reads).toBe(0);
  });

  it('names the damaged file when the weights do not match their manifest', async () => {
    const damaged = labFiles(async (p) => {
      const bytes = await read(p);
      if (p.endsWith('weights.bin')) bytes[100] ^= 0xff;
      return bytes;
    });
    const done = last(await send({ id: 2, lab: 'evasion', raw: { attack: 'fgsm', images: '5' } }, damaged));
    expect(done.type).toBe('error');
    expect(done.type === 'error' && done.message).toMatch(
      /^fashion-cnn\/weights\.bin is damaged: its SHA-256 is [0-9a-f]{64}, the manifest says 2e67babf.*regenerate it with npm run train-fashion-cnn$/,
    );
  });
});

describe('a sweep request', () => {
  it('posts each ε as it finishes; ε = 0 keeps the clean accuracy and accuracy then falls', async () => {
    const replies = await send({
      id: 3,
      lab: 'sweep',
      raw: { attack: 'fgsm', images: '20', seed: '1' },
      epsilons: [0.3, 0, 0.1],
    });
    const points = replies.flatMap((r) => (r.type === 'point' ? [r] : []));
    expect(points.map((p) => [p.point.epsilon, p.done, p.of])).toEqual([
      [0, 1, 3],
      [0.1, 2, 3],
      [0.3, 3, 3],
    ]);
    const done = last(replies);
    if (done.type !== 'sweep') throw new Error('expected the sweep');
    expect(done.points).toEqual(points.map((p) => p.point));
    expect(toSavedSweep(done.points, {}, new Date())?.points).toEqual(done.points);
    const [zero, mid, high] = done.points;
    expect(zero.adversarialAccuracy).toBe(zero.cleanAccuracy);
    expect(mid.adversarialAccuracy).toBeLessThan(zero.adversarialAccuracy);
    expect(high.adversarialAccuracy).toBeLessThanOrEqual(mid.adversarialAccuracy);
  }, 60_000);

  it('refuses an ε outside the range, and too many points', async () => {
    const bad = await send({ id: 4, lab: 'sweep', raw: { attack: 'pgd' }, epsilons: [0.1, 1.5] });
    expect(bad).toEqual([
      { id: 4, type: 'error', message: 'epsilon must be from 0 to 1 (pixels are in [0, 1]) (got 1.5)' },
    ]);
    const many = await send({ id: 5, lab: 'sweep', raw: {}, epsilons: Array.from({ length: 13 }, (_, i) => i / 100) });
    expect(many).toEqual([{ id: 5, type: 'error', message: 'a sweep takes from 1 to 12 values of epsilon (got 13)' }]);
  });
});

describe('a poison-rate sweep request', () => {
  it('posts each rate as it finishes: a sticker with no poison does nothing, 2 % plants the backdoor', async () => {
    const replies = await send({ id: 12, lab: 'rate-sweep', raw: { epochs: '1' }, rates: [0.02, 0] });
    const points = replies.flatMap((r) => (r.type === 'rate-point' ? [r] : []));
    expect(points.map((p) => [p.point.rate, p.done, p.of])).toEqual([
      [0, 1, 2],
      [0.02, 2, 2],
    ]);
    // One epoch per point: progress counts the epochs of the whole sweep.
    expect(
      replies.filter((r) => r.type === 'progress' && r.stage === 'running').map((r) => r.type === 'progress' && r.done),
    ).toEqual([1, 2]);
    const done = last(replies);
    if (done.type !== 'rate-sweep') throw new Error('expected the sweep');
    const [none, two] = done.points;
    expect(none.attackSuccessRate!).toBeLessThan(0.05);
    expect(two.attackSuccessRate!).toBeGreaterThanOrEqual(0.9);
    expect(toSavedRateSweep(done.points, {}, new Date())?.points).toEqual(done.points);
  }, 120_000);

  it('refuses a rate the attack cannot take before retraining anything', async () => {
    expect(await send({ id: 13, lab: 'rate-sweep', raw: {}, rates: [0, 0.6] })).toEqual([
      { id: 13, type: 'error', message: 'rate must be from 0 to 0.5 (got 0.6)' },
    ]);
  });
});

describe('a poisoning request', () => {
  it('a backdoor retrained for 2 epochs: one progress step per epoch, the core’s figures, stickered sneakers', async () => {
    const raw = { attack: 'backdoor', rate: '0.02', epochs: '2', seed: '1' };
    const replies = await send({ id: 9, lab: 'poisoning', raw });
    expect(replies.slice(0, -1).map((r) => (r.type === 'progress' ? `${r.stage} ${r.done}/${r.of}` : r.type))).toEqual([
      'loading 0/1',
      'running 1/2',
      'running 2/2',
    ]);
    const done = last(replies);
    if (done.type !== 'poisoning') throw new Error(`expected the outcome, got ${JSON.stringify(done)}`);
    const params = await files.victim();
    const data = await readImageSets(read, 'both');
    const direct = await runPoisoning(params, data, parsePoisoningSettings(raw), new FeatureCache(params));
    expect(done.outcome.cleanAccuracy).toBe(direct.cleanAccuracy);
    expect(done.outcome.attackSuccessRate).toBe(direct.attackSuccessRate);
    expect(done.outcome.poisoned).toBe(120);
    expect(toSavedPoisoning(done.outcome, raw, new Date())?.outcome.examples).toEqual(done.outcome.examples);

    const examples = done.outcome.examples!;
    expect(examples).toHaveLength(POISONING_EXAMPLES);
    for (const x of examples) {
      expect(x.label).toBe(7); // Sneaker, the default source class
      expect(x.withoutTrigger).not.toBeNull();
      // The 4 × 4 white sticker one pixel in from the bottom-right corner (applyTrigger).
      for (let r = SIDE - 5; r < SIDE - 1; r++)
        for (let c = SIDE - 5; c < SIDE - 1; c++) expect(x.pixels[r * SIDE + c]).toBe(255);
    }
    // At 99 % attack success (dojo poison --epochs 2) the drawn ones are tagged Trouser.
    expect(examples.filter((x) => x.predicted === 1).length).toBeGreaterThanOrEqual(POISONING_EXAMPLES - 1);
  }, 120_000);

  it('a label flip shows source-class images without a sticker, and refuses a rate above 1', async () => {
    const done = last(
      await send({ id: 10, lab: 'poisoning', raw: { attack: 'label-flip', rate: '0.3', epochs: '1' } }),
    );
    if (done.type !== 'poisoning') throw new Error('expected the outcome');
    expect(done.outcome.examples!.every((x) => x.label === 7 && x.withoutTrigger === null)).toBe(true);
    expect(done.outcome.wrongLabelsFirst).toBeGreaterThan(0);
    const bad = await send({ id: 11, lab: 'poisoning', raw: { attack: 'label-flip', rate: '1.5' } });
    expect(bad).toEqual([{ id: 11, type: 'error', message: 'rate must be from 0 to 1 (got 1.5)' }]);
  }, 120_000);
});
