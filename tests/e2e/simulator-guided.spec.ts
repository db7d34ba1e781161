import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The island hydrates when visible (client:visible): scroll to it and wait until Astro has hydrated it. */
async function openGuided(page: Page) {
  await page.goto('/learn/fraud-api-cloning/');
  const section = page.getByRole('region', { name: 'Clone the fraud API yourself' });
  await section.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const title = document.getElementById('sim-guided-title');
    return !!title && !title.closest('astro-island[ssr]');
  });
  return section;
}

test('the scenario page guides through six predictions and runs', async ({ page }) => {
  const section = await openGuided(page);
  const run = section.getByRole('button', { name: /Run this step|Predict first/ });
  await expect(run).toBeDisabled();
  const picks = [
    /31 queries/,
    /Many more/,
    /needs more queries/,
    /Clearly worse/,
    /within the first 1,000/,
    /No alarm at all/,
  ];
  for (let i = 0; i < picks.length; i++) {
    await section.getByRole('radio', { name: picks[i] }).check();
    await section.getByRole('button', { name: 'Run this step' }).click();
    await expect(section.getByText('Your prediction was right.')).toBeVisible({ timeout: 20_000 });
    if (i < picks.length - 1) await section.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(section.getByRole('table', { name: 'Your runs so far' }).getByRole('row')).toHaveCount(7);
  const wrap = section.getByRole('region', { name: 'What the runs showed' });
  await expect(wrap).toContainText('You predicted 6 of 6 runs right.');
  await expect(wrap.getByRole('listitem')).toHaveCount(6);
  const axe = await new AxeBuilder({ page })
    .include('section[aria-labelledby="sim-guided-title"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
  // The six runs are practice the progress page records.
  await page.goto('/progress/');
  await expect(page.getByRole('row', { name: /Simulator: the guided sequence Simulator mid 6/ })).toBeVisible();
});

test('a wrong prediction is corrected from the numbers', async ({ page }) => {
  const section = await openGuided(page);
  await section.getByRole('radio', { name: /not possible within 1,000/ }).check();
  await section.getByRole('button', { name: 'Run this step' }).click();
  await expect(section.getByText(/Not this time: the numbers bear out “31 queries/)).toBeVisible({ timeout: 20_000 });
});
