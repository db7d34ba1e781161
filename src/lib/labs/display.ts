/**
 * How the labs' pages draw images and word figures. Pure: the islands paint what these return
 * onto canvases, and the tests check it on plain arrays.
 */
import { CLASS_NAMES } from './data';

/** Grey levels 0–255, one per pixel, as canvas RGBA (opaque). */
export function greyToRgba(grey: ArrayLike<number>): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(grey.length * 4);
  for (let i = 0; i < grey.length; i++) {
    out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = grey[i];
    out[4 * i + 3] = 255;
  }
  return out;
}

/**
 * The perturbation x̃ − x made visible: mid-grey (128) where nothing changed, lighter where the
 * attack brightened a pixel and darker where it dimmed one, scaled so the largest change reaches
 * white or black. `scale` is that largest change in grey levels (0 when the images are equal).
 */
export function perturbationGrey(clean: ArrayLike<number>, adversarial: ArrayLike<number>) {
  if (clean.length !== adversarial.length) throw new Error('the two images differ in size');
  let scale = 0;
  for (let i = 0; i < clean.length; i++) scale = Math.max(scale, Math.abs(adversarial[i] - clean[i]));
  const grey = new Uint8ClampedArray(clean.length);
  for (let i = 0; i < clean.length; i++)
    grey[i] = scale === 0 ? 128 : Math.round(128 + (127 * (adversarial[i] - clean[i])) / scale);
  return { grey, scale };
}

/** The k most probable classes, most probable first (ties in class order). */
export function topClasses(probabilities: readonly number[], k = 3): { label: number; name: string; p: number }[] {
  return probabilities
    .map((p, label) => ({ label, name: CLASS_NAMES[label] ?? `class ${label}`, p }))
    .sort((a, b) => b.p - a.p || a.label - b.label)
    .slice(0, k);
}

/** A share as a percentage with one decimal ("88.9 %"), or "n/a" for none. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${(100 * v).toFixed(1)} %`;
}
