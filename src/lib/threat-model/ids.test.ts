import { describe, expect, it } from 'vitest';
import { stableUuid } from './ids';

const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stableUuid', () => {
  it('makes stable UUID-shaped IDs', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(stableUuid('a')).toMatch(UUID_V4_SHAPE);
  });

  it('starts with the standard 32-bit FNV-1a hash of the key', () => {
    // The first seed is FNV-1a's offset basis, so the first group is plain FNV-1a. Expected values:
    // the FNV test vectors of Fowler, Noll and Vo (FNV-1a 32: "a" → e40c292c, "foobar" → bf9cf968).
    expect(stableUuid('a').slice(0, 8)).toBe('e40c292c');
    expect(stableUuid('foobar').slice(0, 8)).toBe('bf9cf968');
  });

  it('gives the empty key the four seeds themselves, with the version and variant nibbles set', () => {
    // By hand: hashing nothing leaves each hash at its seed, so the 32 hex digits are
    // 811c9dc5 050c5d1f 2f1b3d7e 6a09e667. Digit 12 ("5") gives way to the version "4"; digit 16
    // ("2") becomes (2 & 3) | 8 = a, the RFC 4122 variant.
    expect(stableUuid('')).toBe('811c9dc5-050c-4d1f-af1b-3d7e6a09e667');
  });

  it('keeps 2,000 related keys apart and every one UUID-shaped', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `scenario/threat/${i}/api/Model extraction`);
    const ids = keys.map(stableUuid);
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(UUID_V4_SHAPE);
  });
});
