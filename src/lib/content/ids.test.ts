/** The file-name convention: which ID a content file must declare (worked examples). */
import { describe, expect, it } from 'vitest';
import { atlasFileStem, expectedId } from './ids';

describe('atlasFileStem', () => {
  it('lower-cases and turns dots into dashes', () => {
    expect(atlasFileStem('AML.T0024.002')).toBe('aml-t0024-002');
    expect(atlasFileStem('AML.M0004')).toBe('aml-m0004');
    expect(atlasFileStem('already-a-stem')).toBe('already-a-stem');
    expect(atlasFileStem('')).toBe('');
  });
});

describe('expectedId', () => {
  it('expects an ATLAS file to declare the ID its name spells, in ATLAS case', () => {
    expect(expectedId('techniques', 'aml-t0024-002', { id: 'AML.T0024.002' })).toBe('AML.T0024.002');
    expect(expectedId('mitigations', 'aml-m0004', { id: 'AML.M0004' })).toBe('AML.M0004');
  });

  it('falls back to the file stem when the declared ATLAS ID does not match it', () => {
    expect(expectedId('techniques', 'aml-t0010', { id: 'AML.T0020' })).toBe('aml-t0010');
    expect(expectedId('techniques', 'aml-t0010', { id: 42 })).toBe('aml-t0010');
    expect(expectedId('mitigations', 'aml-m0004', {})).toBe('aml-m0004');
  });

  it('expects every other collection to declare its path as the ID, questions with their folder', () => {
    expect(expectedId('careers', 'ai-red-teamer', { id: 'something-else' })).toBe('ai-red-teamer');
    expect(expectedId('questions', 'fraud-api-cloning/respond', {})).toBe('fraud-api-cloning/respond');
    expect(expectedId('scenarios', 'fraud-api-cloning', { id: 'FRAUD-API-CLONING' })).toBe('fraud-api-cloning');
  });
});
