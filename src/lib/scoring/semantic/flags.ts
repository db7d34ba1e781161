/** The semantic scorer's flag kinds, apart from the scorer so that stores and pages can name them without loading it. */
export const SEMANTIC_FLAGS = [
  'needs a human grader',
  'off question',
  'pasted',
  'misconception',
  'dismissed',
  'rejected ideas',
  'grader instruction',
  'hidden characters',
  'repetition',
  'incoherent order',
] as const;
export type SemanticFlagKind = (typeof SEMANTIC_FLAGS)[number];
