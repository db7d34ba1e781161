/**
 * Test support: a deterministic stand-in for the sentence model (each text's vector is a hash of
 * its words, so texts sharing words are close), and a question with its claim bank built by it.
 */
import { buildBank, type ClaimBank } from './bank';
import { EMBEDDING_DIM, normalise, type Embedder } from './embedder';
import type { SemanticQuestion } from './types';

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Bag-of-words vectors: one dimension per (hashed) content word longer than three letters. */
export const wordEmbedder: Embedder = {
  async embed(texts) {
    return texts.map((t) => {
      const v = new Float32Array(EMBEDDING_DIM);
      for (const w of t.toLowerCase().match(/[a-z]{4,}/g) ?? []) v[hash(w) % EMBEDDING_DIM] += 1;
      if (v.every((x) => x === 0)) v[0] = 1;
      return normalise(v);
    });
  },
};

export const testQuestion: SemanticQuestion = {
  id: 'fraud-api-cloning/respond',
  scenario: 'fraud-api-cloning',
  title: 'Respond to a suspected clone',
  prompt: 'A competitor seems to have cloned our fraud model through the API. What do you do?',
  followUps: ['How would you prove it?'],
  rubric: {
    concepts: [
      {
        id: 'logs',
        label: 'Query logs',
        weight: 2,
        phrases: ['query logs'],
        claims: [
          'Study the query logs of the suspect account.',
          'Look for sweeps in the query logs.',
          'Logs show extraction sweeps.',
        ],
      },
      {
        id: 'quota',
        label: 'Quotas',
        weight: 1,
        phrases: ['quota'],
        claims: ['Put a daily quota on every client.', 'Quota each client key.', 'Throttle heavy clients with quotas.'],
      },
    ],
    misconceptions: [
      {
        claim: 'Mutual transport encryption prevents cloning completely.',
        why: 'TLS protects the wire, not the answers.',
        cap: 1,
      },
      { claim: 'Obfuscating endpoint paths prevents cloning.', why: 'Clients still see every answer.', cap: 2 },
    ],
  },
  levels: { '1': 'one', '2': 'two', '3': 'three', '4': 'four' },
  strategy: { summary: 'Confirm from the logs, then contain.', points: [] },
};

export async function testBank(): Promise<ClaimBank> {
  return buildBank([testQuestion], wordEmbedder);
}
