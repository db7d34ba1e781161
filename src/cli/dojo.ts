#!/usr/bin/env node
/**
 * dojo: the platform's command line for authors, instructors and automated checks.
 * Run as `npm run --silent dojo -- <command>`. Each command is a thin wrapper over a pure
 * core in src/lib/; output is JSON with --json and a readable table otherwise.
 */
import { Command, CommanderError } from 'commander';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { registerContentCommands } from './commands/content';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function buildProgram(root = ROOT): Command {
  const program = new Command();
  program
    .name('dojo')
    .description('AI security dojo: score answers, grade threat models, run extraction experiments, check content.')
    .showHelpAfterError('(run "dojo --help" for usage)')
    .configureOutput({ outputError: (str, write) => write(str) });
  registerContentCommands(program, root);
  return program;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    process.stderr.write(`dojo: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
