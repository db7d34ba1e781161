/**
 * Export of the learner's technique mapping as a layer for MITRE's ATLAS Navigator, in the layer
 * format that Navigator reads: version 4.3 (attack-navigator layers/spec/v4.3/layerformat.md),
 * with `versions: { layer: "4.3", navigator: "4.6.4" }` and domain "atlas-atlas" exactly as
 * ATLAS's own layers have them (mitre-atlas/atlas-navigator-data, dist/case-study-navigator-layers).
 * A newer version makes the ATLAS Navigator warn before it opens the file; ATT&CK Navigator and
 * mitreattack-python know only the ATT&CK domains, so this layer is for the ATLAS Navigator only.
 *
 * Each technique's score is the number of the learner's threats that use it; a technique under
 * several tactics gets one entry per tactic, and sub-techniques inherit their parent's tactics.
 * The Navigator shows a sub-technique only when its parent is expanded, so every parent of a
 * scored sub-technique has an entry with `showSubtechniques: true` (unscored if the learner did
 * not use the parent itself), as ATLAS's case-study layers do. Pure.
 */
import type { ThreatModel } from '../content/schemas';
import { ATLAS_DATA_VERSION, ATLAS_TACTICS } from '../frameworks/ids';

export interface TechniqueInfo {
  id: string;
  name: string;
  tactics: readonly string[];
  parent?: string;
}

export interface NavigatorTechnique {
  techniqueID: string;
  tactic?: string;
  /** Absent for a parent listed only to show its sub-techniques: unscored, so uncoloured. */
  score?: number;
  comment: string;
  enabled: true;
  /** Only on a parent of a scored sub-technique: the format allows it on techniques with sub-techniques only. */
  showSubtechniques?: true;
  metadata: { name: string; value: string }[];
}

export interface NavigatorLayer {
  name: string;
  versions: typeof ATLAS_LAYER_VERSIONS;
  domain: typeof ATLAS_DOMAIN;
  description: string;
  sorting: number;
  hideDisabled: boolean;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: { name: string; value: string }[];
}

/** As in ATLAS's own layers (ATLAS data 5.6.0). */
export const ATLAS_LAYER_VERSIONS = { layer: '4.3', navigator: '4.6.4' } as const;
export const ATLAS_DOMAIN = 'atlas-atlas';
export const ATLAS_NAVIGATOR_URL = 'https://mitre-atlas.github.io/atlas-navigator/';
/** How to open the file, in the ATLAS Navigator's own words (its new-tab page). */
export const ATLAS_NAVIGATOR_HOW_TO = `Open it in the ATLAS Navigator (${ATLAS_NAVIGATOR_URL}): Open Existing Layer, then Upload from local.`;

const SHORT_NAME = new Map<string, string>(ATLAS_TACTICS.map((t) => [t.id, t.shortName]));
const parentOf = (id: string) => (/^AML\.T\d{4}\.\d{3}$/.test(id) ? id.slice(0, 9) : undefined);

function tacticsOf(id: string, catalogue: ReadonlyMap<string, TechniqueInfo>): string[] {
  const info = catalogue.get(id);
  const parentInfo = info?.parent ? catalogue.get(info.parent) : undefined;
  return (info?.tactics.length ? info.tactics : (parentInfo?.tactics ?? []))
    .map((t) => SHORT_NAME.get(t))
    .filter((t): t is string => !!t);
}

export function toNavigatorLayer(
  model: ThreatModel,
  scenarioTitle: string,
  catalogue: ReadonlyMap<string, TechniqueInfo>,
): NavigatorLayer {
  const uses = new Map<string, string[]>();
  for (const t of model.threats) {
    for (const id of new Set(t.atlas)) uses.set(id, [...(uses.get(id) ?? []), t.title]);
  }
  const parents = new Set([...uses.keys()].map(parentOf).filter((p): p is string => !!p));
  const ids = [...new Set([...uses.keys(), ...parents])].sort();
  const techniques: NavigatorTechnique[] = [];
  for (const id of ids) {
    const titles = uses.get(id);
    const base: NavigatorTechnique = {
      techniqueID: id,
      ...(titles ? { score: titles.length } : {}),
      comment: titles
        ? `${titles.length} threat${titles.length === 1 ? '' : 's'}: ${titles.join('; ')}`
        : 'Not used itself; shown to open its sub-techniques.',
      enabled: true,
      ...(parents.has(id) ? { showSubtechniques: true as const } : {}),
      metadata: [{ name: 'name', value: catalogue.get(id)?.name ?? 'not in the site catalogue' }],
    };
    const tactics = tacticsOf(id, catalogue);
    if (tactics.length === 0) techniques.push(base);
    for (const tactic of tactics) techniques.push({ ...base, tactic });
  }
  const max = Math.max(1, ...[...uses.values()].map((t) => t.length));
  return {
    name: `${scenarioTitle}: techniques in my threat model`,
    versions: ATLAS_LAYER_VERSIONS,
    domain: ATLAS_DOMAIN,
    description: `ATLAS techniques used by ${model.threats.length} threats of the learner's threat model of "${scenarioTitle}", scored by the number of threats that use each. Exported from AI Security Dojo for the ATLAS Navigator. ${ATLAS_NAVIGATOR_HOW_TO}`,
    sorting: 3,
    hideDisabled: false,
    techniques,
    gradient: { colors: ['#fff7d6', '#f59e0b', '#b91c1c'], minValue: 0, maxValue: max },
    legendItems: [],
    metadata: [{ name: 'atlas_data_version', value: ATLAS_DATA_VERSION }],
  };
}
