/**
 * Projected gradient descent: Madry, Makelov, Schmidt, Tsipras and Vladu, "Towards Deep Learning
 * Models Resistant to Adversarial Attacks", ICLR 2018. From a random start inside the ε-ball,
 * repeat: a step up the loss gradient (its sign under L∞, the gradient scaled to length α under
 * L2), then the projection back onto the ball around the clean image and into [0, 1].
 * The random start comes from the lab's seeded generator, so a seed gives the same images.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../extraction/random';
import type { Classifier } from './classifier';
import { clipPixels, inputGradient, l2Norms } from './gradient';

export type PgdNorm = 'linf' | 'l2';

export interface PgdOptions {
  norm: PgdNorm;
  epsilon: number;
  steps: number;
  stepSize: number;
  randomStart: boolean;
}

/** Projects x̃ onto the ε-ball around x (in the given norm) and into the pixel range. */
function project(adv: tf.Tensor4D, x: tf.Tensor4D, o: PgdOptions): tf.Tensor4D {
  return tf.tidy(() => {
    const delta = tf.sub(adv, x) as tf.Tensor4D;
    const inBall =
      o.norm === 'linf'
        ? tf.clipByValue(delta, -o.epsilon, o.epsilon)
        : tf.mul(delta, tf.minimum(1, tf.div(o.epsilon, l2Norms(delta))));
    return clipPixels(tf.add(x, inBall));
  });
}

/** A random point of the ball: uniform per pixel under L∞; a random direction, radius ε·U under L2. */
function randomStart(x: tf.Tensor4D, o: PgdOptions, rng: Rng): tf.Tensor4D {
  const n = x.size;
  const noise = new Float32Array(n);
  if (o.norm === 'linf') for (let i = 0; i < n; i++) noise[i] = rng.uniform(-o.epsilon, o.epsilon);
  else for (let i = 0; i < n; i++) noise[i] = rng.normal();
  const per = x.shape[0];
  const radii = Float32Array.from({ length: per }, () => o.epsilon * rng.next());
  return tf.tidy(() => {
    let d = tf.tensor4d(noise, x.shape);
    if (o.norm === 'l2') d = tf.mul(tf.div(d, l2Norms(d)), tf.tensor4d(radii, [per, 1, 1, 1]));
    return project(tf.add(x, d) as tf.Tensor4D, x, o);
  });
}

/** `onStep` is told after each iteration (the page's progress bar). */
export function pgd(
  model: Classifier,
  x: tf.Tensor4D,
  labels: tf.Tensor1D,
  o: PgdOptions,
  rng: Rng,
  onStep?: () => void,
): tf.Tensor4D {
  let adv = o.randomStart ? randomStart(x, o, rng) : tf.clone(x);
  for (let s = 0; s < o.steps; s++) {
    const next = tf.tidy(() => {
      const g = inputGradient(model, adv, labels);
      const step = o.norm === 'linf' ? tf.sign(g) : tf.div(g, l2Norms(g));
      return project(tf.add(adv, tf.mul(step, o.stepSize)) as tf.Tensor4D, x, o);
    });
    adv.dispose();
    adv = next;
    onStep?.();
  }
  return adv;
}
