/**
 * Every Threat Dragon export through ajv configured as Threat Dragon configures it
 * (`new Ajv({ allowUnionTypes: true })`, td.vue/src/service/schema/ajv.js, its `isV2` check): on
 * our own statement of the v2 schema (src/lib/threat-model/threat-dragon-schema.ts) always, and on
 * OWASP Threat Dragon's own schema file from ../shared/reference (never copied into the project)
 * whenever it is present. The threats, kept in cell.data.threats as the app keeps them, are held
 * to the schema's threat rules too, and the whole model to what the app's code needs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { toThreatDragon } from '../../src/lib/threat-model/threat-dragon';
import { TD_THREAT_SCHEMA, TD_V2_SCHEMA } from '../../src/lib/threat-model/threat-dragon-schema';
import { validateThreatDragon } from '../../src/lib/threat-model/threat-dragon-validate';
import { suggestionsFor } from '../../src/lib/threat-model/suggestions';
import { modelElements } from '../../src/lib/threat-model/elements';

const root = resolve(__dirname, '..', '..');
const schemaPath = resolve(root, '..', 'shared', 'reference', 'threat-dragon-v2.schema.json');
const hasSchema = existsSync(schemaPath);
const { content } = loadContent(root);

/** ajv as Threat Dragon compiles its schemas; logger: false silences strict-mode notices only. */
const tdAjv = () => new Ajv({ allowUnionTypes: true, logger: false });

function exportsOf() {
  return content.scenarios.map(({ data: s }) => {
    const ref = content.threatModels.find((m) => m.data.scenario === s.id)!.data;
    const suggested = modelElements(s.diagram)
      .flatMap((e) => suggestionsFor(e))
      .map(({ key: _k, why: _w, ...t }) => ({ ...t, notes: 'with "quotes" & <tags>' }));
    return {
      id: s.id,
      models: {
        reference: toThreatDragon(ref, s),
        'every suggestion': toThreatDragon({ ...ref, threats: suggested }, s),
        empty: toThreatDragon({ ...ref, threats: [] }, s),
      },
    };
  });
}

function exportsPass(schemaName: string, schema: object) {
  const validate = tdAjv().compile(schema);
  const validateThreat = tdAjv().compile(TD_THREAT_SCHEMA);
  for (const { id, models } of exportsOf()) {
    for (const [which, td] of Object.entries(models)) {
      it(`${id}, ${which}: the export passes ${schemaName}`, () => {
        const ok = validate(td);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(validateThreatDragon(td)).toEqual([]);
        for (const threat of td.detail.diagrams[0].cells.flatMap((c) => c.data.threats ?? [])) {
          expect(validateThreat(threat), JSON.stringify(validateThreat.errors)).toBe(true);
        }
      });
    }
  }
  it(`${schemaName} rejects what our validator rejects: a model without detail`, () => {
    expect(validate({ version: '2.6.2', summary: { title: 't' } })).toBe(false);
  });
}

describe('Threat Dragon export through ajv on our statement of the v2 schema', () => {
  exportsPass('our schema', TD_V2_SCHEMA);
});

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.runIf(hasSchema)("Threat Dragon export through ajv on Threat Dragon's own v2 schema", () => {
  exportsPass("Threat Dragon's schema", hasSchema ? JSON.parse(readFileSync(schemaPath, 'utf8')) : {});
});
