/** Fixtures shared by the interview cores' unit tests (not shipped to pages). */
import type { InterviewQuestion } from './catalog';
import { buildScoresheet, type Draft, type Scoresheet } from './scoresheet';
import { createSession, type Session } from './session';

export const KNOWN = ['fraud-api-cloning/respond', 'fraud-api-cloning/business-impact', 'image-classifier/threats'];

export function fixtureSession(
  overrides: Partial<Parameters<typeof createSession>[0]> = {},
  id = 'abcd1234efgh5678',
): Session {
  const result = createSession(
    {
      level: 'senior',
      candidate: 'Candidate K',
      panelists: ['Ana', 'Ben', 'Chidi'],
      minutes: 45,
      questions: KNOWN,
      ...overrides,
    },
    id,
    new Date('2026-11-25T10:00:00.000Z'),
    KNOWN,
  );
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A draft with these ratings, question by question; null marks a question not asked. */
export function draftOf(session: Session, ratings: (number | null)[], notes = ''): Draft {
  return Object.fromEntries(
    session.questions.map((q, i) => [
      q,
      {
        rating: ratings[i] as 1 | 2 | 3 | 4 | null,
        notAsked: ratings[i] === null,
        concepts: i === 0 ? ['log-analysis'] : [],
        notes,
      },
    ]),
  );
}

export function sheetOf(session: Session, panelist: string, ratings: (number | null)[], minute = 30): Scoresheet {
  const r = buildScoresheet(
    session,
    panelist,
    draftOf(session, ratings, `notes by ${panelist}`),
    new Date(`2026-11-25T10:${minute}:00.000Z`),
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function fixtureQuestion(id: string): InterviewQuestion {
  return {
    id,
    scenario: id.split('/')[0],
    title: `Title of ${id}`,
    level: 'senior',
    prompt: `Prompt of ${id}?`,
    followUps: ['Why?'],
    levels: { '1': 'poor', '2': 'mixed', '3': 'good', '4': 'excellent' },
    concepts: [{ id: 'log-analysis', label: 'Analyse query logs', weight: 3 }],
    strategy: { summary: 'summary', points: [] },
    minutes: 15,
  };
}
