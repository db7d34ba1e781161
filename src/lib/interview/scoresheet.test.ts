import { describe, expect, it } from 'vitest';
import {
  buildScoresheet,
  parseScoresheetText,
  scoresheetFileName,
  scoresheetToJson,
  SCORESHEET_FORMAT,
  unrated,
} from './scoresheet';
import { draftOf, fixtureSession, sheetOf } from './testing';

const session = fixtureSession();
const at = new Date('2026-11-25T11:00:00.000Z');

describe('buildScoresheet', () => {
  it('builds a sheet in session order with de-duplicated concepts', () => {
    const draft = draftOf(session, [3, 2, 4]);
    draft[session.questions[0]].concepts = ['log-analysis', 'detector', 'log-analysis'];
    const r = buildScoresheet(session, 'Ben', draft, at);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      format: SCORESHEET_FORMAT,
      sessionId: session.id,
      candidate: 'Candidate K',
      panelist: 'Ben',
      submittedAt: '2026-11-25T11:00:00.000Z',
      questions: session.questions,
    });
    expect(r.value.scores.map((s) => s.rating)).toEqual([3, 2, 4]);
    expect(r.value.scores[0].concepts).toEqual(['log-analysis', 'detector']);
  });

  it('refuses to submit with unrated questions and names them', () => {
    const draft = draftOf(session, [3, 2, 4]);
    draft[session.questions[1]].rating = null;
    delete draft[session.questions[2]];
    expect(unrated(session, draft)).toEqual([session.questions[1], session.questions[2]]);
    expect(buildScoresheet(session, 'Ben', draft, at)).toEqual({
      ok: false,
      error: `Rate every question before submitting; still unrated: ${session.questions[1]}, ${session.questions[2]}.`,
    });
  });

  it('refuses a panelist who is not on the panel', () => {
    expect(buildScoresheet(session, 'Mallory', draftOf(session, [1, 1, 1]), at)).toEqual({
      ok: false,
      error: 'Choose who you are: "Mallory" is not on this session\'s panel.',
    });
  });

  it('refuses notes over the limit', () => {
    const r = buildScoresheet(session, 'Ana', draftOf(session, [1, 2, 3], 'x'.repeat(20_001)), at);
    expect(r).toEqual({ ok: false, error: 'The scoresheet could not be built: must be at most 20000 characters.' });
  });
});

describe('parseScoresheetText', () => {
  const sheet = sheetOf(session, 'Ana', [3, 3, 2]);

  it('round-trips a scoresheet file and names it', () => {
    expect(parseScoresheetText(scoresheetToJson(sheet))).toEqual({ ok: true, value: sheet });
    expect(scoresheetFileName(sheet)).toBe('scoresheet-candidate-k-ana-abcd1234.json');
  });

  const edit = (f: (s: Record<string, unknown> & typeof sheet) => void) => {
    const copy = structuredClone(sheet) as Record<string, unknown> & typeof sheet;
    f(copy);
    return JSON.stringify(copy);
  };

  it.each([
    ['not JSON', 'nope', 'The scoresheet is not valid JSON'],
    [
      'a session file',
      JSON.stringify(session),
      'This is not a scoresheet: its format is "dojo-interview-session/1", expected "dojo-interview-scoresheet/1".',
    ],
    [
      'a rating of 5',
      edit((s) => void (s.scores[1].rating = 5 as never)),
      'The scoresheet is malformed: scores[2].rating: must be 1 to 4.',
    ],
    [
      'a rating of 2.5',
      edit((s) => void (s.scores[0].rating = 2.5 as never)),
      'The scoresheet is malformed: scores[1].rating: must be a whole number.',
    ],
    [
      'a missing score',
      edit((s) => void s.scores.pop()),
      `The scoresheet is malformed: scores: no score for ${session.questions[2]}.`,
    ],
    [
      'a doubled score',
      edit((s) => void (s.scores[2] = { ...s.scores[0] })),
      `The scoresheet is malformed: scores[3].question: "${session.questions[0]}" is scored twice.`,
    ],
    [
      'a foreign question',
      edit((s) => void (s.scores[0].question = 'a/b')),
      'The scoresheet is malformed: scores[1].question: "a/b" is not one of the sheet\'s questions.',
    ],
    [
      'a bad date',
      edit((s) => void (s.submittedAt = 'yesterday')),
      'The scoresheet is malformed: submittedAt: Invalid ISO datetime.',
    ],
  ])('refuses %s', (_label, text, error) => {
    const r = parseScoresheetText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});
