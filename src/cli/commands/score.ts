/**
 * `dojo score` and `dojo calibrate` (docs/ARCHITECTURE.md, "The command-line contract"): thin wrappers over
 * the scoring core in src/lib/scoring/.
 *
 *   dojo score --question ID < answer.txt        one answer from stdin (table, or --json)
 *   dojo score --batch FILE.jsonl                {"q","text"} lines in, one JSON line out each
 *   dojo calibrate FILE.jsonl [--min-rho R]      {"q","text","grade"} lines: Spearman's rho
 */
import type { Command } from 'commander';
import { INPUT_LIMITS, readStdinText, readTextFile } from '../files';
import { z } from 'zod';
import { loadContentOrThrow } from '../../lib/content/load-from-disk';
import { printTable } from '../output';
import type { Question } from '../../lib/content/schemas';
import { scoreAnswer, toCliResult } from '../../lib/scoring/score';
import { findQuestion, ScoringInputError } from '../../lib/scoring/validate';
import { calibrationReport, GRADE_MAX, type GradedScore } from '../../lib/scoring/calibrate';
import { parseStrictJson, StrictJsonError } from '../../lib/json/strict-parse';

const batchLine = z.strictObject({ q: z.string(), text: z.string() });
/** A graded line; `note` (e.g. the gaming kind the answer tries) is for the author and ignored. */
const gradedLine = z.strictObject({
  q: z.string(),
  text: z.string(),
  grade: z.number().int().min(0).max(GRADE_MAX),
  note: z.string().optional(),
});

function questions(root: string): Question[] {
  return loadContentOrThrow(root).questions.map((q) => q.data);
}

const readText = (file: string) => readTextFile(file, INPUT_LIMITS.jsonLines);

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new Error('no answer on stdin: pipe the answer in, e.g. dojo score --question ID < answer.txt');
  return readStdinText(INPUT_LIMITS.answer, 'the answer on stdin');
}

/** The error for a line that JSON.parse would read but the strict parser refuses, or a syntax error. */
function lineError(line: number, e: unknown): string {
  if (e instanceof StrictJsonError && e.kind === 'duplicate-key')
    return `line ${line}: duplicate key ${JSON.stringify(e.key)} at ${e.path}, column ${e.column}`;
  if (e instanceof StrictJsonError && e.kind === 'too-deep') return `line ${line}: ${e.reason}, column ${e.column}`;
  return `line ${line} is not valid JSON`;
}

/**
 * Parses JSON lines, skipping blank ones; each item is the parsed value or an error message.
 * A line with a key twice is refused (src/lib/json/strict-parse.ts says why).
 */
export function parseJsonLines<T>(
  text: string,
  schema: z.ZodType<T>,
  what: string,
): { line: number; value?: T; error?: string }[] {
  const out: { line: number; value?: T; error?: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = parseStrictJson(raw);
    } catch (e) {
      out.push({ line: i + 1, error: lineError(i + 1, e) });
      return;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      out.push({
        line: i + 1,
        error: `line ${i + 1} is not a ${what} line (${issue.path.join('.') || 'root'}: ${issue.message})`,
      });
    } else out.push({ line: i + 1, value: parsed.data });
  });
  return out;
}

function scoreOne(all: Question[], id: string, text: string) {
  return scoreAnswer(findQuestion(all, id), text);
}

function printScoreTable(result: ReturnType<typeof scoreAnswer>) {
  process.stdout.write(
    `${result.q}: ${result.score}/100${result.flags.length ? `  flags: ${result.flags.map((f) => f.kind).join(', ')}` : ''}\n`,
  );
  printTable(
    result.concepts.map((c) => ({
      concept: c.id,
      weight: c.weight,
      matched: c.matched ? (c.credit < 1 ? `partly (${c.credit})` : 'yes') : c.rejected.length ? 'rejected' : 'no',
      evidence: c.evidence.map((e) => `"${e.text}"`).join('; '),
    })),
    ['concept', 'weight', 'matched', 'evidence'],
  );
  for (const f of result.flags) process.stdout.write(`${f.kind}: ${f.message}\n`);
  for (const a of result.adjustments)
    process.stdout.write(`${a.reason} (${Math.round(a.before)} → ${Math.round(a.after)})\n`);
}

export function register(program: Command, root: string) {
  program
    .command('score')
    .description(
      'score a free-text answer: --question ID reads it on stdin; --batch FILE.jsonl reads {"q","text"} lines',
    )
    .option('--question <id>', 'question ID (see dojo questions)')
    .option('--batch <file>', 'JSON lines {"q","text"}; writes one JSON line per input line, in order')
    .option('--json', 'print JSON (always on with --batch)')
    .action(async (opts: { question?: string; batch?: string; json?: boolean }) => {
      if (!!opts.question === !!opts.batch)
        throw new Error('give exactly one of --question ID (answer on stdin) or --batch FILE.jsonl');
      if (opts.question) {
        const all = questions(root);
        findQuestion(all, opts.question);
        const result = scoreOne(all, opts.question, await readStdin());
        if (opts.json) process.stdout.write(`${JSON.stringify(toCliResult(result))}\n`);
        else printScoreTable(result);
        return;
      }
      const lines = parseJsonLines(readText(opts.batch!), batchLine, '{"q","text"}'); // the file first: fail fast
      const all = questions(root);
      let failed = 0;
      for (const item of lines) {
        let out: unknown;
        if (item.error) out = { line: item.line, error: item.error };
        else {
          try {
            out = toCliResult(scoreOne(all, item.value!.q, item.value!.text));
          } catch (e) {
            if (!(e instanceof ScoringInputError)) throw e;
            out = { line: item.line, q: item.value!.q, error: e.message };
          }
        }
        if ('error' in (out as object)) failed++;
        process.stdout.write(`${JSON.stringify(out)}\n`);
      }
      if (failed) {
        process.stderr.write(`dojo: ${failed} line(s) could not be scored (see their "error")\n`);
        process.exitCode = 1;
      }
    });

  program
    .command('calibrate')
    .description(
      'compare the scorer with graded answers ({"q","text","grade" 0–4} lines): Spearman\'s rho and the worst misses',
    )
    .argument('<file>', 'graded JSON lines')
    .option('--min-rho <r>', 'exit with an error when the overall rho is below this')
    .option('--worst <n>', 'how many of the largest disagreements to list', '5')
    .option('--json', 'print JSON')
    .action((file: string, opts: { minRho?: string; worst: string; json?: boolean }) => {
      const minRho = opts.minRho === undefined ? undefined : Number(opts.minRho);
      if (minRho !== undefined && !(minRho >= -1 && minRho <= 1))
        throw new Error(`--min-rho must be a number from -1 to 1 (got "${opts.minRho}")`);
      const worst = Number(opts.worst);
      if (!Number.isInteger(worst) || worst < 0 || worst > 1000)
        throw new Error(`--worst must be a whole number from 0 to 1000 (got "${opts.worst}")`);
      const lines = parseJsonLines(readText(file), gradedLine, '{"q","text","grade"}'); // the file first: fail fast
      const all = questions(root);
      const rows: GradedScore[] = [];
      for (const item of lines) {
        if (item.error) throw new Error(`${file}: ${item.error}`);
        const { q, text, grade } = item.value!;
        try {
          const r = scoreOne(all, q, text);
          rows.push({ line: item.line, q, grade, score: r.score, flags: r.flags.map((f) => f.kind) });
        } catch (e) {
          if (e instanceof ScoringInputError) throw new Error(`${file}: line ${item.line}: ${e.message}`);
          throw e;
        }
      }
      if (rows.length === 0) throw new Error(`${file} has no graded lines`);
      const report = calibrationReport(rows, worst);
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printCalibration(report);
      if (minRho !== undefined && (report.overall.rho === null || report.overall.rho < minRho)) {
        process.stderr.write(`dojo: overall rho ${fmt(report.overall.rho)} is below the bar ${minRho}\n`);
        process.exitCode = 1;
      }
    });
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function printCalibration(report: ReturnType<typeof calibrationReport>) {
  process.stdout.write(`overall: Spearman rho ${fmt(report.overall.rho)} over ${report.overall.n} graded answers\n\n`);
  printTable(
    report.questions.map((q) => ({ question: q.q, n: q.n, rho: fmt(q.rho) })),
    ['question', 'n', 'rho'],
  );
  if (report.worst.length) {
    process.stdout.write('\nlargest disagreements (expected = grade × 25):\n');
    printTable(
      report.worst.map((w) => ({
        line: w.line,
        question: w.q,
        grade: w.grade,
        expected: w.expected,
        score: w.score,
        miss: w.miss,
        flags: w.flags.join(', '),
      })),
      ['line', 'question', 'grade', 'expected', 'score', 'miss', 'flags'],
    );
  }
}
