/** All of ATLAS: the matrix with its search, case studies linked both ways with techniques, the builder's picker. */
import { test, expect } from '@playwright/test';

test('the matrix lays techniques out by tactic and narrows to what is typed', async ({ page }) => {
  await page.goto('/guide/atlas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The ATLAS matrix');
  const matrix = page.getByRole('region', { name: 'ATLAS matrix' });
  await expect(matrix.getByRole('heading', { level: 2 })).toHaveCount(16);
  await expect(matrix.getByRole('heading', { name: /^Reconnaissance/ })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Find a technique' });
  await search.fill('model stealing');
  const status = page.getByRole('status').filter({ hasText: /match/ });
  // Extracting the model through its API, and training a proxy on its answers.
  await expect(status).toHaveText('2 techniques match.');
  await expect(matrix.getByRole('link', { name: /Extract AI Model AML\.T0024\.002/ })).toBeVisible();
  await expect(matrix.getByRole('link', { name: /Train Proxy via Replication AML\.T0005\.001/ })).toBeVisible();
  await expect(matrix.getByRole('link', { name: /LLM Jailbreak/ })).toBeHidden();
  await search.fill('jailbreak');
  // LLM Jailbreak has two tactics: it is in both columns.
  await expect(matrix.getByRole('link', { name: /LLM Jailbreak AML\.T0054/ })).toHaveCount(2);
  await expect(matrix.getByRole('link', { name: /LLM Jailbreak AML\.T0054/ }).first()).toBeVisible();
  await search.fill('escape');
  await expect(matrix.getByRole('link', { name: /Escape to Host AML\.T0105/ })).toBeVisible();
  await search.fill('qwertyuiop');
  await expect(status).toHaveText('No technique matches.');
  await expect(page.getByText('No technique matches. Try another word')).toBeVisible();
  await expect(page.getByRole('link', { name: 'search the whole site' })).toBeVisible();
  await search.press('Enter');
  await expect(page).toHaveURL(/\/guide\/atlas\/$/);
  await search.fill('');
  await expect(matrix.getByRole('link', { name: /LLM Jailbreak AML\.T0054/ }).first()).toBeVisible();
});

test('a case study is its chain of techniques, and a technique lists the case studies that use it', async ({
  page,
}) => {
  await page.goto('/guide/case-studies/');
  await expect(page.getByRole('table', { name: 'ATLAS case studies' }).getByRole('row')).toHaveCount(58);
  await page.getByRole('link', { name: 'Attack on Machine Translation Services' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attack on Machine Translation Services');
  await expect(page.getByText('MITRE ATLAS AML.CS0005 · Exercise · 30 April 2020')).toBeVisible();
  const chain = page.getByRole('list').filter({ hasText: 'AI Model Inference API Access' });
  await expect(chain.getByRole('listitem')).toHaveCount(9);
  await chain.getByRole('link', { name: /AML\.T0005\.001/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Train Proxy via Replication');
  await expect(page.getByRole('link', { name: 'Attack on Machine Translation Services' })).toBeVisible();
});

test("the builder's ATLAS picker offers every technique, in practitioners' words, and says when nothing matches", async ({
  page,
}) => {
  await page.goto('/learn/image-classifier/');
  await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
  const search = builder.getByLabel('Search ATLAS techniques');
  await search.fill('model stealing');
  await expect(page.getByRole('checkbox', { name: /AML\.T0024\.002 .*Extract AI Model/ })).toBeVisible();
  await search.fill('clone');
  await expect(page.getByRole('checkbox', { name: /AML\.T0024\.002 .*Extract AI Model/ })).toBeVisible();
  await search.fill('escape to host');
  await expect(page.getByRole('checkbox', { name: /AML\.T0105 Escape to Host/ })).toBeVisible();
  await search.fill('qwertyuiop');
  await expect(page.getByText('No technique matches “qwertyuiop”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'ATLAS matrix' })).toBeVisible();
});
