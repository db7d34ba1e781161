/**
 * The claim bank: every question's reference claims (per rubric concept) and misconception
 * claims, embedded once. Built in Node at build time (src/pages/models/claims.json.ts) and by the
 * command line; the browser fetches the built file. Vectors are stored as int8 with one scale per
 * vector (a 512-d claim in 516 bytes; cosines move by under 0.01), and both paths read the same
 * dequantised vectors, so the browser and `dojo score` agree to the last point.
 */
import { z } from 'zod';
import { EMBEDDING_DIM, normalise, type Embedder } from './embedder';
import { polarity } from './polarity';
import type { SemanticQuestion } from './types';

export const BANK_FORMAT = 'dojo-claim-bank/1';

export interface BankClaim {
  text: string;
  negative: boolean;
  vec: Float32Array;
}

export interface BankConcept {
  id: string;
  label: string;
  weight: number;
  why?: string;
  claims: BankClaim[];
}

export interface BankMisconception extends BankClaim {
  why: string;
  cap: number;
}

export interface QuestionBank {
  q: string;
  concepts: BankConcept[];
  misconceptions: BankMisconception[];
}

export interface ClaimBank {
  questions: QuestionBank[];
}

/** int8 with a per-vector scale, then back: what both the browser and Node read. */
export function quantise(v: Float32Array): { scale: number; data: Int8Array } {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const data = new Int8Array(v.length);
  for (let i = 0; i < v.length; i++) data[i] = Math.round(v[i] / scale);
  return { scale, data };
}

export function dequantise(scale: number, data: Int8Array): Float32Array {
  const v = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) v[i] = data[i] * scale;
  return normalise(v);
}

function roundTrip(v: Float32Array): Float32Array {
  const q = quantise(v);
  return dequantise(q.scale, q.data);
}

/** The texts a question's bank embeds, in a fixed order. */
function claimTexts(q: SemanticQuestion): string[] {
  return [...q.rubric.concepts.flatMap((c) => [c.label, ...c.claims]), ...q.rubric.misconceptions.map((m) => m.claim)];
}

export async function buildBank(questions: readonly SemanticQuestion[], embedder: Embedder): Promise<ClaimBank> {
  const texts = [...new Set(questions.flatMap(claimTexts))];
  const vectors = await embedder.embed(texts);
  const byText = new Map(texts.map((t, i) => [t, roundTrip(vectors[i])]));
  const claim = (text: string): BankClaim => ({
    text,
    negative: polarity(text).negative,
    vec: byText.get(text) as Float32Array,
  });
  return {
    questions: questions.map((q) => ({
      q: q.id,
      concepts: q.rubric.concepts.map((c) => ({
        id: c.id,
        label: c.label,
        weight: c.weight,
        ...(c.why ? { why: c.why } : {}),
        claims: [c.label, ...c.claims].map(claim),
      })),
      misconceptions: q.rubric.misconceptions.map((m) => ({ ...claim(m.claim), why: m.why, cap: m.cap })),
    })),
  };
}

// --- The file format ------------------------------------------------------------------------

const base64 = {
  encode(bytes: Uint8Array): string {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  },
  decode(text: string): Uint8Array {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  },
};

const fileClaim = z.strictObject({
  text: z.string(),
  negative: z.boolean(),
  scale: z.number().positive(),
  vec: z.string(),
});
const fileSchema = z.strictObject({
  format: z.literal(BANK_FORMAT),
  dim: z.literal(EMBEDDING_DIM),
  questions: z.array(
    z.strictObject({
      q: z.string(),
      concepts: z.array(
        z.strictObject({
          id: z.string(),
          label: z.string(),
          weight: z.number(),
          why: z.string().optional(),
          claims: z.array(fileClaim),
        }),
      ),
      misconceptions: z.array(fileClaim.extend({ why: z.string(), cap: z.number().int().min(1).max(3) })),
    }),
  ),
});

function encodeClaim(c: BankClaim) {
  const q = quantise(c.vec);
  return { text: c.text, negative: c.negative, scale: q.scale, vec: base64.encode(new Uint8Array(q.data.buffer)) };
}

function decodeClaim(c: z.infer<typeof fileClaim>): BankClaim {
  const bytes = base64.decode(c.vec);
  if (bytes.length !== EMBEDDING_DIM)
    throw new Error(`claim "${c.text.slice(0, 40)}" has ${bytes.length} values, not ${EMBEDDING_DIM}`);
  return {
    text: c.text,
    negative: c.negative,
    vec: dequantise(c.scale, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)),
  };
}

export function serialiseBank(bank: ClaimBank): string {
  return JSON.stringify({
    format: BANK_FORMAT,
    dim: EMBEDDING_DIM,
    questions: bank.questions.map((q) => ({
      q: q.q,
      concepts: q.concepts.map((c) => ({ ...c, claims: c.claims.map(encodeClaim) })),
      misconceptions: q.misconceptions.map((m) => ({ ...encodeClaim(m), why: m.why, cap: m.cap })),
    })),
  });
}

export function parseBank(json: unknown): ClaimBank {
  const file = fileSchema.parse(json);
  return {
    questions: file.questions.map((q) => ({
      q: q.q,
      concepts: q.concepts.map((c) => ({ ...c, claims: c.claims.map(decodeClaim) })),
      misconceptions: q.misconceptions.map((m) => ({ ...decodeClaim(m), why: m.why, cap: m.cap })),
    })),
  };
}
