/** The progress catalogue on a two-scenario fixture: what each exercise is and what it credits. */
import { describe, expect, it } from 'vitest';
import { progressCatalogue } from './catalogue';

const scenarios = [
  { id: 'b-scenario', title: 'B', level: 'senior', order: 2, skills: ['s-b'], techniques: ['AML.T0001'] },
  { id: 'a-scenario', title: 'A', level: 'junior', order: 1, skills: ['s-a', 's-shared'], techniques: [] },
];
const questions = [
  { id: 'a-scenario/two', scenario: 'a-scenario', title: 'Two', level: 'mid', skills: ['s-q2'] },
  { id: 'a-scenario/one', scenario: 'a-scenario', title: 'One', level: 'junior', skills: ['s-a'] },
];

describe('progressCatalogue', () => {
  const catalogue = progressCatalogue(scenarios, questions, new Map([['b-scenario', ['AML.T0002', 'AML.T0001']]]));

  it('lists threat models in Learn order, then questions by ID, then the three simulator exercises', () => {
    expect(catalogue.map((e) => `${e.kind}:${e.exercise}`)).toEqual([
      'threat-model:a-scenario',
      'threat-model:b-scenario',
      'question:a-scenario/one',
      'question:a-scenario/two',
      'simulator:simulator/guided',
      'simulator:simulator/free',
      'simulator:simulator/privacy',
    ]);
    expect(catalogue[0]).toMatchObject({ title: 'Threat model: A', href: '/learn/a-scenario/#tm-heading' });
    expect(catalogue[1].techniques).toEqual(['AML.T0001', 'AML.T0002']);
  });

  it("credits an answer with its question's own skills, not every skill of its scenario", () => {
    // Issue 19, item 5: each question names the skills its rubric exercises.
    expect(catalogue.find((e) => e.exercise === 'a-scenario/two')!.skills).toEqual(['s-q2']);
    expect(catalogue.find((e) => e.exercise === 'a-scenario/one')!.skills).toEqual(['s-a']);
  });

  it("credits a threat model with its scenario's skills and a simulator run with the extraction skills", () => {
    expect(catalogue.find((e) => e.exercise === 'a-scenario')!.skills).toEqual(['s-a', 's-shared']);
    expect(catalogue.find((e) => e.exercise === 'simulator/guided')!.skills).toEqual([
      'model-extraction-defence',
      'ai-red-teaming',
    ]);
    expect(catalogue.find((e) => e.exercise === 'simulator/privacy')!.skills).toEqual(['privacy-attacks']);
  });
});
