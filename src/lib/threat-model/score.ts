/**
 * Scores a learner's threat model against a scenario's reference (docs/ARCHITECTURE.md,
 * "Scoring"; issue 12). Pure and deterministic.
 *
 * 1. Each pair (learner threat, reference threat) gets a match quality: placement on the
 *    diagram × STRIDE × attack class × how much of a claim the learner threat is (match.ts,
 *    learner-threats.ts).
 * 2. A maximum-weight assignment gives each reference threat at most one learner threat, and
 *    each learner threat at most two reference threats (assignment.ts).
 * 3. Coverage is the reference's risk-weighted share covered by the assigned pairs, scaled by
 *    precision: matched / (matched + off target + half the duplicates); threats a practitioner
 *    would accept though the reference lacks them are neutral.
 * 4. Mapping accuracy, mitigation fit and prioritisation are judged on the assigned pairs only.
 * Learner threats are taken in a canonical order, so the order of the model never matters.
 */
import type { AcceptableThreat, Threat, ThreatModel } from '../content/schemas';
import { STRIDE_BY_KIND, type ElementKind, type StrideCategory } from '../frameworks/ids';
import { assignThreats, SECOND_COVER_FACTOR, type AssignedPair } from './assignment';
import { classSimilarity, RELATED_CLASS_CREDIT } from './attack-classes';
import { diagramDistance, PLACEMENT_CREDIT, type DiagramGraph, type Placement } from './diagram-distance';
import { describeLearnerThreats, isLlmThreat, type LearnerThreatInfo } from './learner-threats';
import {
  attackCredit,
  distinctSubTechniques,
  mappingAccuracy,
  mitigationFit,
  strideCredit,
  threatClasses,
} from './match';
import { prioritisation, type RankPair } from './prioritisation';
import { learnerReason, referenceReasons } from './score-feedback';

export const WEIGHTS = {
  coverage: 55,
  mapping: 15,
  mitigations: 15,
  prioritisation: 15,
} as const;
export type ComponentName = keyof typeof WEIGHTS;

/** Below this a resemblance is not a match. */
export const MIN_QUALITY = 0.1;
/** A duplicate (same place, category and attack as another of the learner's threats) costs as much as an off-target threat. */
export const DUPLICATE_COST = 1;
/** A threat that resembles a reference threat another of the learner's threats covers better costs half. */
export const OVERLAP_COST = 0.5;

export interface ComponentScore {
  name: ComponentName;
  label: string;
  /** In [0, 1]. */
  value: number;
  /** Points earned out of `max` (value × weight). */
  points: number;
  max: number;
  explanation: string;
}

export interface PairQuality {
  quality: number;
  placement: Placement;
  strideNote: string;
  attack: number;
  factor: number;
}

export interface ReferenceFeedback {
  index: number;
  reference: Threat;
  status: 'matched' | 'partial' | 'missed';
  /** The learner threat assigned to it (index into the submitted model), if any. */
  matchedBy: number[];
  /** Credit in [0, 1]: the match quality, halved when it is its learner threat's second cover. */
  quality: number;
  coveragePoints: number;
  coverageMax: number;
  reasons: string[];
}

export type LearnerStatus = 'matched' | 'valid-extra' | 'duplicate' | 'unmatched';

export interface LearnerFeedback {
  index: number;
  title: string;
  status: LearnerStatus;
  /** Reference indices it was assigned to. */
  matches: number[];
  reason: string;
}

export interface AssignmentEntry {
  learner: number;
  reference: number;
  slot: 1 | 2;
  credit: number;
}

export interface ScoreReport {
  scenario: string;
  overall: number;
  components: ComponentScore[];
  precision: { value: number; matched: number; validExtra: number; duplicates: number; offTarget: number };
  assignment: AssignmentEntry[];
  references: ReferenceFeedback[];
  learner: LearnerFeedback[];
  rankPairs: RankPair[];
  notes: string[];
}

export interface ScoreOptions {
  /** The scenario's diagram: placement credit for neighbours needs it (without it, only the same element counts). */
  diagram?: DiagramGraph;
  /** Display names of elements and flows, and of technique and mitigation IDs, for the feedback. */
  labels?: ReadonlyMap<string, string>;
  names?: ReadonlyMap<string, string>;
  /** Number of suggested threats the learner accepted (the builder's suggestions toggle). */
  suggestionsUsed?: number;
}

const risk = (t: Pick<Threat, 'likelihood' | 'impact'>) => t.likelihood * t.impact;

/** Canonical text of a threat, to take the learner's threats in an order that does not depend on the file. */
function canonical(t: Threat): string {
  return JSON.stringify([
    t.element,
    t.stride,
    [...t.atlas].sort(),
    [...t.owasp].sort(),
    [...t.mitigations].sort(),
    t.attack ?? '',
    t.likelihood,
    t.impact,
    t.title,
  ]);
}

function pairQuality(
  l: Threat,
  info: LearnerThreatInfo,
  r: Threat,
  refClasses: ReturnType<typeof threatClasses>,
  place: (a: string, b: string) => Placement,
  available: (element: string) => readonly StrideCategory[] | undefined,
): PairQuality {
  const placement = place(l.element, r.element);
  const stride = strideCredit(l.stride, r.stride, available(l.element));
  const sameClass = attackCredit(info.classes, refClasses);
  const attack = distinctSubTechniques(l.atlas, r.atlas) ? Math.min(sameClass, RELATED_CLASS_CREDIT) : sameClass;
  let quality = PLACEMENT_CREDIT[placement] * stride.credit * attack * info.factor;
  if (quality < MIN_QUALITY) quality = 0;
  return { quality, placement, strideNote: stride.note, attack, factor: info.factor };
}

/** Whether a learner threat is one the reference's author accepts as valid though not listed. */
function fitsAcceptable(
  l: Threat,
  info: LearnerThreatInfo,
  acceptable: readonly AcceptableThreat[],
  place: (a: string, b: string) => Placement,
): AcceptableThreat | undefined {
  if (info.factor < 0.5) return undefined;
  return acceptable.find((a) => {
    const placement = place(l.element, a.element);
    // A threat that names no attack is given the benefit of the doubt only in the very same place.
    if (info.classes.length === 0) return placement === 'same' && l.stride === a.stride;
    return (
      (placement === 'same' || placement === 'touching') &&
      strideCredit(l.stride, a.stride).credit >= 0.6 &&
      info.classes.some((c) => classSimilarity(c, a.attack) === 1)
    );
  });
}

export function scoreThreatModel(
  learner: ThreatModel,
  reference: ThreatModel & { acceptable?: readonly AcceptableThreat[] },
  options: ScoreOptions = {},
): ScoreReport {
  if (learner.scenario !== reference.scenario) {
    throw new Error(
      `the threat model is for scenario "${learner.scenario}" but the reference is for "${reference.scenario}"`,
    );
  }
  if (reference.threats.length === 0)
    throw new Error(`the reference of scenario "${reference.scenario}" has no threats`);
  const refs = reference.threats;
  const severity = refs.map(risk);
  const total = severity.reduce((a, b) => a + b, 0);
  const distance = options.diagram ? diagramDistance(options.diagram) : null;
  const place = (a: string, b: string): Placement =>
    distance ? distance.placement(a, b) : a === b ? 'same' : 'elsewhere';

  // The learner's threats in canonical order; `order[k]` is the submitted index of the k-th.
  const order = learner.threats
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = canonical(learner.threats[a]!);
      const kb = canonical(learner.threats[b]!);
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  const mine = order.map((i) => learner.threats[i]!);
  const refClasses = refs.map(threatClasses);
  const info = describeLearnerThreats(mine, {
    hasLlm: refs.some((r, j) => isLlmThreat(r, refClasses[j]!)),
  });
  const kinds = new Map<string, ElementKind>([
    ...(options.diagram?.elements ?? []).map(
      (e) => [e.id, (e as { kind?: ElementKind }).kind ?? 'process'] as [string, ElementKind],
    ),
    ...(options.diagram?.flows ?? []).map((f) => [f.id, 'data-flow'] as [string, ElementKind]),
  ]);
  const available = (element: string) => {
    const kind = kinds.get(element);
    return kind ? STRIDE_BY_KIND[kind] : undefined;
  };
  const quality = mine.map((l, k) => refs.map((r, j) => pairQuality(l, info[k]!, r, refClasses[j]!, place, available)));
  // Mapping and mitigation fit break ties between equal matches; only matches need them.
  const fit = mine.map((l, k) =>
    refs.map((r, j) => (quality[k]![j]!.quality > 0 ? (mappingAccuracy(l, r) + mitigationFit(l, r)) / 2 : 0)),
  );
  // Copies of one threat (same place, category and attack) share one threat's covers: only the
  // first in canonical order is assigned, so copying a threat never buys a second full cover.
  const representative = new Map<string, number>();
  info.forEach((t, k) => {
    if (!representative.has(t.duplicateKey)) representative.set(t.duplicateKey, k);
  });
  const assignable = (k: number) => representative.get(info[k]!.duplicateKey) === k;
  // Quality decides; among equal qualities the better-mapped threat is preferred.
  const weights = quality.map((row, k) =>
    row.map((q, j) => (q.quality > 0 && assignable(k) ? severity[j]! * (q.quality + 1e-3 * fit[k]![j]!) : 0)),
  );
  const pairs: AssignedPair[] = assignThreats(weights);
  const credit = (p: AssignedPair) =>
    quality[p.learner]![p.reference]!.quality * (p.slot === 2 ? SECOND_COVER_FACTOR : 1);
  const byRef = new Map(pairs.map((p) => [p.reference, p]));

  // Learner statuses.
  const assignedKeys = new Set(pairs.map((p) => info[p.learner]!.duplicateKey));
  const seenKeys = new Set<string>();
  const status: { status: LearnerStatus; accepted?: AcceptableThreat; resembles?: number }[] = mine.map((l, k) => {
    const key = info[k]!.duplicateKey;
    const assigned = pairs.some((p) => p.learner === k);
    const earlier = seenKeys.has(key);
    seenKeys.add(key);
    if (assigned) return { status: 'matched' };
    if (assignedKeys.has(key) || earlier) return { status: 'duplicate' };
    const accepted = fitsAcceptable(l, info[k]!, reference.acceptable ?? [], place);
    if (accepted) return { status: 'valid-extra', accepted };
    const resembles = quality[k]!.findIndex((q) => q.quality > 0);
    return resembles >= 0 ? { status: 'duplicate', resembles } : { status: 'unmatched' };
  });
  const count = (s: LearnerStatus) => status.filter((x) => x.status === s).length;
  const matched = count('matched');
  const duplicates = count('duplicate');
  const overlaps = status.filter((x) => x.status === 'duplicate' && x.resembles !== undefined).length;
  const offTarget = count('unmatched');
  const cost = offTarget + DUPLICATE_COST * (duplicates - overlaps) + OVERLAP_COST * overlaps;
  const precision = matched === 0 ? 0 : matched / (matched + cost);

  const weighted = (f: (p: AssignedPair) => number) =>
    pairs.reduce((s, p) => s + severity[p.reference]! * credit(p) * f(p), 0) / total;
  const coverage = weighted(() => 1);
  const mapping = weighted((p) => mappingAccuracy(mine[p.learner]!, refs[p.reference]!));
  const mitigations = weighted((p) => mitigationFit(mine[p.learner]!, refs[p.reference]!));
  const prio = prioritisation(
    severity,
    // A threat the learner also rated very differently elsewhere has no priority to compare.
    refs.map((_, j) => {
      const p = byRef.get(j);
      return p && !info[p.learner]!.conflictingRatings ? risk(mine[p.learner]!) : null;
    }),
    pairs.length / refs.length,
  );

  const submitted = (k: number) => order[k]!;
  const references: ReferenceFeedback[] = refs.map((r, j) => {
    const p = byRef.get(j);
    const coverageMax = (WEIGHTS.coverage * severity[j]!) / total;
    const q = p ? credit(p) : 0;
    return {
      index: j,
      reference: r,
      status: !p ? 'missed' : q >= 0.999 ? 'matched' : 'partial',
      matchedBy: p ? [submitted(p.learner)] : [],
      quality: q,
      coveragePoints: q * coverageMax * precision,
      coverageMax,
      reasons: referenceReasons(
        r,
        p && { threat: mine[p.learner]!, index: submitted(p.learner), slot: p.slot, q, pq: quality[p.learner]![j]! },
        {
          coverageMax,
          severity: severity[j]!,
          total,
          precision,
          labels: options.labels,
          names: options.names,
        },
      ),
    };
  });
  const learnerFeedback: LearnerFeedback[] = order
    .map((i, k) => ({
      index: i,
      title: mine[k]!.title,
      status: status[k]!.status,
      matches: pairs.filter((p) => p.learner === k).map((p) => p.reference),
      reason: learnerReason(
        status[k]!,
        info[k]!,
        pairs.filter((p) => p.learner === k).map((p) => refs[p.reference]!.title),
        refs,
      ),
    }))
    .sort((a, b) => a.index - b.index);

  const values: Record<ComponentName, number> = {
    coverage: coverage * precision,
    mapping,
    mitigations,
    prioritisation: prio.value,
  };
  const explanations: Record<ComponentName, string> = {
    coverage:
      `${pairs.length} of ${refs.length} reference threats covered, weighted by their risk and by how well they were matched ` +
      `(${Math.round(coverage * 100)} %), times precision ${Math.round(precision * 100)} % ` +
      `(${matched} matched, ${offTarget} off target, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}, ` +
      `${count('valid-extra')} valid but not in the reference).`,
    mapping:
      'How exactly the ATLAS techniques and OWASP IDs of your assigned threats agree with the reference, weighted by risk and match.',
    mitigations:
      'How well the mitigations of your assigned threats fit: the reference’s, or ones ATLAS links to its techniques; neither missing nor padded.',
    prioritisation:
      prio.pairs.length === 0
        ? 'The reference rates all its threats alike, so ordering cannot be judged; the share of threats covered stands in.'
        : `Agreement with the reference's risk ordering over ${prio.pairs.length} pairs of threats (ties and missed threats earn nothing).`,
  };
  const components = (Object.keys(WEIGHTS) as ComponentName[]).map((name) =>
    component(name, values[name], explanations[name]),
  );
  const overall = Math.round(components.reduce((s, c) => s + c.points, 0));

  const notes: string[] = [];
  if (options.suggestionsUsed && options.suggestionsUsed > 0) {
    notes.push(
      `You accepted ${options.suggestionsUsed} suggested threat${options.suggestionsUsed === 1 ? '' : 's'}: suggestions make the exercise easier, so this score is not a like-for-like measure of an unaided model.`,
    );
  }
  if (mine.length === 0)
    notes.push('The model has no threats yet: add threats to the elements and flows of the diagram.');

  return {
    scenario: reference.scenario,
    overall,
    components,
    precision: { value: precision, matched, validExtra: count('valid-extra'), duplicates, offTarget },
    assignment: pairs
      .map((p) => ({ learner: submitted(p.learner), reference: p.reference, slot: p.slot, credit: credit(p) }))
      .sort((a, b) => a.reference - b.reference),
    references,
    learner: learnerFeedback,
    rankPairs: prio.pairs,
    notes,
  };
}

const LABELS: Record<ComponentName, string> = {
  coverage: 'Coverage × precision',
  mapping: 'Mapping accuracy',
  mitigations: 'Mitigation fit',
  prioritisation: 'Prioritisation',
};

function component(name: ComponentName, value: number, explanation: string): ComponentScore {
  const v = Math.min(1, Math.max(0, value));
  return { name, label: LABELS[name], value: v, points: v * WEIGHTS[name], max: WEIGHTS[name], explanation };
}
