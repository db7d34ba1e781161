/**
 * The exercises progress is counted against, built from the content: a threat model per
 * scenario, each interview question, and the simulator's three kinds of practice. Each exercise
 * names the skills its work is scored on, which are what it credits: a scenario's skills for its
 * threat model, a question's own skills for an answer (not every skill of its scenario), the
 * extraction skills for a simulator run. Pure; /progress/ builds it at build time.
 */
import { scenarioHref } from '../content/links';
import type { CatalogueExercise } from './progress';

export interface CatalogueScenario {
  id: string;
  title: string;
  level: string;
  order: number;
  skills: readonly string[];
  techniques: readonly string[];
}
export interface CatalogueQuestion {
  id: string;
  scenario: string;
  title: string;
  level: string;
  skills: readonly string[];
}

/** An extraction exercise of the simulator: every run queries the inference API to extract the model. */
const extraction = (source: string, title: string, href: string): CatalogueExercise => ({
  kind: 'simulator',
  exercise: `simulator/${source}`,
  scenario: 'fraud-api-cloning',
  title,
  level: 'mid',
  skills: ['model-extraction-defence', 'ai-red-teaming'],
  techniques: ['AML.T0040', 'AML.T0024.002'],
  href,
});

/** The simulator's exercises: practice without a score, recorded per finished run. */
const SIMULATOR: readonly CatalogueExercise[] = [
  extraction('guided', 'Simulator: the guided sequence', `${scenarioHref('fraud-api-cloning')}#sim-guided-title`),
  extraction('free', 'Simulator: free experiments', '/simulator/'),
  {
    kind: 'simulator',
    exercise: 'simulator/privacy',
    scenario: 'fraud-api-cloning',
    title: 'Simulator: privacy attacks',
    level: 'mid',
    skills: ['privacy-attacks'],
    // Membership inference and model inversion through the inference API.
    techniques: ['AML.T0040', 'AML.T0024.000', 'AML.T0024.001'],
    href: '/simulator/#privacy-title',
  },
];

/**
 * Threat models in the scenarios' Learn order, then questions by ID, then the simulator, then
 * `more` (the image labs, whose techniques the page reads from their store's module).
 * `referenceTechniques` lists, per scenario, the techniques its reference model maps to.
 */
export function progressCatalogue(
  scenarios: readonly CatalogueScenario[],
  questions: readonly CatalogueQuestion[],
  referenceTechniques: ReadonlyMap<string, readonly string[]>,
  more: readonly CatalogueExercise[] = [],
): CatalogueExercise[] {
  const byScenario = new Map(scenarios.map((s) => [s.id, s]));
  return [
    ...[...scenarios]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({
        kind: 'threat-model' as const,
        exercise: s.id,
        scenario: s.id,
        title: `Threat model: ${s.title}`,
        level: s.level,
        skills: [...s.skills],
        techniques: [...new Set([...s.techniques, ...(referenceTechniques.get(s.id) ?? [])])],
        href: `${scenarioHref(s.id)}#tm-heading`,
      })),
    ...[...questions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((q) => ({
        kind: 'question' as const,
        exercise: q.id,
        scenario: q.scenario,
        title: q.title,
        level: q.level,
        skills: [...q.skills],
        techniques: [...(byScenario.get(q.scenario)?.techniques ?? [])],
        href: `/practice/${q.id}/`,
      })),
    ...[...SIMULATOR, ...more].map((x) => ({ ...x, skills: [...x.skills], techniques: [...x.techniques] })),
  ];
}
