/**
 * The slice of the content collections the interview mode relies on. The Astro pages pick these
 * fields (and only these) from the questions and scenarios collections and pass them to the
 * islands as props; other fields may be added to the content without affecting the interview.
 */
import type { Diagram } from '../content/schemas';
import { LEVELS, type Level } from '../content/levels';

export { LEVELS, type Level };
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export interface InterviewConcept {
  id: string;
  label: string;
  weight: number;
}

/** Everything the interviewer console shows for one question. */
export interface InterviewQuestion {
  id: string;
  scenario: string;
  title: string;
  level: Level;
  prompt: string;
  followUps: string[];
  /** Behaviourally anchored levels: what a 1, 2, 3 and 4 answer looks like. */
  levels: Record<'1' | '2' | '3' | '4', string>;
  concepts: InterviewConcept[];
  strategy: { summary: string; points: string[] };
  minutes: number;
}

/** What the candidate may see: the prompt and the scenario's diagram, never rubric or reference. */
export interface CandidateQuestion {
  id: string;
  title: string;
  prompt: string;
  scenarioTitle: string;
  diagram: Diagram;
}

export interface InterviewScenario {
  id: string;
  title: string;
  diagram: Diagram;
}

/** Shape of a question entry's data as far as the interview relies on it. */
interface QuestionData {
  id: string;
  scenario: string;
  title: string;
  level: Level;
  prompt: string;
  followUps?: string[];
  levels: Record<'1' | '2' | '3' | '4', string>;
  rubric: { concepts: { id: string; label: string; weight: number }[] };
  strategy: { summary: string; points?: string[] };
  minutes?: number;
}

export function toInterviewQuestion(q: QuestionData): InterviewQuestion {
  return {
    id: q.id,
    scenario: q.scenario,
    title: q.title,
    level: q.level,
    prompt: q.prompt,
    followUps: [...(q.followUps ?? [])],
    levels: { '1': q.levels['1'], '2': q.levels['2'], '3': q.levels['3'], '4': q.levels['4'] },
    concepts: q.rubric.concepts.map((c) => ({ id: c.id, label: c.label, weight: c.weight })),
    strategy: { summary: q.strategy.summary, points: [...(q.strategy.points ?? [])] },
    minutes: q.minutes ?? 10,
  };
}

export function toCandidateQuestion(
  q: Pick<QuestionData, 'id' | 'title' | 'prompt' | 'scenario'>,
  scenarios: readonly InterviewScenario[],
): CandidateQuestion {
  const scenario = scenarios.find((s) => s.id === q.scenario);
  if (!scenario) throw new Error(`question ${q.id} names scenario "${q.scenario}", which does not exist`);
  return { id: q.id, title: q.title, prompt: q.prompt, scenarioTitle: scenario.title, diagram: scenario.diagram };
}

/** Questions sorted for pickers: by level, then scenario, then ID. */
export function sortQuestions<T extends { id: string; level: Level }>(questions: readonly T[]): T[] {
  return [...questions].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.id.localeCompare(b.id));
}
