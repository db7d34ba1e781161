/**
 * No data lost (issue 17): when the browser refuses to save (storage full, blocked, private
 * mode) the learner is told at once on the page where it happened and can download everything
 * unsaved; tabs writing at the same moment keep each other's work; damaged notices never break a
 * page.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockStorage, fillStorage, rows, savedRecords } from './support/storage';

const QUESTION = '/practice/recommender-pipeline/stride/';
const TITLE = 'Threat model the recommender pipeline with STRIDE';
const ANSWER =
  'Fake accounts can poison the training data through bot clicks, which is tampering with the event stream.';

async function answer(page: Page, text = ANSWER) {
  const q = page.getByRole('article', { name: TITLE });
  await expect(q.getByLabel('Your answer')).toBeEnabled();
  await q.getByLabel('Your answer').fill(text);
  await q.getByRole('button', { name: 'Score my answer' }).click();
  await expect(q.getByRole('heading', { name: /^Score: \d+\/100/ })).toBeVisible();
}

async function downloadUnsaved(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download unsaved work' }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    stores: Record<string, { records: Record<string, unknown> }>;
  };
}

const failures = [
  ['storage is full', fillStorage, 'the browser’s storage for this site is full'],
  ['storage is blocked', blockStorage, 'this browser blocks storage for this site: work is kept on this page only'],
] as const;

for (const [label, fail, reason] of failures) {
  test(`practice: when ${label}, the attempt stays on screen, the learner is told, and can download it`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fail(page);
    await page.goto(QUESTION);
    await answer(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
    await expect(alert).toContainText(`attempts: ${reason}.`);
    const backup = await downloadUnsaved(page);
    expect(backup.format).toBe('dojo-backup/2');
    const attempts = Object.values(backup.stores['dojo:attempts']!.records) as { text?: string }[];
    expect(attempts.some((a) => a.text === ANSWER)).toBe(true);
    expect(errors).toEqual([]);
  });

  test(`threat model: when ${label}, a new threat is announced as unsaved and is in the download`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fail(page);
    await page.goto('/learn/image-classifier/');
    await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
    const builder = page.getByRole('region', { name: 'Threat model this system' });
    await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
    await builder.getByLabel('Threat title').fill('Contributors poison the training data');
    await builder.getByRole('button', { name: 'Add threat' }).click();
    await expect(builder.getByRole('table', { name: 'Your threats (1)' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Your work is not being saved' })).toContainText(
      `threat-models: ${reason}.`,
    );
    const backup = await downloadUnsaved(page);
    expect(Object.keys(backup.stores['dojo:threat-models']!.records).some((k) => k.startsWith('threat/'))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('interview: when storage is full, loading a session is announced as unsaved', async ({ page }) => {
  await fillStorage(page);
  await page.goto('/interview/');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your work is not being saved' })).toContainText(
    'interview: the browser’s storage for this site is full.',
  );
});

test('two tabs submitting at the same moment keep every attempt', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto(QUESTION), b.goto(QUESTION)]);
  for (let i = 0; i < 4; i++) {
    await Promise.all([answer(a, `${ANSWER} Tab A, round ${i}.`), answer(b, `${ANSWER} Tab B, round ${i}.`)]);
  }
  await expect
    .poll(
      async () => (await savedRecords(a, 'dojo:attempts')).filter((r) => String(r.key).startsWith('attempt/')).length,
    )
    .toBe(8);
  await b.reload();
  const history = b
    .getByRole('article', { name: TITLE })
    .getByRole('table', { name: 'Your attempts at this question, oldest first' });
  await expect(history.getByRole('row')).toHaveCount(9); // header + eight attempts
  // The first tab learned of the second tab's attempts without a reload.
  await expect(
    a
      .getByRole('article', { name: TITLE })
      .getByRole('table', { name: /Your attempts/ })
      .getByRole('row'),
  ).toHaveCount(9);
});

const BAD_NOTICES = [
  '[null]',
  '[{"store":5,"setAsideKey":"k","reason":"r","at":"t"}]',
  '[{"store":"s","setAsideKey":"k","reason":{"x":1},"at":"t"}]',
  '[[["x"]]]',
];

for (const [i, bad] of BAD_NOTICES.entries()) {
  test(`a damaged notice list (${i + 1}/${BAD_NOTICES.length}) breaks no page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    // The old release kept notices in localStorage; a backup could write anything there.
    await page.evaluate((v) => localStorage.setItem('dojo:notices', v), bad);
    // And a damaged row in the database's own notice list.
    await page.evaluate(
      (row) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('dojo', 1);
          open.onupgradeneeded = () => {
            const db = open.result;
            const records = db.createObjectStore('records', { keyPath: ['store', 'key'] });
            records.createIndex('store', 'store');
            db.createObjectStore('meta', { keyPath: 'store' });
            db.createObjectStore('setAside', { keyPath: 'id', autoIncrement: true });
            db.createObjectStore('notices', { keyPath: 'id', autoIncrement: true });
          };
          open.onsuccess = () => {
            const tx = open.result.transaction('notices', 'readwrite');
            tx.objectStore('notices').add(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      ((x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? x : { value: x }))(JSON.parse(bad)[0]),
    );
    for (const path of ['/learn/image-classifier/', '/progress/', QUESTION, '/interview/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Create session' })).toBeVisible();
    await page.goto('/progress/');
    await expect(page.getByRole('button', { name: 'Export backup' })).toBeEnabled();
    expect(errors).toEqual([]);
    // The bad row was set aside, not shown and not lost.
    expect((await rows(page, 'setAside')).some((e) => e.store === 'dojo:notices')).toBe(true);
  });
}
