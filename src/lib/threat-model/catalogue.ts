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

/** The words of a search, lower case ("Sanitize  DATA" → ["sanitize", "data"]). */
function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a lower-case text contains every word (as a substring: "sanit" finds "Sanitize"). */
function containsAll(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

/**
 * The techniques whose ID, name and parent's name together contain every word of the query,
 * case-insensitively, in catalogue order; then those found only through the words practitioners
 * use for them ("model stealing", "clone", "jailbreak"). An empty or blank query matches nothing.
 */
export function searchTechniques<T extends CatalogueEntry>(techniques: readonly T[], query: string): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const all = (text: string) => containsAll(text, words);
  const direct = (t: T) => `${t.id} ${t.name} ${t.parent ? (byId.get(t.parent)?.name ?? '') : ''}`.toLowerCase();
  const named = techniques.filter((t) => all(direct(t)));
  const hits = new Set(named);
  const byAlias = techniques.filter(
    (t) => !hits.has(t) && all(`${direct(t)} ${(t.aliases ?? []).join(' ')}`.toLowerCase()),
  );
  return [...named, ...byAlias];
}

/** What the mitigation list shows for a search: see `filterMitigations`. */
export interface MitigationFilter<T> {
  /** The chosen mitigations, in catalogue order, whether they match or not (so none is hidden). */
  chosen: T[];
  /** The mitigations not chosen whose ID and name together contain every word of the query. */
  matches: T[];
  /** Whether a query was typed: with one and no match, the list says so. */
  searching: boolean;
}

/**
 * The mitigation catalogue filtered by a query: every word, case-insensitively, in the ID or
 * name ("sanitize", "m0007", "training data"). Chosen mitigations are kept apart and always
 * shown, so filtering never hides a ticked box; a blank query matches every mitigation.
 */
export function filterMitigations<T extends CatalogueEntry>(
  mitigations: readonly T[],
  query: string,
  chosen: readonly string[],
): MitigationFilter<T> {
  const words = queryWords(query);
  const picked = new Set(chosen);
  return {
    chosen: mitigations.filter((m) => picked.has(m.id)),
    matches: mitigations.filter((m) => !picked.has(m.id) && containsAll(`${m.id} ${m.name}`.toLowerCase(), words)),
    searching: words.length > 0,
  };
}

/**
 * What the list says of a search: nothing without one; how many match, or that none does. The
 * chosen mitigations are always listed, so the counts are of the others.
 */
export function mitigationFilterStatus(f: MitigationFilter<unknown>, total: number, query: string): string {
  if (!f.searching) return '';
  const other = f.chosen.length > 0 ? ' other' : '';
  if (f.matches.length === 0) return `No${other} mitigation matches “${query.trim()}”. Try another word or an ID.`;
  return `${f.matches.length} of ${total - f.chosen.length}${other} mitigations match “${query.trim()}”.`;
}

/** "AML.M0007 Sanitize Training Data"; the ID alone when the catalogue does not know it. */
export function namedId(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name ? `${id} ${name}` : id;
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
