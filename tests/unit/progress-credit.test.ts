/**
 * What progress credits, on the real content (issue 19, item 5): the catalogue /progress/ builds
 * (src/lib/progress/catalogue.ts) with the learner's activities as the stores report them. An
 * answer credits its question's skills; a guided simulator run credits the extraction skills too,
 * so the two add up; a threat model credits only the ATLAS techniques its threats map to.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import { progressCatalogue } from '../../src/lib/progress/catalogue';
import { atlasCoverage, exerciseProgress, skillsPractised, type Activity } from '../../src/lib/progress/progress';

const content = loadContentOrThrow(resolve(__dirname, '../..'));
const catalogue = progressCatalogue(
  content.scenarios.map((s) => s.data),
  content.questions.map((q) => q.data),
  new Map(content.threatModels.map((m) => [m.data.scenario, m.data.threats.flatMap((t) => t.atlas)])),
);
const techniques = content.techniques.map((t) => ({ ...t.data, tactics: [...t.data.tactics] }));
const skillsOf = (activities: Activity[]) =>
  Object.fromEntries(skillsPractised(exerciseProgress(catalogue, activities)));

const answer = (q: string, score: number): Activity => ({
  kind: 'question',
  exercise: q,
  scenario: q.split('/')[0]!,
  score,
  at: '2026-12-01T19:35:00.000Z',
});
const guidedRun: Activity = {
  kind: 'simulator',
  exercise: 'simulator/guided',
  scenario: 'fraud-api-cloning',
  score: null,
  at: '2026-12-01T19:40:00.000Z',
  techniques: ['AML.T0040', 'AML.T0024.002'],
};

describe('progress credit on the real content', () => {
  it("the extraction question scored 100 and a guided run both count for 'Defending against model extraction'", () => {
    const skills = skillsOf([answer('fraud-api-cloning/respond', 100), guidedRun]);
    expect(skills['model-extraction-defence']).toEqual({ attempts: 2, best: 100 });
    expect(skills['ai-red-teaming']).toEqual({ attempts: 1, best: null });
  });

  it('an answer credits exactly the skills its question names', () => {
    const question = content.questions.find((q) => q.data.id === 'fraud-api-cloning/regulation')!.data;
    const skills = skillsOf([answer(question.id, 70)]);
    expect(Object.keys(skills).sort()).toEqual([...question.skills].sort());
    // The scenario practises extraction defence; this question, on the EU AI Act, does not.
    expect(skills['model-extraction-defence']).toBeUndefined();
  });

  it('a submitted threat model credits the techniques its threats map to and no others', () => {
    const model: Activity = {
      kind: 'threat-model',
      exercise: 'image-classifier',
      scenario: 'image-classifier',
      score: 21,
      at: '2026-12-01T19:38:00.000Z',
      techniques: ['AML.T0020'],
    };
    const columns = atlasCoverage([model, answer('image-classifier/threats', 80)], techniques);
    // AML.T0020 belongs to two tactics, so it stands in two columns; nothing else does.
    expect(columns.map((c) => c.name)).toEqual(['Resource Development', 'Persistence']);
    const cells = new Map(columns.flatMap((c) => c.techniques).map((t) => [t.techniqueId, t]));
    expect([...cells.values()]).toEqual([
      { techniqueId: 'AML.T0020', name: 'Poison Training Data', practised: 1, best: 21 },
    ]);
  });
});
