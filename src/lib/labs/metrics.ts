/** Accuracy figures of the image labs, on plain arrays (so they are tested without a backend). */
import { CLASSES } from './data';

export function accuracy(pred: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (labels.length === 0) return NaN;
  let right = 0;
  for (let i = 0; i < labels.length; i++) if (pred[i] === labels[i]) right++;
  return right / labels.length;
}

/** Accuracy within each true class; null for a class with no images. */
export function perClassAccuracy(pred: ArrayLike<number>, labels: ArrayLike<number>): (number | null)[] {
  const right = new Array<number>(CLASSES).fill(0);
  const seen = new Array<number>(CLASSES).fill(0);
  for (let i = 0; i < labels.length; i++) {
    seen[labels[i]]++;
    if (pred[i] === labels[i]) right[labels[i]]++;
  }
  return seen.map((n, c) => (n === 0 ? null : right[c] / n));
}
