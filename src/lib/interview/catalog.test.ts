import { describe, expect, it } from 'vitest';
import type { Diagram, Question } from '../content/schemas';
import { LEVELS, RATINGS, sortQuestions, toCandidateQuestion, toInterviewQuestion } from './catalog';

const diagram: Diagram = {
  elements: [
    { id: 'merchants', kind: 'external-entity', label: 'Merchants', description: 'Clients.', x: 100, y: 100 },
    { id: 'api', kind: 'process', label: 'Fraud API', description: 'Scores.', x: 400, y: 100 },
  ],
  flows: [{ id: 'score', from: 'merchants', to: 'api', label: 'Score request' }],
  boundaries: [],
};
const scenarios = [{ id: 'fraud-api-cloning', title: 'Fraud API cloning', diagram }];

/** A full content question, with the fields the interview must not pass on. */
const question: Question = {
  id: 'fraud-api-cloning/respond',
  scenario: 'fraud-api-cloning',
  title: 'Respond to cloning',
  level: 'senior',
  prompt: 'A competitor clones the API. What do you do?',
  followUps: ['What would you log?', 'How do you prove it?'],
  rubric: {
    concepts: [
      {
        id: 'logs',
        label: 'Query logs',
        weight: 3,
        phrases: ['query logs', 'per-client volume'],
        why: 'Evidence.',
        claims: ['Read the query logs.', 'Look at per-client volume.', 'Find the sweeps in the logs.'],
      },
      {
        id: 'limits',
        label: 'Rate limits',
        weight: 2,
        phrases: ['rate limit'],
        claims: ['Rate limit each key.', 'Cap the queries.', 'Slow the clients down.'],
      },
    ],
    misconceptions: [
      { claim: 'TLS stops cloning.', why: 'TLS protects the wire, not the answers.', cap: 1 },
      { claim: 'Obfuscating the API path stops cloning.', why: 'The client still sees every answer.', cap: 2 },
    ],
  },
  levels: { '1': 'poor', '2': 'mixed', '3': 'good', '4': 'excellent' },
  examples: { '1': 'Use TLS.', '2': 'Rate limit.', '3': 'Logs and limits.', '4': 'Logs, limits and proof.' },
  strategy: { summary: 'Detect, then slow down.', points: ['Look at the logs.'], sample: 'A sample answer.' },
  skills: ['threat-modelling'],
  minutes: 15,
};

describe('levels and ratings', () => {
  it('orders levels from junior to staff and ratings from 1 to 4', () => {
    expect(LEVELS).toEqual(['junior', 'mid', 'senior', 'staff']);
    expect(RATINGS).toEqual([1, 2, 3, 4]);
  });
});

describe('toInterviewQuestion', () => {
  it('keeps the fields the console shows and drops the rest (phrases, why, sample, skills)', () => {
    expect(toInterviewQuestion(question)).toEqual({
      id: 'fraud-api-cloning/respond',
      scenario: 'fraud-api-cloning',
      title: 'Respond to cloning',
      level: 'senior',
      prompt: 'A competitor clones the API. What do you do?',
      followUps: ['What would you log?', 'How do you prove it?'],
      levels: { '1': 'poor', '2': 'mixed', '3': 'good', '4': 'excellent' },
      concepts: [
        { id: 'logs', label: 'Query logs', weight: 3 },
        { id: 'limits', label: 'Rate limits', weight: 2 },
      ],
      strategy: { summary: 'Detect, then slow down.', points: ['Look at the logs.'] },
      minutes: 15,
    });
  });

  it('copies the lists, so editing the result leaves the content alone', () => {
    const q = toInterviewQuestion(question);
    q.followUps.push('Another?');
    q.strategy.points.length = 0;
    q.concepts[0].weight = 9;
    expect(question.followUps).toHaveLength(2);
    expect(question.strategy.points).toEqual(['Look at the logs.']);
    expect(question.rubric.concepts[0].weight).toBe(3);
  });

  it('defaults missing follow-ups and points to none, and the time to 10 minutes', () => {
    const q = toInterviewQuestion({
      id: 'x/y',
      scenario: 'x',
      title: 'T',
      level: 'junior',
      prompt: 'P?',
      levels: question.levels,
      rubric: { concepts: [] },
      strategy: { summary: 'S' },
    });
    expect([q.followUps, q.strategy.points, q.minutes, q.concepts]).toEqual([[], [], 10, []]);
  });
});

describe('toCandidateQuestion', () => {
  it('gives the candidate the prompt and the diagram, never the rubric or the levels', () => {
    const c = toCandidateQuestion(question, scenarios);
    expect(c).toEqual({
      id: 'fraud-api-cloning/respond',
      title: 'Respond to cloning',
      prompt: 'A competitor clones the API. What do you do?',
      scenarioTitle: 'Fraud API cloning',
      diagram,
    });
    expect(Object.keys(c)).toEqual(['id', 'title', 'prompt', 'scenarioTitle', 'diagram']);
  });

  it('refuses a question whose scenario is unknown, naming both', () => {
    expect(() => toCandidateQuestion({ ...question, scenario: 'ghost' }, scenarios)).toThrow(
      new Error('question fraud-api-cloning/respond names scenario "ghost", which does not exist'),
    );
    expect(() => toCandidateQuestion(question, [])).toThrow(
      /names scenario "fraud-api-cloning", which does not exist$/,
    );
  });
});

describe('sortQuestions', () => {
  const list = [
    { id: 'z-scenario/q', level: 'junior' as const },
    { id: 'b-scenario/q', level: 'staff' as const },
    { id: 'a-scenario/q', level: 'staff' as const },
    { id: 'm-scenario/q', level: 'mid' as const },
    { id: 'a-scenario/p', level: 'mid' as const },
  ];

  it('sorts by level, easiest first, then by ID', () => {
    expect(sortQuestions(list).map((q) => q.id)).toEqual([
      'z-scenario/q',
      'a-scenario/p',
      'm-scenario/q',
      'a-scenario/q',
      'b-scenario/q',
    ]);
  });

  it('returns a new list and leaves the input as it was', () => {
    const before = list.map((q) => q.id);
    expect(sortQuestions(list)).not.toBe(list);
    expect(list.map((q) => q.id)).toEqual(before);
    expect(sortQuestions([])).toEqual([]);
  });
});
