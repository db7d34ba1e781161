/**
 * The layering rules of docs/ARCHITECTURE.md, checked on the tree: every core module in src/lib
 * has a test file beside it (or is listed below with the reason it has none), and no core module
 * imports from the layers that use it. ESLint also enforces the import rule while editing; this
 * test keeps it true for files ESLint is told to skip.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const lib = join(root, 'src', 'lib');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const rel = (f: string) => relative(root, f).split(sep).join('/');

/** Modules with no test file of their own, and why. */
const NO_OWN_TEST: Record<string, string> = {
  'src/lib/extraction/errors.ts': 'one error class; its messages are tested through settings.test.ts',
  'src/lib/search/types.ts': 'types, and isDocType, exercised by engine.test.ts',
  'src/lib/search/test-engine.ts': 'test support',
  'src/lib/search/test-strings.ts': 'test support',
  'src/lib/persist/test-env.ts': 'test support',
  'src/lib/scoring/fixtures.ts': 'test support',
  'src/lib/scoring/semantic/testing.ts': 'test support',
  'src/lib/scoring/semantic/types.ts': 'a type',
  'src/lib/scoring/semantic/flags.ts': 'a list of names, checked by report.test.ts through the report schema',
  'src/lib/interview/testing.ts': 'test support',
  'src/lib/interview/coefficient.ts':
    'types and two constructors, exercised by icc, panel-agreement and agreement-text tests',
  'src/lib/labs/errors.ts': 'two error classes; their messages are tested through the decoders and settings',
  'src/lib/util/settings-parse.ts': 'four field readers, tested through every settings module that uses them',
  'src/lib/labs/cnn.ts':
    'needs TensorFlow.js with gradients, which Node gets from src/cli/tfjs-node.ts: tests/unit/labs-cnn.test.ts',
  'src/lib/labs/train.ts': 'tests/unit/labs-shipped-files.test.ts retrains a slice of the shipped run',
  'src/lib/labs/weights.ts': 'tests/unit/labs-shipped-files.test.ts checks the shipped weights and a damaged copy',
  'src/lib/labs/evasion/classifier.ts': 'exercised by every attack test in tests/unit/labs-evasion-*.test.ts',
  'src/lib/labs/evasion/gradient.ts': 'exercised by every attack test in tests/unit/labs-evasion-*.test.ts',
  'src/lib/labs/evasion/fgsm.ts': 'tests/unit/labs-evasion-fgsm.test.ts (needs the Node loader in src/cli)',
  'src/lib/labs/evasion/pgd.ts': 'tests/unit/labs-evasion-pgd.test.ts (needs the Node loader in src/cli)',
  'src/lib/labs/evasion/run.ts': 'tests/unit/labs-evasion-*.test.ts and src/cli/commands/evade.test.ts',
  'src/lib/labs/requests.ts': 'tests/unit/labs-requests.test.ts (the worker’s requests, with the files read from disk)',
  'src/lib/labs/files.ts': 'tests/unit/labs-requests.test.ts decodes the shipped files through it',
  'src/lib/labs/sweep.ts': 'tests/unit/labs-requests.test.ts runs both sweeps and their refusals',
  'src/lib/labs/evasion/sweep.ts': 'tests/unit/labs-requests.test.ts (an ε sweep, a bad ε, too many values)',
  'src/lib/labs/evasion/sweep-settings.ts': 'tests/unit/labs-requests.test.ts (the sweep’s refusals, word for word)',
  'src/lib/labs/poisoning/sweep.ts': 'tests/unit/labs-requests.test.ts (a poison-rate sweep)',
  'src/lib/labs/poisoning/sweep-settings.ts': 'tests/unit/labs-requests.test.ts (the rate sweep’s settings)',
  'src/lib/util/finite-only.ts': 'src/stores/simulator-runs.test.ts and src/stores/lab-runs.test.ts',
  'src/lib/diagram/box.ts': 'src/lib/diagram/labels.test.ts and collisions.test.ts measure every box through it',
  'src/lib/labs/poisoning/run.ts':
    'tests/unit/labs-poisoning.test.ts and src/cli/commands/poison.test.ts (they need a TensorFlow.js backend)',
  'src/lib/backup/backup.ts':
    'tested with the real store codecs in tests/unit/backup.test.ts (src/lib may not import stores)',
};

describe('the pure cores', () => {
  const modules = files(lib).filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));

  it('each have a test file beside them, or a stated reason not to', () => {
    const missing = modules
      .map(rel)
      .filter((f) => !existsSync(join(root, f.replace(/\.ts$/, '.test.ts'))) && !(f in NO_OWN_TEST));
    expect(missing).toEqual([]);
  });

  it('list no exemption that is stale', () => {
    for (const f of Object.keys(NO_OWN_TEST)) expect(existsSync(join(root, f)), f).toBe(true);
  });

  it('import nothing from cli, components, stores, pages or integrations, and no UI framework', () => {
    const bad: string[] = [];
    for (const f of files(lib)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        const target = spec.startsWith('.') ? rel(resolve(f, '..', spec)) : spec;
        if (/^src\/(cli|components|stores|pages|integrations)\//.test(target)) bad.push(`${rel(f)} → ${spec}`);
        if (/^(react|react-dom|astro)(\/|$)|^astro:/.test(target)) bad.push(`${rel(f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
