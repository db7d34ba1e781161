/**
 * The content's agreement with MITRE's ATLAS data release, when the release summary is beside the
 * project (../shared/reference/atlas-5.6-data.json) or named: used by `dojo check` and the build.
 * On a clean machine the file is absent: the check is skipped and the caller says so.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { atlasReferenceSchema, checkAgainstAtlas } from '../lib/content/atlas-check';
import { checkAtlasLabels, type TacticList } from '../lib/content/atlas-labels-check';
import type { ContentSet } from '../lib/content/crossref';
import type { ContentError } from '../lib/content/crossref';
import { ATLAS_TACTICS } from '../lib/frameworks/ids';
import { parseStrictJson } from '../lib/json/strict-parse';
import atlasLinks from '../lib/frameworks/atlas-mitigation-links.json';
import atlasNames from '../lib/frameworks/atlas-names.json';
import { INPUT_LIMITS, readTextFile } from './files';

export const defaultAtlasFile = (root: string) => join(root, '..', 'shared', 'reference', 'atlas-5.6-data.json');

/** The tactic lists the site shows as ATLAS's matrix: the code's, and the ATLAS framework page's. */
function tacticLists(content: ContentSet): TacticList[] {
  const page = content.frameworks.find((f) => f.data.id === 'mitre-atlas');
  return [
    { file: 'src/lib/frameworks/ids.ts', field: 'ATLAS_TACTICS', tactics: ATLAS_TACTICS },
    ...(page ? [{ file: page.file, field: 'entries', tactics: page.data.entries }] : []),
  ];
}

/** Problems against the release, or null when no release file is there to check against. */
export function atlasProblems(root: string, content: ContentSet, file?: string): ContentError[] | null {
  const path = file ?? defaultAtlasFile(root);
  if (file === undefined && !existsSync(path)) return null;
  const parsed = atlasReferenceSchema.safeParse(parseStrictJson(readTextFile(path, INPUT_LIMITS.atlasData)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not an ATLAS data summary (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return [
    ...checkAgainstAtlas(
      parsed.data,
      content.techniques,
      content.mitigations,
      atlasLinks.mitigations,
      undefined,
      content.caseStudies,
    ),
    ...checkAtlasLabels(
      parsed.data,
      { file: 'src/lib/frameworks/atlas-names.json', ...atlasNames },
      tacticLists(content),
    ),
  ];
}

/** What a valid check says about ATLAS: checked, or skipped because the release file is absent. */
export function atlasNote(root: string, checked: boolean): string {
  return checked
    ? 'checked against ATLAS data'
    : `not checked against ATLAS data: ${relative(root, defaultAtlasFile(root))} is absent`;
}
