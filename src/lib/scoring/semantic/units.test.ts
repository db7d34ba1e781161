import { describe, expect, it } from 'vitest';
import { splitUnits, MAX_UNITS } from './units';

describe('splitUnits', () => {
  it('reads each bullet line as a claim, keeping offsets into the original text', () => {
    const text =
      'My plan:\n- Return only the label, not the probability.\n- Cap queries per API key.\n• Watch for sweeps';
    const units = splitUnits(text);
    expect(units.map((u) => u.kind)).toEqual(['sentence', 'bullet', 'bullet', 'bullet']);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
      'My plan:',
      'Return only the label, not the probability.',
      'Cap queries per API key.',
      'Watch for sweeps',
    ]);
  });

  it('splits prose into sentences but not at abbreviations or decimals', () => {
    const text =
      'Use PGD, e.g. with 20 restarts at eps 0.03. Then report robust accuracy; the baseline is 91.5 percent.';
    expect(splitUnits(text).map((u) => u.text)).toEqual([
      'Use PGD, e.g. with 20 restarts at eps 0.03.',
      'Then report robust accuracy;',
      'the baseline is 91.5 percent.',
    ]);
  });

  it('reads "A → B" lines as a relation', () => {
    const [u] = splitUnits('Raw probabilities → fewer queries to clone');
    expect(u.kind).toBe('arrow');
    expect(u.text).toBe('Raw probabilities leads to fewer queries to clone');
  });

  it('joins a fragment too short to be a claim to what follows', () => {
    expect(splitUnits('Two things. Labels only and quotas per key.').map((u) => u.text)).toEqual([
      'Two things. Labels only and quotas per key.',
    ]);
  });

  it('normalises what it reads and stops at MAX_UNITS', () => {
    expect(splitUnits('Do n\u200bot return scores.')[0].text).toBe('Do not return scores.');
    expect(splitUnits('Rate limit every key now. '.repeat(1000))).toHaveLength(MAX_UNITS);
    expect(splitUnits('   \n\n')).toEqual([]);
  });
});
