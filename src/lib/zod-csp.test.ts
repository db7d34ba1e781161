/**
 * zod compiles object parsers with `new Function` unless told not to; the site's CSP forbids it
 * (no 'unsafe-eval'). Importing zod-csp must switch that off. The check counts constructions of
 * Function while zod parses: without the import it is 3 for the schema below (zod 4.6: one
 * compiled parser per object schema, plus its probe of whether eval is allowed).
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import './zod-csp';

describe('zod-csp', () => {
  it("sets zod's global jitless option", () => {
    expect(z.config().jitless).toBe(true);
  });

  it('lets zod parse objects without ever constructing a Function', () => {
    const made: string[] = [];
    const RealFunction = globalThis.Function;
    const counting = new Proxy(RealFunction, {
      construct(target, args: string[]) {
        made.push(String(args.at(-1)));
        return Reflect.construct(target, args);
      },
    });
    vi.stubGlobal('Function', counting);
    try {
      const schema = z.strictObject({ a: z.string().trim(), b: z.object({ c: z.number().int() }) });
      expect(schema.parse({ a: ' x ', b: { c: 1 } })).toEqual({ a: 'x', b: { c: 1 } });
      expect(schema.safeParse({ a: 'x', b: { c: 1.5 } }).success).toBe(false);
      expect(schema.safeParse({ a: 'x', b: { c: 1 }, extra: true }).success).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(globalThis.Function).toBe(RealFunction);
    expect(made).toEqual([]);
  });
});
