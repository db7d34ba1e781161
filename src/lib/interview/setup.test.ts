import { describe, expect, it } from 'vitest';
import {
  askedInOrder,
  groupByScenario,
  hasWork,
  moveQuestion,
  presetMessage,
  shownMinutes,
  toggleChoice,
  type SetupQuestion,
} from './setup';

const q = (id: string, scenario: string | undefined, scenarioTitle = scenario ?? id): SetupQuestion => ({
  id,
  scenario,
  scenarioTitle,
  title: `Title of ${id}`,
  level: 'senior',
  minutes: 10,
});

// The catalogue order of the site interleaves scenarios here on purpose.
const questions = [
  q('fraud/respond', 'fraud', 'Fraud API'),
  q('image/threats', 'image', 'Image classifier'),
  q('fraud/impact', 'fraud', 'Fraud API'),
];

describe('groupByScenario', () => {
  it('groups by scenario in the order scenarios first appear, questions in their order', () => {
    expect(groupByScenario(questions).map((g) => [g.scenario, g.title, g.questions.map((x) => x.id)])).toEqual([
      ['fraud', 'Fraud API', ['fraud/respond', 'fraud/impact']],
      ['image', 'Image classifier', ['image/threats']],
    ]);
  });

  it('gives a question without a scenario a group of its own, under its ID', () => {
    expect(groupByScenario([q('solo', undefined), q('solo2', undefined)]).map((g) => g.scenario)).toEqual([
      'solo',
      'solo2',
    ]);
  });

  it('gives no groups for no questions', () => {
    expect(groupByScenario([])).toEqual([]);
  });
});

describe('askedInOrder', () => {
  const groups = groupByScenario(questions);

  it('asks in the groups’ order, whatever the order of choosing', () => {
    expect(askedInOrder(groups, ['image/threats', 'fraud/impact', 'fraud/respond'])).toEqual([
      'fraud/respond',
      'fraud/impact',
      'image/threats',
    ]);
  });

  it('drops a chosen ID the page does not list, and gives nothing for no choice', () => {
    expect(askedInOrder(groups, ['gone/question', 'image/threats'])).toEqual(['image/threats']);
    expect(askedInOrder(groups, [])).toEqual([]);
  });
});

describe('toggleChoice', () => {
  it('adds at the end, or removes', () => {
    expect(toggleChoice(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleChoice([], 'a')).toEqual(['a']);
  });
});

describe('presetMessage', () => {
  it('says what the preset chose, and how many questions it borrowed (presets.test.ts’s senior preset)', () => {
    expect(
      presetMessage({
        level: 'senior',
        questions: ['fraud-api-cloning/business-impact', 'fraud-api-cloning/respond', 'image-classifier/threats'],
        minutes: 60,
        borrowed: ['image-classifier/threats'],
      }),
    ).toBe(
      'Applied the senior preset: 3 questions, 60 minutes (1 borrowed from a nearby level: too few senior questions).',
    );
  });

  it('says nothing of borrowing when nothing was borrowed', () => {
    expect(presetMessage({ level: 'mid', questions: ['a', 'b'], minutes: 45, borrowed: [] })).toBe(
      'Applied the mid preset: 2 questions, 45 minutes.',
    );
  });
});

describe('hasWork', () => {
  const none = { draft: {}, submitted: null, sheets: [], consensus: {} };

  it('is false for a session with nothing rated, submitted, merged or agreed', () => {
    expect(hasWork(none)).toBe(false);
  });

  it('is true for any one of a draft, a submitted sheet, a merged sheet or a consensus', () => {
    expect(hasWork({ ...none, draft: { q1: { rating: 2 } } })).toBe(true);
    expect(hasWork({ ...none, submitted: { panelist: 'Ana' } })).toBe(true);
    expect(hasWork({ ...none, sheets: [{ panelist: 'Ben' }] })).toBe(true);
    expect(hasWork({ ...none, consensus: { q1: { rating: 3 } } })).toBe(true);
  });
});

describe('moveQuestion', () => {
  const order = ['a', 'b', 'c'];
  it('swaps a question with its neighbour, earlier or later', () => {
    expect(moveQuestion(order, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(order, 'b', 1)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the order as it was at either end, for an unknown question, and never changes its input', () => {
    expect(moveQuestion(order, 'a', -1)).toEqual(order);
    expect(moveQuestion(order, 'c', 1)).toEqual(order);
    expect(moveQuestion(order, 'zz', 1)).toEqual(order);
    expect(order).toEqual(['a', 'b', 'c']);
  });
});

describe('shownMinutes', () => {
  // The case: the field said 45 while the hint said "the chosen questions suggest 40".
  it('shows what the chosen questions suggest until the panel types its own figure', () => {
    expect(shownMinutes(null, 40)).toBe('40');
    expect(shownMinutes('50', 40)).toBe('50');
    expect(shownMinutes('', 40)).toBe('');
  });
});
