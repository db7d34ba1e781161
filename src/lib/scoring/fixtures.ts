/**
 * A small question for the scorer's unit tests, independent of the site's content so that
 * rubric edits do not change what the tests prove.
 */
import type { ScorableQuestion } from './rubric';

export const apiQuestion: ScorableQuestion = {
  id: 'test-scenario/api-cloning',
  title: 'Stop a competitor cloning the prediction API',
  prompt:
    'A competitor is suspected of querying our fraud detection API to build a clone. How do you confirm it and prevent it?',
  followUps: ['What would you look for in the query logs?'],
  rubric: {
    concepts: [
      {
        id: 'logs',
        label: 'Analyse per-client query logs',
        weight: 3,
        phrases: ['query logs', 'query patterns', 'queries per client', 'unusual volume'],
      },
      { id: 'rate-limits', label: 'Rate limits and quotas', weight: 2, phrases: ['rate limit', 'quota', 'throttle'] },
      {
        id: 'watermark',
        label: 'Watermark the model to prove ownership',
        weight: 2,
        phrases: ['watermark', 'prove ownership', 'fingerprint'],
      },
      {
        id: 'outputs',
        label: 'Return less information',
        weight: 3,
        phrases: ['labels only', 'round the probabilities', 'do not return probabilities', 'hide confidence scores'],
      },
    ],
  },
};

/** A real answer to apiQuestion, written as a candidate would speak it. */
export const goodAnswer =
  'First I would confirm the suspicion from the query logs: for each client I would look at the volume, ' +
  'the spread of the inputs and how close successive queries are, because an extraction campaign probes ' +
  'the decision boundary in a way that a busy merchant does not. To prove the copy, I would watermark the ' +
  'model so that a small set of secret inputs gets a deliberate answer that the clone will reproduce. ' +
  'To prevent it, I would round the probabilities the API returns, or return labels only to clients who ' +
  'do not need scores, and put a rate limit and a monthly quota on every API key.';
