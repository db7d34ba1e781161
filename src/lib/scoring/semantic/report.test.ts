import { describe, expect, it } from 'vitest';
import { reportOf, semanticReportSchema } from './report';
import { scoreSemantic } from './score';
import { fittedModel } from './model';
import { testBank, testQuestion, wordEmbedder } from './testing';

describe('the saved report', () => {
  it('is the result without its raw figures, and valid for the attempts store', async () => {
    const r = await scoreSemantic(testQuestion, 'Study the query logs of the suspect account for sweeps.', {
      bank: await testBank(),
      embedder: wordEmbedder,
      model: fittedModel(),
    });
    const report = reportOf(r);
    expect('features' in report).toBe(false);
    expect(semanticReportSchema.parse(report)).toEqual(report);
  });
  it('refuses a tampered report', () => {
    expect(semanticReportSchema.safeParse({ method: 'semantic', score: 101 }).success).toBe(false);
  });
});
