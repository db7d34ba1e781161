/**
 * The levels of interview questions and exercises, easiest first: one list for the content
 * schema, the interview presets, the progress page and the learning path. Pure data.
 */
export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

/** A level's place in LEVELS (0 for junior), or −1 for a name that is not a level. */
export function levelIndex(level: string): number {
  return (LEVELS as readonly string[]).indexOf(level);
}
