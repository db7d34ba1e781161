/**
 * `dojo interview merge --session SESSION.json SHEET.json…`: merges the panel's exported
 * scoresheets headless with the same cores as /interview/merge/, and prints the ratings side by
 * side with the agreement between panelists (ICC, Fleiss' kappa, Krippendorff's alpha, each with
 * its interval or the reason it is not defined), as a table, as JSON (--json) or as the Markdown
 * report (--markdown).
 *
 * A bad sheet does not stop the merge (issue 17, item 5): each path that is missing, unreadable,
 * from another session or invalid gets one line on stderr, `refused PATH: reason`, and the rest is
 * merged and reported. Exit status:
 * - 0 when at least one sheet was merged, even if others were refused;
 * - 1 when no sheet could be merged, when the session file itself cannot be used, or, with
 *   --strict, when any sheet was refused (the report of the others is still printed).
 */
import type { Command } from 'commander';
import { INPUT_LIMITS, readTextFile } from '../files';
import { loadContentOrThrow } from '../../lib/content/load-from-disk';
import { formatTable } from '../output';
import { parseSessionText, type Session } from '../../lib/interview/session';
import { addScoresheet, notAskedQuestions, sideBySide } from '../../lib/interview/merge';
import { panelAgreement, type PanelAgreement } from '../../lib/interview/panel-agreement';
import { agreementLines, agreementRows, intervalRange } from '../../lib/interview/agreement-text';
import { fmt } from '../../lib/interview/format';
import { buildReport, reportToMarkdown } from '../../lib/interview/report';
import { toInterviewQuestion } from '../../lib/interview/catalog';
import type { Scoresheet } from '../../lib/interview/scoresheet';

// The same limit as the site's import of session and scoresheet files (src/lib/interview/validation.ts).
const readText = (file: string) => readTextFile(file, INPUT_LIMITS.interview);

interface MergeOptions {
  session: string;
  json?: boolean;
  markdown?: boolean;
  strict?: boolean;
}

interface Refusal {
  file: string;
  error: string;
}

/** Adds each readable, valid sheet of this session; every other path becomes one refusal. */
function mergeFiles(files: readonly string[], session: Session): { merged: Scoresheet[]; refused: Refusal[] } {
  let merged: Scoresheet[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      refused.push({ file, error: (e as Error).message });
      continue;
    }
    const result = addScoresheet(merged, text, session);
    if (result.ok) merged = result.value;
    else refused.push({ file, error: result.error });
  }
  return { merged, refused };
}

/** The coefficients as a table: value and interval, or "not defined" and why. */
function agreementTable(a: PanelAgreement): string {
  if (a.unmeasurable) return agreementLines(a).join('\n');
  const rows = agreementRows(a).map(({ label, coefficient: c }) =>
    c.ok
      ? {
          coefficient: label,
          value: fmt(c.value),
          '95% interval': c.interval.ok ? intervalRange(c.interval.value) : 'none',
          reading: c.interval.ok ? c.interpretation : `${c.interpretation}; no interval: ${c.interval.reason}`,
        }
      : { coefficient: label, value: 'not defined', '95% interval': '', reading: c.reason },
  );
  const notes = agreementLines(a).slice(rows.length);
  return [formatTable(rows, ['coefficient', 'value', '95% interval', 'reading']), '', ...notes].join('\n');
}

export function register(program: Command, root: string) {
  const interview = program.command('interview').description("hiring-panel interviews: merge the panel's scoresheets");
  interview
    .command('merge')
    .description(
      'merge exported scoresheets of one session and report agreement between panelists; ' +
        'a sheet that cannot be merged is reported on stderr and the others are merged',
    )
    .requiredOption('--session <file>', 'the session file (dojo-interview-session/1) the panel used')
    .argument('<sheets...>', 'scoresheet files (dojo-interview-scoresheet/1)')
    .option('--json', 'print JSON')
    .option('--markdown', 'print the Markdown report')
    .option('--strict', 'exit with status 1 if any scoresheet was refused (the others are still reported)')
    .action((files: string[], opts: MergeOptions) => {
      const content = loadContentOrThrow(root);
      const questions = content.questions.map((q) => toInterviewQuestion(q.data));
      const parsed = parseSessionText(
        readText(opts.session),
        questions.map((q) => q.id),
      );
      if (!parsed.ok) throw new Error(`${opts.session}: ${parsed.error}`);
      const session: Session = parsed.value;

      const { merged, refused } = mergeFiles(files, session);
      for (const r of refused) process.stderr.write(`refused ${r.file}: ${r.error}\n`);
      if (merged.length === 0)
        process.stderr.write(`nothing merged: none of the ${files.length} scoresheet files could be used\n`);

      const agreement = panelAgreement(session, merged);
      const rows = sideBySide(session, merged);
      const notAsked = notAskedQuestions(merged);
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
          `${JSON.stringify({ session: session.id, merged: merged.map((s) => s.panelist), refused, questions: rows, notAsked, agreement }, null, 2)}\n`,
        );
      } else {
        const panelists = merged.map((s) => s.panelist);
        const table = rows.map((r) => ({
          question: r.question,
          ...Object.fromEntries(r.ratings.map((x) => [x.panelist, x.rating])),
          spread: r.spread,
          disagreement: r.disagreement,
        }));
        if (table.length > 0)
          process.stdout.write(`${formatTable(table, ['question', ...panelists, 'spread', 'disagreement'])}\n\n`);
        if (notAsked.length > 0)
          process.stdout.write(`not asked (left out of every figure): ${notAsked.join(', ')}\n\n`);
        process.stdout.write(`${agreementTable(agreement)}\n`);
      }
      if (merged.length === 0 || (opts.strict && refused.length > 0)) process.exitCode = 1;
    });
}
