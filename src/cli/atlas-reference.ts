/**
 * The content's agreement with MITRE's ATLAS data release, when the release summary is beside the
 * project (../shared/reference/atlas-5.6-data.json) or named: used by `dojo check` and the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { atlasReferenceSchema, checkAgainstAtlas } from '../lib/content/atlas-check';
import type { ContentSet } from '../lib/content/crossref';
import type { ContentError } from '../lib/content/crossref';
import { parseStrictJson } from '../lib/json/strict-parse';
import atlasLinks from '../lib/frameworks/atlas-mitigation-links.json';
import { INPUT_LIMITS, readTextFile } from './files';

export const defaultAtlasFile = (root: string) => join(root, '..', 'shared', 'reference', 'atlas-5.6-data.json');

/** Problems against the release, or null when no release file is there to check against. */
export function atlasProblems(root: string, content: ContentSet, file?: string): ContentError[] | null {
  const path = file ?? defaultAtlasFile(root);
  if (file === undefined && !existsSync(path)) return null;
  const parsed = atlasReferenceSchema.safeParse(parseStrictJson(readTextFile(path, INPUT_LIMITS.atlasData)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path} is not an ATLAS data summary (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return checkAgainstAtlas(
    parsed.data,
    content.techniques,
    content.mitigations,
    atlasLinks.mitigations,
    undefined,
    content.caseStudies,
  );
}
