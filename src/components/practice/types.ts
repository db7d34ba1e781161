/** What the practice island needs of a question (a plain, serialisable part of the content entry). */
import type { Question } from '../../lib/content/schemas';

export type PracticeQuestionData = Pick<
  Question,
  | 'id'
  | 'scenario'
  | 'title'
  | 'level'
  | 'prompt'
  | 'followUps'
  | 'rubric'
  | 'levels'
  | 'examples'
  | 'strategy'
  | 'minutes'
> & {
  /** The scenario's briefing, which an answer must not be pasted from (the semantic scorer checks). */
  briefing?: string;
};

export function practiceData(q: Question, briefing?: string): PracticeQuestionData {
  const { id, scenario, title, level, prompt, followUps, rubric, levels, examples, strategy, minutes } = q;
  return {
    id,
    scenario,
    title,
    level,
    prompt,
    followUps,
    rubric,
    levels,
    examples,
    strategy,
    minutes,
    ...(briefing ? { briefing } : {}),
  };
}

/** Heading level of the island's top heading (its sections use the next one). */
export type HeadingLevel = 2 | 3;
