/**
 * Fuzzing every input a user or a file gives the platform (issue 8), seeded and bounded:
 * imports (threat model, Threat Dragon model, backup, interview session and scoresheet), the free-text scorer and the
 * simulator's settings. Nothing may throw an unexpected exception, and a refused import must leave
 * what is already saved exactly as it was. (The search query has its own 10,000-string property
 * test in src/lib/search/query.property.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContentOrThrow } from '../../src/lib/content/load-from-disk';
import { parseThreatModelText } from '../../src/lib/threat-model/format';
import { toThreatDragon } from '../../src/lib/threat-model/threat-dragon';
import { importThreatDragonText } from '../../src/lib/threat-model/threat-dragon-import';
import { testProfile } from '../../src/lib/persist/test-env';
import { STORE_CODECS } from '../../src/stores/codecs';
import { ATTEMPTS_STORE } from '../../src/stores/attempts';
import { createBackup, restoreBackup } from '../../src/lib/backup/backup';
import { parseSessionText } from '../../src/lib/interview/session';
import { sessionFromHash, sessionToHash } from '../../src/lib/interview/share';
import { addScoresheet } from '../../src/lib/interview/merge';
import { scoresheetToJson } from '../../src/lib/interview/scoresheet';
import { fixtureSession, KNOWN, sheetOf } from '../../src/lib/interview/testing';
import { scoreAnswer } from '../../src/lib/scoring/score';
import { ScoringInputError } from '../../src/lib/scoring/validate';
import { parseSettings, type RawSettings } from '../../src/lib/extraction/settings';
import { SettingsError } from '../../src/lib/extraction/errors';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const content = loadContentOrThrow(root);
const SEED = 20261125;
const RUNS = 400;

/** Text that looks like the real thing with random damage: the most useful fuzz input for parsers. */
function mutations(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.nat(valid.length), fc.nat(40), fc.string({ maxLength: 12 }))
      .map(([at, cut, ins]) => valid.slice(0, at) + ins + valid.slice(at + cut)),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc.jsonValue().map((v) => {
      const obj = JSON.parse(valid) as Record<string, unknown>;
      const keys = Object.keys(obj);
      obj[keys[Math.abs(JSON.stringify(v ?? null).length) % keys.length]] = v;
      return JSON.stringify(obj);
    }),
  );
}

const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json(),
  fc.constantFrom('', 'null', '[]', '{}', '\u0000\uffff', '"x"'),
);

describe('threat-model import', () => {
  const scenario = content.scenarios.find((s) => s.data.id === 'image-classifier')!.data;
  const reference = JSON.stringify(content.threatModels.find((t) => t.data.scenario === 'image-classifier')!.data);

  it('never throws, and always says why it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutations(reference)), (text) => {
        const result = parseThreatModelText(text, 'image-classifier', scenario.diagram);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('Threat Dragon import', () => {
  const scenario = content.scenarios.find((s) => s.data.id === 'image-classifier')!.data;
  const reference = content.threatModels.find((t) => t.data.scenario === 'image-classifier')!.data;
  const exported = toThreatDragon(reference, scenario);
  const valid = JSON.stringify(exported);
  /** Every path to a value of the export: the fuzz edits deep inside cells and threats too. */
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, at: (string | number)[]) => {
    if (at.length) paths.push(at);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(exported, []);
  const deepEdit = fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })).map(([path, v]) => {
    const doc = JSON.parse(valid) as Record<string | number, unknown>;
    let at = doc;
    for (const k of path.slice(0, -1)) at = at[k] as typeof at;
    at[path[path.length - 1]] = v;
    return JSON.stringify(doc);
  });

  it('never throws, and always says why it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutations(valid), deepEdit), (text) => {
        const result = importThreatDragonText(text, scenario);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
        else expect(result.value.model.threats.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('backup import', () => {
  it('never throws, and a refused file changes nothing', async () => {
    const profile = await testProfile();
    await profile.db.write(ATTEMPTS_STORE, 2, new Map([['draft/a/x', "the learner's work"]]), []);
    const valid = JSON.stringify(await createBackup(new Map(), profile.db));
    const before = await profile.db.read(ATTEMPTS_STORE);
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, mutations(valid)), async (text) => {
        const result = await restoreBackup(profile.db, text, STORE_CODECS);
        if (!result.ok) expect(await profile.db.read(ATTEMPTS_STORE)).toEqual(before);
        else await profile.db.replace({ [ATTEMPTS_STORE]: { version: 2, records: before.records } });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('interview files and links', () => {
  const session = fixtureSession();
  const sessionJson = JSON.stringify(session);
  const merged = [sheetOf(session, 'Ana', [3, 2, 4])];
  const sheetJson = scoresheetToJson(sheetOf(session, 'Ben', [2, 2, 3]));

  it('session files and links never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutations(sessionJson)), (text) => {
        const r = parseSessionText(text, KNOWN);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
        expect(() => sessionFromHash(`#session=${text}`, KNOWN)).not.toThrow();
        expect(() => sessionFromHash(sessionToHash(session).slice(0, text.length % 200), KNOWN)).not.toThrow();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a refused scoresheet leaves the merged sheets untouched', () => {
    const snapshot = JSON.stringify(merged);
    fc.assert(
      fc.property(fc.oneof(anyText, mutations(sheetJson)), (text) => {
        const r = addScoresheet(merged, text, session);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
        expect(JSON.stringify(merged)).toBe(snapshot);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('free-text scorer', () => {
  const questions = content.questions.map((q) => q.data);

  it('scores any text 0–100 or refuses it with a clear ScoringInputError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc
            .array(fc.constantFrom('poisoning', 'not', 'rate limit', 'no', 'the', '.', '\n'), { maxLength: 300 })
            .map((w) => w.join(' ')),
        ),
        (question, text) => {
          try {
            const r = scoreAnswer(question, text);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
          } catch (e) {
            expect(e).toBeInstanceOf(ScoringInputError);
            expect((e as Error).message.length).toBeGreaterThan(5);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('simulator settings', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(undefined),
    fc.constantFrom('NaN', '-1', '1e9', 'round:50', 'reverse-sigmoid:1,', 'labels+round:2+noise:-1'),
  );
  const raw = fc.record(
    {
      victim: value,
      attack: value,
      defence: value,
      budget: value,
      seed: value,
      detector: value,
      delta: value,
      quota: value,
      rate: value,
      price: value,
      watermark: value,
    },
    { requiredKeys: [] },
  );

  it('are accepted (with a capped budget) or refused with a SettingsError, never anything else', () => {
    fc.assert(
      fc.property(raw, (r) => {
        try {
          const { settings } = parseSettings(r as RawSettings);
          expect(settings.budget).toBeGreaterThanOrEqual(1);
          expect(settings.budget).toBeLessThanOrEqual(100_000);
        } catch (e) {
          expect(e).toBeInstanceOf(SettingsError);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
