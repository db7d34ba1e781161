/**
 * A store's saved state as a set of small records (one per attempt, threat, submission,
 * scoresheet…), so that a save writes only the records that changed and two tabs that each add
 * a record both keep theirs. Pure: the database is in record-db.ts, the binding to a zustand
 * store in record-store.ts.
 */
import { issueInWords } from '../json/issue-words';
import type { z } from 'zod';

/** Records of one store by key. Values are plain JSON data. */
export type RecordMap = ReadonlyMap<string, unknown>;

/** How one store's state becomes records and back. */
export interface RecordCodec<P> {
  /** The store's name, as shown in notices and backups (e.g. "dojo:attempts"). */
  name: string;
  /** Current integer version of the record shapes. */
  version: number;
  /** The state with nothing saved. */
  empty(): P;
  /**
   * The records that represent `state`. `previous` holds the records last read or written, so
   * that a codec can keep what a record carries beyond the state (an order, an ID) stable.
   */
  toRecords(state: P, previous: RecordMap): Map<string, unknown>;
  /** The state that `records` (each already valid for its key) represent. */
  fromRecords(records: RecordMap): P;
  /** The schema of the record under `key`, or null when no record may have that key. */
  schemaFor(key: string): z.ZodType | null;
  /**
   * The cumulative ladder of record shapes (`if (from < 4) …; if (from < 5) …`): the records of
   * an older version, as saved, to the current version's. Throws when they cannot be carried
   * forward (they are then set aside with the message). Absent while there is one record version.
   */
  migrateRecords?(records: RecordMap, fromVersion: number): Map<string, unknown>;
}

/**
 * The records of `version` brought to the codec's version, or the reason they cannot be: a
 * newer version, or an older one with no ladder step.
 */
export function upgradeRecords<P>(
  codec: Pick<RecordCodec<P>, 'version' | 'migrateRecords'>,
  records: RecordMap,
  version: number,
): { ok: true; records: RecordMap } | { ok: false; reason: string } {
  if (version === codec.version) return { ok: true, records };
  if (version > codec.version)
    return { ok: false, reason: `the saved data is from a newer version (${version}) of the site` };
  if (!codec.migrateRecords) return { ok: false, reason: `no migration from version ${version}` };
  try {
    return { ok: true, records: codec.migrateRecords(records, version) };
  } catch (e) {
    return { ok: false, reason: `the migration from version ${version} failed: ${(e as Error).message}` };
  }
}

export interface RecordDiff {
  puts: Map<string, unknown>;
  deletes: string[];
}

/**
 * JSON text of a record value, cached by object identity: stores keep unchanged values as the
 * same objects, so a save of one edited record does not serialise the thousand others again.
 */
const jsonCache = new WeakMap<object, string>();
export function recordJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  let text = jsonCache.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    jsonCache.set(value, text);
  }
  return text;
}

/** What to write so that the saved records `before` become `after`. */
export function diffRecords(before: RecordMap, after: RecordMap): RecordDiff {
  const puts = new Map<string, unknown>();
  for (const [key, value] of after) {
    if (!before.has(key) || recordJson(before.get(key)) !== recordJson(value)) puts.set(key, value);
  }
  const deletes = [...before.keys()].filter((key) => !after.has(key));
  return { puts, deletes };
}

/**
 * Three-way merge for a tab that learns another tab saved: every record this tab changed since
 * `base` (the records it last read or wrote) keeps this tab's version, including deletions;
 * every other record takes the saved version `remote`. Nothing either tab added is lost.
 */
export function mergeRecords(base: RecordMap, local: RecordMap, remote: RecordMap): Map<string, unknown> {
  const merged = new Map<string, unknown>();
  const keys = new Set([...base.keys(), ...local.keys(), ...remote.keys()]);
  for (const key of keys) {
    const changedHere = base.has(key) !== local.has(key) || recordJson(base.get(key)) !== recordJson(local.get(key));
    const source = changedHere ? local : remote;
    if (source.has(key)) merged.set(key, source.get(key));
  }
  return merged;
}

export interface Validated {
  valid: Map<string, unknown>;
  invalid: { key: string; value: unknown; reason: string }[];
}

/** Splits records into those valid for their key and those that are not, with the reason. */
export function validateRecords<P>(codec: Pick<RecordCodec<P>, 'schemaFor'>, records: RecordMap): Validated {
  const valid = new Map<string, unknown>();
  const invalid: Validated['invalid'] = [];
  for (const [key, value] of records) {
    const schema = codec.schemaFor(key);
    if (!schema) {
      invalid.push({ key, value, reason: `no record of this kind is known (key "${key.slice(0, 80)}")` });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) valid.set(key, parsed.data);
    else {
      const issue = parsed.error.issues[0];
      invalid.push({
        key,
        value,
        reason: `the record "${key.slice(0, 80)}" did not have the expected shape (${issueInWords(issue)})`,
      });
    }
  }
  return { valid, invalid };
}

// ---- helpers for codecs ---------------------------------------------------------------------

let nonceCounter = 0;
/** A short ID unique across tabs: time, a per-page counter and randomness. */
export function recordNonce(now = Date.now()): string {
  nonceCounter = (nonceCounter + 1) % 1_679_616;
  const random = Math.floor(Math.random() * 2_176_782_336).toString(36);
  return `${now.toString(36)}-${nonceCounter.toString(36)}-${random}`;
}

/**
 * Stable record keys for list items that have no ID of their own (an attempt, a submission):
 * an item object keeps the key it was first saved or read under, so two tabs that add an item
 * in the same millisecond write two records, not one.
 */
export class ItemKeys {
  private readonly keys = new WeakMap<object, string>();
  keyOf(item: object, make: () => string): string {
    let key = this.keys.get(item);
    if (key === undefined) {
      key = make();
      this.keys.set(item, key);
    }
    return key;
  }
  remember(item: object, key: string): void {
    this.keys.set(item, key);
  }
}

/** An item with its place in a list, as saved. */
export interface Ordered<T> {
  order: number;
  item: T;
}

/**
 * Saved values of an ordered list: each item keeps the order it was first saved with (so
 * removing one item rewrites no other), new items go after the last. The wrapper object is
 * reused while the item and its order are unchanged, which keeps recordJson's cache warm.
 */
export class OrderedItems<T extends object> {
  private readonly wrappers = new WeakMap<T, Ordered<T>>();
  entries(items: readonly T[], keyOf: (item: T) => string, previous: RecordMap): [string, Ordered<T>][] {
    let next = 0;
    for (const item of items) {
      const before = previous.get(keyOf(item)) as Ordered<T> | undefined;
      if (before && typeof before.order === 'number') next = Math.max(next, before.order + 1);
    }
    return items.map((item) => {
      const key = keyOf(item);
      const before = previous.get(key) as Ordered<T> | undefined;
      const order = before && typeof before.order === 'number' ? before.order : next++;
      let wrapper = this.wrappers.get(item);
      if (!wrapper || wrapper.order !== order) {
        wrapper = { order, item };
        this.wrappers.set(item, wrapper);
      }
      return [key, wrapper];
    });
  }
  /** Items back in their saved order (ties, from two tabs adding at once, by key). */
  static sorted<T>(entries: [string, Ordered<T>][]): T[] {
    return entries
      .sort(([ka, a], [kb, b]) => a.order - b.order || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .map(([, o]) => o.item);
  }
}

/** The records whose key starts with `prefix`, with the prefix removed from the key. */
export function withPrefix(records: RecordMap, prefix: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of records) if (key.startsWith(prefix)) out.push([key.slice(prefix.length), value]);
  return out;
}

/**
 * The records under `prefix` that carry a time (`at`, ISO), oldest first (ties, from two tabs
 * finishing at once, by key), each remembered under its key so saving it again rewrites that record.
 */
export function timedRecords<T extends { at: string }>(records: RecordMap, prefix: string, keys: ItemKeys): T[] {
  const list = withPrefix(records, prefix).map(([rest, value]) => [prefix + rest, value as T] as const);
  list.sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : 1));
  for (const [key, r] of list) keys.remember(r, key);
  return list.map(([, r]) => r);
}
