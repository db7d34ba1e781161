/**
 * A threat as the learner edits it in the builder's form, before it is attached to an element:
 * a blank one, one to edit, and the rules that turn it into a threat (a title is required, title
 * and notes are trimmed and cut to the exchange format's limits, blank notes are dropped). Pure.
 */
import type { Threat } from '../content/schemas';
import type { StrideCategory } from '../frameworks/ids';

export type ThreatDraft = Omit<Threat, 'element'>;

/** The exchange format's limits (threatSchema in src/lib/content/schemas.ts). */
export const TITLE_MAX = 300;
export const NOTES_MAX = 10_000;

export const TITLE_REQUIRED = 'Give the threat a title: what could go wrong, in one sentence.';

/** A new threat of the given category: no title, no mappings, likelihood and impact 3 of 5. */
export function blankDraft(stride: StrideCategory): ThreatDraft {
  return { stride, title: '', atlas: [], owasp: [], likelihood: 3, impact: 3, mitigations: [], notes: '' };
}

/** A saved threat, to edit (absent notes as an empty box). Other fields of `threat` stay. */
export function draftOf<T extends ThreatDraft>(threat: T): T {
  return { ...threat, notes: threat.notes ?? '' };
}

export type FinishedDraft<T> = { ok: true; threat: T & Threat } | { ok: false; error: string };

/** The threat a draft makes on `element`, or why it cannot be saved yet. */
export function finishDraft<T extends ThreatDraft>(draft: T, element: string): FinishedDraft<T> {
  const title = draft.title.trim();
  if (!title) return { ok: false, error: TITLE_REQUIRED };
  const notes = (draft.notes ?? '').trim();
  const { attack, ...rest } = draft;
  return {
    ok: true,
    threat: {
      ...(rest as T),
      ...(attack ? { attack } : {}),
      title: title.slice(0, TITLE_MAX),
      notes: notes ? notes.slice(0, NOTES_MAX) : undefined,
      element,
    },
  };
}
