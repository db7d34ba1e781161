/**
 * Evasion lab budgets (issue 18):
 * - PGD-20 (L∞, ε = 0.1) on 100 test images ≤ 5 s in Node on the WASM backend (median of 3 after
 *   a warm-up; the backend's start and the files' loading are reported beside, not counted);
 * - the bytes the browser lab will fetch: the Fashion-MNIST subset, the CNN's weights and their
 *   manifests (reported; the WASM binaries are the sentence embedder's too and are counted there).
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, loadCnn, loadTestImages, WEIGHTS_DIR } from '../src/cli/labs';
import { nodeTf } from '../src/cli/tfjs-node';
import { cnnClassifier } from '../src/lib/labs/evasion/classifier';
import { runEvasion } from '../src/lib/labs/evasion/run';
import { parseEvasionSettings } from '../src/lib/labs/evasion/settings';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PGD_BUDGET_MS = 5_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export default async function bench(): Promise<boolean> {
  let t0 = performance.now();
  const tf = await nodeTf();
  const test = loadTestImages(ROOT);
  const { params } = loadCnn(ROOT);
  console.log(
    `backend ${tf.getBackend()} ready and files loaded and checked: ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const model = cnnClassifier(params);
  const settings = parseEvasionSettings({ attack: 'pgd', epsilon: 0.1, steps: 20, images: 100, seed: 1 });
  await runEvasion(model, test, settings); // warm-up
  const times: number[] = [];
  let adv = 0;
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    const r = await runEvasion(model, test, settings);
    times.push(performance.now() - t0);
    adv = r.adversarialAccuracy;
  }
  const ms = median(times);
  const ok = ms <= PGD_BUDGET_MS;
  console.log(
    `PGD-20 (L∞, ε 0.1) on 100 images: ${ms.toFixed(0)} ms median of 3 (budget ${PGD_BUDGET_MS} ms) ${ok ? 'OK' : 'MISSED'}; adversarial accuracy ${adv.toFixed(2)}`,
  );
  t0 = performance.now();
  await runEvasion(model, test, parseEvasionSettings({ attack: 'fgsm', epsilon: 0.1, images: 100, seed: 1 }));
  console.log(`FGSM on 100 images (no budget set): ${(performance.now() - t0).toFixed(0)} ms`);

  let total = 0;
  for (const [dir, files] of [
    [DATA_DIR, ['manifest.json', 'test.bin', 'train.bin']],
    [WEIGHTS_DIR, ['manifest.json', 'weights.bin']],
  ] as const) {
    for (const f of files) {
      const bytes = statSync(join(ROOT, ...dir, f)).size;
      total += bytes;
      console.log(`  ${[...dir, f].join('/')}: ${bytes.toLocaleString('en')} bytes`);
    }
  }
  console.log(
    `data and weights shipped to the browser: ${total.toLocaleString('en')} bytes (the attack page needs only test.bin and the weights; train.bin is for adversarial training)`,
  );
  return ok;
}
