import { describe, expect, it } from 'vitest';
import { fromQuery, overDefaults, toQuery } from './query';

const defaults = { attack: 'pgd', epsilon: '0.1', seed: '1' };

describe('toQuery and fromQuery', () => {
  it('writes only the fields that differ from the defaults, and reads them back over the defaults', () => {
    const q = toQuery({ attack: 'fgsm', epsilon: '0.1', seed: '7' }, defaults);
    expect(q).toBe('?attack=fgsm&seed=7');
    expect(fromQuery(q, defaults)).toEqual({ attack: 'fgsm', epsilon: '0.1', seed: '7' });
    expect(toQuery(defaults, defaults)).toBe('');
  });
  it('keeps a bad value as typed (the lab’s parser words it later) and ignores fields the form lacks', () => {
    expect(fromQuery('?epsilon=-1&colour=red', defaults)).toEqual({ attack: 'pgd', epsilon: '-1', seed: '1' });
    expect(fromQuery('?colour=red', defaults)).toBeNull();
    expect(fromQuery('', defaults)).toBeNull();
  });
  it('round-trips characters that need escaping, and cuts a value at 200 characters', () => {
    const v = { attack: 'a&b=c d', epsilon: '0.1', seed: '1' };
    expect(fromQuery(toQuery(v, defaults), defaults)).toEqual(v);
    expect(fromQuery(`?seed=${'9'.repeat(500)}`, defaults)?.seed).toHaveLength(200);
  });
});

describe('overDefaults', () => {
  it('puts saved strings over the defaults and ignores other keys and values that are not strings', () => {
    expect(overDefaults({ attack: 'fgsm', seed: 3, colour: 'red' }, defaults)).toEqual({
      attack: 'fgsm',
      epsilon: '0.1',
      seed: '1',
    });
  });
});
