/** Messages between the practice island and the semantic scorer's worker. */
import type { SemanticQuestion } from '../../lib/scoring/semantic/types';
import type { SemanticResult } from '../../lib/scoring/semantic/score';

export type SemanticRequest =
  { type: 'load' } | { type: 'score'; id: number; question: SemanticQuestion; text: string; sources: string[] };

export type SemanticReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'ready' }
  | { type: 'result'; id: number; result: SemanticResult }
  /** The answer cannot be scored (empty, binary…): the lexical scorer said so first. */
  | { type: 'error'; id: number; message: string }
  /** The model could not be loaded or run: the lexical score stays, labelled. */
  | { type: 'failed'; id?: number; message: string };
