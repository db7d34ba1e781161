/**
 * Export of the learner's technique mapping as an ATLAS Navigator layer, layer format 4.5
 * (attack-navigator layers/spec/v4.5/layerformat.md; ATLAS's own layers use the domain
 * "atlas-atlas", tactic short names and metadata atlas_data_version). Each technique's score is
 * the number of the learner's threats that use it; a technique under several tactics gets one
 * entry per tactic, and sub-techniques inherit their parent's tactics. Pure.
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
  score: number;
  comment: string;
  enabled: true;
  showSubtechniques: boolean;
  metadata: { name: string; value: string }[];
}

export interface NavigatorLayer {
  name: string;
  versions: { layer: '4.5'; navigator: string };
  domain: 'atlas-atlas';
  description: string;
  sorting: number;
  hideDisabled: boolean;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: { name: string; value: string }[];
}

const SHORT_NAME = new Map<string, string>(ATLAS_TACTICS.map((t) => [t.id, t.shortName]));

export function toNavigatorLayer(
  model: ThreatModel,
  scenarioTitle: string,
  catalogue: ReadonlyMap<string, TechniqueInfo>,
): NavigatorLayer {
  const uses = new Map<string, string[]>();
  for (const t of model.threats) {
    for (const id of new Set(t.atlas)) uses.set(id, [...(uses.get(id) ?? []), t.title]);
  }
  const ids = [...uses.keys()].sort();
  const parents = new Set(ids.map((id) => id.split('.').slice(0, 2).join('.')).filter((p, i) => p !== ids[i]));
  const techniques: NavigatorTechnique[] = [];
  for (const id of ids) {
    const info = catalogue.get(id);
    const parentInfo = info?.parent ? catalogue.get(info.parent) : undefined;
    const tactics = (info?.tactics.length ? info.tactics : (parentInfo?.tactics ?? []))
      .map((t) => SHORT_NAME.get(t))
      .filter((t): t is string => !!t);
    const titles = uses.get(id)!;
    const base = {
      techniqueID: id,
      score: titles.length,
      comment: `${titles.length} threat${titles.length === 1 ? '' : 's'}: ${titles.join('; ')}`,
      enabled: true as const,
      showSubtechniques: parents.has(id),
      metadata: [{ name: 'name', value: info?.name ?? 'not in the site catalogue' }],
    };
    if (tactics.length === 0) techniques.push(base);
    for (const tactic of tactics) techniques.push({ ...base, tactic });
  }
  const max = Math.max(1, ...ids.map((id) => uses.get(id)!.length));
  return {
    name: `${scenarioTitle}: techniques in my threat model`,
    versions: { layer: '4.5', navigator: '4.9.0' },
    domain: 'atlas-atlas',
    description: `ATLAS techniques used by ${model.threats.length} threats of the learner's threat model of "${scenarioTitle}", scored by the number of threats that use each. Exported from AI Security Dojo.`,
    sorting: 3,
    hideDisabled: false,
    techniques,
    gradient: { colors: ['#fff7d6', '#f59e0b', '#b91c1c'], minValue: 0, maxValue: max },
    legendItems: [],
    metadata: [{ name: 'atlas_data_version', value: ATLAS_DATA_VERSION }],
  };
}
