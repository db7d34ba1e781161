import { describe, expect, it } from 'vitest';
import { checkSkillPractice, skillsPractisedByScenario, type PractiseContent } from './skill-practice';

const content = (over: Partial<PractiseContent> = {}): PractiseContent => ({
  skills: [{ file: 'skills/privacy-attacks.yaml', data: { id: 'privacy-attacks', scenarios: ['recommender'] } }],
  scenarios: [
    { file: 'scenarios/recommender.mdx', data: { id: 'recommender', skills: ['ml-threat-modelling'] } },
    { file: 'scenarios/fraud-api.mdx', data: { id: 'fraud-api', skills: ['model-extraction-defence'] } },
  ],
  questions: [
    { file: 'questions/recommender/privacy.yaml', data: { scenario: 'recommender', skills: ['privacy-attacks'] } },
  ],
  ...over,
});

describe('checkSkillPractice', () => {
  it("accepts a skill practised by one of the scenario's questions", () => {
    expect(checkSkillPractice(content())).toEqual([]);
  });

  it("accepts a skill listed in the scenario's own frontmatter", () => {
    const c = content({
      skills: [{ file: 'skills/x.yaml', data: { id: 'model-extraction-defence', scenarios: ['fraud-api'] } }],
    });
    expect(checkSkillPractice(c)).toEqual([]);
  });

  it('names the file, field and scenario of a skill that points where it is not practised', () => {
    const c = content({
      skills: [
        {
          file: 'skills/privacy-attacks.yaml',
          data: { id: 'privacy-attacks', scenarios: ['recommender', 'fraud-api'] },
        },
      ],
    });
    expect(checkSkillPractice(c)).toEqual([
      {
        file: 'skills/privacy-attacks.yaml',
        field: 'scenarios[1]',
        value: 'fraud-api',
        message: 'the scenario neither lists skill "privacy-attacks" nor has a question tagged with it',
      },
    ]);
  });

  it("does not count another scenario's question", () => {
    const c = content({
      skills: [{ file: 'skills/p.yaml', data: { id: 'privacy-attacks', scenarios: ['fraud-api'] } }],
    });
    expect(checkSkillPractice(c).map((e) => e.value)).toEqual(['fraud-api']);
  });

  it('leaves a scenario that does not exist to the reference check', () => {
    const c = content({ skills: [{ file: 'skills/p.yaml', data: { id: 'privacy-attacks', scenarios: ['ghost'] } }] });
    expect(checkSkillPractice(c)).toEqual([]);
  });
});

describe('skillsPractisedByScenario', () => {
  it("joins a scenario's own skills with its questions'", () => {
    expect([...skillsPractisedByScenario(content()).get('recommender')!].sort()).toEqual([
      'ml-threat-modelling',
      'privacy-attacks',
    ]);
  });
});
