/**
 * The rules a Navigator layer must keep for the ATLAS Navigator to open it as it is meant to be
 * seen, checked in our own code from the layer format 4.3 definition (attack-navigator
 * layers/spec/v4.3/layerformat.md: the property tables of the layer and of its Version, Technique,
 * Gradient, LegendItem, Metadata, Divider and Layout objects) and from ATLAS's own layers
 * (versions 4.3 / 4.6.4, domain "atlas-atlas", tactic short names). Beyond the tables:
 * - no technique twice under the same tactic (the Navigator keeps one of them);
 * - every scored sub-technique's parent has an entry with showSubtechniques: true under that
 *   tactic (or under every tactic; for a sub-technique without a tactic, under any), since the
 *   Navigator draws sub-techniques collapsed otherwise.
 * Returns one message per problem, each with a JSON path; [] means valid. Pure.
 */
import { ATLAS_TACTICS } from '../frameworks/ids';
import { ATLAS_DOMAIN, ATLAS_LAYER_VERSIONS } from './navigator';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const LAYER_KEYS = [
  'versions',
  'name',
  'description',
  'domain',
  'filters',
  'sorting',
  'layout',
  'hideDisabled',
  'techniques',
  'gradient',
  'legendItems',
  'showTacticRowBackground',
  'tacticRowBackground',
  'selectTechniquesAcrossTactics',
  'selectSubtechniquesWithParent',
  'metadata',
  'links',
];
const TECHNIQUE_KEYS = [
  'techniqueID',
  'tactic',
  'comment',
  'enabled',
  'score',
  'color',
  'metadata',
  'links',
  'showSubtechniques',
];
const TACTICS = new Set<string>(ATLAS_TACTICS.map((t) => t.shortName));
const TECHNIQUE_ID = /^AML\.T\d{4}(\.\d{3})?$/;

type Need = (ok: boolean, path: string, message: string) => void;

export function validateNavigatorLayer(layer: unknown): string[] {
  const errors: string[] = [];
  const need: Need = (ok, path, message) => {
    if (!ok) errors.push(`${path}: ${message}`);
  };
  if (!isObj(layer)) return ['$: must be an object'];
  for (const k of Object.keys(layer)) need(LAYER_KEYS.includes(k), `$.${k}`, 'is not a property of layer format 4.3');
  need(typeof layer.name === 'string', '$.name', 'must be a string');
  need(layer.domain === ATLAS_DOMAIN, '$.domain', `must be "${ATLAS_DOMAIN}", the ATLAS Navigator's domain`);
  const v = layer.versions;
  need(
    isObj(v) && v.layer === ATLAS_LAYER_VERSIONS.layer && v.navigator === ATLAS_LAYER_VERSIONS.navigator,
    '$.versions',
    `must be {"layer": "${ATLAS_LAYER_VERSIONS.layer}", "navigator": "${ATLAS_LAYER_VERSIONS.navigator}"}, as ATLAS's own layers`,
  );
  for (const k of ['description', 'tacticRowBackground'] as const)
    if (layer[k] !== undefined) need(typeof layer[k] === 'string', `$.${k}`, 'must be a string');
  for (const k of [
    'hideDisabled',
    'showTacticRowBackground',
    'selectTechniquesAcrossTactics',
    'selectSubtechniquesWithParent',
  ] as const)
    if (layer[k] !== undefined) need(typeof layer[k] === 'boolean', `$.${k}`, 'must be a boolean');
  if (layer.sorting !== undefined)
    need([0, 1, 2, 3].includes(layer.sorting as number), '$.sorting', 'must be 0, 1, 2 or 3');
  if (layer.gradient !== undefined) checkGradient(layer.gradient, need);
  if (layer.legendItems !== undefined) checkLegend(layer.legendItems, need);
  if (layer.metadata !== undefined) checkMetadata(layer.metadata, '$.metadata', need);
  if (layer.layout !== undefined) checkLayout(layer.layout, need);
  if (layer.techniques !== undefined) checkTechniques(layer.techniques, need);
  return errors;
}

function checkGradient(g: unknown, need: Need) {
  if (!isObj(g)) return need(false, '$.gradient', 'must be an object');
  need(
    Array.isArray(g.colors) && g.colors.length >= 2 && g.colors.every((c) => typeof c === 'string'),
    '$.gradient.colors',
    'must be at least two colour strings',
  );
  need(isNum(g.minValue) && isNum(g.maxValue) && g.maxValue > g.minValue, '$.gradient', 'needs minValue < maxValue');
}

function checkLegend(items: unknown, need: Need) {
  if (!Array.isArray(items)) return need(false, '$.legendItems', 'must be an array');
  items.forEach((it, i) =>
    need(
      isObj(it) && typeof it.label === 'string' && typeof it.color === 'string',
      `$.legendItems[${i}]`,
      'must have a label and a color',
    ),
  );
}

function checkMetadata(list: unknown, at: string, need: Need) {
  if (!Array.isArray(list)) return need(false, at, 'must be an array');
  list.forEach((m, i) =>
    need(
      isObj(m) && ((typeof m.name === 'string' && typeof m.value === 'string') || typeof m.divider === 'boolean'),
      `${at}[${i}]`,
      'must be {name, value} strings or a {divider}',
    ),
  );
}

function checkLayout(l: unknown, need: Need) {
  if (!isObj(l)) return need(false, '$.layout', 'must be an object');
  if (l.layout !== undefined)
    need(['side', 'flat', 'mini'].includes(l.layout as string), '$.layout.layout', 'must be side, flat or mini');
  if (l.aggregateFunction !== undefined)
    need(
      ['average', 'min', 'max', 'sum'].includes(l.aggregateFunction as string),
      '$.layout.aggregateFunction',
      'must be average, min, max or sum',
    );
  for (const k of ['showID', 'showName', 'showAggregateScores', 'countUnscored'] as const)
    if (l[k] !== undefined) need(typeof l[k] === 'boolean', `$.layout.${k}`, 'must be a boolean');
}

function checkTechniques(list: unknown, need: Need) {
  if (!Array.isArray(list)) return need(false, '$.techniques', 'must be an array');
  const seen = new Set<string>();
  /** "parent|tactic" (tactic "" for every tactic) of entries that open their sub-techniques. */
  const opened = new Set<string>();
  list.forEach((t, i) => {
    const at = `$.techniques[${i}]`;
    if (!isObj(t)) return need(false, at, 'must be an object');
    for (const k of Object.keys(t)) need(TECHNIQUE_KEYS.includes(k), `${at}.${k}`, 'is not a technique property');
    const id = t.techniqueID;
    need(typeof id === 'string' && TECHNIQUE_ID.test(id), `${at}.techniqueID`, 'must be an ATLAS technique ID');
    if (t.tactic !== undefined)
      need(TACTICS.has(t.tactic as string), `${at}.tactic`, 'must be the short name of an ATLAS tactic');
    if (t.score !== undefined) need(isNum(t.score), `${at}.score`, 'must be a number');
    for (const k of ['comment', 'color'] as const)
      if (t[k] !== undefined) need(typeof t[k] === 'string', `${at}.${k}`, 'must be a string');
    for (const k of ['enabled', 'showSubtechniques'] as const)
      if (t[k] !== undefined) need(typeof t[k] === 'boolean', `${at}.${k}`, 'must be a boolean');
    if (t.metadata !== undefined) checkMetadata(t.metadata, `${at}.metadata`, need);
    const key = `${String(id)}|${String(t.tactic ?? '')}`;
    need(!seen.has(key), at, `${String(id)} is listed twice under the same tactic`);
    seen.add(key);
    if (typeof id === 'string' && TECHNIQUE_ID.test(id) && t.showSubtechniques !== undefined)
      need(id.length === 9, `${at}.showSubtechniques`, 'belongs on a technique, not on a sub-technique');
    if (t.showSubtechniques === true) opened.add(key);
  });
  list.forEach((t, i) => {
    if (!isObj(t) || typeof t.techniqueID !== 'string' || t.techniqueID.length !== 13 || t.score === undefined) return;
    const parent = t.techniqueID.slice(0, 9);
    const tactic = String(t.tactic ?? '');
    // A sub-technique without a tactic shows under its parent's tactics: any opened entry will do.
    const open = tactic
      ? opened.has(`${parent}|${tactic}`) || opened.has(`${parent}|`)
      : [...opened].some((k) => k.startsWith(`${parent}|`));
    need(
      open,
      `$.techniques[${i}]`,
      `${t.techniqueID} is scored but hidden: ${parent} has no entry with showSubtechniques: true${tactic ? ` under ${tactic}` : ''}`,
    );
  });
}
