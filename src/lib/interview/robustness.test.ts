/**
 * Seeded property tests: whatever a file or a link holds, reading it gives a result or a clear
 * refusal, never an exception, and a refused scoresheet leaves the merged ones untouched.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addScoresheet } from './merge';
import { parseScoresheetText, scoresheetToJson } from './scoresheet';
import { parseSessionText } from './session';
import { sessionFromHash } from './share';
import { fixtureSession, KNOWN, sheetOf } from './testing';

const session = fixtureSession();
const merged = [sheetOf(session, 'Ana', [3, 2, 4])];
const params = { seed: 20261125, numRuns: 400 };

/** A valid sheet with one field replaced by an arbitrary value. */
const mutatedSheet = fc
  .tuple(
    fc.constantFrom('format', 'sessionId', 'candidate', 'panelist', 'questions', 'submittedAt', 'scores'),
    fc.jsonValue(),
  )
  .map(([key, value]) => ({ ...sheetOf(session, 'Ben', [1, 2, 3]), [key]: value }));

describe('robustness', () => {
  it('never throws on arbitrary text as a session file, scoresheet or link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(parseSessionText(text, KNOWN).ok).toBe(false);
        expect(parseScoresheetText(text).ok).toBe(false);
        const fromHash = sessionFromHash(`#session=${text}`, KNOWN);
        expect(fromHash === null || fromHash.ok === false).toBe(true);
      }),
      params,
    );
  });

  it('refuses or accepts any JSON value as a scoresheet without touching what is merged', () => {
    const snapshot = structuredClone(merged);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutatedSheet), (value) => {
        const r = addScoresheet(merged, JSON.stringify(value) ?? 'null', session);
        if (!r.ok) expect(r.error).toMatch(/\.$/);
        expect(merged).toEqual(snapshot);
      }),
      params,
    );
  });

  it('accepts the unmodified sheet that the mutations start from', () => {
    const r = addScoresheet(merged, scoresheetToJson(sheetOf(session, 'Ben', [1, 2, 3])), session);
    expect(r.ok && r.value.map((s) => s.panelist)).toEqual(['Ana', 'Ben']);
  });
});
