/**
 * The semantic scorer in Node: the embedder, the claim bank for every question, the fitted model
 * and each scenario's briefing (an answer must not be pasted from it), loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentOrThrow } from '../lib/content/load-from-disk';
import type { Question } from '../lib/content/schemas';
import { buildBank, type ClaimBank } from '../lib/scoring/semantic/bank';
import type { Embedder } from '../lib/scoring/semantic/embedder';
import type { OrdinalModel } from '../lib/scoring/semantic/ordinal';
import { scoreSemantic, type SemanticResult } from '../lib/scoring/semantic/score';
import { findQuestion } from '../lib/scoring/validate';
import { nodeEmbedder } from './embedder';

export interface SemanticService {
  questions: Question[];
  bank: ClaimBank;
  embedder: Embedder;
  briefings: Map<string, string>;
  score(q: string, text: string, model?: OrdinalModel): Promise<SemanticResult>;
}

/** The briefing's words without its frontmatter. */
export function briefingText(mdx: string): string {
  return mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
}

export type SemanticParts = Omit<SemanticService, 'score'>;

let partsLoading: Promise<SemanticParts> | undefined;

/** The content, briefings, embedder and claim bank, without the fitted model (what fit-scorer needs). */
export function semanticServiceParts(root: string): Promise<SemanticParts> {
  partsLoading ??= (async () => {
    const content = loadContentOrThrow(root);
    const questions = content.questions.map((q) => q.data);
    const briefings = new Map(
      content.scenarios.map((s) => [s.data.id, briefingText(readFileSync(join(root, s.file), 'utf8'))]),
    );
    const embedder = await nodeEmbedder();
    const bank = await buildBank(questions, embedder);
    return { questions, bank, embedder, briefings };
  })();
  return partsLoading;
}

let service: Promise<SemanticService> | undefined;

export function semanticService(root: string): Promise<SemanticService> {
  service ??= (async () => {
    const { questions, bank, embedder, briefings } = await semanticServiceParts(root);
    // Imported here so that fit-scorer, which writes model.json, can load the parts without it.
    const { fittedModel } = await import('../lib/scoring/semantic/model');
    return {
      questions,
      bank,
      embedder,
      briefings,
      score(q, text, model = fittedModel()) {
        const question = findQuestion(questions, q);
        const briefing = briefings.get(question.scenario);
        return scoreSemantic(question, text, { bank, embedder, model, sources: briefing ? [briefing] : [] });
      },
    };
  })();
  return service;
}
