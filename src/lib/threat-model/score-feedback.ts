/**
 * The sentences that explain every point of a threat-model score: for each reference threat,
 * which of the learner's threats covered it, with what credit and why (or why not); for each
 * learner threat, whether it matched, is valid but not in the reference, repeats another, or is
 * off target. Pure.
 */
import type { AcceptableThreat, Threat } from '../content/schemas';
import { ATTACK_CLASSES, type AttackClassId } from './attack-classes';
import type { LearnerThreatInfo } from './learner-threats';
import { idDiff, PLACEMENT_WORDS, threatClasses } from './match';
import type { LearnerStatus, PairQuality } from './score';

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => `${Math.round(x * 100)} %`;
const className = (id: AttackClassId) => ATTACK_CLASSES.find((c) => c.id === id)?.label ?? id;
const classList = (ids: readonly AttackClassId[]) => (ids.length ? ids.map(className).join(', ') : 'no attack named');

function named(ids: readonly string[], names?: ReadonlyMap<string, string>): string {
  return ids.map((id) => (names?.get(id) ? `${id} ${names.get(id)}` : id)).join(', ');
}

export interface ReferenceContext {
  coverageMax: number;
  severity: number;
  total: number;
  precision: number;
  labels?: ReadonlyMap<string, string> | undefined;
  names?: ReadonlyMap<string, string> | undefined;
}

export interface AssignedCover {
  threat: Threat;
  index: number;
  slot: 1 | 2;
  /** Credit after the second-cover factor. */
  q: number;
  pq: PairQuality;
}

export function referenceReasons(r: Threat, cover: AssignedCover | undefined, ctx: ReferenceContext): string[] {
  const label = (id: string) => ctx.labels?.get(id) ?? id;
  if (!cover) {
    return [
      `Missed: none of your threats is on or near ${label(r.element)} with this attack (${classList(threatClasses(r))}). ` +
        `It was worth ${round1(ctx.coverageMax)} coverage points (risk ${ctx.severity} of the reference's ${ctx.total}).`,
    ];
  }
  const l = cover.threat;
  const where =
    cover.pq.placement === 'same'
      ? PLACEMENT_WORDS.same
      : `${PLACEMENT_WORDS[cover.pq.placement]} (${label(l.element)})`;
  const attack =
    cover.pq.attack === 1
      ? 'the same attack'
      : cover.pq.attack >= 0.5
        ? `a related attack (${classList(threatClasses(l))})`
        : 'no attack named, so only part of the credit';
  const parts = [where, cover.pq.strideNote, attack];
  if (cover.pq.factor < 1)
    parts.push(`your threat counts ${pct(cover.pq.factor)} as it names many attacks or is copied onto many elements`);
  if (cover.slot === 2) parts.push('its second reference threat, so at half weight');
  return [
    `Covered by your threat #${cover.index + 1} "${l.title}": ${parts.join('; ')}. Credit ${pct(cover.q)}: ` +
      `${round1(cover.q * ctx.coverageMax * ctx.precision)} of ${round1(ctx.coverageMax)} coverage points after precision.`,
    ...mappingReasons(l, r, ctx.names),
    mitigationReason(l, r, ctx.names),
  ];
}

function mappingReasons(l: Threat, r: Threat, names?: ReadonlyMap<string, string>): string[] {
  const part = (label: string, d: ReturnType<typeof idDiff>) => {
    const bits: string[] = [];
    if (d.shared.length) bits.push(`agreed on ${named(d.shared, names)}`);
    if (d.missing.length) bits.push(`missing ${named(d.missing, names)}`);
    if (d.extra.length) bits.push(`not in the reference: ${named(d.extra, names)}`);
    return `${label}: ${bits.length ? bits.join('; ') : 'none given, none expected'}.`;
  };
  return [part('ATLAS', idDiff(l.atlas, r.atlas)), part('OWASP', idDiff(l.owasp, r.owasp))];
}

function mitigationReason(l: Threat, r: Threat, names?: ReadonlyMap<string, string>): string {
  const d = idDiff(l.mitigations, r.mitigations);
  const bits: string[] = [];
  if (d.shared.length) bits.push(`agreed on ${named(d.shared, names)}`);
  if (d.missing.length) bits.push(`the reference also applies ${named(d.missing, names)}`);
  if (d.extra.length)
    bits.push(`others (credited where ATLAS links them to the reference's techniques): ${named(d.extra, names)}`);
  return `Mitigations: ${bits.length ? bits.join('; ') : 'none given, none expected'}.`;
}

export function learnerReason(
  s: { status: LearnerStatus; accepted?: AcceptableThreat; resembles?: number },
  info: LearnerThreatInfo,
  covers: readonly string[],
  refs: readonly Threat[],
): string {
  const why: string[] = [];
  if (info.copies > 3) why.push(`the same threat is on ${info.copies} elements`);
  if (info.classes.length > 3) why.push(`it names ${info.classes.length} attack classes`);
  if (info.stuffed) why.push('its title is mostly framework labels');
  if (info.conflictingRatings) why.push('you rated the same threat very differently elsewhere');
  const spread = info.factor < 1 && !info.notApplicable ? ` It counts ${pct(info.factor)}: ${why.join('; ')}.` : '';
  if (info.notApplicable) {
    return 'Not applicable: a risk of language models (prompts, agents, LLM risks), and this system has none; it lowers precision.';
  }
  switch (s.status) {
    case 'matched':
      return `Covers ${covers.map((t) => `“${t}”`).join(' and ')}.${spread}`;
    case 'valid-extra':
      return `Valid, not in the reference: ${s.accepted!.why} It neither earns nor costs points.`;
    case 'duplicate':
      return s.resembles !== undefined
        ? `Resembles “${refs[s.resembles]!.title}”, which another of your threats covers better: it counts as a duplicate (half an off-target threat in precision).${spread}`
        : `Says the same as another of your threats (same element, STRIDE category and attack): it counts as half an off-target threat in precision.`;
    case 'unmatched':
      return `Off target: it matches no reference threat and is not among the threats a reviewer would accept here; it lowers precision.${spread}`;
  }
}
