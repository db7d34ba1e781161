// Installs the benchmark-only dependencies (bench/package.json, pinned by bench/package-lock.json)
// the first time `npm run bench` runs, so `npm install` for the site and its tests stays lean.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
// Any dependency missing (first run, or one added since) means a fresh install from the lock file.
const wanted = Object.keys(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies);
if (wanted.some((name) => !existsSync(join(dir, 'node_modules', name, 'package.json')))) {
  process.stderr.write('Installing the benchmark-only dependencies into bench/node_modules (first run only)\n');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}
