#!/usr/bin/env node
/**
 * dojo: the platform's command line for authors, instructors and automated checks.
 * Run as `npm run --silent dojo -- <command>`. Each command is a thin wrapper over a pure
 * core in src/lib/; output is JSON with --json and a readable table otherwise.
 */
import { Command, CommanderError } from 'commander';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readdirSync } from 'node:fs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Each file in src/cli/commands/ exports `register(program, root)` and adds its commands, so
 * features add commands without editing this file.
 */
async function registerCommands(program: Command, root: string) {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), 'commands');
  const files = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts'))
    .sort();
  for (const file of files) {
    const mod = (await import(resolve(dir, file))) as { register?: (p: Command, r: string) => void };
    if (typeof mod.register !== 'function') throw new Error(`src/cli/commands/${file} does not export register()`);
    mod.register(program, root);
  }
}

export async function buildProgram(root = ROOT): Promise<Command> {
  const program = new Command();
  program
    .name('dojo')
    .description('AI security dojo: score answers, grade threat models, run extraction experiments, check content.')
    .showHelpAfterError('(run "dojo --help" for usage)')
    .configureOutput({ outputError: (str, write) => write(str) });
  await registerCommands(program, root);
  return program;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `dojo … | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = await buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    process.stderr.write(`dojo: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
