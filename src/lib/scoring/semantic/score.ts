/**
 * The semantic scorer: reads an answer claim by claim, compares each claim with the rubric's
 * reference and misconception claims by sentence embedding, checks each match's polarity, and
 * turns the figures into a level 1–4 (0: below level 1) and a score 0–100 with a proportional-
 * odds model fitted on graded answers (model.json; fitted by `npm run fit-scorer`). One core
 * for Node and the browser's worker: the caller hands in the embedder and the claim bank.
 *
 * Hard limits the fitted model cannot argue with, each reported as a flag: an answer not in
 * English goes to a person; one closer to another question, or mostly pasted from the question,
 * briefing or strategy, is below level 1; one that asserts a misconception is capped at that
 * misconception's level; instructions to the grader cap it at level 1.
 */
import { scoreAnswer } from '../score';
import { validateAnswer } from '../validate';
import type { ClaimBank } from './bank';
import type { Embedder } from './embedder';
import {
  computeFeatures,
  credit,
  COVERED,
  featureVector,
  withPolarity,
  type ConceptMatch,
  type EmbeddedUnit,
  type Features,
  type MisconceptionMatch,
} from './features';
import { detectLanguage, languageName } from './language';
import { normaliseAnswer } from './normalise';
import { expectedGrade, probabilities, type OrdinalModel } from './ordinal';
import type { SemanticQuestion } from './types';
import { splitRejectingClauses, splitUnits } from './units';
import { hasRejectingCues } from './polarity';

export { SEMANTIC_FLAGS, type SemanticFlagKind } from './flags';
import type { SemanticFlagKind } from './flags';

export interface SemanticFlag {
  kind: SemanticFlagKind;
  message: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SemanticConcept {
  id: string;
  label: string;
  weight: number;
  why?: string;
  /** 0–1: how closely the answer's best claim matches one of the concept's reference claims. */
  credit: number;
  credited: boolean;
  /** The learner's claim that earned the credit, and the reference claim it is closest to. */
  evidence: Span | null;
  closestReference: string | null;
  /** A claim that names the idea only to reject it. */
  rejected: Span | null;
}

export interface SemanticResult {
  method: 'semantic';
  q: string;
  /** 0–100, or null when the answer needs a human grader. */
  score: number | null;
  /** 0 (below level 1) to 4, or null when the answer needs a human grader. */
  level: number | null;
  /** P(grade = 0…4). */
  probabilities: number[];
  concepts: SemanticConcept[];
  misconceptions: (Omit<MisconceptionMatch, 'unit'> & { evidence: Span })[];
  flags: SemanticFlag[];
  /** Why the level is capped below what the model gave, if it is. */
  caps: { reason: string; level: number }[];
  features: Features | null;
  words: number;
  units: number;
}

export interface SemanticOptions {
  bank: ClaimBank;
  embedder: Embedder;
  model: OrdinalModel;
  /** Texts an answer must not be pasted from: the scenario briefing; the question and strategy are added. */
  sources?: readonly string[];
}

/**
 * Share of the answer's 5-grams found in the question, briefing or strategy that makes it pasted
 * (honest answers on the tuning sets reach 0.06, pasted ones start at 0.29).
 */
export const PASTED = 0.2;
/** An answer this much closer to another question's claims than to its own is off question (questions of one scenario share much: honest answers were seen up to 0.07 closer to a sibling question on the tuning sets). */
export const OFF_QUESTION_MARGIN = 0.08;
export const REPEATED = 0.5;
export const INCOHERENT = 1.2;

const span = (text: string, u: EmbeddedUnit | undefined): Span | null =>
  u ? { start: u.start, end: u.end, text: text.slice(u.start, u.end) } : null;

const scoreOfGrade = (g: number) => Math.round(25 * g);
/** The highest score a level cap allows: the middle of the band above it. */
export const scoreCap = (level: number) => 25 * level + 12;

function conceptsOut(text: string, units: EmbeddedUnit[], matches: ConceptMatch[]): SemanticConcept[] {
  return matches.map((m) => {
    const c = credit(m.sim);
    return {
      id: m.id,
      label: m.label,
      weight: m.weight,
      ...(m.why ? { why: m.why } : {}),
      credit: c,
      credited: c >= COVERED,
      evidence: c >= COVERED ? span(text, units[m.unit]) : null,
      closestReference: m.unit >= 0 ? m.claim : null,
      rejected: m.rejectedUnit >= 0 && credit(m.rejectedSim) >= COVERED ? span(text, units[m.rejectedUnit]) : null,
    };
  });
}

function questionSources(q: SemanticQuestion, extra: readonly string[]): string[] {
  return [
    q.title,
    q.prompt,
    ...(q.followUps ?? []),
    q.strategy?.summary ?? '',
    ...(q.strategy?.points ?? []),
    ...Object.values(q.levels),
    ...extra,
  ];
}

export interface Analysis {
  text: string;
  words: number;
  /** Flags found before the model runs (language, hidden characters). */
  flags: SemanticFlag[];
  /** Null when the answer needs a human grader. */
  read: {
    units: EmbeddedUnit[];
    result: ReturnType<typeof computeFeatures>;
  } | null;
}

/** Everything but the decision: the figures the fitted model reads (also what `fit-scorer` fits on). */
export async function analyseAnswer(
  question: SemanticQuestion,
  raw: unknown,
  opts: Omit<SemanticOptions, 'model'>,
): Promise<Analysis> {
  const text = validateAnswer(raw);
  const norm = normaliseAnswer(text);
  const words = (norm.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const flags: SemanticFlag[] = [];
  const language = detectLanguage(norm.unfolded);
  if (!language.english) {
    flags.push({
      kind: 'needs a human grader',
      message: `the answer seems to be written in ${languageName(language.code)}: the scorer reads English only, so a person should grade it`,
    });
    return { text, words, flags, read: null };
  }
  if (norm.formatChars > 0 || norm.mixedScriptWords.length > 0) {
    const parts = [
      norm.formatChars ? `${norm.formatChars} invisible formatting characters were removed` : '',
      norm.mixedScriptWords.length
        ? `words mixing Latin with lookalike letters were read as Latin (${norm.mixedScriptWords.slice(0, 3).join(', ')})`
        : '',
    ].filter(Boolean);
    flags.push({ kind: 'hidden characters', message: parts.join('; ') });
  }
  const units = splitRejectingClauses(text, splitUnits(text), hasRejectingCues);
  const vectors = await opts.embedder.embed(units.map((u) => u.text));
  const embedded = withPolarity(units.map((u, i) => ({ ...u, vec: vectors[i] })));
  const lexical = scoreAnswer(question, norm.text).score;
  const result = computeFeatures({
    units: embedded,
    text: norm.text,
    bank: opts.bank,
    q: question.id,
    lexical,
    sources: questionSources(question, opts.sources ?? []),
    hidden: norm.formatChars > 0 || norm.mixedScriptWords.length > 0,
  });
  return { text, words, flags, read: { units: embedded, result } };
}

/** The level and score the model and the hard limits give an analysed answer. */
export function decide(question: SemanticQuestion, analysis: Analysis, model: OrdinalModel): SemanticResult {
  const { text, words } = analysis;
  const flags = [...analysis.flags];
  const base = {
    method: 'semantic' as const,
    q: question.id,
    words,
  };
  if (!analysis.read) {
    return {
      ...base,
      score: null,
      level: null,
      probabilities: [],
      concepts: [],
      misconceptions: [],
      caps: [],
      features: null,
      units: 0,
      flags,
    };
  }
  const { units: embedded } = analysis.read;
  const { features, concepts, misconceptions, relevance } = analysis.read.result;
  const x = featureVector(features);
  const probs = probabilities(model, x);
  const expected = expectedGrade(model, x);

  const caps: { reason: string; level: number }[] = [];
  if (relevance.nearest && relevance.nearestSim > relevance.own + OFF_QUESTION_MARGIN) {
    const msg = `the answer is closer to another question (${relevance.nearest}) than to this one`;
    flags.push({ kind: 'off question', message: msg });
    caps.push({ reason: msg, level: 0 });
  }
  if (features.copy >= PASTED) {
    const msg = `${Math.round(features.copy * 100)}% of the answer repeats the question, briefing or answer strategy word for word`;
    flags.push({ kind: 'pasted', message: msg });
    caps.push({ reason: msg, level: 0 });
  }
  for (const m of misconceptions) {
    const said = text.slice(embedded[m.unit].start, embedded[m.unit].end);
    flags.push({ kind: 'misconception', message: `"${said}": ${m.why}` });
    caps.push({ reason: `asserts a misconception: ${m.why}`, level: m.cap });
  }
  if (features.graderInstruction) {
    const msg = 'the answer gives instructions to the grader';
    flags.push({ kind: 'grader instruction', message: msg });
    caps.push({ reason: msg, level: 1 });
  }
  if (features.dismissed) {
    flags.push({
      kind: 'dismissed',
      message: 'a closing dismissal rejects everything said before it, so none of it is credited',
    });
  }
  const out = conceptsOut(text, embedded, concepts);
  const rejectedOnly = out.filter((c) => !c.credited && c.rejected);
  if (rejectedOnly.length && !features.dismissed) {
    flags.push({
      kind: 'rejected ideas',
      message: `named only to be rejected: ${rejectedOnly.map((c) => c.label).join('; ')}`,
    });
  }
  if (features.repetition >= REPEATED) {
    const msg = `${Math.round(features.repetition * 100)}% of the answer repeats itself`;
    flags.push({ kind: 'repetition', message: msg });
    caps.push({ reason: msg, level: 1 });
  }
  if (features.disorder >= INCOHERENT) {
    const msg = 'the words are not in an order English puts them: the answer reads as shuffled';
    flags.push({ kind: 'incoherent order', message: msg });
    caps.push({ reason: msg, level: 0 });
  }
  const capLevel = Math.min(4, ...caps.map((c) => c.level));
  return {
    ...base,
    score: Math.min(scoreOfGrade(expected), scoreCap(capLevel)),
    level: Math.min(Math.round(expected), capLevel),
    probabilities: probs,
    concepts: out,
    misconceptions: misconceptions.map(({ unit, ...m }) => ({ ...m, evidence: span(text, embedded[unit]) as Span })),
    flags,
    caps: caps.filter((c) => c.level < Math.round(expected)),
    features,
    units: embedded.length,
  };
}

export async function scoreSemantic(
  question: SemanticQuestion,
  raw: unknown,
  opts: SemanticOptions,
): Promise<SemanticResult> {
  return decide(question, await analyseAnswer(question, raw, opts), opts.model);
}
