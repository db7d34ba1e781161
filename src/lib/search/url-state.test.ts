import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from './url-state';

describe('search state in the address', () => {
  it('reads the query and the type filters', () => {
    expect(readSearchState('?q=model+stealing&type=career&type=skill')).toEqual({
      query: 'model stealing',
      types: ['career', 'skill'],
    });
    expect(readSearchState('?type=skill,career')).toEqual({ query: '', types: ['career', 'skill'] });
  });
  it('drops unknown types and tolerates junk', () => {
    // A malformed escape becomes U+FFFD, as URLSearchParams decodes it.
    expect(readSearchState('?type=admin&type=__proto__&q=%E0%A4%A')).toEqual({ query: '\ufffd%A', types: [] });
    expect(readSearchState('')).toEqual({ query: '', types: [] });
    expect(readSearchState('?q=' + 'a'.repeat(5000)).query).toHaveLength(1000);
  });
  it('writes the canonical form and round-trips', () => {
    const state = { query: 'AML.T0024.002 & co', types: ['skill', 'career'] as const };
    const written = writeSearchState({ query: state.query, types: [...state.types] });
    expect(written).toBe('?q=AML.T0024.002+%26+co&type=career&type=skill');
    expect(readSearchState(written)).toEqual({ query: 'AML.T0024.002 & co', types: ['career', 'skill'] });
    expect(writeSearchState({ query: '', types: [] })).toBe('');
  });
});
