import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from './result';

describe('Result', () => {
  it('carries a value or an error, and narrows on ok', () => {
    const results: Result<number>[] = [ok(3), fail('The file is empty.')];
    expect(results).toEqual([
      { ok: true, value: 3 },
      { ok: false, error: 'The file is empty.' },
    ]);
    const sum = results.reduce((n, r) => (r.ok ? n + r.value : n), 0);
    expect(sum).toBe(3);
  });
});
