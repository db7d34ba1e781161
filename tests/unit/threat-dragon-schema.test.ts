/**
 * Every Threat Dragon export validated against OWASP Threat Dragon's own v2 schema with ajv.
 * The schema is read from ../shared/reference (never copied into the project), so this runs
 * whenever ../shared is present and is skipped elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { toThreatDragon } from '../../src/lib/threat-model/threat-dragon';
import { suggestionsFor } from '../../src/lib/threat-model/suggestions';
import { modelElements } from '../../src/lib/threat-model/elements';

const root = resolve(__dirname, '..', '..');
const schemaPath = resolve(root, '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');

const hasSchema = existsSync(schemaPath);

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.skipIf(!hasSchema)('Threat Dragon export against the shared v2 schema (ajv)', () => {
  const schema = hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {};
  // The schema uses the OpenAPI keyword "nullable", which ajv rejects in strict mode.
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const { content } = loadContent(root);

  for (const { data: s } of content.scenarios) {
    const ref = content.threatModels.find((m) => m.data.scenario === s.id)!.data;
    it(`${s.id}: the reference model's export is valid`, () => {
      const ok = validate(toThreatDragon(ref, s));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
    it(`${s.id}: an export of every suggestion, and of an empty model, is valid`, () => {
      const threats = modelElements(s.diagram)
        .flatMap((e) => suggestionsFor(e))
        .map(({ key: _k, why: _w, ...t }) => ({ ...t, notes: 'with "quotes" & <tags>' }));
      expect(validate(toThreatDragon({ ...ref, threats }, s))).toBe(true);
      expect(validate(toThreatDragon({ ...ref, threats: [] }, s))).toBe(true);
    });
  }

  it('the schema rejects what our validator rejects: a model without detail', () => {
    expect(validate({ version: '2.6.2', summary: { title: 't' } })).toBe(false);
  });
});
