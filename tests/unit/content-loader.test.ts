import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContent, loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import contentCheck from '../../src/integrations/content-check';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const broken = resolve(root, 'tests/fixtures/broken-content');

describe('the content loader', () => {
  it('finds every broken reference in the fixture, each naming file, field and value', () => {
    const { errors } = loadContent(root, broken);
    const found = errors.map((e) => `${e.file} | ${e.field} | ${e.value}`).sort();
    expect(found).toEqual(
      [
        'tests/fixtures/broken-content/questions/tiny/q.yaml | skills[0] | no-such-skill',
        'tests/fixtures/broken-content/scenarios/tiny.mdx | diagram.flows[1].to | ghost-element',
        'tests/fixtures/broken-content/techniques/aml-t0020.yaml | mitigations[1] | AML.M9999',
        'tests/fixtures/broken-content/threat-models/tiny.json | threats[1].atlas[0] | AML.T0043',
        'tests/fixtures/broken-content/threat-models/tiny.json | threats[1].element | nowhere',
      ].sort(),
    );
  });

  it('throws one readable message listing every problem', () => {
    expect(() => loadContentOrThrow(root, broken)).toThrow(
      /^Content check failed with 5 problem\(s\):\n {2}- [\s\S]*\n {2}- tests\/fixtures\/broken-content\/scenarios\/tiny\.mdx: diagram\.flows\[1\]\.to: no diagram element has this ID \(got "ghost-element"\)\n/,
    );
  });

  it('makes the build integration fail on the fixture', () => {
    const integration = contentCheck({ contentDir: broken });
    const hook = integration.hooks['astro:config:setup'] as unknown as (o: unknown) => void;
    const logger = { info: () => {} };
    expect(() => hook({ config: { root: new URL(`file://${root}/`) }, logger })).toThrow(/ghost-element/);
  });

  it('reports schema errors with the field path and the file', () => {
    const { errors } = loadContent(root, resolve(root, 'tests/fixtures/invalid-content'));
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'tests/fixtures/invalid-content/techniques/aml-t0020.yaml',
        field: 'atlasVersion',
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/invalid-content/techniques/aml-t0010.yaml', field: 'id' }),
    );
  });

  it('accepts the real content of the site', () => {
    const { errors } = loadContent(root);
    expect(errors.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([]);
  });
});
