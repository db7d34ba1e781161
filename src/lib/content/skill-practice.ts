/**
 * A skill page's "practised in" list must be true: each scenario a skill names either lists the
 * skill in its own frontmatter or has a question tagged with it. Without this rule the lists
 * drifted (privacy attacks pointed at the fraud API, incident response at the RAG assistant) while
 * the questions that practise those skills sat elsewhere.
 */
import type { ContentError, Entry } from './crossref';

/** The fields of skills, scenarios and questions this rule reads. */
export interface PractiseContent {
  skills: readonly Entry<{ id: string; scenarios: readonly string[] }>[];
  scenarios: readonly Entry<{ id: string; skills: readonly string[] }>[];
  questions: readonly Entry<{ scenario: string; skills: readonly string[] }>[];
}

/** The skills each scenario practises: its own `skills` and those of its questions. */
export function skillsPractisedByScenario(content: Omit<PractiseContent, 'skills'>) {
  const practised = new Map<string, Set<string>>();
  const add = (scenario: string, skills: readonly string[]) => {
    const set = practised.get(scenario) ?? new Set<string>();
    for (const s of skills) set.add(s);
    practised.set(scenario, set);
  };
  for (const { data } of content.scenarios) add(data.id, data.skills);
  for (const { data } of content.questions) add(data.scenario, data.skills);
  return practised;
}

/**
 * One error per scenario a skill names that practises neither the skill in its frontmatter nor
 * in any question. A scenario that does not exist is left to the reference check.
 */
export function checkSkillPractice(content: PractiseContent): ContentError[] {
  const practised = skillsPractisedByScenario(content);
  const errors: ContentError[] = [];
  for (const { file, data } of content.skills)
    data.scenarios.forEach((scenario, i) => {
      const skills = practised.get(scenario);
      if (skills && !skills.has(data.id))
        errors.push({
          file,
          field: `scenarios[${i}]`,
          value: scenario,
          message: `the scenario neither lists skill "${data.id}" nor has a question tagged with it`,
        });
    });
  return errors;
}
