/**
 * `npm run bench`: runs every bench/*.bench.ts (or only those whose name contains an
 * argument: `npm run bench -- search`). Each exports a default async function that measures
 * and prints its figures against the budgets its issue names. Benchmarks are never part of
 * `npm test`.
 */
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ') || '(any)'}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(resolve(dir, file))) as { default: () => Promise<boolean | void> };
  const ok = await mod.default();
  if (ok === false) failed++;
}
console.log(failed ? `\n${failed} benchmark file(s) missed a budget` : '\nall budgets met');
process.exit(failed ? 1 : 0);
