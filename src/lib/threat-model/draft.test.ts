import { describe, expect, it } from 'vitest';
import { blankDraft, draftOf, finishDraft, NOTES_MAX, TITLE_MAX, TITLE_REQUIRED } from './draft';
import { threatSchema } from '../content/schemas';

describe('a threat draft', () => {
  it('starts blank with the given category and a middling risk (3 × 3)', () => {
    expect(blankDraft('Tampering')).toEqual({
      stride: 'Tampering',
      title: '',
      atlas: [],
      owasp: [],
      likelihood: 3,
      impact: 3,
      mitigations: [],
      notes: '',
    });
  });

  it('is refused without a title, also one of spaces only', () => {
    expect(finishDraft(blankDraft('Spoofing'), 'api')).toEqual({ ok: false, error: TITLE_REQUIRED });
    expect(finishDraft({ ...blankDraft('Spoofing'), title: '  \n ' }, 'api')).toEqual({
      ok: false,
      error: TITLE_REQUIRED,
    });
  });

  it('becomes a valid exchange-format threat on the element, trimmed, blank notes dropped', () => {
    const r = finishDraft({ ...blankDraft('Tampering'), title: '  Poisoned labels ', notes: '   ' }, 'labelling');
    expect(r).toEqual({
      ok: true,
      threat: { ...blankDraft('Tampering'), title: 'Poisoned labels', notes: undefined, element: 'labelling' },
    });
    expect(r.ok && threatSchema.safeParse(r.threat).success).toBe(true);
  });

  it(`cuts the title to ${TITLE_MAX} and the notes to ${NOTES_MAX} characters (the schema's limits)`, () => {
    const r = finishDraft(
      { ...blankDraft('Tampering'), title: 'x'.repeat(TITLE_MAX + 5), notes: ` ${'n'.repeat(NOTES_MAX + 1)} ` },
      'api',
    );
    expect(r.ok && [r.threat.title.length, r.threat.notes?.length]).toEqual([TITLE_MAX, NOTES_MAX]);
    expect(r.ok && threatSchema.safeParse(r.threat).success).toBe(true);
  });

  it('keeps the fields of a saved threat it edits (the builder’s local ID and suggestion key)', () => {
    const saved = { ...blankDraft('Spoofing'), title: 'Fake client', id: 't1', suggestion: 'api:spoof' };
    const { notes: _n, ...withoutNotes } = saved;
    expect(draftOf(withoutNotes)).toEqual({ ...withoutNotes, notes: '' });
    const r = finishDraft(draftOf(saved), 'api');
    expect(r.ok && r.threat).toMatchObject({ id: 't1', suggestion: 'api:spoof', element: 'api' });
  });
});

describe('the attack a learner names', () => {
  it('is kept when chosen and left out when not (no empty class in the saved threat)', () => {
    const named = finishDraft(
      { ...blankDraft('Tampering'), title: 'Bad labels', attack: 'poisoning' as const },
      'data',
    );
    expect(named.ok && named.threat.attack).toBe('poisoning');
    const none = finishDraft({ ...blankDraft('Tampering'), title: 'Bad labels', attack: undefined }, 'data');
    expect(none.ok && 'attack' in none.threat).toBe(false);
  });
});
