/**
 * `dojo interview merge --session SESSION.json SHEET.json…`: merges the panel's exported
 * scoresheets headless with the same cores as /interview/merge/ (refusing malformed sheets and
 * sheets from another session, one line each), and prints the ratings side by side with the
 * agreement between panelists (ICC and Fleiss' kappa), or the Markdown report with --markdown.
 */
import type { Command } from 'commander';
import { readTextFile } from '../files';
import { loadContentOrThrow } from '../../lib/content/load-from-disk';
import { formatTable } from '../output';
import { parseSessionText, type Session } from '../../lib/interview/session';
import { addScoresheet, sideBySide } from '../../lib/interview/merge';
import { panelAgreement } from '../../lib/interview/panel-agreement';
import { agreementLines, buildReport, reportToMarkdown } from '../../lib/interview/report';
import { toInterviewQuestion } from '../../lib/interview/catalog';
import type { Scoresheet } from '../../lib/interview/scoresheet';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

const readText = (file: string) => readTextFile(file, MAX_FILE_BYTES);

interface MergeOptions {
  session: string;
  json?: boolean;
  markdown?: boolean;
}

export function register(program: Command, root: string) {
  const interview = program.command('interview').description("hiring-panel interviews: merge the panel's scoresheets");
  interview
    .command('merge')
    .description('merge exported scoresheets of one session and report agreement between panelists')
    .requiredOption('--session <file>', 'the session file (dojo-interview-session/1) the panel used')
    .argument('<sheets...>', 'scoresheet files (dojo-interview-scoresheet/1)')
    .option('--json', 'print JSON')
    .option('--markdown', 'print the Markdown report')
    .action((files: string[], opts: MergeOptions) => {
      const content = loadContentOrThrow(root);
      const questions = content.questions.map((q) => toInterviewQuestion(q.data));
      const parsed = parseSessionText(
        readText(opts.session),
        questions.map((q) => q.id),
      );
      if (!parsed.ok) throw new Error(`${opts.session}: ${parsed.error}`);
      const session: Session = parsed.value;

      let merged: Scoresheet[] = [];
      const refused: { file: string; error: string }[] = [];
      for (const file of files) {
        const result = addScoresheet(merged, readText(file), session);
        if (result.ok) merged = result.value;
        else refused.push({ file, error: result.error });
      }
      for (const r of refused) process.stderr.write(`refused ${r.file}: ${r.error}\n`);

      const agreement = panelAgreement(session, merged);
      const rows = sideBySide(session, merged);
      if (opts.markdown) {
        const report = buildReport({
          session,
          questions,
          sheets: merged,
          consensus: {},
          recommendation: null,
          now: new Date(),
        });
        process.stdout.write(reportToMarkdown(report));
      } else if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ session: session.id, merged: merged.map((s) => s.panelist), refused, questions: rows, agreement }, null, 2)}\n`,
        );
      } else {
        const panelists = merged.map((s) => s.panelist);
        const table = rows.map((r) => ({
          question: r.question,
          ...Object.fromEntries(r.ratings.map((x) => [x.panelist, x.rating])),
          spread: r.spread,
          disagreement: r.disagreement,
        }));
        process.stdout.write(`${formatTable(table, ['question', ...panelists, 'spread', 'disagreement'])}\n\n`);
        process.stdout.write(`${agreementLines(agreement).join('\n')}\n`);
      }
      if (refused.length) process.exitCode = 1;
    });
}
