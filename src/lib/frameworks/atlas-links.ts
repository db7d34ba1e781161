/**
 * ATLAS 5.6's own links from mitigations to the techniques they address
 * (atlas-mitigation-links.json, copied as facts from MITRE's data release; see its "source").
 * The grader credits a mitigation ATLAS links to the reference threat's technique even when the
 * reference did not list it.
 */
import links from './atlas-mitigation-links.json';
import names from './atlas-names.json';

const byMitigation: Readonly<Record<string, readonly string[]>> = links.mitigations;

const byTechnique = new Map<string, Set<string>>();
for (const [mitigation, techniques] of Object.entries(byMitigation)) {
  for (const t of techniques) {
    if (!byTechnique.has(t)) byTechnique.set(t, new Set());
    byTechnique.get(t)!.add(mitigation);
  }
}

/** Every ATLAS 5.6 mitigation ID. */
export const ATLAS_MITIGATION_IDS: readonly string[] = Object.keys(byMitigation).sort();

export const isAtlasMitigation = (id: string) => id in byMitigation;

/**
 * The mitigations ATLAS links to a technique. A sub-technique also inherits its parent's links
 * (ATLAS links most mitigations at the technique level).
 */
export function mitigationsForTechnique(id: string): ReadonlySet<string> {
  const own = byTechnique.get(id) ?? new Set<string>();
  const parent = /^AML\.T\d{4}\.\d{3}$/.test(id) ? byTechnique.get(id.slice(0, 9)) : undefined;
  return parent ? new Set([...own, ...parent]) : own;
}

/** The techniques ATLAS links to a mitigation. */
export const techniquesForMitigation = (id: string): readonly string[] => byMitigation[id] ?? [];

/** A technique's or mitigation's name in ATLAS 5.6 (atlas-names.json, facts from the data release). */
export const atlasName = (id: string): string | undefined =>
  (names.techniques as Record<string, string>)[id] ?? (names.mitigations as Record<string, string>)[id];

export interface TechniqueMitigations {
  /** Mitigations ATLAS itself links to this technique. */
  atlas: string[];
  /** For a sub-technique: mitigations ATLAS links to its parent (not to it). */
  viaParent: string[];
  /** Mitigations our content suggests that ATLAS does not link here: labelled as ours. */
  ours: string[];
}

/**
 * The mitigations a technique page shows, split by who says so, so that no page attributes to
 * ATLAS a link ATLAS does not have.
 */
export function techniqueMitigations(id: string, listed: readonly string[]): TechniqueMitigations {
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  const atlas = sorted(byTechnique.get(id) ?? []);
  const parent = /^AML\.T\d{4}\.\d{3}$/.test(id) ? id.slice(0, 9) : null;
  const viaParent = parent ? sorted([...(byTechnique.get(parent) ?? [])].filter((m) => !atlas.includes(m))) : [];
  const ours = sorted(listed.filter((m) => !atlas.includes(m) && !viaParent.includes(m)));
  return { atlas, viaParent, ours };
}
