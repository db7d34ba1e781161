/**
 * Node only: it reads the file system, so nothing the browser loads may import it. Loads every content file from disk, validates it with the schemas of
 * src/lib/content/schemas.ts, and checks cross-references. Used by the build (through
 * src/integrations/content-check.ts), by the `dojo` command line and by the tests.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from './schemas';
import { checkCrossReferences, formatContentError, type ContentError, type ContentSet } from './crossref';
import { expectedId } from './ids';
import { splitFrontmatter } from './frontmatter';

export interface LoadResult {
  content: ContentSet;
  errors: ContentError[];
}

const EXT: Record<string, string> = { '*.yaml': '.yaml', '**/*.yaml': '.yaml', '*.mdx': '.mdx', '*.json': '.json' };

function listFiles(dir: string, recursive: boolean, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive, withFileTypes: false }) as string[])
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(sep).join(posix.sep))
    .sort();
}

/** The YAML frontmatter of an MDX file. */
export function frontmatter(text: string): string {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('has no YAML frontmatter between --- lines');
  return parts.frontmatter;
}

function parseFile(path: string, ext: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (ext === '.json') return JSON.parse(text);
  if (ext === '.mdx') return parseYaml(frontmatter(text));
  return parseYaml(text);
}

/** Loads and validates the content under `contentDir` (default: src/content of `root`). */
export function loadContent(root: string, contentDir = join(root, 'src', 'content')): LoadResult {
  const errors: ContentError[] = [];
  const content = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, []])) as unknown as ContentSet;

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const dir = join(contentDir, spec.dir);
    const ext = EXT[spec.pattern];
    for (const rel of listFiles(dir, spec.pattern.startsWith('**'), ext)) {
      const path = join(dir, rel);
      const file = relative(root, path).split(sep).join(posix.sep);
      let raw: unknown;
      try {
        raw = parseFile(path, ext);
      } catch (e) {
        errors.push({
          file,
          field: '(file)',
          value: '',
          message: `cannot be parsed: ${(e as Error).message.split('\n')[0]}`,
        });
        continue;
      }
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length ? formatPath(issue.path) : '(root)';
          errors.push({ file, field, value: valueAt(raw, issue.path), message: issue.message });
        }
        continue;
      }
      const data = parsed.data as { id?: string; scenario?: string };
      const stem = rel.slice(0, -ext.length);
      const declared = name === 'threatModels' ? data.scenario : data.id;
      const expected = expectedId(name, stem, data);
      if (declared !== expected) {
        errors.push({
          file,
          field: name === 'threatModels' ? 'scenario' : 'id',
          value: String(declared),
          message: `must match the file name (expected "${expected}")`,
        });
      }
      (content[name] as { file: string; data: unknown }[]).push({ file, data: parsed.data });
    }
  }
  errors.push(...checkCrossReferences(content));
  return { content, errors };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = raw;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Loads content and throws one readable error listing every problem, or returns the content. */
export function loadContentOrThrow(root: string, contentDir?: string): ContentSet {
  const { content, errors } = loadContent(root, contentDir);
  if (errors.length) {
    const lines = errors.map((e) => `  - ${formatContentError(e)}`);
    throw new Error(`Content check failed with ${errors.length} problem(s):\n${lines.join('\n')}`);
  }
  return content;
}
