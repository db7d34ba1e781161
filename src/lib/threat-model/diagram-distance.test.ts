import { describe, expect, it } from 'vitest';
import { diagramDistance, PLACEMENT_CREDIT } from './diagram-distance';

// a --f1--> b --f2--> c --f3--> d, and e on its own. Hops worked by hand on this chain.
const diagram = {
  elements: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'process' as const, label: id, x: 0, y: 0 })),
  flows: [
    { id: 'f1', from: 'a', to: 'b', label: 'f1' },
    { id: 'f2', from: 'b', to: 'c', label: 'f2' },
    { id: 'f3', from: 'c', to: 'd', label: 'f3' },
  ],
};
const d = diagramDistance(diagram);

describe('diagramDistance', () => {
  it('counts hops through the flows between elements', () => {
    expect(d.hops('a', 'a')).toBe(0);
    expect(d.hops('a', 'f1')).toBe(1);
    expect(d.hops('a', 'b')).toBe(2);
    expect(d.hops('f1', 'f2')).toBe(2);
    expect(d.hops('a', 'f2')).toBe(3);
    expect(d.hops('f1', 'f3')).toBe(Infinity); // 4 hops: beyond what is credited
    expect(d.hops('a', 'e')).toBe(Infinity);
    expect(d.hops('a', 'ghost')).toBe(Infinity);
  });

  it('names the placements of issue 12, and they are symmetric', () => {
    expect(d.placement('b', 'b')).toBe('same');
    expect(d.placement('b', 'f2')).toBe('touching');
    expect(d.placement('f2', 'b')).toBe('touching');
    expect(d.placement('b', 'c')).toBe('joined');
    expect(d.placement('b', 'f3')).toBe('near');
    expect(d.placement('a', 'd')).toBe('elsewhere');
  });

  it('gives credit that falls with distance, to nothing elsewhere', () => {
    const credits = (['same', 'touching', 'joined', 'near', 'elsewhere'] as const).map((p) => PLACEMENT_CREDIT[p]);
    expect(credits).toEqual([...credits].sort((x, y) => y - x));
    expect(credits[0]).toBe(1);
    expect(credits[4]).toBe(0);
  });
});
