/**
 * What the practice page tells a learner after a semantic score: the level reached with its
 * anchored description, and what would have earned the next level, from what held the answer
 * back (a cap first, then a misconception, then the heaviest ideas missing). Never contradicts
 * the score: an answer with every idea but a cap says the cap is what stands in the way.
 */
import type { SemanticReport } from './report';

export type LevelTexts = Record<'1' | '2' | '3' | '4', string>;

export interface Advice {
  /** 0 (below level 1) to 4. */
  reached: number;
  reachedText: string | null;
  next: number | null;
  nextText: string | null;
  /** The changes that would move the answer up, most important first (at most four). */
  todo: string[];
}

const key = (n: number) => String(n) as keyof LevelTexts;

export function advise(report: SemanticReport, levels: LevelTexts): Advice | null {
  if (report.level === null) return null;
  const reached = report.level;
  const next = reached < 4 ? reached + 1 : null;
  const todo: string[] = [];
  for (const c of report.caps) todo.push(`Fix what capped it at level ${c.level}: ${c.reason}.`);
  for (const m of report.misconceptions)
    if (!report.caps.some((c) => c.reason.includes(m.why))) todo.push(`Correct “${m.evidence.text}”: ${m.why}`);
  const missed = report.concepts.filter((c) => !c.credited).sort((a, b) => b.weight - a.weight);
  for (const c of missed) {
    if (todo.length >= 4) break;
    const rejected = c.rejected ? ` You set it aside (“${c.rejected.text}”); say why it matters instead.` : '';
    todo.push(`Explain ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}.${c.why ? ` ${c.why}` : ''}${rejected}`);
  }
  if (next !== null && todo.length === 0)
    todo.push('Every idea is there: say why each control works and what it costs, as the next level describes.');
  return {
    reached,
    reachedText: reached >= 1 ? levels[key(reached)] : null,
    next,
    nextText: next !== null ? levels[key(next)] : null,
    todo: todo.slice(0, 4),
  };
}
