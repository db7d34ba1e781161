/** Content commands: `dojo questions` and `dojo check`. */
import type { Command } from 'commander';
import { loadContent, loadContentOrThrow } from '../../lib/content/load-from-disk';
import { formatContentError } from '../../lib/content/crossref';
import { atlasNote, atlasProblems } from '../atlas-reference';
import { printTable } from '../output';

export function register(program: Command, root: string) {
  program
    .command('questions')
    .description('list the interview question IDs')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const { questions } = loadContentOrThrow(root);
      const rows = questions
        .map((q) => q.data)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((q) => ({ id: q.id, level: q.level, title: q.title }));
      if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else printTable(rows, ['id', 'level', 'title']);
    });

  program
    .command('check')
    .description('validate every content file and its cross-references')
    .option('--json', 'print JSON')
    .option(
      '--atlas <file>',
      'ATLAS data summary to check against (default: ../shared/reference/atlas-5.6-data.json when present)',
    )
    .action((opts: { json?: boolean; atlas?: string }) => {
      const { content, errors } = loadContent(root);
      const problems = atlasProblems(root, content, opts.atlas);
      if (problems) errors.push(...problems);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ok: errors.length === 0, errors }, null, 2)}\n`);
      } else if (errors.length) {
        for (const e of errors) process.stderr.write(`${formatContentError(e)}\n`);
      } else {
        const counts = Object.entries(content).map(([k, v]) => `${v.length} ${k}`);
        process.stdout.write(`content is valid (${atlasNote(root, problems !== null)}): ${counts.join(', ')}\n`);
      }
      if (errors.length) process.exitCode = 1;
    });
}
