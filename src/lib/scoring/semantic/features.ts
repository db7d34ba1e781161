/**
 * The figures the semantic scorer's fitted model reads, from an answer's claim units and their
 * embeddings. Each is explained where it is computed; all are plain numbers so the model, the
 * calibration report and the learner's explanation can show them.
 */
import { dot } from './embedder';
import type { BankConcept, ClaimBank, QuestionBank } from './bank';
import { dismissesAll, negates, polarity } from './polarity';
import type { Unit } from './units';

export const FEATURES = [
  'support',
  'covered',
  'strongest',
  'focus',
  'depth',
  'lexical',
  'misconception',
  'relevance',
  'copy',
  'repetition',
  'cohesion',
  'disorder',
  'orderBreaks',
  'length',
  'rejected',
  'dismissed',
  'hidden',
  'graderInstruction',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

/** A unit that matched a reference claim of its own polarity within this much of its best match counts as put forward. */
export const POLARITY_SLACK = 0.06;
/** Cosines are mapped to 0–1 credit between these (see `credit`). */
export const SIM_FLOOR = 0.45;
export const SIM_FULL = 0.75;
/** A concept counts as covered at this credit. */
export const COVERED = 0.5;
/**
 * A unit asserts a misconception when it is at least this close to it and closer by MISCONCEPTION_MARGIN
 * than to any reference claim. Sentence embeddings put honest claims within 0.56–0.75 of a
 * misconception (measured on the tuning sets), so only a close match is named to the learner and caps
 * the level; the margin over the reference claims is a figure the fitted model weighs.
 */
export const MISCONCEPTION_MIN = 0.8;
export const MISCONCEPTION_MARGIN = 0.05;
/** A unit counts towards depth when its closest concept is at least this close. */
export const DEPTH_MIN = 0.6;
/** A unit is read as evidence for focus when its best concept is at least this close. */
export const FOCUS_MIN = 0.5;
/** Units of the answer read for relevance (its most on-question ones). */
export const RELEVANCE_TOP = 5;
/** Word n-grams compared with the question, briefing and strategy. */
export const COPY_N = 5;
/** Two units this close are the same claim said twice. */
export const DUPLICATE_SIM = 0.95;

export const credit = (sim: number) => Math.min(1, Math.max(0, (sim - SIM_FLOOR) / (SIM_FULL - SIM_FLOOR)));

export interface EmbeddedUnit extends Unit {
  vec: Float32Array;
  negative: boolean;
  /** Rejected by a closing dismissal of everything before it. */
  dismissed: boolean;
}

export interface ConceptMatch {
  id: string;
  label: string;
  weight: number;
  why?: string;
  /** Best cosine of a unit that puts the idea forward, and its unit index (−1: none). */
  sim: number;
  unit: number;
  /** The reference claim it came closest to. */
  claim: string;
  /** Best cosine of a unit that names the idea only to reject it, and its unit index. */
  rejectedSim: number;
  rejectedUnit: number;
}

export interface MisconceptionMatch {
  claim: string;
  why: string;
  cap: number;
  sim: number;
  unit: number;
}

/** Marks polarity and a closing dismissal on embedded units. */
export function withPolarity(units: readonly (Unit & { vec: Float32Array })[]): EmbeddedUnit[] {
  const dismissAt = units.findIndex((u, i) => i > 0 && dismissesAll(u.text, i >= units.length - 2));
  return units.map((u, i) => ({
    ...u,
    negative: polarity(u.text).negative,
    dismissed: dismissAt >= 0 && i <= dismissAt,
  }));
}

function matchConcept(units: EmbeddedUnit[], concept: BankConcept): ConceptMatch {
  const m: ConceptMatch = {
    id: concept.id,
    label: concept.label,
    weight: concept.weight,
    ...(concept.why ? { why: concept.why } : {}),
    sim: 0,
    unit: -1,
    claim: '',
    rejectedSim: 0,
    rejectedUnit: -1,
  };
  units.forEach((u, i) => {
    let best = -1;
    let bestClaim = '';
    let bestSame = -1;
    for (const c of concept.claims) {
      const s = dot(u.vec, c.vec);
      if (s > best) {
        best = s;
        bestClaim = c.text;
      }
      if (c.negative === u.negative && s > bestSame) bestSame = s;
    }
    const rejected = u.dismissed || (u.negative && bestSame < best - POLARITY_SLACK);
    if (rejected) {
      if (best > m.rejectedSim) {
        m.rejectedSim = best;
        m.rejectedUnit = i;
      }
    } else if (best > m.sim) {
      m.sim = best;
      m.unit = i;
      m.claim = bestClaim;
    }
  });
  return m;
}

/** The misconceptions the answer asserts, and the largest margin by which a unit is closer to one than to any reference claim. */
function matchMisconceptions(units: EmbeddedUnit[], q: QuestionBank): { strong: MisconceptionMatch[]; margin: number } {
  const strong: MisconceptionMatch[] = [];
  let margin = 0;
  const nearestRight = units.map((u) =>
    Math.max(...q.concepts.flatMap((c) => c.claims.map((c2) => dot(u.vec, c2.vec)))),
  );
  const denied = units.map((u) => negates(u.text));
  for (const mis of q.misconceptions) {
    let best = 0;
    let unit = -1;
    const misNegated = negates(mis.text);
    units.forEach((u, i) => {
      if (u.dismissed || u.negative || denied[i] !== misNegated) return;
      const s = dot(u.vec, mis.vec);
      margin = Math.max(margin, s - nearestRight[i]);
      if (s >= MISCONCEPTION_MIN && s >= nearestRight[i] + MISCONCEPTION_MARGIN && s > best) {
        best = s;
        unit = i;
      }
    });
    if (unit >= 0) strong.push({ claim: mis.text, why: mis.why, cap: mis.cap, sim: best, unit });
  }
  return { strong, margin };
}

/** Units that say something close to one of the ideas, per idea of the rubric (at most 2): explanation, not only naming. */
export function depth(units: EmbeddedUnit[], q: QuestionBank): number {
  const close = units.filter(
    (u) => !u.dismissed && q.concepts.some((c) => c.claims.some((cl) => dot(u.vec, cl.vec) >= DEPTH_MIN)),
  ).length;
  return Math.min(2, close / Math.max(1, q.concepts.length)) / 2;
}

/**
 * How squarely the answer's claims each address one idea: the mean, over units close to some
 * concept, of the gap between their closest concept and the next. A sentence that strings
 * together nouns of several ideas ("the refund tool spotlights the embeddings so the Markdown
 * cannot be retrieved") sits near all of them and close to none.
 */
export function focus(units: EmbeddedUnit[], q: QuestionBank): number {
  let sum = 0;
  let n = 0;
  for (const u of units) {
    const sims = q.concepts.map((c) => Math.max(...c.claims.map((cl) => dot(u.vec, cl.vec)))).sort((a, b) => b - a);
    if (sims[0] < FOCUS_MIN) continue;
    sum += sims[0] - (sims[1] ?? 0);
    n++;
  }
  return n ? sum / n : 0;
}

/** Mean of the answer's RELEVANCE_TOP best unit similarities to a question's reference claims. */
function questionSim(units: EmbeddedUnit[], q: QuestionBank): number {
  if (!units.length) return 0;
  const best = units
    .map((u) => Math.max(...q.concepts.flatMap((c) => c.claims.map((cl) => dot(u.vec, cl.vec)))))
    .sort((a, b) => b - a)
    .slice(0, RELEVANCE_TOP);
  return best.reduce((a, b) => a + b, 0) / best.length;
}

export interface Relevance {
  own: number;
  /** The other question the answer is closest to, and how close. */
  nearest: string | null;
  nearestSim: number;
}

export function relevance(units: EmbeddedUnit[], bank: ClaimBank, q: string): Relevance {
  const own = bank.questions.find((x) => x.q === q);
  let nearest: string | null = null;
  let nearestSim = -1;
  for (const other of bank.questions) {
    if (other.q === q) continue;
    const s = questionSim(units, other);
    if (s > nearestSim) {
      nearestSim = s;
      nearest = other.q;
    }
  }
  return { own: own ? questionSim(units, own) : 0, nearest, nearestSim: Math.max(0, nearestSim) };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the answer's word n-grams that appear in any of the sources. */
export function copyShare(answer: string, sources: readonly string[]): number {
  const a = words(answer);
  if (a.length < COPY_N) return 0;
  const known = new Set<string>();
  for (const s of sources) {
    const w = words(s);
    for (let i = 0; i + COPY_N <= w.length; i++) known.add(w.slice(i, i + COPY_N).join(' '));
  }
  let hit = 0;
  const total = a.length - COPY_N + 1;
  for (let i = 0; i < total; i++) if (known.has(a.slice(i, i + COPY_N).join(' '))) hit++;
  return hit / total;
}

/** Share of units that repeat an earlier one, or of word trigrams seen before, whichever is larger. */
export function repetition(units: EmbeddedUnit[], text: string): number {
  let dup = 0;
  units.forEach((u, i) => {
    for (let j = 0; j < i; j++) {
      if (dot(u.vec, units[j].vec) >= DUPLICATE_SIM) {
        dup++;
        return;
      }
    }
  });
  const w = words(text);
  const grams = new Set<string>();
  let total = 0;
  for (let i = 0; i + 3 <= w.length; i++) {
    grams.add(w.slice(i, i + 3).join(' '));
    total++;
  }
  const gramRepeat = total >= 12 ? 1 - grams.size / total : 0;
  return Math.max(units.length ? dup / units.length : 0, gramRepeat);
}

/**
 * How much closer neighbouring units are than any two units: a written argument moves from one
 * point to the next, a shuffled one jumps. 0 with fewer than four units.
 */
export function cohesion(units: EmbeddedUnit[]): number {
  if (units.length < 4) return 0;
  let adj = 0;
  for (let i = 1; i < units.length; i++) adj += dot(units[i].vec, units[i - 1].vec);
  adj /= units.length - 1;
  let all = 0;
  let n = 0;
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      all += dot(units[i].vec, units[j].vec);
      n++;
    }
  return adj - all / n;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'our', 'their', 'each', 'every', 'my']);
const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'into', 'than']);
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'can',
  'will',
  'would',
  'should',
  'must',
  'does',
]);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'so', 'because']);
/** Words that start a sentence but are never capitalised inside one. */
const SENTENCE_OPENERS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  'then',
  'while',
  'if',
  'when',
  'that',
  'it',
  'we',
  'they',
  'there',
  'first',
  'also',
]);

/**
 * Signs of words out of order, per ten words: pairs English does not put side by side ("the of",
 * "of to", "and and", a unit ending in "the"), and sentence-opening words capitalised in the
 * middle of a sentence ("… the refund The and …"). Words shuffled within sentences score high,
 * written text near 0.
 */
export function disorder(units: readonly Unit[]): number {
  let bad = 0;
  let total = 0;
  for (const u of units) {
    const cased = u.text.match(/[\p{L}\p{N}]+|[.!?;:]/gu) ?? [];
    const w: string[] = [];
    cased.forEach((tok, i) => {
      if (/^[.!?;:]$/.test(tok)) return;
      const lower = tok.toLowerCase();
      const prev = cased[i - 1];
      // "tenant A" is a name, so single letters do not count.
      if (
        i > 0 &&
        prev !== undefined &&
        !/^[.!?;:]$/.test(prev) &&
        /^\p{Lu}\p{Ll}+$/u.test(tok) &&
        SENTENCE_OPENERS.has(lower)
      )
        bad++;
      w.push(lower);
    });
    total += w.length;
    for (let i = 0; i < w.length; i++) {
      const a = w[i];
      const b = w[i + 1];
      const det = DETERMINERS.has(a);
      const prep = PREPOSITIONS.has(a);
      const conj = CONJUNCTIONS.has(a);
      if (!det && !prep && !conj) continue;
      if (b === undefined) {
        if (det || prep) bad++;
      } else if (det && (DETERMINERS.has(b) || PREPOSITIONS.has(b) || AUXILIARIES.has(b) || CONJUNCTIONS.has(b))) bad++;
      else if (prep && (PREPOSITIONS.has(b) || AUXILIARIES.has(b) || CONJUNCTIONS.has(b))) bad++;
      else if (conj && CONJUNCTIONS.has(b)) bad++;
    }
  }
  return total ? (10 * bad) / total : 0;
}

const OPENERS_NEEDING_CONTEXT =
  /^(?:then|that|this|those|these|it|so|also|finally|second|secondly|third|lastly|next|after that|which|they|once|thus|hence|therefore|otherwise|instead|meanwhile)\b/i;
const FIRST = /^(?:first|firstly|to start|to begin|start by|step 1|1[.)]|\(1\))/i;
const LATER = /^(?:then|second|secondly|third|finally|lastly|next|after that|step [2-9]|[2-9][.)]|\([2-9]\))/i;
const ORDINAL = /^(?:\(?([1-9])[.)]|step ([1-9])\b)/i;

/**
 * Signs that sentences were put out of order: the answer opens mid-thought ("That lets them…",
 * "Then suspend…"), "first" comes after "then" or "finally", or numbered points run backwards.
 */
export function orderBreaks(units: readonly Unit[]): number {
  if (units.length < 3) return 0;
  const first = units[0].text.trim();
  let breaks = OPENERS_NEEDING_CONTEXT.test(first) || /\btherefore\b/i.test(first) ? 1 : 0;
  let seenLater = false;
  let lastNumber = 0;
  for (const u of units) {
    const t = u.text.trim();
    if (LATER.test(t)) seenLater = true;
    else if (FIRST.test(t) && seenLater) breaks++;
    const n = ORDINAL.exec(t);
    if (n) {
      const k = Number(n[1] ?? n[2]);
      if (k < lastNumber) breaks++;
      lastNumber = k;
    }
  }
  return breaks;
}

const GRADER =
  /\b(?:give|award|assign|grant)\b[^.\n]{0,40}\b(?:full|maximum|max|top|highest|perfect)\s+(?:marks?|score|points|grade)|\b(?:score|grade|mark|rate)\s+this\b[^.\n]{0,30}\b(?:4|four|100|full|highest|top)\b|\bthis answer (?:deserves|should (?:get|receive|be given))\b|\b(?:ignore|disregard)\b[^.\n]{0,30}\b(?:rubric|grading|scoring|marking)\b|\bnote to (?:the )?(?:grader|marker|examiner|evaluator)\b/i;

export function graderInstruction(text: string): boolean {
  return GRADER.test(text);
}

export interface FeatureInput {
  units: EmbeddedUnit[];
  text: string;
  bank: ClaimBank;
  q: string;
  lexical: number;
  sources: readonly string[];
  hidden: boolean;
}

export interface FeatureResult {
  features: Features;
  concepts: ConceptMatch[];
  misconceptions: MisconceptionMatch[];
  relevance: Relevance;
}

export function computeFeatures(input: FeatureInput): FeatureResult {
  const qb = input.bank.questions.find((x) => x.q === input.q);
  if (!qb) throw new Error(`the claim bank has no question "${input.q}"`);
  const units = input.units;
  const concepts = qb.concepts.map((c) => matchConcept(units, c));
  const total = concepts.reduce((s, c) => s + c.weight, 0) || 1;
  const support = concepts.reduce((s, c) => s + c.weight * credit(c.sim), 0) / total;
  const covered = concepts.reduce((s, c) => s + (credit(c.sim) >= COVERED ? c.weight : 0), 0) / total;
  const strongest = Math.max(0, ...concepts.map((c) => credit(c.sim)));
  const mis = matchMisconceptions(units, qb);
  const misconceptions = mis.strong;
  const rel = relevance(units, input.bank, input.q);
  const nWords = words(input.text).length;
  const features: Features = {
    support,
    covered,
    strongest,
    focus: focus(units, qb),
    depth: depth(units, qb),
    lexical: input.lexical / 100,
    misconception: Math.max(0, mis.margin),
    relevance: rel.own - rel.nearestSim,
    copy: copyShare(input.text, input.sources),
    repetition: repetition(units, input.text),
    cohesion: cohesion(units),
    disorder: disorder(units),
    orderBreaks: orderBreaks(units),
    length: Math.min(1, Math.log1p(nWords) / Math.log1p(300)),
    rejected: units.length ? units.filter((u) => u.dismissed || u.negative).length / units.length : 0,
    dismissed: units.some((u) => u.dismissed) ? 1 : 0,
    hidden: input.hidden ? 1 : 0,
    graderInstruction: graderInstruction(input.text) ? 1 : 0,
  };
  return { features, concepts, misconceptions, relevance: rel };
}

export function featureVector(f: Features): number[] {
  return FEATURES.map((k) => f[k]);
}
