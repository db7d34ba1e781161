/**
 * Test support: running one `dojo` command in a child process, as a user would, and the check
 * every command's bad-settings test makes (one clear line on stderr, nothing on stdout, exit 1).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export type DojoRun = (...args: string[]) => SpawnSyncReturns<string>;

/** A runner for `dojo <command> …args` in the repository, with a time limit so nothing hangs. */
export function dojoCommand(command: string, timeout = 120_000): DojoRun {
  return (...args) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dojo.ts', command, ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout,
    });
}

/** Each case fails with exit 1 and one stderr line containing its message; stdout stays empty. */
export function expectOneLineFailures(dojo: DojoRun, cases: readonly (readonly [readonly string[], string])[]) {
  for (const [args, msg] of cases) {
    const r = dojo(...args);
    expect(r.status, args.join(' ')).toBe(1);
    expect(r.stderr).toContain(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  }
}
