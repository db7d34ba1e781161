import { describe, expect, it } from 'vitest';
import type { Diagram } from '../content/schemas';
import { ELEMENT_KINDS, STRIDE } from '../frameworks/ids';
import { elementIndex, kindName, kindNamePlural, modelElements, strideApplies, strideFor } from './elements';

const diagram: Diagram = {
  elements: [
    { id: 'users', kind: 'external-entity', label: 'Users', description: 'People.', x: 10, y: 10 },
    { id: 'api', kind: 'process', label: 'Scoring API', description: 'Serves.', x: 200, y: 10 },
    { id: 'db', kind: 'data-store', label: 'Feature store', description: 'Features.', x: 400, y: 10 },
  ],
  flows: [
    { id: 'request', from: 'users', to: 'api', label: 'Request' },
    { id: 'dangling', from: 'api', to: 'ghost', label: 'To nowhere' },
  ],
  boundaries: [],
};

describe('kindName', () => {
  it('names each element kind for people', () => {
    expect(ELEMENT_KINDS.map(kindName)).toEqual(['External entity', 'Process', 'Data store', 'Data flow']);
    // Issue 19, item 4: the picker's groups read "External entitys" and "Processs".
    expect(ELEMENT_KINDS.map(kindNamePlural)).toEqual(['External entities', 'Processes', 'Data stores', 'Data flows']);
  });
});

describe('modelElements', () => {
  it('lists the nodes in diagram order, then the flows as data-flow elements', () => {
    expect(modelElements(diagram)).toEqual([
      { id: 'users', kind: 'external-entity', label: 'Users', description: 'People.' },
      { id: 'api', kind: 'process', label: 'Scoring API', description: 'Serves.' },
      { id: 'db', kind: 'data-store', label: 'Feature store', description: 'Features.' },
      { id: 'request', kind: 'data-flow', label: 'Request', description: 'From Users to Scoring API.' },
      // An end that is not a node of the diagram is named by its ID.
      { id: 'dangling', kind: 'data-flow', label: 'To nowhere', description: 'From Scoring API to ghost.' },
    ]);
  });

  it('gives an empty diagram no elements', () => {
    expect(modelElements({ elements: [], flows: [], boundaries: [] })).toEqual([]);
  });
});

describe('elementIndex', () => {
  it('finds nodes and flows by ID, and nothing for an unknown ID', () => {
    const index = elementIndex(diagram);
    expect([...index.keys()]).toEqual(['users', 'api', 'db', 'request', 'dangling']);
    expect(index.get('request')?.kind).toBe('data-flow');
    expect(index.get('db')?.label).toBe('Feature store');
    expect(index.get('ghost')).toBeUndefined();
  });
});

describe('STRIDE per element', () => {
  // Microsoft's STRIDE-per-element table (shared/reference/frameworks.md): external entity S R;
  // process S T R I D E; data store T R I D; data flow T I D.
  const table = {
    'external-entity': ['Spoofing', 'Repudiation'],
    process: [...STRIDE],
    'data-store': ['Tampering', 'Repudiation', 'Information disclosure', 'Denial of service'],
    'data-flow': ['Tampering', 'Information disclosure', 'Denial of service'],
  };

  it('lists the categories of each kind, in STRIDE order', () => {
    for (const kind of ELEMENT_KINDS) expect(strideFor(kind), kind).toEqual(table[kind]);
  });

  it('says whether each of the 24 kind × category pairs applies', () => {
    for (const kind of ELEMENT_KINDS) {
      for (const stride of STRIDE) {
        expect(strideApplies(kind, stride), `${kind} × ${stride}`).toBe(table[kind].includes(stride));
      }
    }
    // 2 + 6 + 4 + 3 pairs apply.
    expect(ELEMENT_KINDS.flatMap((k) => STRIDE.filter((s) => strideApplies(k, s)))).toHaveLength(15);
  });
});
