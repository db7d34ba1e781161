import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testProfile } from '../../src/lib/persist/test-env';
import { STORE_CODECS } from '../../src/stores/codecs';
import { createAttemptsStore, ATTEMPTS_STORE, type Attempt } from '../../src/stores/attempts';
import { createThreatModelsStore, THREAT_MODELS_STORE } from '../../src/stores/threat-models';
import {
  BACKUP_FORMAT,
  LEGACY_BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupFileName,
  createBackup,
  parseBackup,
  restoreBackup,
} from '../../src/lib/backup/backup';

const attempt = (score: number): Attempt => ({
  at: '2026-11-01T10:00:00.000Z',
  text: `answer ${score}`,
  score,
  words: 2,
  matched: [],
  flags: [],
  seconds: null,
});
const threat = {
  element: 'api',
  stride: 'Tampering' as const,
  atlas: ['AML.T0043'],
  owasp: ['ML01' as const],
  title: 'Evasion',
  likelihood: 3,
  impact: 4,
  mitigations: [],
};

/** A browser profile holding some work, and its stores' live snapshots. */
async function seededProfile() {
  const profile = await testProfile();
  const attempts = createAttemptsStore(profile.tab());
  const models = createThreatModelsStore(profile.tab());
  await Promise.all([attempts.persist.rehydrate(), models.persist.rehydrate()]);
  attempts.getState().record('a/x', attempt(40));
  models.getState().addThreat('demo', threat);
  await Promise.all([attempts.persist.flush(), models.persist.flush()]);
  await profile.db.replace({}, [{ store: ATTEMPTS_STORE, raw: '{broken', reason: 'not JSON', at: '2026-01-01' }]);
  return { profile, attempts, models };
}

/** Everything a profile holds, to check that a refused import changed nothing. */
async function contents(profile: Awaited<ReturnType<typeof testProfile>>) {
  const names = await profile.db.storeNames();
  const stores = await Promise.all(names.map(async (n) => [n, Object.fromEntries((await profile.db.read(n)).records)]));
  return { stores: Object.fromEntries(stores), setAside: await profile.db.listSetAside() };
}

describe('createBackup', () => {
  it('holds every store (live ones with unsaved changes) and the set-aside data', async () => {
    const { profile, attempts } = await seededProfile();
    profile.db.failure = 'quota';
    attempts.getState().record('a/x', attempt(90)); // not saved: storage is full
    await attempts.persist.flush();
    const backup = await createBackup(
      new Map([[ATTEMPTS_STORE, attempts.persist.snapshot()]]),
      profile.db,
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.exportedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(Object.keys(backup.stores).sort()).toEqual([ATTEMPTS_STORE, THREAT_MODELS_STORE]);
    expect(Object.values(backup.stores[ATTEMPTS_STORE]!.records).map((a) => (a as Attempt).score)).toEqual([40, 90]);
    expect(backup.setAside.map((e) => e.raw)).toEqual(['{broken']);
  });

  it('without a database (storage blocked) still exports what is on the page', async () => {
    const { attempts } = await seededProfile();
    const backup = await createBackup(new Map([[ATTEMPTS_STORE, attempts.persist.snapshot()]]), null);
    expect(Object.keys(backup.stores)).toEqual([ATTEMPTS_STORE]);
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date('2026-11-25T10:00:00Z'))).toBe('ai-security-dojo-backup-2026-11-25.json');
  });
});

describe('restoreBackup', () => {
  it('round-trips into an empty browser, and the stores read it back', async () => {
    const { profile } = await seededProfile();
    const text = JSON.stringify(await createBackup(new Map(), profile.db));
    const target = await testProfile();
    const result = await restoreBackup(target.db, text, STORE_CODECS);
    expect(result).toEqual({ ok: true, value: { stores: [ATTEMPTS_STORE, THREAT_MODELS_STORE], records: 2 } });
    const models = createThreatModelsStore(target.tab());
    await models.persist.rehydrate();
    expect(models.getState().work.demo!.threats[0]).toMatchObject(threat);
    expect((await target.db.listSetAside()).map((e) => e.raw)).toEqual(['{broken']);
  });

  it('replaces the stores the backup holds and keeps the others', async () => {
    const { profile } = await seededProfile();
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      exportedAt: 'now',
      stores: { [ATTEMPTS_STORE]: { version: 2, records: {} } },
      setAside: [],
    });
    expect((await restoreBackup(profile.db, text, STORE_CODECS)).ok).toBe(true);
    expect((await profile.db.read(ATTEMPTS_STORE)).records.size).toBe(0);
    expect((await profile.db.read(THREAT_MODELS_STORE)).records.size).toBe(1);
  });

  it('reads a dojo-backup/1 file through each store’s version ladder', async () => {
    const v1 = {
      format: LEGACY_BACKUP_FORMAT,
      exportedAt: '2026-11-20T10:00:00.000Z',
      items: {
        [ATTEMPTS_STORE]: JSON.stringify({ version: 1, state: { attempts: { 'a/x': [attempt(70)] }, drafts: {} } }),
        [`${ATTEMPTS_STORE}:set-aside:2026-01-01T00:00:00.000Z`]: '{old broken',
        'dojo:notices': JSON.stringify([
          { store: ATTEMPTS_STORE, setAsideKey: 'k', reason: 'r', at: '2026-01-01T00:00:00.000Z' },
        ]),
      },
    };
    const target = await testProfile();
    const result = await restoreBackup(target.db, JSON.stringify(v1), STORE_CODECS);
    expect(result).toEqual({ ok: true, value: { stores: [ATTEMPTS_STORE], records: 1 } });
    const attempts = createAttemptsStore(target.tab());
    await attempts.persist.rehydrate();
    expect(attempts.getState().attempts['a/x']!.map((a) => a.score)).toEqual([70]);
    expect((await target.db.listSetAside()).map((e) => e.raw)).toEqual(['{old broken']);
  });

  const current = (stores: unknown, setAside: unknown = []) =>
    JSON.stringify({ format: BACKUP_FORMAT, exportedAt: 'now', stores, setAside });
  const legacy = (items: Record<string, string>) =>
    JSON.stringify({ format: LEGACY_BACKUP_FORMAT, exportedAt: 'now', items });
  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'x/1' }), 'format is "x/1"'],
    ['a newer backup format', JSON.stringify({ format: 'dojo-backup/3' }), 'newer version of the site'],
    ['duplicate keys', `{"format":"${BACKUP_FORMAT}","format":"${BACKUP_FORMAT}"}`, 'duplicate key "format"'],
    ['an unknown store', current({ 'dojo:evil': { version: 1, records: {} } }), 'does not know'],
    // Issue 17, item 1: "Restored 1 saved item", then the real model was under no key at all.
    [
      'a store of the wrong shape',
      current({ [THREAT_MODELS_STORE]: { state: { work: 5 }, version: 2 } }),
      'not a backup',
    ],
    ['a store from a newer version', current({ [ATTEMPTS_STORE]: { version: 99, records: {} } }), 'newer version'],
    [
      'a damaged record',
      current({ [ATTEMPTS_STORE]: { version: 2, records: { 'attempt/a/x/t': { score: 'x' } } } }),
      'damaged',
    ],
    ['a record of no known kind', current({ [ATTEMPTS_STORE]: { version: 2, records: { weird: 1 } } }), 'damaged'],
    ['a bad set-aside entry', current({}, [{ store: 5 }]), 'not a backup'],
    [
      'a v1 item the ladder refuses',
      legacy({ [THREAT_MODELS_STORE]: '{"state":{"work":5},"version":2}' }),
      'cannot be used',
    ],
    ['a v1 item from a newer version', legacy({ [ATTEMPTS_STORE]: '{"state":{},"version":99}' }), 'newer version (99)'],
    ['a v1 foreign key', legacy({ evil: '{}' }), 'not this site'],
    ['a damaged v1 notices list', legacy({ 'dojo:notices': '[null]' }), 'notices is damaged'],
    ['a huge file', 'x'.repeat(MAX_BACKUP_BYTES + 1), 'too large'],
    // Issue 19, item 5: said "(root: Invalid input: expected object, received array)".
    [
      'a list instead of a backup',
      '[]',
      'The file is not a backup from this site: the file as a whole should be an object ({…}) but is a list ([…]).',
    ],
  ])('refuses %s and changes nothing', async (_label, text, reason) => {
    const { profile } = await seededProfile();
    const before = await contents(profile);
    const result = await restoreBackup(profile.db, text, STORE_CODECS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
    expect(await contents(profile)).toEqual(before);
  });

  it('changes nothing when the browser refuses the write (storage full)', async () => {
    const { profile } = await seededProfile();
    const text = JSON.stringify(await createBackup(new Map(), profile.db));
    const before = await contents(profile);
    profile.db.failure = 'quota';
    expect(await restoreBackup(profile.db, text, STORE_CODECS)).toEqual({
      ok: false,
      error: 'The browser ran out of storage while restoring; nothing was changed.',
    });
    profile.db.failure = null;
    expect(await contents(profile)).toEqual(before);
  });

  it('fuzz: any backup built from the store schemas, valid or broken, is either refused with work untouched or read back', async () => {
    const { profile } = await seededProfile();
    const before = await contents(profile);
    const record = fc.oneof(
      fc.record({ key: fc.constant('attempt/a/x/t-1'), value: fc.constant(attempt(5)) }),
      fc.record({ key: fc.constantFrom('attempt/a/x/t-2', 'draft/a/x', 'nope'), value: fc.jsonValue({ maxDepth: 2 }) }),
    );
    const backups = fc.record({
      store: fc.constantFrom(ATTEMPTS_STORE, THREAT_MODELS_STORE, 'dojo:other'),
      version: fc.integer({ min: 0, max: 4 }),
      records: fc.array(record, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(backups, async ({ store, version, records }) => {
        const text = current({
          [store]: { version, records: Object.fromEntries(records.map((r) => [r.key, r.value])) },
        });
        const plan = parseBackup(text, STORE_CODECS);
        if (!plan.ok) {
          expect((await restoreBackup(profile.db, text, STORE_CODECS)).ok).toBe(false);
          expect(await contents(profile)).toEqual(before);
          return;
        }
        // Accepted: every record it would write is one its store reads back.
        for (const [name, snapshot] of Object.entries(plan.value.stores)) {
          const codec = STORE_CODECS.find((c) => c.codec.name === name)!.codec;
          const state = codec.fromRecords(snapshot.records);
          expect(codec.toRecords(state, snapshot.records).size).toBe(snapshot.records.size);
        }
      }),
      { seed: 17, numRuns: 150 },
    );
  });
});
