/**
 * What each learner threat is, before it is compared with the reference: the attack classes it
 * claims, how much of a claim that is (a threat naming many classes, or copied onto many
 * elements, counts as less), and the key that makes two threats duplicates. Pure.
 */
import type { AttackClassId } from './attack-classes';
import { ATTACK_CLASS_IDS } from './attack-classes';
import { spreadFactor, threatClasses, type ThreatLike } from './match';
import { classesInText, isStuffedTitle } from './title-classes';

/** A threat text reused on up to this many elements counts in full; beyond, each copy counts less. */
export const REUSE_FREE = 3;
/** A title made mostly of framework labels counts this much. */
export const STUFFED_TITLE_FACTOR = 0.5;
/**
 * The same threat rated so differently by the same learner (risk apart by this much or more, say
 * 5 × 5 and 1 × 1) has not been prioritised at all: each copy counts this much.
 */
export const CONFLICTING_RATINGS_GAP = 10;
export const CONFLICTING_RATINGS_FACTOR = 0.5;

/** Attacks that only a system with a language model can suffer. */
const LLM_ONLY: ReadonlySet<AttackClassId> = new Set([
  'prompt-injection-direct',
  'prompt-injection-indirect',
  'excessive-agency',
]);
const LLM_WORDS = /\b(?:llm|language model|prompt|chatbot|agent)s?\b/i;

/** Whether a threat is about a language model (by its OWASP LLM IDs, its classes or its words). */
export function isLlmThreat(t: ThreatLike & { title: string }, classes: readonly AttackClassId[]): boolean {
  return t.owasp.some((id) => id.startsWith('LLM')) || classes.some((c) => LLM_ONLY.has(c)) || LLM_WORDS.test(t.title);
}

export interface LearnerThreatInfo {
  classes: AttackClassId[];
  /** Spread × reuse × stuffing, in (0, 1]: multiplies every match quality of the threat. */
  factor: number;
  /** The title is mostly framework labels. */
  stuffed: boolean;
  /** A threat about a language model, on a system that has none. */
  notApplicable: boolean;
  /** The same threat appears again with a very different rating. */
  conflictingRatings: boolean;
  /** How many elements the same threat was copied onto (1 when it was not). */
  copies: number;
  duplicateKey: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Two threats that say the same thing: same place, category and attack (titles may differ). */
export function duplicateKey(t: ThreatLike, classes: readonly AttackClassId[]): string {
  return [t.element, t.stride, [...classes].sort().join(',')].join('|');
}

/**
 * The same threat on many elements: grouped by its words, and by its list of IDs when it names
 * at least two, so a copy with a new title is still a copy.
 */
function reuseGroups(threats: readonly (ThreatLike & { title: string })[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const add = (key: string, element: string) => {
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(element);
  };
  for (const t of threats) {
    add(`title:${words(t.title)}`, t.element);
    const ids = [...new Set([...t.atlas, ...t.owasp])].sort();
    if (ids.length >= 2) add(`ids:${ids.join(',')}`, t.element);
  }
  return groups;
}

export interface ScenarioTraits {
  /** The system has a language model (its reference names LLM risks). */
  hasLlm: boolean;
}

export function describeLearnerThreats(
  threats: readonly (ThreatLike & { title: string; likelihood: number; impact: number })[],
  scenario: ScenarioTraits = { hasLlm: true },
): LearnerThreatInfo[] {
  const groups = reuseGroups(threats);
  const risks = new Map<string, number[]>();
  for (const t of threats) {
    const key = duplicateKey(t, threatClasses(t));
    risks.set(key, [...(risks.get(key) ?? []), t.likelihood * t.impact]);
  }
  return threats.map((t) => {
    // What the threat says in words counts as much as the IDs attached to it.
    const named = new Set([...threatClasses(t), ...classesInText(t.title)]);
    const classes = ATTACK_CLASS_IDS.filter((c) => named.has(c));
    const stuffed = isStuffedTitle(t.title);
    const ids = [...new Set([...t.atlas, ...t.owasp])].sort();
    const copies = Math.max(
      groups.get(`title:${words(t.title)}`)?.size ?? 1,
      ids.length >= 2 ? (groups.get(`ids:${ids.join(',')}`)?.size ?? 1) : 1,
    );
    const reuse = copies <= REUSE_FREE ? 1 : REUSE_FREE / copies;
    const key = duplicateKey(t, threatClasses(t));
    const own = risks.get(key) ?? [];
    const conflictingRatings = Math.max(...own) - Math.min(...own) >= CONFLICTING_RATINGS_GAP;
    const notApplicable = !scenario.hasLlm && isLlmThreat(t, classes);
    const factor = notApplicable
      ? 0
      : spreadFactor(classes) *
        reuse *
        (stuffed ? STUFFED_TITLE_FACTOR : 1) *
        (conflictingRatings ? CONFLICTING_RATINGS_FACTOR : 1);
    return { classes, factor, stuffed, notApplicable, conflictingRatings, copies, duplicateKey: key };
  });
}
