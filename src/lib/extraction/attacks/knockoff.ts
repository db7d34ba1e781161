/**
 * Knockoff Nets' adaptive sampling (Orekondy, Schiele and Fritz, CVPR 2019, §4.1.2): the attacker
 * holds a large unlabelled public data set in groups (there, ImageNet's label hierarchy; here,
 * k-means clusters of public transactions, which the attacker can compute without any label) and
 * learns, while it queries, which groups are worth querying. Each query is an action of a
 * gradient bandit: a group is drawn from the softmax of the preferences H, a transaction from that
 * group is sent, and the answer's reward moves H (Sutton and Barto, §2.8):
 * H_a ← H_a + α (r − r̄)(1[a = chosen] − π_a). The reward adds the paper's three terms: certainty
 * (the margin between the API's two class probabilities), diversity (how far the answer is above
 * the mean of recent answers, per class) and the substitute's loss on the answer.
 */
import { kmeans } from 'ml-kmeans';
import { publicQuery } from '../data';
import { probability, type Model } from '../model';
import type { Rng } from '../random';

export const KNOCKOFF = {
  /** Groups of the public pool (k-means clusters). */
  groups: 8,
  /** Public transactions the attacker holds. */
  pool: 20_000,
  /** Of which k-means sees the first (the rest join their nearest centroid). */
  clusterSample: 5_000,
  /** Bandit step size α. */
  step: 0.1,
  /** Answers in the diversity term's running mean. */
  window: 50,
};

export interface KnockoffSampler {
  next(): Float64Array;
  /** The API's answer to the last transaction sent, and the substitute as it stands. */
  answer(p: number, model: Model): void;
  /** Queries sent from each group so far. */
  counts(): number[];
  /** The policy π over groups. */
  policy(): number[];
}

export function knockoffSampler(d: number, rng: Rng): KnockoffSampler {
  const pool: number[][] = [];
  for (let i = 0; i < KNOCKOFF.pool; i++) {
    const x = new Float64Array(d);
    publicQuery(rng, x);
    pool.push(Array.from(x));
  }
  // Centroids from k-means on a sample of the pool, then every transaction to its nearest one.
  const { centroids } = kmeans(pool.slice(0, KNOCKOFF.clusterSample), KNOCKOFF.groups, {
    initialization: 'kmeans++',
    seed: Math.floor(rng.next() * 2 ** 31),
    maxIterations: 50,
  });
  const members: number[][] = Array.from({ length: KNOCKOFF.groups }, () => []);
  pool.forEach((x, i) => {
    let best = 0;
    let bestD = Infinity;
    centroids.forEach((c, g) => {
      let dist = 0;
      for (let j = 0; j < d; j++) dist += (x[j] - c[j]) ** 2;
      if (dist < bestD) {
        bestD = dist;
        best = g;
      }
    });
    members[best].push(i);
  });
  // Each group's transactions in a random order, sent without replacement.
  for (const m of members) rng.shuffle(m);
  const used = members.map(() => 0);
  const H = new Float64Array(KNOCKOFF.groups);
  const sent = new Array<number>(KNOCKOFF.groups).fill(0);
  let meanReward = 0;
  let rewards = 0;
  const recent: number[] = [];
  let chosen = -1;
  let lastX = new Float64Array(d);

  const policy = (): number[] => {
    const live = members.map((m, a) => used[a] < m.length);
    let max = -Infinity;
    H.forEach((h, a) => {
      if (live[a]) max = Math.max(max, h);
    });
    const e = Array.from(H, (h, a) => (live[a] ? Math.exp(h - max) : 0));
    const total = e.reduce((s, v) => s + v, 0);
    return total > 0 ? e.map((v) => v / total) : e.map(() => 1 / e.length);
  };

  return {
    next() {
      const pi = policy();
      if (pi.every((v, a) => v === 0 || used[a] >= members[a].length)) {
        // The whole pool has been sent: draw fresh public transactions.
        chosen = -1;
        lastX = new Float64Array(d);
        publicQuery(rng, lastX);
        return lastX;
      }
      let u = rng.next();
      chosen = pi.length - 1;
      for (let a = 0; a < pi.length; a++) {
        if (u < pi[a]) {
          chosen = a;
          break;
        }
        u -= pi[a];
      }
      const i = members[chosen][used[chosen]++];
      sent[chosen]++;
      lastX = Float64Array.from(pool[i]);
      return lastX;
    },
    answer(p, model) {
      if (chosen < 0) return;
      const certainty = Math.abs(2 * p - 1);
      const mean = recent.length ? recent.reduce((s, v) => s + v, 0) / recent.length : p;
      // Per class: max(0, y_k − ȳ_k) for the two classes (fraud p, legitimate 1 − p).
      const diversity = Math.max(0, p - mean) + Math.max(0, mean - p);
      const q = Math.min(1 - 1e-12, Math.max(1e-12, probability(model, lastX)));
      const loss = -(p * Math.log(q) + (1 - p) * Math.log(1 - q));
      const r = certainty + diversity + loss;
      recent.push(p);
      if (recent.length > KNOCKOFF.window) recent.shift();
      // The baseline r̄ is the mean of the earlier rewards (none yet: no update).
      const pi = policy();
      if (rewards > 0)
        for (let a = 0; a < H.length; a++) H[a] += KNOCKOFF.step * (r - meanReward) * ((a === chosen ? 1 : 0) - pi[a]);
      rewards++;
      meanReward += (r - meanReward) / rewards;
    },
    counts: () => [...sent],
    policy,
  };
}
