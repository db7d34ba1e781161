import { describe, expect, it } from 'vitest';
import {
  createSession,
  parseSessionText,
  plannedMinutes,
  sessionIdFromBytes,
  SESSION_FORMAT,
  validateSession,
} from './session';
import { fixtureSession, KNOWN } from './testing';
import { checkFileSize } from './validation';

const base = {
  level: 'senior' as const,
  candidate: 'Candidate K',
  panelists: ['Ana', 'Ben'],
  minutes: 45,
  questions: KNOWN,
};
const now = new Date('2026-11-25T10:00:00.000Z');

describe('createSession', () => {
  it('builds a valid session with trimmed names and blank panel rows dropped', () => {
    const r = createSession(
      { ...base, candidate: '  Candidate K ', panelists: [' Ana', '', 'Ben '] },
      'abcd1234',
      now,
      KNOWN,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        format: SESSION_FORMAT,
        id: 'abcd1234',
        createdAt: '2026-11-25T10:00:00.000Z',
        level: 'senior',
        candidate: 'Candidate K',
        panelists: ['Ana', 'Ben'],
        minutes: 45,
        questions: KNOWN,
      },
    });
  });

  it.each([
    [{ candidate: '' }, 'The session setup is malformed: candidate: must not be empty.'],
    [{ candidate: 'x'.repeat(61) }, 'The session setup is malformed: candidate: must be at most 60 characters.'],
    [{ panelists: [] }, 'The session setup is malformed: panelists: needs at least one panelist.'],
    [
      { panelists: ['Ana', 'ana '] },
      'The session setup is malformed: panelists: names must be different from each other.',
    ],
    [
      { panelists: Array.from({ length: 11 }, (_, i) => `P${i}`) },
      'The session setup is malformed: panelists: may have at most 10 panelists.',
    ],
    [{ minutes: 2 }, 'The session setup is malformed: minutes: must be at least 5 minutes.'],
    [{ minutes: 1e9 }, 'The session setup is malformed: minutes: must be at most 480 minutes.'],
    [{ minutes: Number.NaN }, 'The session setup is malformed: minutes: must be a number of minutes.'],
    [{ minutes: Number.POSITIVE_INFINITY }, 'The session setup is malformed: minutes: must be a number of minutes.'],
    [{ minutes: 30.5 }, 'The session setup is malformed: minutes: must be a whole number of minutes.'],
    [{ questions: [] }, 'The session setup is malformed: questions: needs at least one question.'],
    [{ questions: [KNOWN[0], KNOWN[0]] }, 'The session setup is malformed: questions: must not repeat a question.'],
    [{ questions: ['nope/missing'] }, 'The session setup uses question this site does not have: nope/missing.'],
  ])('refuses %j with a clear message', (change, error) => {
    expect(createSession({ ...base, ...change }, 'abcd1234', now, KNOWN)).toEqual({ ok: false, error });
  });
});

describe('parseSessionText', () => {
  const good = JSON.stringify(fixtureSession());

  it('round-trips a session file', () => {
    expect(parseSessionText(good, KNOWN)).toEqual({ ok: true, value: fixtureSession() });
  });

  it.each([
    ['', 'The session file is empty.'],
    ['{"format": ', 'The session file is not valid JSON'],
    ['[1,2]', 'The session file is not a JSON object.'],
    [
      '{"format":"dojo-interview-scoresheet/1"}',
      'This is not a session file: its format is "dojo-interview-scoresheet/1", expected "dojo-interview-session/1".',
    ],
    ['{"level":"senior"}', 'This is not a session file: its format is missing'],
    [JSON.stringify({ ...fixtureSession(), extra: 1 }), 'The session file is malformed: Unrecognized key: "extra".'],
    [
      JSON.stringify({ ...fixtureSession(), id: 'NOT OK' }),
      'The session file is malformed: id: must be 8–32 lowercase letters or digits.',
    ],
    [
      JSON.stringify({ ...fixtureSession(), panelists: ['Ana', 'B\nb'] }),
      'The session file is malformed: panelists[2]: must be on one line.',
    ],
    [' '.repeat(1_000_001), 'The session file is too large (1,000,001 characters; the limit is 1,000,000).'],
  ])('refuses %s', (text, error) => {
    const r = parseSessionText(text, KNOWN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });

  it('refuses a session whose questions this site does not have', () => {
    expect(validateSession({ ...fixtureSession(), questions: ['a/b', 'c/d'] }, KNOWN)).toEqual({
      ok: false,
      error: 'The session file uses questions this site does not have: a/b, c/d.',
    });
  });
});

describe('sessionIdFromBytes and plannedMinutes', () => {
  it('makes a base-36 ID of one character per byte', () => {
    expect(sessionIdFromBytes(Uint8Array.from([0, 1, 35, 36, 255, 10, 11, 12]))); // 255 mod 36 = 3.toBe('01z03abc');
    expect(() => sessionIdFromBytes(new Uint8Array(7))).toThrow('a session ID needs at least 8 random bytes');
  });

  it('sums suggested minutes and counts unknown questions as 0', () => {
    expect(plannedMinutes(['a/b', 'c/d', 'e/f'], (id) => ({ 'a/b': 10, 'c/d': 15 })[id])).toBe(25);
    expect(plannedMinutes([], () => 5)).toBe(0);
  });
});

describe('checkFileSize', () => {
  it('refuses a file over the limit before reading it', () => {
    expect(checkFileSize(1_000_000, 'scoresheet')).toEqual({ ok: true, value: 1_000_000 });
    expect(checkFileSize(5_000_000_000, 'scoresheet')).toEqual({
      ok: false,
      error: 'The scoresheet is too large (5,000,000,000 bytes; the limit is 1,000,000).',
    });
  });
});
