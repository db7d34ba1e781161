/**
 * Compiles a question's rubric once into what the matcher needs: every phrase as a list of
 * stems, the question's own word sequences (to recognise an answer that pastes it back) and
 * the vocabulary that counts as on topic. Compiled rubrics are cached per question object.
 */
import type { Question, RubricConcept } from '../content/schemas';
import { DOMAIN_WORDS, NEGATION_CUES } from './lexicon';
import { tokenise } from './tokenise';
import { stemWord } from './stem';

/** The parts of a question the scorer reads (a subset of the content schema's Question). */
export type ScorableQuestion = Pick<Question, 'id' | 'prompt' | 'followUps' | 'title'> & {
  rubric: { concepts: readonly Pick<RubricConcept, 'id' | 'label' | 'weight' | 'phrases' | 'why'>[] };
} & Partial<Pick<Question, 'strategy' | 'levels'>>;

export interface CompiledPhrase {
  text: string;
  /** Stems of the phrase's content words, in order. */
  stems: string[];
  /** The phrase itself carries a negation ("do not return probabilities"), so its match is not rejected. */
  negative: boolean;
}

export interface CompiledConcept {
  id: string;
  label: string;
  weight: number;
  why?: string;
  phrases: CompiledPhrase[];
}

export interface CompiledRubric {
  questionId: string;
  concepts: CompiledConcept[];
  totalWeight: number;
  /** N-grams (ECHO_N words, joined by spaces) of the question's prompt, title and follow-ups. */
  questionGrams: Set<string>;
  /** Stems that count as on topic: the question's own words and the general ML security vocabulary. */
  domain: Set<string>;
}

/** Length of the word sequences compared with the question: four words copied in a row is an echo. */
export const ECHO_N = 4;

export function compilePhrase(text: string): CompiledPhrase {
  const tokens = tokenise(text);
  const content = tokens.filter((t) => !t.stop);
  const used = content.length > 0 ? content : tokens;
  return { text, stems: used.map((t) => t.stem), negative: tokens.some((t) => NEGATION_CUES.has(t.word)) };
}

/** The n-grams of stems in a text, used to find runs copied from the question. */
export function stemGrams(text: string, n = ECHO_N): Set<string> {
  const stems = tokenise(text).map((t) => t.stem);
  const grams = new Set<string>();
  for (let i = 0; i + n <= stems.length; i++) grams.add(stems.slice(i, i + n).join(' '));
  return grams;
}

let baseDomain: Set<string> | undefined;
function domainBase(): Set<string> {
  baseDomain ??= new Set(DOMAIN_WORDS.map(stemWord));
  return baseDomain;
}

const cache = new WeakMap<object, CompiledRubric>();

export function compileRubric(question: ScorableQuestion): CompiledRubric {
  const hit = cache.get(question);
  if (hit) return hit;
  const concepts = question.rubric.concepts.map((c) => ({
    id: c.id,
    label: c.label,
    weight: c.weight,
    why: c.why,
    phrases: [...new Set(c.phrases)].map(compilePhrase).filter((p) => p.stems.length > 0),
  }));
  const questionText = [question.title, question.prompt, ...(question.followUps ?? [])].join('\n');
  const questionGrams = new Set<string>();
  for (const part of [question.title, question.prompt, ...(question.followUps ?? [])]) {
    for (const g of stemGrams(part)) questionGrams.add(g);
  }
  const domain = new Set(domainBase());
  const ownWords = [
    questionText,
    ...question.rubric.concepts.flatMap((c) => [c.label, ...c.phrases]),
    question.strategy?.summary ?? '',
    ...(question.strategy?.points ?? []),
  ].join('\n');
  for (const t of tokenise(ownWords)) if (!t.stop) domain.add(t.stem);
  const compiled: CompiledRubric = {
    questionId: question.id,
    concepts,
    totalWeight: concepts.reduce((s, c) => s + c.weight, 0),
    questionGrams,
    domain,
  };
  cache.set(question, compiled);
  return compiled;
}
