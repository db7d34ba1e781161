import { describe, expect, it } from 'vitest';
import { FEATURES } from './features';
import { fittedModel, parseModel } from './model';

describe('the fitted model file', () => {
  it('was fitted on the features the scorer computes, with ordered cut points', () => {
    const m = fittedModel();
    expect(m.features).toEqual([...FEATURES]);
    for (let k = 1; k < m.cuts.length; k++) expect(m.cuts[k]).toBeGreaterThan(m.cuts[k - 1]);
    expect(m.fittedOn.files.some((f) => f.includes('held-out'))).toBe(false);
  });
  it('refuses a model fitted on other features', () => {
    expect(() => parseModel({ ...fittedModel(), features: ['support'] })).toThrow(/run npm run fit-scorer/);
  });
});
