/**
 * A preset per level: a ready-made structured interview (the same questions for every candidate
 * at that level; Campion, Palmer & Campion 1997). Questions of the level come first, spread over
 * as many scenarios as possible; when the catalogue has too few, the nearest levels fill in (the
 * lower one first at equal distance, so a candidate is not asked above the level before below
 * it). Deterministic: same catalogue, same preset.
 */
import { LEVELS, type Level } from './catalog';

export interface PresetPlan {
  /** How many questions the preset aims for. */
  questions: number;
  /** The most minutes the preset's questions may add up to. */
  minutes: number;
}

/** Our own house plan per level: longer and deeper interviews for more senior roles. */
export const PRESET_PLANS: Record<Level, PresetPlan> = {
  junior: { questions: 2, minutes: 30 },
  mid: { questions: 3, minutes: 45 },
  senior: { questions: 3, minutes: 60 },
  staff: { questions: 3, minutes: 60 },
};

export interface PresetQuestion {
  id: string;
  level: Level;
  minutes: number;
  /** The question's scenario; the preset prefers scenarios it has not used yet. */
  scenario?: string;
}

export interface Preset {
  level: Level;
  questions: string[];
  /**
   * The interview's planned length: what its questions suggest, so that the setup's duration and
   * its "the chosen questions suggest N minutes" agree (the plan's minutes are only a ceiling).
   */
  minutes: number;
  /** Questions taken from another level because the catalogue had too few at this one. */
  borrowed: string[];
}

function distance(a: Level, b: Level): number {
  return Math.abs(LEVELS.indexOf(a) - LEVELS.indexOf(b));
}

export function presetFor(level: Level, catalogue: readonly PresetQuestion[]): Preset {
  const plan = PRESET_PLANS[level];
  const ordered = [...catalogue].sort(
    (a, b) =>
      distance(a.level, level) - distance(b.level, level) ||
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      a.id.localeCompare(b.id),
  );
  const chosen: PresetQuestion[] = [];
  const uses = new Map<string, number>();
  const usesOf = (q: PresetQuestion) => uses.get(q.scenario ?? q.id) ?? 0;
  let used = 0;
  let remaining = ordered;
  while (chosen.length < plan.questions) {
    // Skip a question that would overrun the plan, unless nothing is chosen yet.
    const fitting = remaining.filter((q) => chosen.length === 0 || used + q.minutes <= plan.minutes);
    if (fitting.length === 0) break;
    const tier = distance(fitting[0].level, level);
    const next = fitting
      .filter((q) => distance(q.level, level) === tier)
      .reduce((best, q) => (usesOf(q) < usesOf(best) ? q : best));
    chosen.push(next);
    used += next.minutes;
    uses.set(next.scenario ?? next.id, usesOf(next) + 1);
    remaining = remaining.filter((q) => q !== next);
  }
  return {
    level,
    questions: chosen.map((q) => q.id),
    minutes: used,
    borrowed: chosen.filter((q) => q.level !== level).map((q) => q.id),
  };
}
