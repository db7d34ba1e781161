/**
 * What an attempt keeps of a semantic score, so the level and its explanation survive a reload:
 * the result without the raw features, validated like everything read back from storage.
 */
import { z } from 'zod';
import { MAX_ANSWER_CHARS } from '../validate';
import { SEMANTIC_FLAGS } from './flags';
import type { SemanticResult } from './score';

const span = z.strictObject({
  start: z.number().int().min(0).max(MAX_ANSWER_CHARS),
  end: z.number().int().min(0).max(MAX_ANSWER_CHARS),
  text: z.string().max(MAX_ANSWER_CHARS),
});
const short = (max = 2000) => z.string().max(max);

export const semanticReportSchema = z.strictObject({
  method: z.literal('semantic'),
  q: short(200),
  score: z.number().int().min(0).max(100).nullable(),
  level: z.number().int().min(0).max(4).nullable(),
  probabilities: z.array(z.number().min(0).max(1)).max(5),
  concepts: z
    .array(
      z.strictObject({
        id: short(100),
        label: short(),
        weight: z.number().min(0).max(10),
        why: short().optional(),
        credit: z.number().min(0).max(1),
        credited: z.boolean(),
        evidence: span.nullable(),
        closestReference: short().nullable(),
        rejected: span.nullable(),
      }),
    )
    .max(30),
  misconceptions: z
    .array(
      z.strictObject({
        claim: short(),
        why: short(),
        cap: z.number().int().min(1).max(3),
        sim: z.number(),
        evidence: span,
      }),
    )
    .max(20),
  flags: z.array(z.strictObject({ kind: z.enum(SEMANTIC_FLAGS), message: short(4000) })).max(20),
  caps: z.array(z.strictObject({ reason: short(4000), level: z.number().int().min(0).max(4) })).max(20),
  words: z.number().int().min(0),
  units: z.number().int().min(0),
});
export type SemanticReport = z.infer<typeof semanticReportSchema>;

export function reportOf(r: SemanticResult): SemanticReport {
  const { features: _features, ...rest } = r;
  return rest;
}
