/**
 * How well one learner threat answers one reference threat, as three judgements an expert makes
 * (issue 12), each in [0, 1], multiplied into the match quality:
 * - placement: the same element, or a neighbour on the diagram (diagram-distance.ts);
 * - STRIDE: the same category, a genuinely ambiguous call, or another category;
 * - attack: the same attack class, a related one, or none (attack-classes.ts), never ID prefixes.
 * And, separately, the two things that only matter once a pair is assigned: mapping accuracy
 * (the exact ATLAS and OWASP IDs) and mitigation fit (the reference's mitigations and those
 * ATLAS itself links to the reference's techniques).
 */
import type { StrideCategory } from '../frameworks/ids';
import { mitigationsForTechnique } from '../frameworks/atlas-links';
import { classesOf, setSimilarity, type AttackClassId } from './attack-classes';
import type { Placement } from './diagram-distance';

export interface ThreatLike {
  element: string;
  stride: StrideCategory;
  atlas: readonly string[];
  owasp: readonly string[];
  mitigations: readonly string[];
  attack?: string | undefined;
}

/**
 * The attack classes a threat is about: those of its ATLAS and OWASP IDs and the class it names
 * outright (a reference's author adds the class its IDs do not say: a Spoofing threat tagged
 * with poisoning techniques is also identity abuse); the STRIDE fallback only when none.
 */
export function threatClasses(t: ThreatLike): AttackClassId[] {
  return classesOf(t);
}

/** STRIDE calls practitioners genuinely make either way (issue 12, item 3), and their credit. */
const AMBIGUOUS: readonly [StrideCategory, StrideCategory, string][] = [
  ['Tampering', 'Repudiation', 'altering logs is both tampering with them and denying what happened'],
  ['Spoofing', 'Elevation of privilege', 'acting with a stolen identity is both spoofing it and gaining its rights'],
];
export const AMBIGUOUS_STRIDE_CREDIT = 0.6;
/** The right attack in the right place under another STRIDE category. */
export const OTHER_STRIDE_CREDIT = 0.4;

/**
 * The reference's category cannot be used where the learner placed the threat (STRIDE per element:
 * a flow has no Spoofing or Elevation of privilege): translating it is what an expert has to do.
 */
export const UNAVAILABLE_STRIDE_CREDIT = 0.75;

/** @param available the categories STRIDE per element allows where the learner placed the threat */
export function strideCredit(
  learner: StrideCategory,
  reference: StrideCategory,
  available?: readonly StrideCategory[],
): { credit: number; note: string } {
  if (learner === reference) return { credit: 1, note: `the same STRIDE category (${reference})` };
  if (available && !available.includes(reference)) {
    return {
      credit: UNAVAILABLE_STRIDE_CREDIT,
      note: `${learner}: the reference's ${reference} does not apply where you placed it, a fair translation`,
    };
  }
  const ambiguous = AMBIGUOUS.find(
    ([a, b]) => (a === learner && b === reference) || (b === learner && a === reference),
  );
  if (ambiguous) {
    return {
      credit: AMBIGUOUS_STRIDE_CREDIT,
      note: `${learner} where the reference says ${reference}, a fair reading (${ambiguous[2]})`,
    };
  }
  return { credit: OTHER_STRIDE_CREDIT, note: `filed under ${learner}, where the reference says ${reference}` };
}

/**
 * Distinct sub-techniques are distinct attacks (issue 12): when both threats name sub-techniques
 * of the same technique and none of the learner's is the reference's (hardware against model
 * supply chain), the attacks are at most related, whatever their classes.
 */
export function distinctSubTechniques(learner: readonly string[], reference: readonly string[]): boolean {
  if (learner.some((id) => reference.includes(id))) return false;
  const parent = (id: string) => (/^AML\.T\d{4}\.\d{3}$/.test(id) ? id.slice(0, 9) : null);
  const refParents = new Set(reference.map(parent).filter((p) => p !== null));
  return learner.some((id) => {
    const p = parent(id);
    return p !== null && refParents.has(p);
  });
}

/** Credit for a threat in the right place that names no attack at all (a generic threat). */
export const UNNAMED_ATTACK_CREDIT = 0.35;

export function attackCredit(learner: readonly AttackClassId[], reference: readonly AttackClassId[]): number {
  if (reference.length === 0) return learner.length === 0 ? 1 : 0.5;
  if (learner.length === 0) return UNNAMED_ATTACK_CREDIT;
  return setSimilarity(learner, reference);
}

/** Attack classes a threat may name (in its IDs and its words) and still count in full. */
export const FREE_CLASSES = 5;

/**
 * A threat that names many attack classes is less of a claim about any one of them: up to
 * FREE_CLASSES count in full, beyond that the credit shrinks as FREE_CLASSES / classes (so twenty
 * techniques across twelve classes earn a quarter).
 */
export function spreadFactor(classes: readonly AttackClassId[]): number {
  return classes.length <= FREE_CLASSES ? 1 : FREE_CLASSES / classes.length;
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
 * ATLAS agreement: an exact ID earns 1, another ID of the same attack class earns one half;
 * combined as F1 of the credited recall and precision.
 */
export function atlasAgreement(given: readonly string[], expected: readonly string[]): number {
  const g = [...new Set(given)];
  const e = [...new Set(expected)];
  if (g.length === 0 && e.length === 0) return 1;
  if (g.length === 0 || e.length === 0) return 0;
  const classes = (id: string) => classesOf({ atlas: [id], owasp: [], stride: '' });
  const credit = (id: string, pool: string[]) =>
    pool.includes(id) ? 1 : pool.some((p) => setSimilarity(classes(id), classes(p)) === 1) ? 0.5 : 0;
  const recall = e.reduce((s, id) => s + credit(id, g), 0) / e.length;
  const precision = g.reduce((s, id) => s + credit(id, e), 0) / g.length;
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

/** Mapping accuracy: the mean of ATLAS agreement and OWASP agreement. */
export function mappingAccuracy(learner: ThreatLike, reference: ThreatLike): number {
  return (atlasAgreement(learner.atlas, reference.atlas) + setF1(learner.owasp, reference.owasp)) / 2;
}

/**
 * Mitigation fit: precision against what is fair to propose (the reference's mitigations, and any
 * ATLAS links to the reference's techniques) and recall of the reference's own list, weighted.
 */
export function mitigationFit(learner: ThreatLike, reference: ThreatLike): number {
  const given = new Set(learner.mitigations);
  const expected = new Set(reference.mitigations);
  if (given.size === 0 && expected.size === 0) return 1;
  if (given.size === 0) return 0;
  const fair = new Set(expected);
  for (const t of reference.atlas) for (const m of mitigationsForTechnique(t)) fair.add(m);
  let inFair = 0;
  let inExpected = 0;
  for (const m of given) {
    if (fair.has(m)) inFair++;
    if (expected.has(m)) inExpected++;
  }
  const precision = inFair / given.size;
  const recall = expected.size === 0 ? precision : inExpected / expected.size;
  return MITIGATION_PRECISION_WEIGHT * precision + (1 - MITIGATION_PRECISION_WEIGHT) * recall;
}

/**
 * Mitigation fit weighs precision (every proposed control fits the threat) above recall of the
 * reference's own list: experts reach for different, equally valid controls.
 */
export const MITIGATION_PRECISION_WEIGHT = 0.6;

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

/** The placement in words, for feedback. */
export const PLACEMENT_WORDS: Record<Placement, string> = {
  same: 'on the same element',
  touching: 'on a flow or element touching it',
  joined: 'on the neighbouring element across a flow',
  near: 'one step further along the diagram',
  elsewhere: 'elsewhere on the diagram',
};
