// Installs the benchmark-only dependencies (bench/package.json, pinned by bench/package-lock.json)
// the first time `npm run bench` runs, so `npm install` for the site and its tests stays lean.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(dir, 'node_modules', 'lighthouse', 'package.json'))) {
  process.stderr.write('Installing the benchmark-only dependencies into bench/node_modules (first run only)\n');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}
