/** The parts of a question the semantic scorer reads (a subset of the content schema's Question). */
import type { Question } from '../../content/schemas';

export type SemanticQuestion = Pick<Question, 'id' | 'title' | 'prompt' | 'followUps' | 'rubric' | 'levels'> &
  Partial<Pick<Question, 'strategy' | 'scenario'>>;
