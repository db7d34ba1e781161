/**
 * The loader on small content trees written to a temporary folder: what
 * tests/unit/content-loader.test.ts (broken and invalid fixtures, the real content) does not
 * cover: unparseable files, the error fields and values, file-name IDs, nesting and ordering.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatter, loadContent, loadContentOrThrow } from './load-from-disk';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A project root whose content folder (root/content) holds these files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dojo-content-'));
  temp.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}
const load = (files: Record<string, string>) => {
  const root = project(files);
  return loadContent(root, join(root, 'content'));
};
const tool = (id: string, extra = '') =>
  `id: ${id}\ntitle: T\nsummary: S\nurl: https://example.org/${id}\nsecurityUses: [Scans models.]\n${extra}`;

describe('frontmatter', () => {
  it('returns the YAML between the --- lines', () => {
    expect(frontmatter('---\nid: a\n---\n# Body')).toBe('id: a');
  });

  it('refuses a file without frontmatter with the message the loader reports', () => {
    expect(() => frontmatter('# Body only')).toThrow(new Error('has no YAML frontmatter between --- lines'));
  });
});

describe('loadContent', () => {
  it('finds nothing, and no error, where the folders are missing', () => {
    const { content, errors } = load({});
    expect(errors).toEqual([]);
    expect(Object.values(content).every((entries) => entries.length === 0)).toBe(true);
    expect(Object.keys(content).sort()).toEqual(
      [
        'careers',
        'caseStudies',
        'frameworks',
        'mitigations',
        'questions',
        'scenarios',
        'skills',
        'techniques',
        'threatModels',
        'tools',
      ].sort(),
    );
  });

  it('reads files in name order, names them from the project root, and ignores other extensions', () => {
    const { content, errors } = load({
      'tools/zap.yaml': tool('zap'),
      'tools/art.yaml': tool('art'),
      'tools/notes.md': '# not content',
      'tools/old.yml': tool('old'),
    });
    expect(errors).toEqual([]);
    expect(content.tools.map((t) => t.file)).toEqual(['content/tools/art.yaml', 'content/tools/zap.yaml']);
    expect(content.tools[0].data).toMatchObject({ id: 'art', advice: [], tags: [] }); // parsed, defaults filled
  });

  it('reports a file that cannot be parsed, in one line, and goes on', () => {
    const { content, errors } = load({
      'tools/bad.yaml': 'id: [unclosed\n',
      'tools/good.yaml': tool('good'),
      'threat-models/broken.json': '{"format": ',
      'scenarios/plain.mdx': '# No frontmatter\n',
    });
    expect(content.tools.map((t) => t.data.id)).toEqual(['good']);
    expect(errors.map((e) => [e.file, e.field, e.value])).toEqual([
      ['content/tools/bad.yaml', '(file)', ''],
      ['content/scenarios/plain.mdx', '(file)', ''],
      ['content/threat-models/broken.json', '(file)', ''],
    ]);
    for (const e of errors) expect(e.message).toMatch(/^cannot be parsed: [^\n]+$/);
    expect(errors[1].message).toBe('cannot be parsed: has no YAML frontmatter between --- lines');
  });

  it('names nested fields with dots and [index], and quotes the bad value', () => {
    const { errors } = load({
      'tools/a.yaml': tool('a', 'techniques: [AML.T0024, T0051]\n'),
      'tools/b.yaml': 'id: b\ntitle: T\nsummary: S\nurl: https://example.org\nsecurityUses: 5\n',
    });
    expect(errors).toEqual([
      {
        file: 'content/tools/a.yaml',
        field: 'techniques[1]',
        value: 'T0051',
        message: 'must be an ATLAS technique ID such as AML.T0024.002',
      },
      {
        file: 'content/tools/b.yaml',
        field: 'securityUses',
        value: '5',
        message: 'Invalid input: expected array, received number',
      },
    ]);
  });

  it('reports a file that is not an object at (root), and cuts long values to 80 characters', () => {
    const { errors } = load({
      'tools/scalar.yaml': 'just a sentence\n',
      'tools/long.yaml': tool('long').replace(/url: .*/, `url: ${'x'.repeat(100)}`),
    });
    expect(errors.map((e) => [e.field, e.value])).toEqual([
      ['url', `${'x'.repeat(77)}...`],
      ['(root)', 'just a sentence'],
    ]);
  });

  it('requires each ID to match its file name, and still loads the entry', () => {
    const { content, errors } = load({ 'tools/art.yaml': tool('other') });
    expect(errors).toEqual([
      {
        file: 'content/tools/art.yaml',
        field: 'id',
        value: 'other',
        message: 'must match the file name (expected "art")',
      },
    ]);
    expect(content.tools).toHaveLength(1);
  });

  it('matches ATLAS IDs to their lower-case, dashed file names', () => {
    const technique = 'name: Extract AI Model\ntactics: [AML.TA0010]\ndescription: D\natlasVersion: 5.6.0\n';
    const ok = load({ 'techniques/aml-t0024.yaml': `id: AML.T0024\n${technique}` });
    expect(ok.errors).toEqual([]);
    const wrong = load({ 'techniques/aml-t0025.yaml': `id: AML.T0024\n${technique}` });
    expect(wrong.errors).toContainEqual(
      expect.objectContaining({ field: 'id', message: 'must match the file name (expected "aml-t0025")' }),
    );
  });

  it('checks a threat model by its scenario field', () => {
    const { errors } = load({
      'threat-models/fraud.json': JSON.stringify({ format: 'dojo-threat-model/1', scenario: 'other', threats: [] }),
    });
    expect(errors).toContainEqual({
      file: 'content/threat-models/fraud.json',
      field: 'scenario',
      value: 'other',
      message: 'must match the file name (expected "fraud")',
    });
  });
});

describe('loadContentOrThrow', () => {
  it('returns the content when there is no problem', () => {
    const root = project({ 'tools/art.yaml': tool('art') });
    expect(loadContentOrThrow(root, join(root, 'content')).tools.map((t) => t.data.id)).toEqual(['art']);
  });

  it('lists each problem on its own line', () => {
    const root = project({ 'tools/art.yaml': tool('other'), 'tools/bad.yaml': 'id: [' });
    expect(() => loadContentOrThrow(root, join(root, 'content'))).toThrow(
      /^Content check failed with 2 problem\(s\):\n {2}- content\/tools\/art\.yaml: id: must match the file name \(expected "art"\) \(got "other"\)\n {2}- content\/tools\/bad\.yaml: \(file\): cannot be parsed: /,
    );
  });
});
