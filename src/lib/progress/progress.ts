/**
 * The learner's progress, computed from what they have done (a neutral list of scored
 * activities) and the content catalogue. Pure: the /progress/ island feeds it the stores' data.
 */
import { ATLAS_TACTICS } from '../frameworks/ids';
import { levelIndex } from '../content/levels';

export type ActivityKind = 'question' | 'threat-model' | 'simulator' | 'lab';

/** One scored attempt at an exercise. */
export interface Activity {
  kind: ActivityKind;
  /** Question ID ("scenario/question") or scenario ID for a threat model. */
  exercise: string;
  scenario: string;
  /** 0–100, or null for practice that is not scored (a simulator or lab run). */
  score: number | null;
  /** ISO time. */
  at: string;
  /**
   * The ATLAS techniques this attempt itself used: a threat model's mappings as submitted, the
   * simulator's attack. The coverage map credits only these (an interview answer names none).
   */
  techniques?: readonly string[];
}

/** What the catalogue says about each exercise. */
export interface CatalogueExercise {
  kind: ActivityKind;
  exercise: string;
  scenario: string;
  title: string;
  level: string;
  skills: string[];
  techniques: string[];
  href: string;
}

export interface ExerciseProgress {
  exercise: CatalogueExercise;
  attempts: number;
  best: number | null;
  latest: number | null;
  lastAt: string | null;
}

export interface TechniqueCell {
  techniqueId: string;
  name: string;
  /** Attempts at exercises that practise it. */
  practised: number;
  /** Best score reached on those exercises, or null. */
  best: number | null;
}

export interface TacticColumn {
  tacticId: string;
  name: string;
  techniques: TechniqueCell[];
}

export function exerciseProgress(catalogue: CatalogueExercise[], activities: Activity[]): ExerciseProgress[] {
  return catalogue.map((exercise) => {
    const mine = activities
      .filter((a) => a.kind === exercise.kind && a.exercise === exercise.exercise)
      .sort((a, b) => a.at.localeCompare(b.at));
    const scores = mine.map((a) => a.score).filter((x): x is number => x !== null);
    return {
      exercise,
      attempts: mine.length,
      best: scores.length ? Math.max(...scores) : null,
      latest: scores.length ? scores[scores.length - 1] : null,
      lastAt: mine.length ? mine[mine.length - 1].at : null,
    };
  });
}

/** Scores over time, oldest first: [times in seconds, scores] for a chart. */
export function scoreSeries(activities: Activity[], kind?: ActivityKind): [number[], number[]] {
  const sorted = activities
    .filter((a): a is Activity & { score: number } => a.score !== null && (!kind || a.kind === kind))
    .sort((a, b) => a.at.localeCompare(b.at));
  return [sorted.map((a) => Math.floor(Date.parse(a.at) / 1000)), sorted.map((a) => a.score)];
}

/** Skills practised: attempts and best score per skill. */
export function skillsPractised(progress: ExerciseProgress[]): Map<string, { attempts: number; best: number | null }> {
  const out = new Map<string, { attempts: number; best: number | null }>();
  for (const p of progress) {
    if (!p.attempts) continue;
    for (const s of p.exercise.skills) {
      const cur = out.get(s) ?? { attempts: 0, best: null };
      cur.attempts += p.attempts;
      if (p.best !== null) cur.best = cur.best === null ? p.best : Math.max(cur.best, p.best);
      out.set(s, cur);
    }
  }
  return out;
}

/**
 * ATLAS coverage in the tactic layout: one column per tactic (matrix order), each technique the
 * learner's attempts used placed under every tactic it belongs to (sub-techniques under their
 * parent's tactics), with how many attempts used it and the best score among them. Only what an
 * attempt itself used counts: submitting a threat model credits the techniques its threats map
 * to, not every technique the scenario could involve.
 */
export function atlasCoverage(
  activities: readonly Activity[],
  techniques: { id: string; name: string; tactics: string[]; parent?: string }[],
): TacticColumn[] {
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const cells = new Map<string, TechniqueCell>();
  for (const a of activities) {
    for (const id of new Set(a.techniques ?? [])) {
      const t = byId.get(id);
      if (!t) continue;
      const cell = cells.get(id) ?? { techniqueId: id, name: t.name, practised: 0, best: null };
      cell.practised += 1;
      if (a.score !== null) cell.best = cell.best === null ? a.score : Math.max(cell.best, a.score);
      cells.set(id, cell);
    }
  }
  return ATLAS_TACTICS.map((tactic) => ({
    tacticId: tactic.id,
    name: tactic.name,
    techniques: [...cells.values()]
      .filter((c) => {
        const t = byId.get(c.techniqueId)!;
        const tactics = t.parent ? (byId.get(t.parent)?.tactics ?? []) : t.tactics;
        return tactics.includes(tactic.id);
      })
      .sort((a, b) => a.techniqueId.localeCompare(b.techniqueId)),
  })).filter((col) => col.techniques.length > 0);
}

/**
 * The next exercise to do: first an exercise never attempted at the lowest level the learner
 * has not yet mastered (best < 70), preferring the scenario they last worked on; otherwise the
 * weakest attempted one below 70; otherwise null (everything mastered).
 */
export function suggestNext(
  progress: ExerciseProgress[],
  mastery = 70,
): { exercise: CatalogueExercise; reason: string } | null {
  const last = [...progress].filter((p) => p.lastAt).sort((a, b) => (b.lastAt ?? '').localeCompare(a.lastAt ?? ''))[0];
  const level = (p: ExerciseProgress) => levelIndex(p.exercise.level);
  const fresh = progress
    .filter((p) => p.attempts === 0)
    .sort((a, b) => {
      const sa = last && a.exercise.scenario === last.exercise.scenario ? 0 : 1;
      const sb = last && b.exercise.scenario === last.exercise.scenario ? 0 : 1;
      return level(a) - level(b) || sa - sb || a.exercise.exercise.localeCompare(b.exercise.exercise);
    });
  // Unscored practice (simulator runs) is done once tried: never "weak".
  const weak = progress
    .filter((p) => p.attempts > 0 && p.best !== null && p.best < mastery)
    .sort((a, b) => (a.best ?? 0) - (b.best ?? 0));
  if (weak.length && (!fresh.length || level(weak[0]) < level(fresh[0]))) {
    return {
      exercise: weak[0].exercise,
      reason: `Your best score here is ${weak[0].best}; try again to reach ${mastery}.`,
    };
  }
  if (fresh.length) {
    const f = fresh[0];
    const why =
      last && f.exercise.scenario === last.exercise.scenario
        ? 'the next exercise in the scenario you last worked on'
        : `a ${f.exercise.level}-level exercise you have not tried yet`;
    return { exercise: f.exercise, reason: `It is ${why}.` };
  }
  if (weak.length)
    return {
      exercise: weak[0].exercise,
      reason: `Your best score here is ${weak[0].best}; try again to reach ${mastery}.`,
    };
  return null;
}
