import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { WCAG_TAGS } from './support/site';
import { clearSavedWork, rows } from './support/storage';

const attemptsV1 = {
  version: 1,
  state: {
    attempts: {
      'fraud-api-cloning/respond': [
        {
          at: '2026-11-01T10:00:00.000Z',
          text: 'first try',
          score: 35,
          words: 2,
          matched: [],
          flags: [],
          seconds: null,
        },
        {
          at: '2026-11-08T10:00:00.000Z',
          text: 'second try',
          score: 62,
          words: 2,
          matched: [],
          flags: [],
          seconds: null,
        },
      ],
    },
    drafts: {},
  },
};
const modelsV1 = {
  version: 1,
  state: {
    work: {
      'image-classifier': {
        threats: [],
        submissions: 1,
        lastScore: 48,
        revealed: true,
        suggestionsOn: false,
        dismissed: [],
      },
    },
  },
};

async function seed(page: Page, items: Record<string, unknown>) {
  await page.goto('/');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries))
      localStorage.setItem(k, typeof v === 'string' ? v : JSON.stringify(v));
  }, items);
}

test('shows attempts, scores, coverage and a suggestion from saved work of older versions', async ({ page }) => {
  await seed(page, { 'dojo:attempts': attemptsV1, 'dojo:threat-models': modelsV1 });
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const row = page.getByRole('row', { name: /Confirm, respond to and prevent/ });
  await expect(row.getByRole('cell')).toContainText(['Question', 'senior', '2', '62', '62']);
  const model = page.getByRole('row', { name: /Threat model: Crowdsourced product-image classifier/ });
  await expect(model.getByRole('cell')).toContainText(['Threat model', 'mid', '1', '48', '48']);
  await expect(page.getByText(/2 of \d+ exercises attempted; 3 scored attempts in all/)).toBeVisible();
  // Issue 19, item 5: the extraction question scored, yet the skill read "not practised yet".
  await expect(page.getByRole('listitem').filter({ hasText: 'Defending against model extraction' })).toHaveText(
    /Defending against model extraction: \d+ attempts?, best 62$/,
  );
  await expect(page.getByRole('img', { name: /Scores over time: 3 scored attempts/ })).toBeVisible();
  // Answers name no technique and these old submissions kept no threats: nothing is credited
  // that the learner's own work did not use (issue 19, item 5).
  await expect(page.getByRole('list', { name: 'ATLAS techniques practised, by tactic' })).toHaveCount(0);
  await expect(page.getByText(/Nothing yet: submit a threat model whose threats map/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suggested next' })).toBeVisible();
  await expect(page.locator('.progress-next a')).toHaveAttribute('href', /^\/(practice|learn)\//);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('backup: export, clear, import back; a bad file changes nothing and says why', async ({ page }, info) => {
  await seed(page, { 'dojo:attempts': attemptsV1 });
  await page.goto('/progress/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ai-security-dojo-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = info.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.format).toBe('dojo-backup/2');
  expect(Object.keys(backup.stores)).toContain('dojo:attempts');
  expect(Object.keys(backup.stores['dojo:attempts'].records)).toHaveLength(2);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();

  await clearSavedWork(page);
  await page.reload();
  await expect(page.getByText(/0 of \d+ exercises attempted/)).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByText(/Restored \d+ saved records? from backup\.json/)).toBeVisible();
  await expect(page.getByText(/1 of \d+ exercises attempted; 2 scored attempts/)).toBeVisible();

  const before = await rows(page, 'records');
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup' }).click();
  await (
    await chooser2
  ).setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else/1","exportedAt":"x","items":{}}'),
  });
  await expect(page.getByText(/format is "something-else\/1".*Nothing was changed\./)).toBeVisible();
  expect(await rows(page, 'records')).toEqual(before);
  // A list is refused in words, not "(root: Invalid input: expected object, received array)".
  const chooser3 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import backup' }).click();
  await (await chooser3).setFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
  await expect(
    page.getByText(/should be an object \(\{…\}\) but is a list \(\[…\]\)\..*Nothing was changed\./),
  ).toBeVisible();
  await expect(page.getByText(/root: Invalid input/)).toHaveCount(0);
  expect(await rows(page, 'records')).toEqual(before);
  await page.reload();
  await expect(page.getByText(/1 of \d+ exercises attempted; 2 scored attempts/)).toBeVisible();
});

test('corrupted saved work is set aside, announced, and kept in the backup', async ({ page }) => {
  await seed(page, { 'dojo:attempts': '{"version":1,"state":{"attempts":' });
  await page.goto('/progress/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some saved work could not be read');
  await expect(alert).toContainText('attempts: the saved data was not valid JSON');
  const aside = await rows(page, 'setAside');
  expect(aside.map((e) => e.raw)).toEqual(['{"version":1,"state":{"attempts":']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup.setAside.map((e: { raw: string }) => e.raw)).toEqual(['{"version":1,"state":{"attempts":']);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await rows(page, 'setAside')).toHaveLength(1); // dismissing forgets the notice, not the data
});

test('one threat model credits exactly its technique and its skill, and the Learn index shows it', async ({ page }) => {
  // Issue 19, item 5: a threat model credited techniques it never mentioned (AML.T0058).
  await seed(page, {});
  await page.goto('/learn/image-classifier/');
  await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
  await builder.getByLabel('STRIDE category').selectOption('Tampering');
  await builder.getByLabel('Threat title').fill('Contributors poison the training data');
  await builder.getByLabel('Search ATLAS techniques').fill('poison training');
  await builder.getByRole('checkbox', { name: /AML\.T0020 Poison Training Data/ }).check();
  await builder.getByRole('button', { name: 'Add threat' }).click();
  await builder.getByRole('button', { name: 'Submit for scoring' }).click();
  await builder.getByRole('button', { name: 'Submit and show the reference' }).click();
  const heading = builder.getByRole('heading', { name: /^Your score: \d+ \/ 100$/ });
  await expect(heading).toBeVisible();
  const score = (await heading.textContent())!.match(/\d+/)![0];

  await page.goto('/progress/');
  const coverage = page.getByRole('list', { name: 'ATLAS techniques practised, by tactic' });
  await expect(coverage).toBeVisible();
  // AML.T0020 stands under both its tactics; no other technique appears.
  const cells = coverage.getByRole('link');
  await expect(cells).toHaveCount(2);
  await expect(cells).toHaveText([/^AML\.T0020 Poison Training Data/, /^AML\.T0020 Poison Training Data/]);
  // The scenario's one skill is practised; every other skill is not.
  const skills = page.getByRole('region', { name: 'Skills practised' }).getByRole('listitem');
  await expect(skills.filter({ hasText: 'ML threat modelling' })).toHaveText(
    `ML threat modelling: 1 attempt, best ${score}`,
  );
  await expect(skills.filter({ hasNotText: 'not practised yet' })).toHaveCount(1);

  await page.goto('/learn/');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Crowdsourced product-image classifier' }) });
  await expect(card.getByText(/^Your work: .+/)).toHaveText(`Your work: Threat model submitted once, best ${score}.`);
  await expect(page.getByText(/^Your work: .+/)).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the Practice index says what was answered, after the saved work is read', async ({ page }) => {
  await seed(page, { 'dojo:attempts': attemptsV1 });
  await page.goto('/practice/');
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Confirm, respond to and prevent an API cloning campaign' }) });
  await expect(item.getByText(/^Your work: .+/)).toHaveText('Your work: Answered twice: best 62, latest 62.');
  await expect(page.getByText(/^Your work: .+/)).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('dates on the progress page read as the site writes them', async ({ page }) => {
  await seed(page, { 'dojo:attempts': attemptsV1 });
  await page.goto('/progress/');
  const row = page.getByRole('row', { name: /Confirm, respond to and prevent/ });
  // Not "11/8/2026": the site's one format, "8 Nov 2026, 10:00" in the reader's time zone.
  await expect(row.getByRole('cell').last()).toHaveText(/^\d{1,2} Nov 2026, \d\d:\d\d$/);
});
