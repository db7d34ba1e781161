import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/lib/interview/session';
import { sessionToJson } from '../../src/lib/interview/share';
import { buildScoresheet, scoresheetToJson } from '../../src/lib/interview/scoresheet';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const QUESTIONS = ['fraud-api-cloning/respond', 'fraud-api-cloning/business-impact', 'image-classifier/threats'];

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/dojo.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('dojo interview merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dojo-interview-'));
  const make = (id: string) => {
    const r = createSession(
      { level: 'senior', candidate: 'Candidate K', panelists: ['Ana', 'Ben'], minutes: 45, questions: QUESTIONS },
      id,
      new Date('2026-11-25T10:00:00Z'),
      QUESTIONS,
    );
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  const session = make('abcd1234efgh5678');
  const other = make('zzzz9999yyyy8888');
  const sheet = (s: typeof session, who: string, ratings: number[]) => {
    const draft = Object.fromEntries(
      s.questions.map((q, i) => [q, { rating: ratings[i] as 1 | 2 | 3 | 4, concepts: [], notes: '' }]),
    );
    const r = buildScoresheet(s, who, draft, new Date('2026-11-25T11:00:00Z'));
    if (!r.ok) throw new Error(r.error);
    return scoresheetToJson(r.value);
  };
  writeFileSync(join(dir, 'session.json'), sessionToJson(session));
  writeFileSync(join(dir, 'ana.json'), sheet(session, 'Ana', [3, 2, 4]));
  writeFileSync(join(dir, 'ben.json'), sheet(session, 'Ben', [3, 4, 4]));
  writeFileSync(join(dir, 'foreign.json'), sheet(other, 'Ben', [1, 1, 1]));

  it('merges the sheets and reports ratings side by side with agreement', () => {
    const r = run([
      'interview',
      'merge',
      '--session',
      join(dir, 'session.json'),
      join(dir, 'ana.json'),
      join(dir, 'ben.json'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.merged).toEqual(['Ana', 'Ben']);
    expect(out.questions.map((q: { spread: number }) => q.spread)).toEqual([0, 2, 0]);
    expect(out.questions[1].disagreement).toBe('major');
    expect(out.agreement.raters).toBe(2);
  });

  it('refuses a sheet from another session with a clear line and exit code 1, keeping the others', () => {
    const r = run([
      'interview',
      'merge',
      '--session',
      join(dir, 'session.json'),
      join(dir, 'ana.json'),
      join(dir, 'foreign.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^refused .*foreign\.json: .+/m);
    expect(r.stdout).toContain('Ana');
  });

  it('prints the Markdown report', () => {
    const r = run([
      'interview',
      'merge',
      '--session',
      join(dir, 'session.json'),
      join(dir, 'ana.json'),
      join(dir, 'ben.json'),
      '--markdown',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Interview report: Candidate K');
  });
});
