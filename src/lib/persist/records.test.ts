import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  diffRecords,
  mergeRecords,
  OrderedItems,
  recordJson,
  recordNonce,
  validateRecords,
  withPrefix,
} from './records';

const m = (o: Record<string, unknown>) => new Map(Object.entries(o));

describe('diffRecords', () => {
  it('puts what is new or changed and deletes what is gone (hand-worked)', () => {
    const before = m({ a: 1, b: { x: 1 }, c: 'same' });
    const after = m({ b: { x: 2 }, c: 'same', d: true });
    const { puts, deletes } = diffRecords(before, after);
    expect([...puts]).toEqual([
      ['b', { x: 2 }],
      ['d', true],
    ]);
    expect(deletes).toEqual(['a']);
  });

  it('writes nothing when nothing changed, even for equal objects that are not the same object', () => {
    const { puts, deletes } = diffRecords(m({ a: { x: [1, 2] } }), m({ a: { x: [1, 2] } }));
    expect(puts.size + deletes.length).toBe(0);
  });

  it('applying the diff to before gives after (property, 300 seeded cases)', () => {
    const records = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(records, records, (b, a) => {
        const before = m(b);
        const after = m(a);
        const { puts, deletes } = diffRecords(before, after);
        const applied = new Map(before);
        for (const k of deletes) applied.delete(k);
        for (const [k, v] of puts) applied.set(k, v);
        expect(new Map([...applied].map(([k, v]) => [k, recordJson(v)]))).toEqual(
          new Map([...after].map(([k, v]) => [k, recordJson(v)])),
        );
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('mergeRecords (three-way: base, this tab, the database)', () => {
  it('keeps records added in both tabs, and each tab’s own edits and deletions', () => {
    const base = m({ shared: 1, editedHere: 'old', deletedHere: 'x', editedThere: 'old' });
    const local = m({ shared: 1, editedHere: 'new', editedThere: 'old', addedHere: 'h' });
    const remote = m({ shared: 1, editedHere: 'old', deletedHere: 'x', editedThere: 'theirs', addedThere: 't' });
    expect(Object.fromEntries(mergeRecords(base, local, remote))).toEqual({
      shared: 1,
      editedHere: 'new',
      editedThere: 'theirs',
      addedHere: 'h',
      addedThere: 't',
    });
  });

  it('takes the other tab’s deletion of a record this tab did not touch', () => {
    expect(Object.fromEntries(mergeRecords(m({ a: 1, b: 2 }), m({ a: 1, b: 2 }), m({ a: 1 })))).toEqual({ a: 1 });
  });

  it('with no local change is the database; with no remote change is this tab (property)', () => {
    const records = fc.dictionary(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(records, records, (b, o) => {
        expect(mergeRecords(m(b), m(b), m(o))).toEqual(m(o));
        expect(mergeRecords(m(b), m(o), m(b))).toEqual(m(o));
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('validateRecords', () => {
  const codec = { schemaFor: (key: string) => (key.startsWith('n/') ? z.number().int() : null) };
  it('keeps valid records and says why each other one was refused', () => {
    const { valid, invalid } = validateRecords(codec, m({ 'n/1': 3, 'n/2': 'three', other: 1 }));
    expect([...valid]).toEqual([['n/1', 3]]);
    expect(invalid.map((i) => i.key)).toEqual(['n/2', 'other']);
    expect(invalid[0]!.reason).toContain('did not have the expected shape');
    expect(invalid[1]!.reason).toBe('no record of this kind is known (key "other")');
  });
});

describe('OrderedItems', () => {
  type T = { id: string };
  const keyOf = (t: T) => `t/${t.id}`;
  it('keeps saved orders when an earlier item is removed, and appends new items after the last', () => {
    const items = new OrderedItems<T>();
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const first = new Map(items.entries([a, b, c], keyOf, new Map()));
    expect([...first.values()].map((o) => o.order)).toEqual([0, 1, 2]);
    const d = { id: 'd' };
    const second = new Map(items.entries([b, c, d], keyOf, first));
    expect([...second.values()].map((o) => o.order)).toEqual([1, 2, 3]);
    expect(second.get('t/b')).toBe(first.get('t/b')); // unchanged items keep their saved object
  });
  it('sorts by order, ties by key (two tabs adding at once)', () => {
    expect(
      OrderedItems.sorted<string>([
        ['k2', { order: 1, item: 'second' }],
        ['k9', { order: 0, item: 'tie-b' }],
        ['k1', { order: 0, item: 'tie-a' }],
      ]),
    ).toEqual(['tie-a', 'tie-b', 'second']);
  });
});

describe('helpers', () => {
  it('recordNonce is unique within one millisecond', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => recordNonce(1_700_000_000_000)));
    expect(seen.size).toBe(1000);
  });
  it('withPrefix strips the prefix', () => {
    expect(withPrefix(m({ 'draft/a/b': 1, 'attempt/x': 2 }), 'draft/')).toEqual([['a/b', 1]]);
  });
});
