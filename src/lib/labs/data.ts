/**
 * Fashion-MNIST images in the labs' compact binary form, and their checks. Pure: the bytes come
 * from a Node loader (src/cli/labs.ts) or, in the browser, from fetch; nothing here reads files.
 *
 * Layout of an image-set file (little-endian), written by scripts/build-fashion-mnist.ts:
 *   bytes 0–7    the magic "DJFMNIST"
 *   8–11         uint32 format version (1)
 *   12–15        uint32 count N
 *   16–19, 20–23 uint32 height and width (28, 28)
 *   24 …         N × 784 uint8 pixels (0–255, row-major, one image after another)
 *   then         N uint8 labels (0–9)
 * The manifest beside the files records each file's count, size and SHA-256, checked on load.
 */
import type { Rng } from '../extraction/random';
import { sha256 } from '../extraction/sha256';
import { DataError } from './errors';

/** Xiao, Rasul and Vollgraf (arXiv:1708.07747), the labels in class order. */
export const CLASS_NAMES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;
export const CLASSES = CLASS_NAMES.length;
export const SIDE = 28;
export const PIXELS = SIDE * SIDE;

export const MAGIC = 'DJFMNIST';
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 24;

/** N images with their labels; pixels are 0–255 (divide by 255 for the models' [0, 1] range). */
export interface ImageSet {
  count: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

/** One file as the manifest describes it. */
export interface ImageFileEntry {
  path: string;
  count: number;
  bytes: number;
  sha256: string;
}

export interface DataManifest {
  format: 'dojo-fashion-mnist/1';
  source: string;
  licence: string;
  seed: number;
  perClass: { train: number; test: number };
  files: { train: ImageFileEntry; test: ImageFileEntry };
  /** Rows of the package that were not 784 values in 0–255 and were left out. */
  skipped: number;
}

export function fileBytes(count: number): number {
  return HEADER_BYTES + count * (PIXELS + 1);
}

export function encodeImageSet(set: ImageSet): Uint8Array {
  const out = new Uint8Array(fileBytes(set.count));
  const view = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, set.count, true);
  view.setUint32(16, SIDE, true);
  view.setUint32(20, SIDE, true);
  out.set(set.pixels.subarray(0, set.count * PIXELS), HEADER_BYTES);
  out.set(set.labels.subarray(0, set.count), HEADER_BYTES + set.count * PIXELS);
  return out;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of bytes as lower-case hex (the manifests' form). */
export function sha256Hex(bytes: Uint8Array): string {
  return hex(sha256(bytes));
}

/**
 * Reads an image-set file, checking it against its manifest entry: size, header, SHA-256 and
 * labels. Throws a DataError naming the file and the fault.
 */
export function decodeImageSet(bytes: Uint8Array, entry: ImageFileEntry): ImageSet {
  const name = entry.path;
  const fail = (why: string) =>
    new DataError(`${name} is damaged: ${why}; regenerate it with npm run build-fashion-mnist`);
  if (bytes.length !== entry.bytes) throw fail(`it is ${bytes.length} bytes, the manifest says ${entry.bytes}`);
  if (bytes.length < HEADER_BYTES) throw fail('it is shorter than its header');
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw fail(`it does not start with ${MAGIC}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) throw fail(`format version ${version}, expected ${FORMAT_VERSION}`);
  const count = view.getUint32(12, true);
  if (view.getUint32(16, true) !== SIDE || view.getUint32(20, true) !== SIDE)
    throw fail(`images are not ${SIDE}×${SIDE}`);
  if (count !== entry.count) throw fail(`it holds ${count} images, the manifest says ${entry.count}`);
  if (bytes.length !== fileBytes(count)) throw fail(`${count} images need ${fileBytes(count)} bytes`);
  const digest = sha256Hex(bytes);
  if (digest !== entry.sha256) throw fail(`its SHA-256 is ${digest}, the manifest says ${entry.sha256}`);
  const pixels = bytes.slice(HEADER_BYTES, HEADER_BYTES + count * PIXELS);
  const labels = bytes.slice(HEADER_BYTES + count * PIXELS);
  const bad = labels.findIndex((l) => l >= CLASSES);
  if (bad >= 0) throw fail(`image ${bad} has label ${labels[bad]}`);
  return { count, pixels, labels };
}

/** n images drawn without replacement by the seeded generator (each seed attacks its own sample). */
export function sampleImages(set: ImageSet, n: number, rng: Rng): ImageSet {
  const count = Math.min(n, set.count);
  const order = Int32Array.from({ length: set.count }, (_, i) => i);
  rng.shuffle(order);
  const pixels = new Uint8Array(count * PIXELS);
  const labels = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const i = order[k];
    pixels.set(set.pixels.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS);
    labels[k] = set.labels[i];
  }
  return { count, pixels, labels };
}

/** Pixels scaled to [0, 1] as float32, the models' input range. */
export function toUnitFloats(pixels: Uint8Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i] / 255;
  return out;
}
