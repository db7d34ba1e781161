/**
 * Scores a learner's threat model against a scenario's reference (docs/ARCHITECTURE.md,
 * "Scoring"). Pure and deterministic.
 *
 * Every component is in [0, 1]; each is built so that the tested properties hold:
 * - coverage: the reference's severity-weighted share of threats matched, each reference
 *   threat taking the best match quality among the learner's threats (see match.ts);
 * - precision: matched reference threats / (matched + distinct learner threats that match
 *   nothing), so an irrelevant threat costs a little and a duplicate costs nothing;
 * - mapping accuracy and mitigation fit: severity-weighted, each reference threat taking the
 *   best agreement among the learner's threats that match it (a missed threat earns nothing);
 * - prioritisation: rank agreement of the risk ordering (prioritisation.ts).
 * Taking the best over the learner's threats makes every component independent of order and of
 * duplicates, and never larger after a matched threat is removed.
 */
import type { Threat, ThreatModel } from '../content/schemas';
import { duplicateKey, idDiff, mappingAccuracy, matchQuality, mitigationFit } from './match';
import { prioritisation, type RankPair } from './prioritisation';

export const WEIGHTS = {
  coverage: 45,
  precision: 15,
  mapping: 15,
  mitigations: 15,
  prioritisation: 10,
} as const;
export type ComponentName = keyof typeof WEIGHTS;

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

export interface ReferenceFeedback {
  index: number;
  reference: Threat;
  status: 'matched' | 'partial' | 'missed';
  /** Learner threats (indices into the submitted model) that match it, best first. */
  matchedBy: number[];
  quality: number;
  coveragePoints: number;
  coverageMax: number;
  reasons: string[];
}

export interface LearnerFeedback {
  index: number;
  title: string;
  status: 'matched' | 'unmatched' | 'duplicate';
  /** Reference indices it matches. */
  matches: number[];
  reason: string;
}

export interface ScoreReport {
  scenario: string;
  overall: number;
  components: ComponentScore[];
  references: ReferenceFeedback[];
  learner: LearnerFeedback[];
  rankPairs: RankPair[];
  notes: string[];
}

export interface ScoreOptions {
  /** Number of suggested threats the learner accepted (the builder's suggestions toggle). */
  suggestionsUsed?: number;
  /** Display names for technique and mitigation IDs in the feedback. */
  names?: ReadonlyMap<string, string>;
}

const risk = (t: Pick<Threat, 'likelihood' | 'impact'>) => t.likelihood * t.impact;
const round1 = (x: number) => Math.round(x * 10) / 10;

function named(ids: readonly string[], names?: ReadonlyMap<string, string>): string {
  return ids.map((id) => (names?.get(id) ? `${id} ${names.get(id)}` : id)).join(', ');
}

/** Canonical text of a threat, to break ties the same way whatever the order of the model. */
function canonical(t: Threat): string {
  return JSON.stringify([
    t.element,
    t.stride,
    [...t.atlas].sort(),
    [...t.owasp].sort(),
    [...t.mitigations].sort(),
    t.likelihood,
    t.impact,
    t.title,
  ]);
}

export function scoreThreatModel(
  learner: ThreatModel,
  reference: ThreatModel,
  options: ScoreOptions = {},
): ScoreReport {
  if (learner.scenario !== reference.scenario) {
    throw new Error(
      `the threat model is for scenario "${learner.scenario}" but the reference is for "${reference.scenario}"`,
    );
  }
  if (reference.threats.length === 0)
    throw new Error(`the reference of scenario "${reference.scenario}" has no threats`);
  const names = options.names;
  const refs = reference.threats;
  const mine = learner.threats;
  const severity = refs.map(risk);
  const total = severity.reduce((a, b) => a + b, 0);
  const quality = mine.map((l) => refs.map((r) => matchQuality(l, r)));

  const references: ReferenceFeedback[] = refs.map((r, j) => {
    const matching = mine
      .map((l, i) => ({
        i,
        q: quality[i][j].quality,
        a: mappingAccuracy(l, r),
        f: mitigationFit(l, r),
        key: canonical(l),
      }))
      .filter((m) => m.q > 0)
      .sort((x, y) => y.q - x.q || y.a + y.f - (x.a + x.f) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const best = matching[0];
    const q = best?.q ?? 0;
    const coverageMax = (WEIGHTS.coverage * severity[j]) / total;
    const reasons: string[] = [];
    if (!best) {
      reasons.push(
        `Missed: no threat on this element with ${r.stride}${r.atlas.length ? ` and ${named(r.atlas, names)}` : ''}. ` +
          `It was worth ${round1(coverageMax)} coverage points (risk ${severity[j]} of the reference's ${total}).`,
      );
    } else {
      const l = mine[best.i];
      reasons.push(
        `Matched by your threat "${l.title}": ${quality[best.i][j].reason}; ${round1(q * coverageMax)} of ${round1(coverageMax)} coverage points.`,
      );
      reasons.push(...mappingReasons(l, r, names), mitigationReason(l, r, names));
    }
    return {
      index: j,
      reference: r,
      status: !best ? 'missed' : q >= 1 ? 'matched' : 'partial',
      matchedBy: matching.map((m) => m.i),
      quality: q,
      coveragePoints: q * coverageMax,
      coverageMax,
      reasons,
    };
  });

  const bestOf = (j: number, f: (i: number) => number) => Math.max(0, ...references[j].matchedBy.map(f));
  const weighted = (f: (j: number) => number) => refs.reduce((s, _, j) => s + severity[j] * f(j), 0) / total;
  const coverage = weighted((j) => references[j].quality);
  const mapping = weighted((j) => bestOf(j, (i) => mappingAccuracy(mine[i], refs[j])));
  const mitigations = weighted((j) => bestOf(j, (i) => mitigationFit(mine[i], refs[j])));

  const learnerFeedback = describeLearnerThreats(mine, quality);
  const matchedRefs = references.filter((r) => r.quality > 0).length;
  const unmatchedKeys = new Set(
    learnerFeedback.filter((f) => f.status === 'unmatched').map((f) => duplicateKey(mine[f.index])),
  );
  const precision = matchedRefs === 0 ? 0 : matchedRefs / (matchedRefs + unmatchedKeys.size);

  const coveredShare = matchedRefs / refs.length;
  const prio = prioritisation(
    severity,
    references.map((r) => r.matchedBy.map((i) => risk(mine[i]))),
    coveredShare,
  );

  const values: Record<ComponentName, number> = {
    coverage,
    precision,
    mapping,
    mitigations,
    prioritisation: prio.value,
  };
  const components = (Object.keys(WEIGHTS) as ComponentName[]).map((name) =>
    component(
      name,
      values[name],
      explain(name, {
        references,
        unmatched: unmatchedKeys.size,
        matchedRefs,
        pairs: prio.pairs.length,
        refs: refs.length,
      }),
    ),
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
    references,
    learner: learnerFeedback,
    rankPairs: prio.pairs,
    notes,
  };
}

function component(name: ComponentName, value: number, explanation: string): ComponentScore {
  const labels: Record<ComponentName, string> = {
    coverage: 'Coverage',
    precision: 'Precision',
    mapping: 'Mapping accuracy',
    mitigations: 'Mitigation fit',
    prioritisation: 'Prioritisation',
  };
  const v = Math.min(1, Math.max(0, value));
  return { name, label: labels[name], value: v, points: v * WEIGHTS[name], max: WEIGHTS[name], explanation };
}

function explain(
  name: ComponentName,
  ctx: { references: ReferenceFeedback[]; unmatched: number; matchedRefs: number; pairs: number; refs: number },
): string {
  switch (name) {
    case 'coverage':
      return `${ctx.matchedRefs} of ${ctx.refs} reference threats found, weighted by their risk (likelihood × impact).`;
    case 'precision':
      return ctx.unmatched === 0
        ? 'None of your threats is off target.'
        : `${ctx.unmatched} distinct threat${ctx.unmatched === 1 ? '' : 's'} of yours match${ctx.unmatched === 1 ? 'es' : ''} no reference threat; duplicates are not counted.`;
    case 'mapping':
      return 'How exactly the ATLAS techniques and OWASP IDs of your matching threats agree with the reference, weighted by risk.';
    case 'mitigations':
      return 'How well the mitigations of your matching threats agree with the reference (neither missing nor padded), weighted by risk.';
    case 'prioritisation':
      return ctx.pairs === 0
        ? 'The reference rates all its threats alike, so ordering cannot be judged; the share of threats found stands in.'
        : `Agreement with the reference's risk ordering over ${ctx.pairs} pairs of threats.`;
  }
}

function mappingReasons(l: Threat, r: Threat, names?: ReadonlyMap<string, string>): string[] {
  const atlas = idDiff(l.atlas, r.atlas);
  const owasp = idDiff(l.owasp, r.owasp);
  const out: string[] = [];
  const part = (label: string, d: ReturnType<typeof idDiff>) => {
    const bits: string[] = [];
    if (d.shared.length) bits.push(`agreed on ${named(d.shared, names)}`);
    if (d.missing.length) bits.push(`missing ${named(d.missing, names)}`);
    if (d.extra.length) bits.push(`not in the reference: ${named(d.extra, names)}`);
    return `${label}: ${bits.length ? bits.join('; ') : 'none given, none expected'}.`;
  };
  out.push(part('ATLAS', atlas), part('OWASP', owasp));
  return out;
}

function mitigationReason(l: Threat, r: Threat, names?: ReadonlyMap<string, string>): string {
  const d = idDiff(l.mitigations, r.mitigations);
  const bits: string[] = [];
  if (d.shared.length) bits.push(`agreed on ${named(d.shared, names)}`);
  if (d.missing.length) bits.push(`the reference also applies ${named(d.missing, names)}`);
  if (d.extra.length) bits.push(`not in the reference: ${named(d.extra, names)}`);
  return `Mitigations: ${bits.length ? bits.join('; ') : 'none given, none expected'}.`;
}

function describeLearnerThreats(mine: Threat[], quality: { quality: number }[][]): LearnerFeedback[] {
  const seen = new Map<string, number>();
  return mine.map((t, i) => {
    const matches = quality[i].flatMap((q, j) => (q.quality > 0 ? [j] : []));
    const key = duplicateKey(t);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    if (first !== undefined) {
      return {
        index: i,
        title: t.title,
        status: 'duplicate',
        matches,
        reason: `Says the same as your threat ${first + 1} (same element, category and techniques): adds nothing and costs nothing.`,
      };
    }
    if (matches.length === 0) {
      return {
        index: i,
        title: t.title,
        status: 'unmatched',
        matches,
        reason:
          'Matches no reference threat (element, STRIDE category and attack): it lowers precision a little. It may still be a fair concern; compare with the reference.',
      };
    }
    return {
      index: i,
      title: t.title,
      status: 'matched',
      matches,
      reason: `Matches ${matches.length} reference threat${matches.length === 1 ? '' : 's'}.`,
    };
  });
}
