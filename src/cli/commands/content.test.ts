/** `dojo check`: content validation, and the comparison with ATLAS's data release when it is there. */
import { describe, expect, it } from 'vitest';
import { dojoCommand, REPO_ROOT } from '../../../tests/support/dojo';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = REPO_ROOT;
const dojo = dojoCommand('check');
const reference = resolve(root, '../shared/reference/atlas-5.6-data.json');

describe('dojo check', () => {
  it.runIf(existsSync(reference))('agrees with ATLAS 5.6 when its data is beside the project', () => {
    const r = dojo();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^content is valid \(checked against ATLAS data\): /);
  });

  it('names every technique, mitigation and link a different release does not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dojo-atlas-'));
    const file = join(dir, 'atlas.json');
    writeFileSync(
      file,
      JSON.stringify({ techniques: [], mitigations: [{ id: 'AML.M0004', name: 'Other', techniques: [] }] }),
    );
    const r = dojo('--atlas', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'src/content/techniques/aml-t0005.yaml: id: is not a technique of this ATLAS release (got "AML.T0005")',
    );
    expect(r.stderr).toContain('name: ATLAS names it "Other"');
    expect(r.stderr).toContain("differs from ATLAS's links");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says when the ATLAS file is not an ATLAS data summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dojo-atlas-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"techniques": 5}');
    const r = dojo('--atlas', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not an ATLAS data summary \(techniques: /);
  });

  it('says when the ATLAS file cannot be read', () => {
    const r = dojo('--atlas', join(tmpdir(), 'no-such-atlas.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dojo: cannot read .*no-such-atlas\.json: ENOENT\n$/);
  });
});
