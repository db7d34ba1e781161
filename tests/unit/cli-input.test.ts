/**
 * How the command line reads its input (issue 17): every file and stdin bounded before memory is
 * spent, a byte-order mark accepted, a key given twice refused by name. Before the fix
 * `dojo grade-model /dev/zero` read 23.8 GB; each test here failed or hung on that code.
 *
 * Elapsed times are checked against a generous 5 s only to catch a read that does not stop (the
 * command itself starts in under a second); the real check is the message. The limits in the
 * expected messages are INPUT_LIMITS in src/cli/files.ts, written out by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUT_LIMITS, readTextFile } from '../../src/cli/files';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'dojo-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * What separates "stops by itself" from "reads forever": far above a process start on a busy
 * 2-core machine (10 s seen), far below forever. The spawn's own limit is above it.
 */
const HANG_BOUND_MS = 45_000;
const BOM = '\uFEFF';

function dojo(args: string[], stdin: string | number = '') {
  const started = Date.now();
  const r = spawnSync(tsx, [resolve(root, 'src/cli/dojo.ts'), ...args], {
    cwd: root,
    ...(typeof stdin === 'number' ? { stdio: [stdin, 'pipe', 'pipe'] } : { input: stdin }),
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const file = (name: string, text: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

/** A file of `bytes` bytes that takes no disk and would take minutes to read: only its size is real. */
const sparse = (name: string, bytes: number) => {
  const p = file(name, '');
  truncateSync(p, bytes);
  return p;
};

/** A FIFO fed by `sh -c script` (the FIFO is $0); killed after the test if it still runs. */
function fifo(name: string, script: string, ...args: string[]): { path: string; writer: ChildProcess } {
  const path = join(tmp, name);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return { path, writer: spawn('sh', ['-c', script, path, ...args], { stdio: 'ignore' }) };
}

const reference = dojo(['reference', 'image-classifier']).stdout;

describe('readTextFile', () => {
  const limit = { bytes: 1000, what: 'a test file' };

  it('reads a file of exactly the limit and refuses one byte more by its size, unread', () => {
    expect(readTextFile(file('at-limit.txt', 'x'.repeat(1000)), limit)).toBe('x'.repeat(1000));
    const over = sparse('over.txt', 1001);
    expect(() => readTextFile(over, limit)).toThrow(
      new Error(`${over} is too large: 1,001 bytes (the limit for a test file is 1,000 bytes)`),
    );
  });

  it('refuses a 1 TiB sparse file at once: the exact size comes from fstat, not from reading', () => {
    const huge = sparse('huge.txt', 2 ** 40);
    const started = Date.now();
    expect(() => readTextFile(huge, limit)).toThrow(/huge\.txt is too large: 1,099,511,627,776 bytes \(/);
    expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
  });

  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s once the limit is passed', (device) => {
    const started = Date.now();
    expect(() => readTextFile(device, { bytes: 1 << 20, what: 'a test file' })).toThrow(
      new Error(`${device} is too large: more than 1,048,576 bytes (the limit for a test file is 1,048,576 bytes)`),
    );
    expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
  });

  it('reads a device that ends (/dev/null) as empty text', () => {
    expect(readTextFile('/dev/null', limit)).toBe('');
  });

  it('drops one UTF-8 byte-order mark, and only at the start', () => {
    expect(readTextFile(file('bom.json', Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])), limit)).toBe('{}');
    expect(readTextFile(file('bom-only.txt', BOM), limit)).toBe('');
    expect(readTextFile(file('two-boms.txt', `${BOM}${BOM}a${BOM}`), limit)).toBe(`${BOM}a${BOM}`);
  });

  it('refuses a directory and a missing file by name', () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir);
    expect(() => readTextFile(dir, limit)).toThrow(new Error(`${dir} is a directory, not a file`));
    expect(() => readTextFile(join(tmp, 'nope.json'), limit)).toThrow(
      new Error(`cannot read missing file ${join(tmp, 'nope.json')}: ENOENT`),
    );
    expect(() => readTextFile(join(tmp, 'bom.json', 'x'), limit)).toThrow(
      new Error(`cannot read ${join(tmp, 'bom.json', 'x')}: a part of the path is not a directory (ENOTDIR)`),
    );
  });

  it('takes a plain number of bytes too, for callers without a kind', () => {
    expect(() => readTextFile('/dev/zero', 10)).toThrow(
      new Error('/dev/zero is too large: more than 10 bytes (the limit is 10 bytes)'),
    );
  });

  it('documents one limit per kind, each at least four bytes per character of its core’s limit', () => {
    // Oracles: MAX_IMPORT_BYTES 2,000,000 characters; the site's interview import 1,000,000 bytes;
    // MAX_ANSWER_CHARS 200,000 characters; JSON lines 50 MiB.
    expect(INPUT_LIMITS.threatModel.bytes).toBe(8_000_000);
    expect(INPUT_LIMITS.interview.bytes).toBe(1_000_000);
    expect(INPUT_LIMITS.answer.bytes).toBe(800_000);
    expect(INPUT_LIMITS.jsonLines.bytes).toBe(50 * 1024 * 1024);
  });
});

describe('dojo grade-model reads its file bounded', () => {
  it.each(['/dev/zero', '/dev/urandom'])('refuses %s within the hang bound, with the file and the limit', (device) => {
    const r = dojo(['grade-model', device]);
    expect(r.stderr).toBe(
      `dojo: ${device} is too large: more than 8,000,000 bytes (the limit for a threat model file is 8,000,000 bytes)\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.ms).toBeLessThan(HANG_BOUND_MS);
  });

  it('refuses a file one byte over the limit by its size', () => {
    const over = sparse('over-model.json', 8_000_001);
    const r = dojo(['grade-model', over]);
    expect(r.stderr).toBe(
      `dojo: ${over} is too large: 8,000,001 bytes (the limit for a threat model file is 8,000,000 bytes)\n`,
    );
    expect(r.code).toBe(1);
  });

  it('refuses a directory and a missing file', () => {
    expect(dojo(['grade-model', tmp]).stderr).toBe(`dojo: ${tmp} is a directory, not a file\n`);
    const missing = dojo(['grade-model', join(tmp, 'missing.json')]);
    expect(missing.stderr).toBe(`dojo: cannot read missing file ${join(tmp, 'missing.json')}: ENOENT\n`);
    expect(missing.code).toBe(1);
  });

  it('refuses a FIFO that never ends, and reads one that does (as with <(…))', () => {
    const endless = fifo('endless.fifo', 'exec cat /dev/zero > "$0"');
    try {
      const r = dojo(['grade-model', endless.path]);
      expect(r.stderr).toBe(
        `dojo: ${endless.path} is too large: more than 8,000,000 bytes (the limit for a threat model file is 8,000,000 bytes)\n`,
      );
      expect(r.ms).toBeLessThan(HANG_BOUND_MS);
    } finally {
      endless.writer.kill();
    }
    const model = file('fifo-source.json', reference);
    const finite = fifo('finite.fifo', 'exec cat "$1" > "$0"', model);
    try {
      const r = dojo(['grade-model', finite.path, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).overall).toBe(100); // the reference graded against itself
    } finally {
      finite.writer.kill();
    }
  });

  it('accepts a UTF-8 byte-order mark, as the browser import does', () => {
    const r = dojo(['grade-model', file('bom-model.json', BOM + reference), '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).overall).toBe(100);
  });

  it('refuses a model with two "scenario" keys, naming the key and where it is', () => {
    // Line 3 of the reference is `  "scenario": "image-classifier",`; the copy becomes line 4,
    // its opening quote in column 3. JSON.parse kept the last copy, so this graded against another scenario.
    const lines = reference.split('\n');
    lines.splice(3, 0, '  "scenario": "mlops-platform",');
    const twice = file('two-scenarios.json', lines.join('\n'));
    const r = dojo(['grade-model', twice]);
    expect(r.stderr).toBe(
      `dojo: ${twice}: The file has the key "scenario" twice in the object at $ (line 4, column 3); each key may appear only once.\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('refuses nesting deeper than 256 levels with its own message', () => {
    const deep = file('deep.json', `{"format":"dojo-threat-model/1","threats":${'['.repeat(300)}${']'.repeat(300)}}`);
    const r = dojo(['grade-model', deep]);
    // `{"format":"dojo-threat-model/1","threats":` is 42 characters and its "{" is level 1, so level
    // 257 is the 256th "[", at column 42 + 256 = 298.
    expect(r.stderr).toBe(
      `dojo: ${deep}: The file has more than 256 nested arrays and objects (line 1, column 298); a threat model needs only a few levels.\n`,
    );
  });
});

describe('dojo score and calibrate read their input bounded', () => {
  it('refuses /dev/zero and /dev/urandom as a batch or calibration file', () => {
    const message = (f: string) =>
      `dojo: ${f} is too large: more than 52,428,800 bytes (the limit for a JSON lines file is 52,428,800 bytes)\n`;
    for (const [args, device] of [
      [['score', '--batch', '/dev/zero'], '/dev/zero'],
      [['calibrate', '/dev/urandom'], '/dev/urandom'],
    ] as const) {
      const r = dojo([...args]);
      expect(r.stderr).toBe(message(device));
      expect(r.code).toBe(1);
      expect(r.ms).toBeLessThan(HANG_BOUND_MS);
    }
  });

  it('bounds the answer on stdin: a device is read up to the limit, a regular file refused by size', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = dojo(['score', '--question', 'fraud-api-cloning/respond'], zero);
      expect(r.stderr).toBe(
        'dojo: the answer on stdin is too large: more than 800,000 bytes (the limit for an answer is 800,000 bytes)\n',
      );
      expect(r.code).toBe(1);
      expect(r.ms).toBeLessThan(HANG_BOUND_MS);
    } finally {
      closeSync(zero);
    }
    const huge = openSync(sparse('huge-answer.txt', 2 ** 40), 'r');
    try {
      const r = dojo(['score', '--question', 'fraud-api-cloning/respond'], huge);
      expect(r.stderr).toBe(
        'dojo: the answer on stdin is too large: 1,099,511,627,776 bytes (the limit for an answer is 800,000 bytes)\n',
      );
      expect(r.ms).toBeLessThan(HANG_BOUND_MS);
    } finally {
      closeSync(huge);
    }
  });

  it('accepts a byte-order mark before the first batch line and before an answer', () => {
    const line = JSON.stringify({ q: 'image-classifier/threats', text: 'Attackers can poison the training data.' });
    const r = dojo(['score', '--batch', file('bom.jsonl', `${BOM}${line}\n`), '--lexical']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).q).toBe('image-classifier/threats');
    // Evidence offsets count from the first character of the answer, so a BOM left in would shift
    // them by one. Oracle: the same answer without a BOM in score-cli.test.ts, "I would study the " is 18.
    const answer = dojo(
      ['score', '--question', 'fraud-api-cloning/respond', '--json', '--lexical'],
      `${BOM}I would study the query logs for each API key and put a quota on every client.`,
    );
    expect(answer.code).toBe(0);
    const log = (JSON.parse(answer.stdout) as { concepts: { id: string; evidence: unknown[] }[] }).concepts.find(
      (c) => c.id === 'log-analysis',
    );
    expect(log?.evidence[0]).toEqual({ start: 18, end: 41, text: 'query logs for each API' });
  });

  it('refuses a batch line or a graded line with a key twice, naming the key and the column', () => {
    // `{"q":"image-classifier/threats","text":"a",` is 43 characters, so the second "q" opens at
    // column 44; in the graded line `…"text":"a","grade":1,` is 53, so the second "grade" is at 54.
    const twice = '{"q":"image-classifier/threats","text":"a","q":"x"}';
    const r = dojo(['score', '--batch', file('twice.jsonl', `${twice}\n`)]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ line: 1, error: 'line 1: duplicate key "q" at $, column 44' });
    const graded = file('twice-graded.jsonl', '{"q":"image-classifier/threats","text":"a","grade":1,"grade":4}\n');
    const c = dojo(['calibrate', graded]);
    expect(c.stderr).toBe(`dojo: ${graded}: line 1: duplicate key "grade" at $, column 54\n`);
    expect(c.code).toBe(1);
  });

  it('refuses a batch line nested too deeply, and keeps scoring the next line', () => {
    const lines = [
      `{"q":${'['.repeat(257)}`,
      JSON.stringify({ q: 'image-classifier/threats', text: 'Poisoned data.' }),
    ];
    const r = dojo(['score', '--batch', file('deep.jsonl', lines.join('\n')), '--lexical']);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: string; q?: string });
    // The 257th "[" follows `{"q":` (5 characters) and the object itself (level 1): column 5 + 256 = 261.
    expect(out[0]).toEqual({ line: 1, error: 'line 1: more than 256 nested arrays and objects, column 261' });
    expect(out[1].q).toBe('image-classifier/threats');
  });
});

describe('dojo interview merge reads its files bounded and strictly', () => {
  it('refuses /dev/zero as the session file within the hang bound', () => {
    const r = dojo(['interview', 'merge', '--session', '/dev/zero', join(tmp, 'sheet.json')]);
    // One limit for the same file in the browser and the CLI (it was 1 MB and 5 MB).
    expect(r.stderr).toBe(
      'dojo: /dev/zero is too large: more than 1,000,000 bytes (the limit for an interview file is 1,000,000 bytes)\n',
    );
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(HANG_BOUND_MS);
  });

  it('refuses a session file with a key twice, naming it', () => {
    const session = file('twice-session.json', '{\n"format": "dojo-interview-session/1",\n"format": "x"\n}');
    const r = dojo(['interview', 'merge', '--session', session, join(tmp, 'sheet.json')]);
    expect(r.stderr).toBe(
      `dojo: ${session}: The session file is not valid JSON (duplicate key "format" at $, line 3, column 1).\n`,
    );
    expect(r.code).toBe(1);
  });
});
