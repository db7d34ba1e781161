/**
 * `dojo score` and `dojo calibrate` end to end, as an author runs them (npm run dojo → tsx),
 * including the calibration bar on tests/calibration/graded.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import { scoreAnswer } from '../../src/lib/scoring/score';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const graded = resolve(root, 'tests/calibration/graded.jsonl');
/** Answers to two non-seed questions, graded once and never used to tune the scorer or the rubrics. */
const heldOut = resolve(root, 'tests/calibration/held-out.jsonl');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function dojo(args: string[], input?: string | Buffer) {
  const r = spawnSync(tsx, [resolve(root, 'src/cli/dojo.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dojo-score-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

/** The bar for the calibration set: the goal overall, and no question far behind. */
const MIN_RHO_OVERALL = 0.85;
const MIN_RHO_QUESTION = 0.8;

describe('dojo calibrate --lexical on the graded set', () => {
  const lines = readFileSync(graded, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { q: string; text: string; grade: number; note: string });
  const seeds = [
    'recommender-pipeline/stride',
    'fraud-api-cloning/respond',
    'fraud-api-cloning/business-impact',
    'image-classifier/threats',
    'mlops-platform/threat-model',
  ];

  it('has at least eight answers per seed question across grades 0–4 and every gaming kind', () => {
    for (const q of seeds) {
      const mine = lines.filter((l) => l.q === q);
      expect(mine.length, q).toBeGreaterThanOrEqual(8);
      expect(new Set(mine.map((l) => l.grade)), q).toEqual(new Set([0, 1, 2, 3, 4]));
      for (const kind of ['keyword list', 'negated', 'echoes the question', 'off topic', 'repetition']) {
        expect(
          mine.some((l) => l.note === kind),
          `${q}: ${kind}`,
        ).toBe(true);
      }
    }
  });

  it('flags each gaming answer with its kind and no real answer at all (both sets)', () => {
    const questions = loadContentOrThrow(root).questions.map((q) => q.data);
    const held = readFileSync(heldOut, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as (typeof lines)[number]);
    for (const l of [...lines, ...held]) {
      const flags = scoreAnswer(
        questions.find((q) => q.id === l.q)!,
        l.text,
      ).flags.map((f) => f.kind);
      if (l.note === 'real') expect(flags, l.text.slice(0, 60)).toEqual([]);
      else expect(flags, l.text.slice(0, 60)).toContain(l.note);
    }
  });

  it(`agrees with the grades: rho ≥ ${MIN_RHO_OVERALL} overall, ≥ ${MIN_RHO_QUESTION} per question`, () => {
    const r = dojo(['calibrate', graded, '--lexical', '--json', '--min-rho', String(MIN_RHO_OVERALL)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      overall: { n: number; rho: number };
      questions: { q: string; rho: number }[];
      worst: unknown[];
    };
    expect(report.overall.n).toBe(lines.length);
    expect(report.overall.rho).toBeGreaterThanOrEqual(MIN_RHO_OVERALL);
    for (const q of report.questions) expect(q.rho, q.q).toBeGreaterThanOrEqual(MIN_RHO_QUESTION);
    expect(report.worst).toHaveLength(5);
  });

  it('agrees with the held-out grades: rho ≥ 0.8 overall', () => {
    const r = dojo(['calibrate', heldOut, '--lexical', '--json', '--min-rho', '0.8']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).overall.rho).toBeGreaterThanOrEqual(0.8);
  });

  it('fails with a clear message under an impossible bar, and on a bad line', () => {
    const r = dojo(['calibrate', graded, '--lexical', '--min-rho', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^overall: Spearman rho 0\.\d{3} over \d+ graded answers/);
    expect(r.stderr).toMatch(/^dojo: overall rho 0\.\d{3} is below the bar 1\n$/);
    const bad = dojo(['calibrate', file('bad.jsonl', '{"q":"recommender-pipeline/stride","text":"x","grade":7}\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.jsonl: line 1 is not a \{"q","text","grade"\} line \(grade: /);
    expect(dojo(['calibrate', join(tmp, 'missing.jsonl')]).stderr).toMatch(
      /^dojo: cannot read .*missing\.jsonl: ENOENT\n$/,
    );
  });
});

describe('dojo score', () => {
  it('scores an answer on stdin as JSON in the shape of the command-line contract', () => {
    const r = dojo(
      ['score', '--question', 'fraud-api-cloning/respond', '--json', '--lexical'],
      'I would study the query logs for each API key and put a quota on every client.',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['q', 'score', 'concepts', 'flags']);
    expect(out.q).toBe('fraud-api-cloning/respond');
    const log = out.concepts.find((c: { id: string }) => c.id === 'log-analysis');
    expect(log.matched).toBe(true);
    expect(log.evidence[0]).toEqual({ start: 18, end: 41, text: 'query logs for each API' }); // "I would study the " is 18 characters; "query logs" and "API logs" join
  });

  it('writes one JSON line per batch line, in order, with errors in place', () => {
    const batch = file(
      'batch.jsonl',
      [
        JSON.stringify({
          q: 'image-classifier/threats',
          text: 'Malicious contributors can poison the training data with mislabelled images.',
        }),
        'not json',
        JSON.stringify({ q: 'no-such/question', text: 'hello' }),
        '',
        JSON.stringify({ q: 'image-classifier/threats', text: '   ' }),
        JSON.stringify({
          q: 'mlops-platform/threat-model',
          text: 'Tenant isolation comes first: each team gets its own namespace.',
        }),
      ].join('\n'),
    );
    const r = dojo(['score', '--batch', batch, '--lexical']);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.q ?? null)).toEqual([
      'image-classifier/threats',
      null,
      'no-such/question',
      'image-classifier/threats',
      'mlops-platform/threat-model',
    ]);
    expect(out[0].score).toBeGreaterThan(0);
    expect(out[1]).toEqual({ line: 2, error: 'line 2 is not valid JSON' });
    expect(out[2].error).toBe('unknown question "no-such/question": run "dojo questions" to list the question IDs');
    expect(out[3].error).toMatch(/^the answer is empty/);
    expect(out[4].concepts.find((c: { id: string }) => c.id === 'tenant-isolation').matched).toBe(true);
    expect(r.stderr).toBe('dojo: 3 line(s) could not be scored (see their "error")\n');
  });

  it.each([
    [
      ['score', '--question', 'nope/nope'],
      'x',
      'dojo: unknown question "nope/nope": run "dojo questions" to list the question IDs\n',
    ],
    [
      ['score', '--question', 'fraud-api-cloning/respond'],
      '',
      'dojo: the answer is empty: write your answer in sentences\n',
    ],
    [
      ['score', '--question', 'fraud-api-cloning/respond'],
      Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)),
      /^dojo: the answer looks like binary data, not text \(\d[\d,]* control characters\)\n$/,
    ],
    [
      ['score', '--question', 'fraud-api-cloning/respond'],
      'word '.repeat(60_000),
      /^dojo: the answer is too long: 300,000 characters \(the limit is 200,000\)\n$/,
    ],
    [['score'], '', 'dojo: give exactly one of --question ID (answer on stdin) or --batch FILE.jsonl\n'],
  ])('refuses %j with a one-line message', (args, input, message) => {
    const r = dojo(args as string[], input as string);
    expect(r.code).toBe(1);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  });

  it('scores 100 KB from stdin', () => {
    const text = 'Attackers can poison the crowdsourced images, so I would track provenance of every upload. '
      .repeat(1100)
      .slice(0, 100_000);
    const r = dojo(['score', '--question', 'image-classifier/threats', '--json', '--lexical'], text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).flags).toContain('repetition');
  });
});

/**
 * Each of these spawns a process that loads the sentence model and embeds every question's claims
 * (about 15 s on a busy 2-core machine): more than vitest's default per-test limit, which is for
 * in-process tests. The spawn's own 120 s limit still stops a hang.
 */
const SPAWN_MS = 240_000;

describe('the semantic scorer on the command line', () => {
  it(
    'scores an answer with a level, the credited claims and the method',
    () => {
      const r = dojo(
        ['score', '--question', 'fraud-api-cloning/respond', '--json'],
        'I would pull the query logs for the suspect account and its linked keys, look for one-feature-at-a-time sweeps, and put a daily quota on every client.',
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out)).toEqual(['q', 'method', 'score', 'level', 'concepts', 'misconceptions', 'flags']);
      expect(out.method).toBe('semantic');
      expect(out.level).toBeGreaterThanOrEqual(0);
      expect(out.concepts.some((c: { matched: boolean }) => c.matched)).toBe(true);
    },
    SPAWN_MS,
  );

  it(
    'reads graded lines with keys of their own, routes French to a person, and reports ranges and style bias',
    () => {
      const lines = readFileSync(graded, 'utf8').trim().split('\n').slice(0, 12);
      const extra = lines.map((l, i) =>
        JSON.stringify({ ...JSON.parse(l), kind: 'genuine', style: i % 2 ? 'odd' : 'even' }),
      );
      extra.push(
        JSON.stringify({
          q: 'fraud-api-cloning/respond',
          text: "Je commencerais par les journaux de requêtes du compte suspect, puis je limiterais le nombre de requêtes par client et je renverrais seulement l'étiquette.",
          grade: 3,
          kind: 'genuine',
        }),
      );
      const r = dojo(['calibrate', file('semantic.jsonl', `${extra.join('\n')}\n`), '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.overall.n).toBe(12);
      expect(report.routed).toEqual([
        expect.objectContaining({ line: 13, grade: 3, reason: expect.stringMatching(/French/) }),
      ]);
      expect(report.styles.map((s: { style: string }) => s.style).sort()).toEqual(['even', 'odd']);
      expect(report.overall.interval.ok).toBe(true);
    },
    SPAWN_MS,
  );
});
