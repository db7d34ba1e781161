/** Browser-test steps of an interview shared by the specs: open a page, a session file, a scored sheet. */
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';

/** Opens an interview page and waits until its island has hydrated and read the saved session. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

/** Sets up a session on /interview/ and returns its share link. */
export async function setUpSession(page: Page, panel: string[], candidate: string) {
  await open(page, '/interview/');
  await page.getByLabel('Level').selectOption('senior');
  await expect(page.getByRole('status').filter({ hasText: 'Applied the senior preset' })).toBeVisible();
  await page.getByLabel('Panelists, one name per line').fill(panel.join('\n'));
  await page.getByLabel('Candidate alias').fill(candidate);
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { name: 'Current session' })).toBeVisible();
  return page.getByLabel('Session link').inputValue();
}

/** Scores every question in the console with the given ratings; returns the downloaded file's path. */
export async function scoreAndExport(page: Page, me: string, ratings: number[], saveAs: (name: string) => string) {
  await open(page, '/interview/console/');
  await page.getByLabel('You are').selectOption(me);
  await page.getByRole('button', { name: 'Start timers' }).click();
  const count = await page.getByRole('navigation', { name: 'Questions' }).getByRole('button').count();
  expect(count).toBe(ratings.length);
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${n} of ${count}`) })).toBeVisible();
    await page.getByLabel(`Notes on question ${n}`).fill(`${me}'s notes on ${n}`);
    await page.getByRole('group', { name: 'Concepts heard in the answer' }).getByRole('checkbox').first().check();
    await page
      .getByRole('group', { name: `Rating for question ${n}` })
      .getByRole('radio', { name: new RegExp(`^${ratings[i]} \\(`) })
      .check();
    if (n < count) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Pause timers' }).click();
  await page.getByRole('button', { name: 'Submit my scoresheet' }).click();
  await page.getByRole('button', { name: 'Yes, submit my scoresheet' }).click();
  await expect(page.getByText(`Submitted as ${me}`)).toBeVisible();
  return downloadScoresheet(page, (name) => {
    expect(name).toMatch(new RegExp(`^scoresheet-candidate-k-${me.toLowerCase()}-[a-z0-9]{8}\\.json$`));
    return saveAs(name);
  });
}

/** Downloads the submitted scoresheet and saves it where `saveAs` says (given the file's name). */
export async function downloadScoresheet(page: Page, saveAs: (name: string) => string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my scoresheet' }).click(),
  ]);
  const path = saveAs(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/**
 * A session file with three of the seed questions, whose IDs stay stable (docs/ARCHITECTURE.md,
 * "Stable IDs"), so the ratings below do not depend on how many questions the catalogue grows to.
 */
export async function writeSessionFile(path: string) {
  const session = {
    format: 'dojo-interview-session/1',
    id: 'e2epanel00000001',
    createdAt: '2026-11-25T10:00:00.000Z',
    level: 'senior',
    candidate: 'Candidate K',
    panelists: ['Ana', 'Ben'],
    minutes: 45,
    questions: ['fraud-api-cloning/respond', 'fraud-api-cloning/business-impact', 'image-classifier/threats'],
  };
  await writeFile(path, JSON.stringify(session));
  return path;
}

/** A panelist's own browser (a separate context, so their saved data is their own). */
export async function newPanelist(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}
