/**
 * What the builder shows about the learner's threats: how many each element has, which
 * suggestions were already taken, and the elements grouped by kind for the element list. Pure.
 */
import { ELEMENT_KINDS, type ElementKind } from '../frameworks/ids';
import type { ModelElement } from './elements';

/** Element or flow ID → number of threats on it (absent: none). */
export function threatCounts(threats: readonly { element: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of threats) counts.set(t.element, (counts.get(t.element) ?? 0) + 1);
  return counts;
}

/** The suggestion keys the threats were accepted from. */
export function takenSuggestions(threats: readonly { suggestion?: string }[]): Set<string> {
  return new Set(threats.map((t) => t.suggestion).filter((s): s is string => !!s));
}

/** Every element kind in ELEMENT_KINDS order, with its elements in diagram order (maybe none). */
export function elementsByKind(elements: readonly ModelElement[]): { kind: ElementKind; elements: ModelElement[] }[] {
  return ELEMENT_KINDS.map((kind) => ({ kind, elements: elements.filter((e) => e.kind === kind) }));
}
