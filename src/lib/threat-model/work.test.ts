import { describe, expect, it } from 'vitest';
import { elementsByKind, takenSuggestions, threatCounts } from './work';
import type { ModelElement } from './elements';

describe('threatCounts', () => {
  it('counts threats per element (counted by hand)', () => {
    const counts = threatCounts([{ element: 'api' }, { element: 'db' }, { element: 'api' }]);
    expect([...counts]).toEqual([
      ['api', 2],
      ['db', 1],
    ]);
    expect(counts.get('users')).toBeUndefined();
    expect(threatCounts([]).size).toBe(0);
  });
});

describe('takenSuggestions', () => {
  it('collects the suggestion keys, skipping threats written by hand', () => {
    expect(takenSuggestions([{ suggestion: 'api:a' }, {}, { suggestion: '' }, { suggestion: 'api:a' }])).toEqual(
      new Set(['api:a']),
    );
    expect(takenSuggestions([]).size).toBe(0);
  });
});

describe('elementsByKind', () => {
  const el = (id: string, kind: ModelElement['kind']): ModelElement => ({ id, kind, label: id, description: '' });

  it('groups in the order external entity, process, data store, data flow, keeping empty kinds', () => {
    const groups = elementsByKind([
      el('f1', 'data-flow'),
      el('api', 'process'),
      el('users', 'external-entity'),
      el('svc', 'process'),
    ]);
    expect(groups.map((g) => [g.kind, g.elements.map((e) => e.id)])).toEqual([
      ['external-entity', ['users']],
      ['process', ['api', 'svc']],
      ['data-store', []],
      ['data-flow', ['f1']],
    ]);
    expect(elementsByKind([]).every((g) => g.elements.length === 0)).toBe(true);
  });
});
