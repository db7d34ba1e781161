/**
 * Scores a free-text answer against a question's rubric of weighted concepts.
 *
 * Each concept earns credit from its best piece of evidence: full credit in a sentence, partial
 * credit in a fragment ("poisoning, evasion"), none when the idea is named only to be rejected
 * or when the words were copied from the question. The weighted share of credit, scaled by how
 * much the answer says about the ideas it names, is the score 0–100. Gaming flags then cap it.
 * Every adjustment is reported, so the learner sees why each point was given or withheld.
 */
import {
  distinctTrigramShare,
  echoMask,
  fragmentShare,
  listItemClauses,
  onTopicShare,
  proseClauses,
  share,
} from './gaming';
import {
  ECHO_SHARE,
  KEYWORD_LIST_SHARE,
  OFF_TOPIC_MIN_WORDS,
  OFF_TOPIC_SHARE,
  REPETITION_DISTINCT,
  REPETITION_MIN_GRAMS,
} from './gaming';
import { findPhrase, indexAnswer, type AnswerIndex, type PhraseMatch } from './match';
import { isRejected } from './negation';
import { compileRubric, type CompiledConcept, type ScorableQuestion } from './rubric';
import { countWords, tokenise, type Token } from './tokenise';
import { validateAnswer } from './validate';

export const FLAG_KINDS = ['keyword list', 'negated', 'echoes the question', 'off topic', 'repetition'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** A span of the learner's own text: text.slice(start, end). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ConceptScore {
  id: string;
  label: string;
  weight: number;
  matched: boolean;
  /** 0, FRAGMENT_CREDIT or 1. */
  credit: number;
  /** Where the idea is put forward (best first). */
  evidence: Evidence[];
  /** Where the idea is named only to be rejected. */
  rejected: Evidence[];
  why?: string;
}

export interface Flag {
  kind: FlagKind;
  message: string;
}

export interface Adjustment {
  reason: string;
  /** Score before and after this step. */
  before: number;
  after: number;
}

export interface ScoreResult {
  q: string;
  score: number;
  concepts: ConceptScore[];
  flags: Flag[];
  adjustments: Adjustment[];
  words: number;
}

/** Credit for a concept seen only in a fragment of a prose answer, and in a keyword list. */
export const FRAGMENT_CREDIT = 0.5;
export const KEYWORD_LIST_CREDIT = 0.25;
/** Words an answer needs per idea it names before it counts as explained rather than listed. */
export const WORDS_PER_CONCEPT = 12;
/** Share of the score that depends on explanation (the rest on naming the right ideas). */
export const ELABORATION_WEIGHT = 0.35;
export const CAPS: Readonly<Record<Exclude<FlagKind, 'negated'>, number>> = {
  'keyword list': 20,
  'echoes the question': 15,
  'off topic': 10,
  repetition: 30,
};
const MAX_EVIDENCE = 3;

interface Context {
  text: string;
  tokens: Token[];
  index: AnswerIndex;
  prose: Map<number, boolean>;
  listItems: Map<number, boolean>;
  echoed: boolean[];
  keywordList: boolean;
}

function evidenceOf(ctx: Context, m: PhraseMatch): Evidence {
  return { start: m.start, end: m.end, text: ctx.text.slice(m.start, m.end) };
}

function allEchoed(ctx: Context, m: PhraseMatch): boolean {
  for (let i = m.first; i <= m.last; i++) if (!ctx.echoed[i]) return false;
  return true;
}

function scoreConcept(ctx: Context, concept: CompiledConcept): ConceptScore {
  const accepted: { ev: Evidence; credit: number }[] = [];
  const rejected: Evidence[] = [];
  for (const phrase of concept.phrases) {
    for (const m of findPhrase(ctx.index, phrase)) {
      if (allEchoed(ctx, m)) continue;
      const prose = ctx.prose.get(ctx.tokens[m.first].clause) ?? false;
      if (
        !phrase.negative &&
        isRejected(ctx.tokens, m.first, m.last, ctx.listItems.get(ctx.tokens[m.first].clause) ?? false)
      ) {
        rejected.push(evidenceOf(ctx, m));
        continue;
      }
      const credit = prose ? 1 : ctx.keywordList ? KEYWORD_LIST_CREDIT : FRAGMENT_CREDIT;
      accepted.push({ ev: evidenceOf(ctx, m), credit });
    }
  }
  const credit = accepted.reduce((best, a) => Math.max(best, a.credit), 0);
  const evidence = mergeSpans(
    ctx.text,
    accepted.filter((a) => a.credit === credit).map((a) => a.ev),
  ).slice(0, MAX_EVIDENCE);
  return {
    id: concept.id,
    label: concept.label,
    weight: concept.weight,
    matched: credit > 0,
    credit,
    evidence,
    rejected: mergeSpans(ctx.text, rejected).slice(0, MAX_EVIDENCE),
    ...(concept.why ? { why: concept.why } : {}),
  };
}

/** Joins overlapping spans into one ("drawing a data flow" + "data flow diagram"), in text order. */
function mergeSpans(text: string, spans: Evidence[]): Evidence[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}

function detectFlags(ctx: Context, concepts: ConceptScore[], rubric: ReturnType<typeof compileRubric>): Flag[] {
  const flags: Flag[] = [];
  const frag = fragmentShare(ctx.tokens, ctx.prose);
  if (ctx.keywordList) {
    flags.push({
      kind: 'keyword list',
      message: `${pct(frag)} of the words are in fragments, not sentences: explain each idea in a sentence`,
    });
  }
  const rejectedOnly = concepts.filter((c) => !c.matched && c.rejected.length > 0);
  if (rejectedOnly.length) {
    flags.push({
      kind: 'negated',
      message: `named only to be rejected: ${rejectedOnly.map((c) => c.label).join('; ')}`,
    });
  }
  const echo = share(ctx.echoed);
  if (echo >= ECHO_SHARE) {
    flags.push({ kind: 'echoes the question', message: `${pct(echo)} of the answer repeats the question's own words` });
  }
  const topic = onTopicShare(ctx.tokens, rubric);
  if (topic.words >= OFF_TOPIC_MIN_WORDS && topic.share < OFF_TOPIC_SHARE) {
    flags.push({ kind: 'off topic', message: `only ${pct(topic.share)} of the content words relate to the question` });
  }
  const rep = distinctTrigramShare(ctx.tokens);
  if (rep.grams >= REPETITION_MIN_GRAMS && rep.share < REPETITION_DISTINCT) {
    flags.push({
      kind: 'repetition',
      message: `only ${pct(rep.share)} of the word sequences are new: the answer repeats itself`,
    });
  }
  return flags;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Scores `text` as an answer to `question`. Throws ScoringInputError (validate.ts) for input
 * that cannot be scored: not text, empty, too long, binary.
 */
export function scoreAnswer(question: ScorableQuestion, text: unknown): ScoreResult {
  const answer = validateAnswer(text);
  const rubric = compileRubric(question);
  const tokens = tokenise(answer);
  const prose = proseClauses(tokens);
  const ctx: Context = {
    text: answer,
    tokens,
    index: indexAnswer(tokens),
    prose,
    listItems: listItemClauses(tokens),
    echoed: echoMask(tokens, rubric),
    keywordList: tokens.length > 0 && fragmentShare(tokens, prose) >= KEYWORD_LIST_SHARE,
  };
  const concepts = rubric.concepts.map((c) => scoreConcept(ctx, c));
  const flags = detectFlags(ctx, concepts, rubric);
  const words = countWords(answer);
  const adjustments: Adjustment[] = [];

  const earned = concepts.reduce((s, c) => s + c.weight * c.credit, 0);
  let score = rubric.totalWeight > 0 ? (100 * earned) / rubric.totalWeight : 0;
  const named = concepts.filter((c) => c.matched).length;
  if (named > 0) {
    const elaboration = Math.min(1, words / (WORDS_PER_CONCEPT * named));
    if (elaboration < 1) {
      const after = score * (1 - ELABORATION_WEIGHT + ELABORATION_WEIGHT * elaboration);
      adjustments.push({
        reason: `${words} words for ${named} ideas: each idea needs explaining, not only naming`,
        before: score,
        after,
      });
      score = after;
    }
  }
  for (const flag of flags) {
    if (flag.kind === 'repetition') {
      const rep = distinctTrigramShare(tokens).share;
      const after = Math.min(score * rep, CAPS.repetition);
      if (after < score)
        adjustments.push({
          reason: `repetition: scaled by ${pct(rep)} new material, at most ${CAPS.repetition}`,
          before: score,
          after,
        });
      score = Math.min(score, after);
    } else if (flag.kind !== 'negated' && score > CAPS[flag.kind]) {
      adjustments.push({ reason: `${flag.kind}: capped at ${CAPS[flag.kind]}`, before: score, after: CAPS[flag.kind] });
      score = CAPS[flag.kind];
    }
  }
  return { q: rubric.questionId, score: Math.round(score), concepts, flags, adjustments, words };
}

/** The command line's output shape (docs/ARCHITECTURE.md): flags as their kinds, evidence only when matched. */
export function toCliResult(r: ScoreResult) {
  return {
    q: r.q,
    score: r.score,
    concepts: r.concepts.map((c) => ({
      id: c.id,
      label: c.label,
      matched: c.matched,
      ...(c.matched ? { evidence: c.evidence.map(({ start, end, text }) => ({ start, end, text })) } : {}),
    })),
    flags: r.flags.map((f) => f.kind),
  };
}
