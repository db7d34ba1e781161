import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const scan = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

test.describe('privacy attacks on the simulator page', () => {
  test('model inversion runs in the worker, labels only stop it, and progress records the practice', async ({
    page,
  }) => {
    await page.goto('/simulator/');
    const lab = page.getByRole('region', { name: 'Privacy: what the answers reveal about the training data' });
    await lab.getByRole('radio', { name: 'Model inversion' }).check();
    await lab.getByRole('button', { name: 'Run the privacy attack' }).click();
    await expect(lab.getByRole('status')).toHaveText('Done: model inversion on seed 1.', { timeout: 20_000 });
    const table = lab.getByRole('table', { name: /Model inversion/ });
    await expect(table.getByRole('row', { name: /Reconstruction error/ })).toBeVisible();
    await expect(lab.getByText(/Nearest fraud profile: card testing/)).toBeVisible();
    expect((await scan(page)).violations).toEqual([]);

    // Labels only: every small change of the confidence is hidden, the attacker stays at the start (error 1).
    await lab.getByLabel('What the API answers').selectOption('labels');
    await lab.getByRole('button', { name: 'Run the privacy attack' }).click();
    await expect(lab.getByRole('status')).toHaveText('Done: model inversion on seed 1.', { timeout: 20_000 });
    await expect(table.getByRole('row', { name: /Reconstruction error/ }).getByRole('cell')).toHaveText('1.000');

    // A reload brings the newest experiment back: its settings and its figures, marked as saved.
    await page.reload();
    await expect(lab.getByRole('status')).toHaveText(
      /^Done: model inversion on seed 1\. Saved .+; kept in this browser\.$/,
    );
    await expect(lab.getByRole('radio', { name: 'Model inversion' })).toBeChecked();
    await expect(lab.getByLabel('What the API answers')).toHaveValue('labels');
    await expect(table.getByRole('row', { name: /Reconstruction error/ }).getByRole('cell')).toHaveText('1.000');
    await expect(lab.getByText(/Nearest fraud profile:/)).toBeVisible();

    await page.goto('/progress/');
    await expect(page.getByText(/and 2 simulator runs/)).toBeVisible();
  });

  test('membership inference on seeds 1–5 shows each seed and the mean and range', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/simulator/');
    const lab = page.getByRole('region', { name: 'Privacy: what the answers reveal about the training data' });
    await lab.getByLabel('Training rows of the victim').fill('2000');
    await lab.getByRole('button', { name: 'Run it on seeds 1–5' }).click();
    await expect(lab.getByRole('button', { name: 'Stop the privacy attack' })).toBeVisible();
    await expect(lab.getByRole('status')).toHaveText('Done: membership inference on seeds 1, 2, 3, 4, 5.', {
      timeout: 60_000,
    });
    const table = lab.getByRole('table', { name: /Membership inference/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Measure',
      'Seed 1',
      'Seed 2',
      'Seed 3',
      'Seed 4',
      'Seed 5',
      'Mean (range)',
    ]);
    await expect(
      table
        .getByRole('row', { name: /AUC, all records/ })
        .getByRole('cell')
        .last(),
    ).toHaveText(/^0\.\d{3} \(0\.\d{3}–0\.\d{3}\)$/);
    expect((await scan(page)).violations).toEqual([]);
  });

  test('a bad setting is refused in words before anything runs', async ({ page }) => {
    await page.goto('/simulator/');
    const lab = page.getByRole('region', { name: 'Privacy: what the answers reveal about the training data' });
    await lab.getByLabel('Training rows of the victim').fill('lots');
    await lab.getByRole('button', { name: 'Run the privacy attack' }).click();
    await expect(lab.getByRole('alert')).toHaveText('train-size must be a whole number from 200 to 60,000 (got lots)');
    await lab.getByLabel('Training rows of the victim').fill('60000');
    await lab.getByLabel('Seed').fill('-3');
    await lab.getByRole('button', { name: 'Run the privacy attack' }).click();
    await expect(lab.getByRole('alert')).toHaveText(/^seed must be a whole number from 0 to 4,294,967,295 \(got -3\)$/);
  });
});
