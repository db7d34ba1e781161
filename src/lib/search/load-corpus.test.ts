/**
 * The search corpus read from disk: the content loader's entries, the scenarios' MDX bodies
 * without frontmatter, and the site pages. The oracle for the real content is the content loader
 * itself (tests/unit/content-loader.test.ts checks that it accepts the site's content).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-from-disk';
import { loadSearchCorpus, mdxBody } from './load-corpus';
import { SITE_PAGES } from './site-pages';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempRoot(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dojo-corpus-'));
  temp.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('mdxBody', () => {
  it('drops the frontmatter and keeps the rest as it is', () => {
    expect(mdxBody('---\nid: a\n---\n# Brief\n\ntext\n')).toBe('# Brief\n\ntext\n');
    expect(mdxBody('---\r\nid: a\r\n---\r\nbody')).toBe('body');
    expect(mdxBody('---\nid: a\n---')).toBe('');
  });

  it('returns text without frontmatter unchanged', () => {
    expect(mdxBody('# Just a body\n---\nnot: frontmatter\n---\n')).toBe('# Just a body\n---\nnot: frontmatter\n---\n');
    expect(mdxBody('')).toBe('');
  });
});

describe('loadSearchCorpus', () => {
  const corpus = loadSearchCorpus(root);

  it("holds every collection's entries as the content loader reads them, and the site pages", () => {
    const { content } = loadContent(root);
    for (const name of [
      'careers',
      'skills',
      'frameworks',
      'techniques',
      'mitigations',
      'tools',
      'questions',
    ] as const) {
      expect(corpus[name], name).toEqual(content[name].map((e) => e.data));
      expect(corpus[name].length, name).toBeGreaterThan(0);
    }
    expect(corpus.scenarios.map((s) => s.data)).toEqual(content.scenarios.map((e) => e.data));
    expect(corpus.pages).toBe(SITE_PAGES);
  });

  it('gives each scenario its MDX body, without the frontmatter', () => {
    for (const s of corpus.scenarios) {
      expect(s.body.startsWith('---'), s.data.id).toBe(false);
      expect(s.body, s.data.id).not.toContain(`id: ${s.data.id}\n`);
      expect(s.body.trim().length, s.data.id).toBeGreaterThan(100);
    }
  });

  it('is empty, apart from the site pages, for a project without content', () => {
    const empty = loadSearchCorpus(tempRoot());
    expect(empty.careers).toEqual([]);
    expect(empty.scenarios).toEqual([]);
    expect(empty.pages).toBe(SITE_PAGES);
  });

  it('throws the content check when a file is invalid', () => {
    const dir = tempRoot({ 'src/content/tools/bad.yaml': 'id: bad\n' });
    expect(() => loadSearchCorpus(dir)).toThrow(
      /^Content check failed with \d+ problem\(s\):\n {2}- src\/content\/tools\/bad\.yaml: /,
    );
  });
});
