import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../src/lib/interview/session';
import { sessionToJson } from '../../src/lib/interview/share';
import { buildScoresheet, scoresheetToJson } from '../../src/lib/interview/scoresheet';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const QUESTIONS = ['fraud-api-cloning/respond', 'fraud-api-cloning/business-impact', 'image-classifier/threats'];

/** Runs the CLI; stderr is kept on success too, since a partial merge exits 0 with refusals on it. */
function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dojo.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
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
      s.questions.map((q, i) => [q, { rating: ratings[i] as 1 | 2 | 3 | 4, notAsked: false, concepts: [], notes: '' }]),
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
    expect(out.notAsked).toEqual([]);
    expect(out.agreement.raters).toBe(2);
  });

  // --strict keeps the exit code of 1 for a refused sheet; without it a partial merge exits 0
  // (issue 17, item 5: the merge reports what it can).
  it('refuses a sheet from another session with a clear line and exit code 1, keeping the others', () => {
    const r = run([
      'interview',
      'merge',
      '--strict',
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

  writeFileSync(join(dir, 'invalid.json'), '{"format": "dojo-interview-scoresheet/1", ');
  mkdirSync(join(dir, 'a-directory.json'));

  it('merges what it can: one line on stderr per bad path, exit 0 while something was merged', () => {
    const bad = ['missing.json', 'a-directory.json', 'foreign.json', 'invalid.json'].map((f) => join(dir, f));
    const r = run(['interview', 'merge', '--session', join(dir, 'session.json'), join(dir, 'ana.json'), ...bad]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^refused .*missing\.json: cannot read .*missing\.json: ENOENT$/);
    expect(lines[1]).toMatch(/^refused .*a-directory\.json: .*(directory|EISDIR)/);
    expect(lines[2]).toMatch(
      /^refused .*foreign\.json: This scoresheet is from another session \(session zzzz9999yyyy8888/,
    );
    expect(lines[3]).toMatch(/^refused .*invalid\.json: The scoresheet is not valid JSON/);
    expect(r.stdout).toMatch(/^question\s+Ana\s+spread\s+disagreement$/m);
    expect(r.stdout).toContain('Agreement cannot be measured: agreement needs at least 2 scoresheets (1 merged).');
  });

  it('exits 1 when nothing could be merged, and lists every refusal', () => {
    const r = run([
      'interview',
      'merge',
      '--session',
      join(dir, 'session.json'),
      join(dir, 'missing.json'),
      join(dir, 'foreign.json'),
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^refused .*missing\.json: /m);
    expect(r.stderr).toMatch(/^refused .*foreign\.json: /m);
    expect(r.stderr).toContain('nothing merged: none of the 2 scoresheet files could be used');
    const out = JSON.parse(r.stdout);
    expect(out.merged).toEqual([]);
    expect(out.refused.map((x: { file: string }) => x.file)).toEqual([
      join(dir, 'missing.json'),
      join(dir, 'foreign.json'),
    ]);
  });

  describe('the ratings of issue 17 (Ana 2, 3, 4; Ben 3, 4, 1)', () => {
    writeFileSync(join(dir, 'ana-17.json'), sheet(session, 'Ana', [2, 3, 4]));
    writeFileSync(join(dir, 'ben-17.json'), sheet(session, 'Ben', [3, 4, 1]));
    const merge = (...flags: string[]) =>
      run([
        'interview',
        'merge',
        '--session',
        join(dir, 'session.json'),
        join(dir, 'ana-17.json'),
        join(dir, 'ben-17.json'),
        ...flags,
      ]);

    it('prints "not defined" and why in the table, never −1.20 or 12.00', () => {
      const r = merge();
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/-1\.20 |12\.00/);
      expect(r.stdout).toMatch(
        /^ICC\(2,1\), one panelist, absolute agreement\s+not defined\s+the estimate would be -1\.20, below/m,
      );
      expect(r.stdout).toMatch(/^ICC\(2,2\), the panel's mean rating\s+not defined\s+its denominator/m);
      expect(r.stdout).toMatch(
        /^Fleiss' kappa, levels as categories\s+-0\.38\s+none\s+poor \(Landis & Koch 1977\); no interval: a bootstrap range needs at least 10 questions/m,
      );
    });

    it('gives the reasons in --json', () => {
      const out = JSON.parse(merge('--json').stdout);
      expect(out.agreement.icc.single).toEqual({
        ok: false,
        reason:
          'the estimate would be -1.20, below −1/(k − 1) = -1.00, the least an intraclass correlation between 2 raters can be: they disagree more within questions than the questions differ',
      });
      expect(out.agreement.icc.average.ok).toBe(false);
      expect(out.agreement.kappa.ok).toBe(true);
      expect(out.agreement.kappa.value).toBeCloseTo(-5 / 13, 12);
      expect(out.agreement.alpha.ordinal.ok).toBe(true);
    });

    it('says "not defined for this data" in the Markdown', () => {
      const md = merge('--markdown').stdout;
      expect(md).toContain(
        '- ICC(2,1), one panelist, absolute agreement: not defined for this data (the estimate would be -1.20',
      );
      expect(md).toContain("- ICC(2,2), the panel's mean rating: not defined for this data (its denominator");
    });
  });
});
