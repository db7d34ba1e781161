/**
 * `dojo check`'s comparison with ATLAS, end to end on files: the fixture content in
 * tests/fixtures/atlas-mismatch/content gets a technique's name, a technique's tactic and a tactic's
 * name wrong on purpose (each marked in its file), against a two-technique excerpt of the 5.6.0
 * release (tests/fixtures/atlas-mismatch/atlas.json). The site's own link and name tables are checked
 * against the same excerpt, so its M0004 links (ATLAS 5.6 links 16 techniques) must be refused.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { formatContentError } from '../../src/lib/content/crossref';
import { atlasNote, atlasProblems } from '../../src/cli/atlas-reference';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const fixture = 'tests/fixtures/atlas-mismatch';

describe('dojo check against an ATLAS release', () => {
  const { content, errors } = loadContent(root, resolve(root, fixture, 'content'));
  const problems = atlasProblems(root, content, resolve(root, fixture, 'atlas.json')) ?? [];

  it('loads the fixture content as valid in itself', () => expect(errors).toEqual([]));

  it("names each wrong technique name, technique tactic and tactic name in the content's files", () => {
    expect(problems.filter((e) => e.file.startsWith(fixture)).map(formatContentError)).toEqual([
      `${fixture}/content/techniques/aml-t0024-002.yaml: name: ATLAS names it "Extract AI Model" (got "Model Stealing")`,
      `${fixture}/content/techniques/aml-t0024.yaml: tactics: ATLAS lists tactics AML.TA0010 (got "AML.TA0011")`,
      `${fixture}/content/frameworks/mitre-atlas.yaml: entries[1]: ATLAS's tactic 2 in matrix order is AML.TA0011 "Impact" (got "AML.TA0011 Harm")`,
    ]);
  });

  it('refuses mitigation links the release does not have, as the site would show them as ATLAS’s', () => {
    const m0004 = problems.find((e) => e.field === 'mitigations.AML.M0004');
    expect(m0004?.file).toBe('src/lib/frameworks/atlas-mitigation-links.json');
    expect(m0004?.message).toBe(
      "differs from ATLAS's links (AML.T0024.002): the site would attribute to ATLAS links it does not have",
    );
  });

  it("checks the site's name table and matrix tactics too (the excerpt has 2 of ATLAS's 16 tactics)", () => {
    const names = problems.filter((e) => e.file === 'src/lib/frameworks/atlas-names.json');
    expect(names.map((e) => e.field)).toContain('techniques.AML.T0000');
    expect(names.map((e) => e.field)).not.toContain('techniques.AML.T0024.002');
    const tactics = problems.filter((e) => e.file === 'src/lib/frameworks/ids.ts');
    expect(tactics[0]).toEqual({
      file: 'src/lib/frameworks/ids.ts',
      field: 'ATLAS_TACTICS[0]',
      value: 'AML.TA0002 Reconnaissance',
      message: `ATLAS's tactic 1 in matrix order is AML.TA0010 "Exfiltration"`,
    });
  });
});

describe('without the release file', () => {
  it('skips the comparison, and the note says which file is absent', () => {
    // A project whose ../shared does not exist, as on a clean machine.
    const project = join(mkdtempSync(join(tmpdir(), 'dojo-clean-')), 'project');
    mkdirSync(project);
    const { content } = loadContent(root, resolve(root, fixture, 'content'));
    expect(atlasProblems(project, content)).toBeNull();
    expect(atlasNote(project, false)).toBe(
      'not checked against ATLAS data: ../shared/reference/atlas-5.6-data.json is absent',
    );
    expect(atlasNote(project, true)).toBe('checked against ATLAS data');
  });
});
