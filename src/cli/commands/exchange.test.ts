/**
 * `dojo export` and `dojo import`, run as a person runs them: the files they write are checked
 * with the same validators the builder uses, and the round trip of a reference model through
 * Threat Dragon grades 100, as the reference graded against itself does.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateThreatDragon } from '../../lib/threat-model/threat-dragon-validate';
import { validateNavigatorLayer } from '../../lib/threat-model/navigator-validate';

const root = resolve(__dirname, '..', '..', '..');
const dojo = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dojo.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
const dir = mkdtempSync(join(tmpdir(), 'dojo-exchange-'));
const model = join(dir, 'model.json');
writeFileSync(model, dojo('reference', 'fraud-api-cloning').stdout);
const td = join(dir, 'model.td.json');

describe('dojo export and dojo import', () => {
  it('exports a Threat Dragon model Threat Dragon would open, and imports it back to grade 100', () => {
    const out = dojo('export', model, '--to', 'threat-dragon', '--out', td);
    expect(out.status, out.stderr).toBe(0);
    expect(validateThreatDragon(JSON.parse(readFileSync(td, 'utf8')))).toEqual([]);

    const back = dojo('import', td, '--scenario', 'fraud-api-cloning');
    expect(back.status, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ format: 'dojo-threat-model/1', scenario: 'fraud-api-cloning' });
    expect(back.stderr).toMatch(/^Imported \d+ threats \(0 left out\)\.\n {2}Cell "/);

    const graded = dojo('import', td, '--scenario', 'fraud-api-cloning', '--grade', '--json');
    expect(graded.status, graded.stderr).toBe(0);
    expect(JSON.parse(graded.stdout).overall).toBe(100);
  });

  it('exports a layer for the ATLAS Navigator and says how to open it', () => {
    const r = dojo('export', model, '--to', 'navigator');
    expect(r.status, r.stderr).toBe(0);
    const layer = JSON.parse(r.stdout);
    expect(validateNavigatorLayer(layer)).toEqual([]);
    expect(layer.versions).toEqual({ layer: '4.3', navigator: '4.6.4' });
    expect(r.stderr).toContain('Open Existing Layer, then Upload from local');
  });

  it('fails with one clear line on a bad target, a foreign scenario or a file that is not Threat Dragon', () => {
    if (dojo('export', model, '--to', 'threat-dragon', '--out', td).status !== 0) throw new Error('export failed');
    for (const [args, msg] of [
      [['export', model, '--to', 'otm'], 'dojo: unknown export target "otm"; use one of threat-dragon, navigator'],
      [
        ['import', td, '--scenario', 'mlops-platform'],
        `dojo: ${td}: The file is a Threat Dragon model of the scenario "fraud-api-cloning", not of "mlops-platform".`,
      ],
      [
        ['import', model, '--scenario', 'fraud-api-cloning'],
        `dojo: ${model}: The file is a dojo-threat-model/1 threat model, not a Threat Dragon one: import it as a threat model.`,
      ],
      [['import', td, '--scenario', 'nowhere'], 'dojo: no scenario "nowhere"'],
    ] as const) {
      const r = dojo(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).not.toContain('    at ');
    }
  });
});
