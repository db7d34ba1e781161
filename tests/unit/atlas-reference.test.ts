/**
 * Checks every ATLAS ID and name in our content against the ATLAS 5.6 data release summary in
 * shared/reference (beside the project). The reference is not part of the project, so this test
 * runs only where ../shared is present.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { ATLAS_TACTICS } from '../../src/lib/frameworks/ids';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const refPath = resolve(root, '../shared/reference/atlas-5.6-ids.json');

interface AtlasRef {
  tactics: { id: string; name: string }[];
  techniques: { id: string; name: string; tactics?: string[]; parent?: string }[];
  mitigations: { id: string; name: string }[];
}

const hasRef = existsSync(refPath);

// vitest still runs a skipped describe's body to collect its tests: read the file only if present.
describe.runIf(hasRef)('content agrees with ATLAS 5.6', () => {
  const ref: AtlasRef = hasRef
    ? JSON.parse(readFileSync(refPath, 'utf8'))
    : { tactics: [], techniques: [], mitigations: [] };
  const { content } = loadContent(root);

  it('has the 16 tactics with their names in matrix order', () => {
    expect(ATLAS_TACTICS.map((t) => ({ id: t.id, name: t.name }))).toEqual(ref.tactics);
  });

  it('uses each technique ID with its exact name, tactics and parent', () => {
    const byId = new Map(ref.techniques.map((t) => [t.id, t]));
    for (const { file, data } of content.techniques) {
      const t = byId.get(data.id);
      expect(t, `${file}: ${data.id} is not an ATLAS 5.6 technique`).toBeDefined();
      expect(data.name, file).toBe(t!.name);
      expect(data.parent, file).toBe(t!.parent);
      if (!t!.parent) expect([...data.tactics].sort(), file).toEqual([...(t!.tactics ?? [])].sort());
    }
  });

  it('uses each mitigation ID with its exact name', () => {
    const byId = new Map(ref.mitigations.map((m) => [m.id, m.name]));
    for (const { file, data } of content.mitigations) {
      expect(byId.get(data.id), `${file}: ${data.id}`).toBe(data.name);
    }
  });
});
