/**
 * The ATLAS catalogue as the threat-model builder uses it: search techniques by words of their
 * ID, name or parent technique's name; label a sub-technique with its parent; one name lookup
 * for techniques and mitigations. Pure.
 */

/** What the builder knows of a technique or mitigation (the page passes these as props). */
export interface CatalogueEntry {
  id: string;
  name: string;
  /** The parent technique of a sub-technique ("AML.T0024" for "AML.T0024.002"). */
  parent?: string;
  /** Words practitioners use for it ("model stealing", "jailbreak"). */
  aliases?: readonly string[];
}

/**
 * The techniques whose ID, name and parent's name together contain every word of the query,
 * case-insensitively, in catalogue order; then those found only through the words practitioners
 * use for them ("model stealing", "clone", "jailbreak"). An empty or blank query matches nothing.
 */
export function searchTechniques<T extends CatalogueEntry>(techniques: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const all = (text: string) => words.every((w) => text.includes(w));
  const direct = (t: T) => `${t.id} ${t.name} ${t.parent ? (byId.get(t.parent)?.name ?? '') : ''}`.toLowerCase();
  const named = techniques.filter((t) => all(direct(t)));
  const hits = new Set(named);
  const byAlias = techniques.filter(
    (t) => !hits.has(t) && all(`${direct(t)} ${(t.aliases ?? []).join(' ')}`.toLowerCase()),
  );
  return [...named, ...byAlias];
}

/** "AML.T0024.002 Exfiltration via AI Inference API: Extract AI Model" for a sub-technique. */
export function techniqueLabel(t: CatalogueEntry, byId: ReadonlyMap<string, CatalogueEntry>): string {
  const parent = t.parent ? byId.get(t.parent) : undefined;
  return `${t.id} ${parent ? `${parent.name}: ` : ''}${t.name}`;
}

/** ID → name for techniques and mitigations together (their ID ranges never overlap). */
export function catalogueNames(
  techniques: readonly CatalogueEntry[],
  mitigations: readonly CatalogueEntry[],
): Map<string, string> {
  return new Map([...techniques, ...mitigations].map((e) => [e.id, e.name]));
}

/** The list with `id` added (once, at the end) or removed. */
export function toggled<T extends string>(list: readonly T[], id: T, on: boolean): T[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}
