/**
 * The ATLAS names and tactics the site shows outside the technique and mitigation files: the
 * name table pages use for every technique and mitigation (src/lib/frameworks/atlas-names.json),
 * the tactic list of the matrix and the technique pages (ATLAS_TACTICS in
 * src/lib/frameworks/ids.ts), and the tactic table of the ATLAS framework page. Each is shown as
 * ATLAS's, so each must be exactly the release's. `dojo check` and the build run this beside
 * checkAgainstAtlas when the release file is there.
 */
import type { AtlasReference } from './atlas-check';
import type { ContentError } from './crossref';

interface Named {
  id: string;
  name: string;
}

/** A list of tactics the site shows in ATLAS's matrix order, and where it lives. */
export interface TacticList {
  file: string;
  field: string;
  tactics: readonly Named[];
}

/** The names the site shows for ATLAS IDs, by ID, and where they live. */
export interface NameTable {
  file: string;
  techniques: Readonly<Record<string, string>>;
  mitigations: Readonly<Record<string, string>>;
}

function checkNameTable(
  file: string,
  field: string,
  shown: Readonly<Record<string, string>>,
  atlas: readonly Named[],
): ContentError[] {
  const errors: ContentError[] = [];
  const ids = new Set(atlas.map((x) => x.id));
  for (const { id, name } of atlas)
    if (shown[id] !== name)
      errors.push({
        file,
        field: `${field}.${id}`,
        value: shown[id] ?? '',
        message: shown[id] === undefined ? `ATLAS has ${id} "${name}"; the table does not` : `ATLAS names it "${name}"`,
      });
  for (const id of Object.keys(shown))
    if (!ids.has(id))
      errors.push({ file, field: `${field}.${id}`, value: id, message: 'is not in this ATLAS release' });
  return errors;
}

/** Position by position: the same tactics, with ATLAS's names, in ATLAS's matrix order. */
function checkTacticList({ file, field, tactics }: TacticList, atlas: readonly Named[]): ContentError[] {
  const errors: ContentError[] = [];
  const show = (t: Named | undefined) => (t ? `${t.id} "${t.name}"` : 'nothing');
  for (let i = 0; i < Math.max(tactics.length, atlas.length); i++) {
    const [ours, theirs] = [tactics[i], atlas[i]];
    if (ours?.id !== theirs?.id || ours?.name !== theirs?.name)
      errors.push({
        file,
        field: `${field}[${i}]`,
        value: ours ? `${ours.id} ${ours.name}` : '',
        message: `ATLAS's tactic ${i + 1} in matrix order is ${show(theirs)}`,
      });
  }
  return errors;
}

export function checkAtlasLabels(ref: AtlasReference, names: NameTable, tacticLists: readonly TacticList[]) {
  return [
    ...checkNameTable(names.file, 'techniques', names.techniques, ref.techniques),
    ...checkNameTable(names.file, 'mitigations', names.mitigations, ref.mitigations),
    // An older summary without tactics cannot say what the matrix should be.
    ...(ref.tactics.length ? tacticLists.flatMap((list) => checkTacticList(list, ref.tactics)) : []),
  ];
}
