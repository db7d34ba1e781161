/**
 * How far apart two places on a data-flow diagram are, for crediting a threat placed next to
 * where the reference puts it (issue 12: an expert who files extraction on the request flow
 * rather than the API process is right). The graph's nodes are the elements and the flows; a
 * flow is joined to the two elements it connects. So, in hops:
 * 0 the same element or flow; 1 a flow touching the element; 2 two elements joined by a flow,
 * or two flows sharing an element; 3 one step further.
 */

export type Placement = 'same' | 'touching' | 'joined' | 'near' | 'elsewhere';

/** Credit for a threat placed `hops` away from the reference's place. */
export const PLACEMENT_CREDIT: Record<Placement, number> = {
  same: 1,
  touching: 0.9,
  joined: 0.7,
  near: 0.35,
  elsewhere: 0,
};

const PLACEMENT_BY_HOPS: Placement[] = ['same', 'touching', 'joined', 'near'];

export interface DiagramDistance {
  /** Hops between two element or flow IDs; Infinity when unconnected or unknown. */
  hops(a: string, b: string): number;
  placement(a: string, b: string): Placement;
}

/** The parts of a scenario's diagram the distances need. */
export interface DiagramGraph {
  elements: readonly { id: string }[];
  flows: readonly { id: string; from: string; to: string }[];
}

export function diagramDistance(diagram: DiagramGraph): DiagramDistance {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const e of diagram.elements) neighbours.set(e.id, neighbours.get(e.id) ?? new Set());
  for (const f of diagram.flows) {
    for (const end of [f.from, f.to]) {
      link(f.id, end);
      link(end, f.id);
    }
  }
  const cache = new Map<string, Map<string, number>>();
  const from = (start: string) => {
    let dist = cache.get(start);
    if (dist) return dist;
    dist = new Map([[start, 0]]);
    const queue = [start];
    // Only distances up to the last credited placement matter.
    while (queue.length) {
      const node = queue.shift()!;
      const d = dist.get(node)!;
      if (d >= PLACEMENT_BY_HOPS.length - 1) continue;
      for (const next of neighbours.get(node) ?? []) {
        if (!dist.has(next)) {
          dist.set(next, d + 1);
          queue.push(next);
        }
      }
    }
    cache.set(start, dist);
    return dist;
  };
  const hops = (a: string, b: string) => {
    if (!neighbours.has(a) || !neighbours.has(b)) return Infinity;
    return from(a).get(b) ?? Infinity;
  };
  return { hops, placement: (a, b) => PLACEMENT_BY_HOPS[hops(a, b)] ?? 'elsewhere' };
}
