/**
 * The fitted aggregation model (model.json), written by `npm run fit-scorer` from the tuning
 * sets only (scripts/tuning-files.ts: never the blind held-out sets). The file records what it
 * was fitted on and its grouped cross-validation.
 */
import { z } from 'zod';
import fitted from './model.json';
import { FEATURES } from './features';
import type { OrdinalModel } from './ordinal';

const modelSchema = z.strictObject({
  classes: z.literal(5),
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  cuts: z.array(z.number()).length(4),
  fittedOn: z.strictObject({ files: z.array(z.string()), answers: z.number().int(), l2: z.number() }),
  crossValidation: z.strictObject({
    groupedBy: z.literal('question'),
    rho: z.number().nullable(),
    perQuestionMin: z.number().nullable(),
  }),
});

export type FittedModel = z.infer<typeof modelSchema> & OrdinalModel;

let cached: FittedModel | undefined;

export function parseModel(json: unknown): FittedModel {
  const m = modelSchema.parse(json);
  if (m.features.join() !== FEATURES.join())
    throw new Error(
      `model.json was fitted on features [${m.features.join(', ')}], the scorer computes [${FEATURES.join(', ')}]: run npm run fit-scorer`,
    );
  if (
    m.mean.length !== m.features.length ||
    m.scale.length !== m.features.length ||
    m.weights.length !== m.features.length
  )
    throw new Error('model.json: mean, scale and weights must have one value per feature');
  return m;
}

export function fittedModel(): FittedModel {
  cached ??= parseModel(fitted);
  return cached;
}
