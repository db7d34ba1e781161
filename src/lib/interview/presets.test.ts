import { describe, expect, it } from 'vitest';
import { presetFor, type PresetQuestion } from './presets';

// The seed catalogue's levels and minutes (src/content/questions at the time of writing).
const seed: PresetQuestion[] = [
  { id: 'fraud-api-cloning/business-impact', level: 'senior', minutes: 10, scenario: 'fraud-api-cloning' },
  { id: 'fraud-api-cloning/respond', level: 'senior', minutes: 15, scenario: 'fraud-api-cloning' },
  { id: 'image-classifier/threats', level: 'mid', minutes: 15, scenario: 'image-classifier' },
  { id: 'mlops-platform/threat-model', level: 'staff', minutes: 20, scenario: 'mlops-platform' },
  { id: 'recommender-pipeline/stride', level: 'mid', minutes: 15, scenario: 'recommender-pipeline' },
];

describe('presetFor', () => {
  it('takes the level’s own questions first, then the nearest level, lower first', () => {
    expect(presetFor('senior', seed)).toEqual({
      level: 'senior',
      questions: ['fraud-api-cloning/business-impact', 'fraud-api-cloning/respond', 'image-classifier/threats'],
      minutes: 40,
      borrowed: ['image-classifier/threats'],
    });
  });

  it('fills a level with no questions from its neighbour, within the planned minutes', () => {
    // Junior plan: 2 questions, 30 minutes; the nearest level is mid (15 + 15 minutes).
    expect(presetFor('junior', seed)).toEqual({
      level: 'junior',
      questions: ['image-classifier/threats', 'recommender-pipeline/stride'],
      minutes: 30,
      borrowed: ['image-classifier/threats', 'recommender-pipeline/stride'],
    });
  });

  it('skips a question that would overrun the plan', () => {
    // Staff plan: 3 questions in 60 minutes: mlops (20), then the two senior ones (10 + 15): 45 minutes,
    // which is the preset's length (the 60 is a ceiling, not a duration the questions would fill).
    const p = presetFor('staff', seed);
    expect(p.questions).toEqual([
      'mlops-platform/threat-model',
      'fraud-api-cloning/business-impact',
      'fraud-api-cloning/respond',
    ]);
    expect(p.minutes).toBe(45);
  });

  it('keeps one long question rather than none, and stretches the minutes to fit it', () => {
    expect(presetFor('junior', [{ id: 'a/b', level: 'junior', minutes: 90 }])).toEqual({
      level: 'junior',
      questions: ['a/b'],
      minutes: 90,
      borrowed: [],
    });
  });

  it('spreads the questions of a level over its scenarios before repeating one', () => {
    const q = (id: string): PresetQuestion => ({ id, level: 'mid', minutes: 10, scenario: id.split('/')[0] });
    expect(presetFor('mid', [q('a/1'), q('a/2'), q('a/3'), q('b/1'), q('b/2')]).questions).toEqual([
      'a/1',
      'b/1',
      'a/2',
    ]);
  });

  it('is empty for an empty catalogue and independent of input order', () => {
    expect(presetFor('mid', []).questions).toEqual([]);
    expect(presetFor('mid', [...seed].reverse())).toEqual(presetFor('mid', seed));
  });
});
