/**
 * How well one learner threat answers one reference threat. Pure and symmetric in nothing: the
 * reference is the yardstick. Three separate judgements, each in [0, 1]:
 * - match quality: same element, same STRIDE category, and the same attack (ATLAS technique
 *   family, so AML.T0024.002 and AML.T0024 count as the same attack);
 * - mapping accuracy: how exactly the ATLAS techniques and OWASP IDs agree;
 * - mitigation fit: how well the chosen mitigations agree with the reference's.
 */
import type { Threat } from '../content/schemas';

export type ThreatLike = Pick<Threat, 'element' | 'stride' | 'atlas' | 'owasp' | 'mitigations'>;

export interface MatchQuality {
  /** 0 = no match, up to 1 = full match. */
  quality: number;
  /** Why, in one sentence for the learner. */
  reason: string;
}

/** The technique an ID belongs to: AML.T0024.002 → AML.T0024. */
export function techniqueFamily(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

/** Credit for an element + STRIDE match whose techniques name a different attack. */
export const DIFFERENT_ATTACK_CREDIT = 0.25;
/** Credit for the right element and category with no technique named, or the right attack under another category. */
export const PARTIAL_CREDIT = 0.5;

export function matchQuality(learner: ThreatLike, reference: ThreatLike): MatchQuality {
  if (learner.element !== reference.element) return { quality: 0, reason: 'a different element' };
  const sameStride = learner.stride === reference.stride;
  const refFamilies = new Set(reference.atlas.map(techniqueFamily));
  const shared = learner.atlas.filter((id) => refFamilies.has(techniqueFamily(id)));
  if (sameStride) {
    if (reference.atlas.length === 0 || shared.length > 0) {
      return {
        quality: 1,
        reason: shared.length
          ? `same element, same STRIDE category (${reference.stride}) and the same attack (${shared.join(', ')})`
          : `same element and STRIDE category (${reference.stride})`,
      };
    }
    if (learner.atlas.length === 0) {
      return {
        quality: PARTIAL_CREDIT,
        reason: `same element and STRIDE category (${reference.stride}), but no ATLAS technique to say which attack: half credit`,
      };
    }
    return {
      quality: DIFFERENT_ATTACK_CREDIT,
      reason: `same element and STRIDE category (${reference.stride}), but a different attack (${learner.atlas.join(', ')} instead of ${reference.atlas.join(', ')}): quarter credit`,
    };
  }
  if (shared.length > 0) {
    return {
      quality: PARTIAL_CREDIT,
      reason: `the right attack (${shared.join(', ')}) on the right element, but filed under ${learner.stride} instead of ${reference.stride}: half credit`,
    };
  }
  return { quality: 0, reason: `the same element but a different category (${learner.stride}) and attack` };
}

/** F1 of two ID sets; two empty sets agree perfectly. */
export function setF1(given: readonly string[], expected: readonly string[]): number {
  const g = new Set(given);
  const e = new Set(expected);
  if (g.size === 0 && e.size === 0) return 1;
  if (g.size === 0 || e.size === 0) return 0;
  let hit = 0;
  for (const id of g) if (e.has(id)) hit++;
  return (2 * hit) / (g.size + e.size);
}

/**
 * ATLAS agreement: an exact ID earns 1, the right technique with another sub-technique earns
 * one half; combined as F1 of the credited recall and precision.
 */
export function atlasAgreement(given: readonly string[], expected: readonly string[]): number {
  const g = [...new Set(given)];
  const e = [...new Set(expected)];
  if (g.length === 0 && e.length === 0) return 1;
  if (g.length === 0 || e.length === 0) return 0;
  const credit = (id: string, pool: string[]) =>
    pool.includes(id) ? 1 : pool.some((p) => techniqueFamily(p) === techniqueFamily(id)) ? 0.5 : 0;
  const recall = e.reduce((s, id) => s + credit(id, g), 0) / e.length;
  const precision = g.reduce((s, id) => s + credit(id, e), 0) / g.length;
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** Mapping accuracy: the mean of ATLAS agreement and OWASP agreement. */
export function mappingAccuracy(learner: ThreatLike, reference: ThreatLike): number {
  return (atlasAgreement(learner.atlas, reference.atlas) + setF1(learner.owasp, reference.owasp)) / 2;
}

export function mitigationFit(learner: ThreatLike, reference: ThreatLike): number {
  return setF1(learner.mitigations, reference.mitigations);
}

/** Two threats that say the same thing: same element, category and techniques (titles may differ). */
export function duplicateKey(t: ThreatLike): string {
  return [t.element, t.stride, [...new Set(t.atlas)].sort().join(',')].join('|');
}

/** Missing and extra IDs, for feedback. */
export function idDiff(given: readonly string[], expected: readonly string[]) {
  const g = new Set(given);
  const e = new Set(expected);
  return {
    shared: [...e].filter((id) => g.has(id)),
    missing: [...e].filter((id) => !g.has(id)),
    extra: [...g].filter((id) => !e.has(id)),
  };
}
