/**
 * `dojo score` and `dojo calibrate` (docs/ARCHITECTURE.md, "The command-line contract"): thin wrappers over
 * the scoring core in src/lib/scoring/.
 *
 *   dojo score --question ID < answer.txt        one answer from stdin (table, or --json)
 *   dojo score --batch FILE.jsonl                {"q","text"} lines in, one JSON line out each
 *   dojo calibrate FILE.jsonl [--min-rho R]      {"q","text","grade"} lines: Spearman's rho
 *
 * Both use the semantic scorer (src/lib/scoring/semantic/) unless --lexical asks for the bag of
 * stems the browser shows before the sentence model has loaded.
 */
import type { Command } from 'commander';
import { INPUT_LIMITS, readStdinText, readTextFile } from '../files';
import { z } from 'zod';
import { loadContentOrThrow } from '../../lib/content/load-from-disk';
import { printTable } from '../output';
import type { Question } from '../../lib/content/schemas';
import { scoreAnswer, toCliResult } from '../../lib/scoring/score';
import { findQuestion, ScoringInputError, validateAnswer } from '../../lib/scoring/validate';
import {
  calibrationReport,
  GRADE_MAX,
  styleOf,
  type CalibrationReport,
  type GradedScore,
} from '../../lib/scoring/calibrate';
import type { SemanticResult } from '../../lib/scoring/semantic/score';
import { semanticService } from '../semantic';
import { parseStrictJson, StrictJsonError } from '../../lib/json/strict-parse';

const batchLine = z.strictObject({ q: z.string(), text: z.string() });
/**
 * A graded line. Other keys (`note`, `kind`, a grader's name) are the author's and ignored; a
 * `style`, or a note with "style=…", is reported as the bias per style.
 */
const gradedLine = z.object({
  q: z.string(),
  text: z.string(),
  grade: z.number().int().min(0).max(GRADE_MAX),
  note: z.string().optional(),
  style: z.string().optional(),
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

/** The command line's output for a semantic score (docs/ARCHITECTURE.md). */
export function semanticCliResult(r: SemanticResult) {
  return {
    q: r.q,
    method: r.method,
    score: r.score,
    level: r.level,
    concepts: r.concepts.map((c) => ({
      id: c.id,
      label: c.label,
      matched: c.credited,
      credit: Number(c.credit.toFixed(2)),
      ...(c.evidence ? { evidence: [c.evidence] } : {}),
    })),
    misconceptions: r.misconceptions.map((m) => ({ claim: m.claim, cap: m.cap, evidence: m.evidence })),
    flags: r.flags.map((f) => f.kind),
  };
}

function printSemantic(r: SemanticResult) {
  const head =
    r.score === null ? 'needs a human grader' : `${r.score}/100, level ${r.level === 0 ? 'below 1' : r.level}`;
  process.stdout.write(
    `${r.q}: ${head} (semantic)${r.flags.length ? `  flags: ${r.flags.map((f) => f.kind).join(', ')}` : ''}\n`,
  );
  if (r.concepts.length)
    printTable(
      r.concepts.map((c) => ({
        concept: c.id,
        weight: c.weight,
        credit: c.credit.toFixed(2),
        evidence: c.evidence ? `"${c.evidence.text}"` : c.rejected ? `rejected: "${c.rejected.text}"` : '',
      })),
      ['concept', 'weight', 'credit', 'evidence'],
    );
  for (const f of r.flags) process.stdout.write(`${f.kind}: ${f.message}\n`);
  for (const c of r.caps) process.stdout.write(`capped at level ${c.level}: ${c.reason}\n`);
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
    .option('--lexical', 'use the bag-of-stems scorer instead of the semantic one')
    .action(async (opts: { question?: string; batch?: string; json?: boolean; lexical?: boolean }) => {
      if (!!opts.question === !!opts.batch)
        throw new Error('give exactly one of --question ID (answer on stdin) or --batch FILE.jsonl');
      if (opts.question) {
        const all = questions(root);
        findQuestion(all, opts.question);
        const text = validateAnswer(await readStdin()); // refuse bad input before loading the model
        if (opts.lexical) {
          const result = scoreOne(all, opts.question, text);
          if (opts.json) process.stdout.write(`${JSON.stringify(toCliResult(result))}\n`);
          else printScoreTable(result);
          return;
        }
        const result = await (await semanticService(root)).score(opts.question, text);
        if (opts.json) process.stdout.write(`${JSON.stringify(semanticCliResult(result))}\n`);
        else printSemantic(result);
        return;
      }
      const lines = parseJsonLines(readText(opts.batch!), batchLine, '{"q","text"}'); // the file first: fail fast
      const all = questions(root);
      // Loaded on the first line that needs it, so a file of bad lines fails fast.
      const semantic = opts.lexical ? null : () => semanticService(root);
      let failed = 0;
      for (const item of lines) {
        let out: unknown;
        if (item.error) out = { line: item.line, error: item.error };
        else {
          try {
            const { q, text } = item.value!;
            findQuestion(all, q);
            out = semantic
              ? semanticCliResult(await (await semantic()).score(q, validateAnswer(text)))
              : toCliResult(scoreOne(all, q, text));
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
    .option('--lexical', 'calibrate the bag-of-stems scorer instead of the semantic one')
    .action(async (file: string, opts: { minRho?: string; worst: string; json?: boolean; lexical?: boolean }) => {
      const minRho = opts.minRho === undefined ? undefined : Number(opts.minRho);
      if (minRho !== undefined && !(minRho >= -1 && minRho <= 1))
        throw new Error(`--min-rho must be a number from -1 to 1 (got "${opts.minRho}")`);
      const worst = Number(opts.worst);
      if (!Number.isInteger(worst) || worst < 0 || worst > 1000)
        throw new Error(`--worst must be a whole number from 0 to 1000 (got "${opts.worst}")`);
      const lines = parseJsonLines(readText(file), gradedLine, '{"q","text","grade"}'); // the file first: fail fast
      const all = questions(root);
      const semantic = opts.lexical ? null : () => semanticService(root);
      const rows: GradedScore[] = [];
      const routed: CalibrationReport['routed'] = [];
      for (const item of lines) {
        if (item.error) throw new Error(`${file}: ${item.error}`);
        const { q, text, grade } = item.value!;
        const style = item.value!.style ?? styleOf(item.value!.note);
        try {
          findQuestion(all, q);
          const r = semantic ? await (await semantic()).score(q, validateAnswer(text)) : scoreOne(all, q, text);
          const flags = r.flags.map((f) => f.kind);
          if (r.score === null)
            routed.push({ line: item.line, q, grade, reason: r.flags[0]?.message ?? 'needs a human grader' });
          else rows.push({ line: item.line, q, grade, score: r.score, flags, ...(style ? { style } : {}) });
        } catch (e) {
          if (e instanceof ScoringInputError) throw new Error(`${file}: line ${item.line}: ${e.message}`);
          throw e;
        }
      }
      if (rows.length === 0) throw new Error(`${file} has no graded lines`);
      const report = calibrationReport(rows, worst, routed);
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printCalibration(report);
      if (minRho !== undefined && (report.overall.rho === null || report.overall.rho < minRho)) {
        process.stderr.write(`dojo: overall rho ${fmt(report.overall.rho)} is below the bar ${minRho}\n`);
        process.exitCode = 1;
      }
    });
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

const range = (a: { interval: CalibrationReport['overall']['interval'] }) =>
  a.interval.ok ? `${fmt(a.interval.value.lower)}–${fmt(a.interval.value.upper)}` : 'n/a';

function printCalibration(report: CalibrationReport) {
  process.stdout.write(
    `overall: Spearman rho ${fmt(report.overall.rho)} over ${report.overall.n} graded answers (95% range ${range(report.overall)})\n`,
  );
  if (report.routed.length)
    process.stdout.write(`${report.routed.length} answer(s) routed to a person, not ranked (not written in English)\n`);
  process.stdout.write('\n');
  printTable(
    report.questions.map((q) => ({ question: q.q, n: q.n, rho: fmt(q.rho), range: range(q) })),
    ['question', 'n', 'rho', 'range'],
  );
  if (report.styles.length) {
    process.stdout.write('\nbias per style (mean of score − grade × 25):\n');
    printTable(
      report.styles.map((s) => ({ style: s.style, n: s.n, bias: s.bias.toFixed(1) })),
      ['style', 'n', 'bias'],
    );
  }
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
