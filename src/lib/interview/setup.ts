/**
 * The rules of the interview setup page: the questions grouped by scenario, choosing,
 * unchoosing and reordering them, the duration, what a level's preset did, and whether replacing
 * the loaded session would discard work. Pure.
 */
import type { Preset, PresetQuestion } from './presets';

/** A question as the setup page lists it. */
export interface SetupQuestion extends PresetQuestion {
  title: string;
  scenarioTitle: string;
}

export interface ScenarioGroup {
  scenario: string;
  title: string;
  questions: SetupQuestion[];
}

/**
 * Questions grouped by scenario, scenarios in the order they first appear, questions in their
 * order. A question without a scenario is a group of its own, named by its ID.
 */
export function groupByScenario(questions: readonly SetupQuestion[]): ScenarioGroup[] {
  const groups: ScenarioGroup[] = [];
  for (const q of questions) {
    const key = q.scenario ?? q.id;
    const group = groups.find((g) => g.scenario === key);
    if (group) group.questions.push(q);
    else groups.push({ scenario: key, title: q.scenarioTitle, questions: [q] });
  }
  return groups;
}

/** The chosen questions in the order they are asked: the groups' order, not the order of choosing. */
export function askedInOrder(groups: readonly ScenarioGroup[], chosen: readonly string[]): string[] {
  return groups.flatMap((g) => g.questions.map((q) => q.id)).filter((id) => chosen.includes(id));
}

/** Chooses a question (asked last), or unchooses it if it was chosen. */
export function toggleChoice(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
}

/** Moves a chosen question one place earlier (-1) or later (+1); at either end it stays. */
export function moveQuestion(order: readonly string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/**
 * The duration the setup shows: the panel's own figure once they typed one, otherwise what the
 * chosen questions suggest (so the field and its hint agree until someone decides otherwise).
 */
export function shownMinutes(typed: string | null, suggested: number): string {
  return typed ?? String(suggested);
}

/** What applying a level's preset did, for the page's status line. */
export function presetMessage(preset: Preset): string {
  const borrowed =
    preset.borrowed.length > 0
      ? ` (${preset.borrowed.length} borrowed from a nearby level: too few ${preset.level} questions)`
      : '';
  return `Applied the ${preset.level} preset: ${preset.questions.length} questions, ${preset.minutes} minutes${borrowed}.`;
}

/** The parts of the saved interview that are scoring work. */
export interface ScoringWork {
  draft: Readonly<Record<string, unknown>>;
  submitted: unknown;
  sheets: readonly unknown[];
  consensus: Readonly<Record<string, unknown>>;
}

/** True when replacing the loaded session would discard this panelist's or the panel's work. */
export function hasWork(s: ScoringWork): boolean {
  return (
    Object.keys(s.draft).length > 0 ||
    s.submitted !== null ||
    s.sheets.length > 0 ||
    Object.keys(s.consensus).length > 0
  );
}
