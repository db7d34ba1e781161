import { describe, expect, it } from 'vitest';
import { addScoresheet, ratingMatrix, removeScoresheet, sideBySide } from './merge';
import { panelAgreement } from './panel-agreement';
import { scoresheetToJson } from './scoresheet';
import { fixtureSession, sheetOf } from './testing';
import { formatDateTime } from '../util/dates';

const session = fixtureSession();
const ana = sheetOf(session, 'Ana', [3, 2, 4]);
const ben = sheetOf(session, 'Ben', [3, 4, 3]);
const chidi = sheetOf(session, 'Chidi', [3, 3, 4]);

function mergeAll(...sheets: unknown[]) {
  let merged: (typeof ana)[] = [];
  for (const s of sheets) {
    const r = addScoresheet(merged, s, session);
    if (!r.ok) throw new Error(r.error);
    merged = r.value;
  }
  return merged;
}

describe('addScoresheet', () => {
  it('adds sheets from files and keeps them in panel order', () => {
    const merged = mergeAll(scoresheetToJson(chidi), scoresheetToJson(ana), ben);
    expect(merged.map((s) => s.panelist)).toEqual(['Ana', 'Ben', 'Chidi']);
  });

  it('refuses a sheet from another session and leaves the merged sheets untouched', () => {
    const merged = mergeAll(ana);
    const before = structuredClone(merged);
    const other = sheetOf(fixtureSession({}, 'zzzz9999yyyy8888'), 'Ben', [1, 1, 1]);
    expect(addScoresheet(merged, scoresheetToJson(other), session)).toEqual({
      ok: false,
      error:
        'This scoresheet is from another session (session zzzz9999yyyy8888, candidate "Candidate K", panelist "Ben"); this merge is for session abcd1234efgh5678 (candidate "Candidate K"). It was not added.',
    });
    expect(merged).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"format": "dojo-interview-scoresheet/1", ', 'The scoresheet is not valid JSON'],
    ['a session file', JSON.stringify(session), 'This is not a scoresheet'],
    [
      'a sheet with other questions',
      { ...ana, questions: [...ana.questions].reverse(), scores: [...ana.scores].reverse() },
      'This scoresheet names this session but lists different questions',
    ],
    [
      'a stranger',
      { ...ana, panelist: 'Mallory' },
      '"Mallory" is not on this session\'s panel (Ana, Ben, Chidi). It was not added.',
    ],
    ['the same sheet twice', ana, 'The scoresheet of Ana is already merged; nothing changed.'],
    [
      'a second, different sheet by Ana',
      { ...ana, submittedAt: '2026-11-25T12:00:00.000Z' },
      `A different scoresheet from Ana is already merged (submitted ${formatDateTime('2026-11-25T10:30:00.000Z')}). Remove it first to replace it.`,
    ],
  ])('refuses %s', (_label, input, error) => {
    const merged = mergeAll(ana);
    const r = addScoresheet(merged, input, session);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
    expect(merged).toEqual([ana]);
  });

  it('removes a sheet by panelist', () => {
    expect(removeScoresheet(mergeAll(ana, ben), 'Ana').map((s) => s.panelist)).toEqual(['Ben']);
  });
});

describe('sideBySide and agreement', () => {
  it('lines up ratings per question and grades disagreements', () => {
    const rows = sideBySide(session, mergeAll(ana, ben, chidi));
    expect(rows.map((r) => r.ratings.map((x) => x.rating))).toEqual([
      [3, 3, 3],
      [2, 4, 3],
      [4, 3, 4],
    ]);
    expect(rows.map((r) => r.disagreement)).toEqual(['none', 'major', 'minor']);
    expect(rows.map((r) => r.spread)).toEqual([0, 2, 1]);
    expect(rows[1].mean).toBe(3);
    expect(rows[2].median).toBe(4);
    expect(sideBySide(session, [])).toEqual([]);
  });

  it('computes the panel ICC and kappa from the questions × panelists matrix', () => {
    const merged = mergeAll(ana, ben);
    expect(ratingMatrix(session, merged)).toEqual([
      [3, 3],
      [2, 4],
      [4, 3],
    ]);
    // Hand check of [[3,3],[2,4],[4,3]]: grand mean 19/6; row means 3, 3, 3.5 → SSR = 2·(1/36+1/36+4/36) = 1/3, MSR = 1/6;
    // column means 3, 10/3 → SSC = 3·(1/36+1/36) = 1/6 = MSC; SST = (1+1+49+25+25+1)/36 = 17/6 → SSE = 17/6 − 2/6 − 1/6 = 7/3,
    // MSE = 7/6; ICC(2,1) = (1/6 − 7/6) / (1/6 + 7/6 + 2·(1/6 − 7/6)/3) = −1 / (2/3) = −1.5: below −1/(k − 1) = −1,
    // which no correlation between 2 raters can be, so it is reported as not defined (issue 17), and
    // ICC(2,2) = −1 / (1/6 + (1/6 − 7/6)/3) = −1 / (−1/6): a negative denominator.
    const a = panelAgreement(session, merged);
    expect(a.raters).toBe(2);
    expect(a.unmeasurable).toBeNull();
    expect(a.icc.single).toEqual({
      ok: false,
      reason:
        'the estimate would be -1.50, below −1/(k − 1) = -1.00, the least an intraclass correlation between 2 raters can be: they disagree more within questions than the questions differ',
    });
    expect(a.icc.average).toEqual({
      ok: false,
      reason: 'its denominator MSR + (MSC − MSE)/n is -0.167, not positive, because ICC(2,1) is at or below −1/(k − 1)',
    });
    expect(a.exact).toBeCloseTo(1 / 3, 12);
    expect(a.caution).toBe(
      'With 3 questions the coefficients are imprecise; read them together with the ratings side by side.',
    );
  });

  it('reports no coefficients with fewer than two sheets, and says why', () => {
    const a = panelAgreement(session, mergeAll(ana));
    expect(a.unmeasurable).toBe('agreement needs at least 2 scoresheets (1 merged)');
    expect(a.icc.single).toEqual({ ok: false, reason: 'agreement needs at least 2 scoresheets (1 merged)' });
    expect(a.kappa.ok).toBe(false);
    expect(a.alpha.ordinal.ok).toBe(false);
    expect(a.exact).toBeNull();
  });
});

describe('questions not asked', () => {
  const [q1, q2, q3] = session.questions;
  // Ana and Ben both mark the third question not asked; Chidi rated it.
  const anaShort = sheetOf(session, 'Ana', [3, 2, null]);
  const benShort = sheetOf(session, 'Ben', [3, 4, null]);

  it('are marked in the sheet, with no rating', () => {
    expect(anaShort.scores.map((s) => [s.question, s.rating, s.notAsked ?? false])).toEqual([
      [q1, 3, false],
      [q2, 2, false],
      [q3, null, true],
    ]);
  });

  it('have no row side by side and no place in the rating matrix', () => {
    const merged = mergeAll(anaShort, benShort);
    expect(sideBySide(session, merged).map((r) => r.question)).toEqual([q1, q2]);
    // Hand-worked: only the two asked questions remain, as rows of (Ana, Ben).
    expect(ratingMatrix(session, merged)).toEqual([
      [3, 3],
      [2, 4],
    ]);
    expect(panelAgreement(session, merged).questions).toBe(2);
  });

  it('must be the same on every sheet: a sheet that disagrees is refused, and nothing changes', () => {
    const merged = mergeAll(anaShort);
    const before = structuredClone(merged);
    const r = addScoresheet(merged, chidi, session);
    expect(r).toEqual({
      ok: false,
      error:
        `Chidi marks as not asked: none; Ana marks: ${q3}. The panel must agree which questions were asked; ` +
        'correct one sheet and export it again. It was not added.',
    });
    expect(merged).toEqual(before);
  });

  it('are refused in a hand-edited sheet that still rates them, or rates nothing on an asked one', () => {
    const edited = structuredClone(anaShort) as unknown as { scores: { rating: number | null }[] };
    edited.scores[2].rating = 4;
    expect(addScoresheet([], edited, session)).toMatchObject({ ok: false });
    const unrated = structuredClone(ana) as unknown as { scores: { rating: number | null }[] };
    unrated.scores[0].rating = null;
    expect(addScoresheet([], unrated, session)).toMatchObject({ ok: false });
  });
});
