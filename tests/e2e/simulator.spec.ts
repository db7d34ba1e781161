import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The main thread's long tasks during a run are measured in `npm run bench -- pages`, not asserted
// here: a timing on a busy 2-core test machine is not a test.

test.describe('free-form simulator', () => {
  test('runs an experiment and reports d + 1 queries, then a 10,000-query run', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
    const table = page.getByRole('table', { name: /Runs compared/ });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('cell', { name: '1.000' }).first()).toBeVisible();
    // A longer run: 10,000 queries of retraining, plotted as it goes.
    await page.getByLabel('Attack').selectOption('retrain-adaptive');
    await page.getByLabel('Query budget').fill('10000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 10000 queries.')).toBeVisible({ timeout: 30_000 });
    await expect(table.getByRole('row')).toHaveCount(3);
  });

  test('offers the attacks each victim allows, and adaptive sampling for the substitute attack', async ({ page }) => {
    await page.goto('/simulator/');
    await expect(page.getByRole('option', { name: 'functionally-equivalent (neural network only)' })).toBeDisabled();
    await expect(page.getByLabel('Public transactions chosen')).toHaveCount(0);
    await page.getByLabel('Attack').selectOption('substitute');
    await page.getByLabel('Public transactions chosen').selectOption('adaptive');
    await page.getByLabel('Query budget').fill('300');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 300 queries.')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/Adaptive sampling \(Knockoff Nets\)/)).toBeVisible();
    expect(await page.getByLabel('Link to these settings').inputValue()).toContain('sampling=adaptive');
    // The MLP: functionally equivalent extraction clones it from its critical points.
    await page.getByLabel('Victim model').selectOption('mlp');
    await page.getByLabel('Attack').selectOption('functionally-equivalent');
    await page.getByLabel('Query budget').fill('20000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/located \d+ critical points/)).toBeVisible({ timeout: 30_000 });
  });

  test("marks where the detector raised its alarm, in the legend beside the run's line", async ({ page }) => {
    await page.goto('/simulator/?attack=lowd-meek&defence=labels&detector=prada&budget=3000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Finished: \d+ queries\./)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('listitem').filter({ hasText: /\(alarm at query \d+\)/ })).toBeVisible();
  });

  test('keeps finished runs across a reload, and forgets them when cleared', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('checkbox', { name: 'Labels only' }).check();
    await page.getByLabel('Attack').selectOption('lowd-meek');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Finished: \d+ queries\./)).toBeVisible({ timeout: 20_000 });
    const table = page.getByRole('table', { name: /Runs compared/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    await page.goto('/simulator/');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('rowheader', { name: /lowd-meek · labels/ })).toBeVisible();
    await page.getByRole('button', { name: 'Clear runs' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Run experiment' })).toBeEnabled();
    await expect(table).toHaveCount(0);
    // Clearing the plot does not forget the practice: the progress page counts both runs.
    await page.goto('/progress/');
    await expect(page.getByText(/and 2 simulator runs\./)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Defending against model extraction' })).toHaveText(
      /Defending against model extraction: 2 attempts$/,
    );
    await expect(page.getByRole('row', { name: /Simulator: free experiments Simulator mid 2/ })).toBeVisible();
    const exfiltration = page.getByRole('listitem', { name: 'Exfiltration' });
    await expect(exfiltration.getByRole('listitem').filter({ hasText: 'AML.T0024.002' })).toContainText('2 attempts');
  });

  test('runs the settings on seeds 1–5 and shows each seed and the mean and range', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByLabel('Attack').selectOption('retrain-uniform');
    await page.getByRole('button', { name: 'Run on seeds 1–5' }).click();
    await expect(page.getByRole('status').filter({ hasText: /seeds/ })).toHaveText(
      'Done: 5 of 5 seeds recovered a model.',
      { timeout: 60_000 },
    );
    const table = page.getByRole('table', { name: /Across seeds: logreg · retrain-uniform/ });
    await expect(table.getByRole('rowheader')).toHaveText(['1', '2', '3', '4', '5', 'Mean (range)']);
    // Five different victims: balanced fidelity differs between seeds, so the mean has a range.
    await expect(table.getByRole('row', { name: /Mean \(range\)/ })).toContainText(/0\.\d{3} \(0\.\d{3}–[01]\.\d{3}\)/);
    await expect(table.getByRole('row', { name: /Mean \(range\)/ })).toContainText('no alarm');
  });

  test('cancels a run', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByLabel('Victim model').selectOption('mlp');
    // Equation solving cannot attack the MLP: the attack moves to retraining and the option is marked.
    await expect(page.getByLabel('Attack')).toHaveValue('retrain-uniform');
    await expect(page.getByRole('option', { name: 'equation-solving (logistic regression only)' })).toBeDisabled();
    await page.getByLabel('Attack').selectOption('retrain-adaptive');
    await page.getByLabel('Query budget').fill('100000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Running:/)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    // The next run works after a cancel (a fresh worker).
    await page.getByLabel('Victim model').selectOption('logreg');
    await page.getByLabel('Attack').selectOption('equation-solving');
    await page.getByLabel('Query budget').fill('1000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
  });

  test('compares two runs on one plot and one table', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
    // Defences are boxes and number fields; the chain they make is shown as the command line writes it.
    await page.getByRole('checkbox', { name: 'Round the probability' }).check();
    await page.getByRole('textbox', { name: 'decimals' }).fill('2');
    await expect(page.getByText('As the command line writes it: round:2')).toBeVisible();
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Finished: \d+ queries\./)).toBeVisible({ timeout: 20_000 });
    const table = page.getByRole('table', { name: /Runs compared/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('rowheader', { name: /round:2/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /for 2 run\(s\)/ })).toBeVisible();
  });

  test('shares the settings in the URL and restores them on reload', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByLabel('Attack').selectOption('lowd-meek');
    await page.getByRole('checkbox', { name: 'Labels only' }).check();
    await page.getByLabel('Query budget').fill('5000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    const finished = page.getByText(/Finished: \d+ queries\./);
    await expect(finished).toBeVisible({ timeout: 20_000 });
    const firstRun = await finished.textContent();
    const url = await page.getByLabel('Link to these settings').inputValue();
    expect(url).toContain('attack=lowd-meek');
    expect(url).toContain('defence=labels');
    await page.goto(url);
    await expect(page.getByLabel('Attack')).toHaveValue('lowd-meek');
    await expect(page.getByRole('checkbox', { name: 'Labels only' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Round the probability' })).not.toBeChecked();
    await expect(page.getByLabel('Query budget')).toHaveValue('5000');
    // The same settings give the same run: the same number of queries after the reload.
    await expect(page.getByText(firstRun!.trim())).toBeVisible({ timeout: 20_000 });
  });

  test('keeps its controls disabled until the island can read them', async ({ browser }) => {
    // Typed into the server HTML, a value would be replaced by the island's state on hydration
    // and the run would use settings the learner never saw (a flaky test found this).
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/simulator/');
    await expect(page.getByLabel('Query budget')).toBeDisabled();
    await expect(page.getByLabel('Attack')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Run experiment' })).toBeDisabled();
    await context.close();
  });

  test('explains bad settings and caps absurd budgets', async ({ page }) => {
    await page.goto('/simulator/');
    const run = page.getByRole('button', { name: 'Run experiment' });
    await page.getByLabel('Query budget').fill('NaN');
    await run.click();
    await expect(page.getByRole('alert')).toHaveText('budget must be a whole number of queries (got NaN)');
    await page.getByLabel('Query budget').fill('-5');
    await run.click();
    await expect(page.getByRole('alert')).toHaveText('budget must be at least 1 query (got -5)');
    await page.getByLabel('Query budget').fill('1000');
    // A chain typed by hand, in any order, is validated the same way.
    await page.getByText('Type a defence chain').click();
    await page.getByLabel('Defence chain').fill('round:50');
    await expect(page.getByRole('checkbox', { name: 'Round the probability' })).toBeChecked();
    await run.click();
    await expect(page.getByRole('alert')).toContainText('round:K needs K a whole number of decimals from 0 to 15');
    await page.goto('/simulator/?attack=steal-everything');
    await expect(page.getByRole('alert')).toContainText('unknown attack "steal-everything"');
    await page.goto('/simulator/?budget=1000000000');
    await expect(page.getByText(/capped at 100000/)).toBeVisible({ timeout: 20_000 });
  });

  test('says when no model was recovered, and spreads an attack over many accounts', async ({ page }) => {
    await page.goto('/simulator/');
    await page.getByRole('checkbox', { name: 'Labels only' }).check();
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Only 0 usable equations of the 31 needed: no model recovered\./)).toBeVisible({
      timeout: 20_000,
    });
    const table = page.getByRole('table', { name: /Runs compared/ });
    await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('–');
    await page.getByLabel('Attack').selectOption('lowd-meek');
    await page.getByRole('combobox', { name: 'Detector' }).selectOption('prada');
    await page.getByLabel('Client accounts').fill('20');
    await page.getByLabel('Query budget').fill('3000');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText(/Finished: \d+ queries\./)).toBeVisible({ timeout: 30_000 });
    await expect(table.getByRole('row').nth(2).getByRole('rowheader')).toContainText('20 accounts');
    await page.getByLabel('Client accounts').fill('0');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByRole('alert')).toHaveText('clients must be from 1 to 1000 accounts (got 0)');
  });

  test('fits a 390-pixel phone before and after a run', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto('/simulator/');
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await context.close();
  });

  test('has no axe violations before and after a run', async ({ page }) => {
    await page.goto('/simulator/');
    const scan = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect((await scan()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
    expect((await scan()).violations).toEqual([]);
  });
});
