import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../persist/safe-persist';
import { BACKUP_FORMAT, backupFileName, createBackup, parseBackup, restoreBackup } from './backup';

const seeded = () => {
  const s = memoryStorage();
  s.setItem('dojo:attempts', JSON.stringify({ version: 1, state: { attempts: [1, 2] } }));
  s.setItem('dojo:threat-models', JSON.stringify({ version: 2, state: { models: {} } }));
  s.setItem('dojo:attempts:set-aside:2026-01-01T00:00:00.000Z', '{broken');
  s.setItem('other-app', 'keep out');
  return s;
};

describe('createBackup', () => {
  it('takes every key of the platform, set-aside data included, and nothing else', () => {
    const b = createBackup(seeded(), new Date('2026-11-25T10:00:00Z'));
    expect(b.format).toBe(BACKUP_FORMAT);
    expect(b.exportedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(Object.keys(b.items)).toEqual([
      'dojo:attempts',
      'dojo:attempts:set-aside:2026-01-01T00:00:00.000Z',
      'dojo:threat-models',
    ]);
  });

  it('names the file by date', () => {
    expect(backupFileName(new Date('2026-11-25T10:00:00Z'))).toBe('ai-security-dojo-backup-2026-11-25.json');
  });
});

describe('restoreBackup', () => {
  it('round-trips into an empty browser', () => {
    const text = JSON.stringify(createBackup(seeded()));
    const target = memoryStorage();
    const result = restoreBackup(target, text);
    expect(result).toEqual({ ok: true, keys: expect.arrayContaining(['dojo:attempts', 'dojo:threat-models']) });
    expect(target.getItem('dojo:attempts')).toBe(seeded().getItem('dojo:attempts'));
    expect(target.getItem('other-app')).toBeNull();
  });

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'x/1', exportedAt: 'now', items: {} }), 'format is "x/1"'],
    ['a newer version', JSON.stringify({ format: 'dojo-backup/2', exportedAt: 'now', items: {} }), 'newer version'],
    [
      'a foreign key',
      JSON.stringify({ format: BACKUP_FORMAT, exportedAt: 'now', items: { evil: '{}' } }),
      'not this site',
    ],
    [
      'a damaged value',
      JSON.stringify({ format: BACKUP_FORMAT, exportedAt: 'now', items: { 'dojo:attempts': '{' } }),
      'damaged',
    ],
    ['a wrong shape', JSON.stringify({ format: BACKUP_FORMAT, items: [] }), 'not a backup'],
    ['a huge file', 'x'.repeat(9 * 1024 * 1024), 'too large'],
  ])('refuses %s and changes nothing', (_label, text, reason) => {
    const target = seeded();
    const before = target.dump();
    const result = restoreBackup(target, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
    expect(target.dump()).toEqual(before);
  });

  it('rolls back when storage fills part-way', () => {
    const target = seeded();
    const before = target.dump();
    let writes = 0;
    const full = {
      ...target,
      setItem: (k: string, v: string) => {
        if (++writes > 1) throw new Error('QuotaExceededError');
        target.setItem(k, v);
      },
    };
    const text = JSON.stringify({ format: BACKUP_FORMAT, exportedAt: 'now', items: { 'dojo:a': '1', 'dojo:b': '2' } });
    const result = restoreBackup(full, text);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('nothing was changed') });
    expect(target.dump()).toEqual(before);
  });

  it('parses what it exports', () => {
    expect(parseBackup(JSON.stringify(createBackup(seeded()))).ok).toBe(true);
  });
});
