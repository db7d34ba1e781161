/**
 * The crowd and its consensus, on labels whose truth is known. Oracles: a hand-built crowd where
 * two of three labellers lie about one class (majority vote must get it wrong, Dawid–Skene right),
 * and the binomial share of images whose labellers are all malicious (the only ones no
 * aggregation can save).
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../extraction/random';
import { dawidSkene, firstLabels, labelByCrowd, majorityLabels, type Crowd } from './crowd';

const truthOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 10);

describe('labelByCrowd', () => {
  it('has the malicious share of contributors mislabel only the source class, each image by distinct people', () => {
    const truth = truthOf(2000);
    const crowd = labelByCrowd(
      truth,
      { contributors: 50, labelsPerImage: 3, maliciousShare: 0.2, source: 7, target: 5 },
      new Rng(1),
    );
    expect(crowd.malicious.size).toBe(10);
    for (let i = 0; i < truth.length; i++) {
      const who = Array.from(crowd.labellers.subarray(i * 3, i * 3 + 3));
      expect(new Set(who).size).toBe(3);
      who.forEach((c, j) => {
        const l = crowd.labels[i * 3 + j];
        expect(l).toBe(crowd.malicious.has(c) && truth[i] === 7 ? 5 : truth[i]);
      });
    }
  });
});

describe('aggregating the labels', () => {
  // 40 contributors label 1,000 images three at a time; 0–9 lie about class 7 (call it 5) and label
  // everything else truthfully. Half the sevens get two liars and one honest labeller, the other
  // half one liar and two honest ones; half the other images get one liar among their labellers.
  const truth = truthOf(1000);
  const crowdOf = (): Crowd => {
    const labellers = new Int32Array(truth.length * 3);
    const labels = new Uint8Array(truth.length * 3);
    let seven = 0;
    const rng = new Rng(7);
    for (let i = 0; i < truth.length; i++) {
      // Three distinct honest people (10–39) drawn at random, and liars taking turns.
      const people = [10 + rng.int(30)];
      while (people.length < 3) {
        const c = 10 + rng.int(30);
        if (!people.includes(c)) people.push(c);
      }
      const honest = (j: number) => people[j];
      const liar = (j: number) => (Math.floor(i / 10) + j * 5) % 10;
      const liars = truth[i] === 7 ? (seven++ % 2 === 0 ? 2 : 1) : i % 2;
      for (let j = 0; j < 3; j++) {
        const c = j < liars ? liar(j) : honest(j);
        labellers[i * 3 + j] = c;
        labels[i * 3 + j] = c < 10 && truth[i] === 7 ? 5 : truth[i];
      }
    }
    return { malicious: new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), labellers, labels, k: 3 };
  };
  const sevens = [...truth.keys()].filter((i) => truth[i] === 7);
  const twoLiars = sevens.filter((_, k) => k % 2 === 0);

  it('majority vote follows two liars out of three; Dawid–Skene does not', () => {
    const crowd = crowdOf();
    const majority = majorityLabels(crowd, truth.length);
    const ds = dawidSkene(crowd, truth.length, 40).labels;
    expect(twoLiars.every((i) => majority[i] === 5)).toBe(true);
    expect(sevens.filter((i) => !twoLiars.includes(i)).every((i) => majority[i] === 7)).toBe(true);
    // Only liars ever call a 7 a 5 and honest people never do, so every image is recovered.
    expect([...truth.keys()].every((i) => ds[i] === truth[i])).toBe(true);
  });

  it('keeps the first label without a defence', () => {
    const first = firstLabels(crowdOf(), truth.length);
    // The first labeller of every seven is a liar.
    expect([...truth.keys()].filter((i) => first[i] !== truth[i])).toEqual(sevens);
  });

  it('rates the liars low on the class they lie about and high elsewhere', () => {
    const ds = dawidSkene(crowdOf(), truth.length, 40);
    expect(ds.reputation(0, 7)).toBeLessThan(0.2);
    expect(ds.reputation(0, 3)).toBeGreaterThan(0.8);
    expect(ds.reputation(12, 7)).toBeGreaterThan(0.8);
  });

  it('cannot save an image whose labellers all lie: about share³ of the source class at random', () => {
    const n = 30_000;
    const big = truthOf(n);
    const crowd = labelByCrowd(
      big,
      { contributors: 200, labelsPerImage: 3, maliciousShare: 0.3, source: 7, target: 5 },
      new Rng(2),
    );
    const ds = dawidSkene(crowd, n, 200).labels;
    const sevens = [...big.keys()].filter((i) => big[i] === 7);
    const wrong = sevens.filter((i) => ds[i] !== 7).length / sevens.length;
    // 60 of 200 malicious, three distinct labellers: (60·59·58)/(200·199·198) = 0.0260.
    expect(wrong).toBeGreaterThan(0.015);
    expect(wrong).toBeLessThan(0.04);
    const firstWrong = sevens.filter((i) => firstLabels(crowd, n)[i] !== 7).length / sevens.length;
    expect(firstWrong).toBeGreaterThan(0.25);
  });
});
