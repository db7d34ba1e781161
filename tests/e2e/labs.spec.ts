/**
 * The image labs in the browser (issue 18): real runs in the labs' Web Worker on TensorFlow.js's
 * WASM backend, with every file from the site's own origin; bad settings worded by the cores'
 * parsers; runs kept across a reload; the pages axe-clean and no wider than a phone; and
 * TensorFlow.js loaded only once a run starts.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS, watchOrigin } from './support/site';
import { PHONE, PHONE_WIDTH, pageWidth } from './support/phone';

const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;

/** Every URL the page and its workers ask for, as they ask. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
/** Content-Security-Policy violations the page reports (read with `cspViolations`). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const labFiles = (urls: string[]) => urls.filter((u) => /labs\.worker|\.wasm$|\/labs\/fashion-/.test(u));

test.describe('the evasion lab', () => {
  test('FGSM on 20 images runs in the worker, draws the images, and comes back after a reload', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const offOrigin = watchOrigin(page, new URL(baseURL!).origin);
    const asked = requests(page);
    await watchCsp(page);
    await page.goto('/labs/evasion/');
    const lab = page.getByRole('region', { name: 'Attack the classifier' });
    await expect(lab.getByLabel('Attack')).toBeEnabled();
    // Nothing of TensorFlow.js, the data or the weights before a run.
    expect(labFiles(asked)).toEqual([]);
    expect(await axe(page)).toEqual([]);

    await lab.getByLabel('Attack').selectOption('fgsm');
    await expect(lab.getByLabel('PGD steps')).toHaveCount(0);
    await lab.getByLabel('Test images').fill('20');
    await lab.getByRole('button', { name: 'Run the attack' }).click();
    await expect(lab.getByRole('heading', { name: 'FGSM, ε = 0.1, 20 images' })).toBeVisible({ timeout: 60_000 });
    expect(page.url()).toMatch(/\/labs\/evasion\/\?attack=fgsm&images=20$/);

    const figures = lab.getByRole('table', { name: 'What the attack did' });
    await expect(figures.getByRole('row', { name: /^Images attacked 20$/ })).toBeVisible();
    const clean = await figures
      .getByRole('row', { name: /^Clean accuracy/ })
      .getByRole('cell')
      .textContent();
    const adv = await figures
      .getByRole('row', { name: /^Adversarial accuracy/ })
      .getByRole('cell')
      .textContent();
    // FGSM at ε = 0.1 costs the undefended CNN accuracy on the seed's 20 images (the CLI's figures).
    expect(parseFloat(adv!)).toBeLessThan(parseFloat(clean!));
    await expect(figures.getByRole('row', { name: /^Mean perturbation, L∞/ }).getByRole('cell')).toHaveText('0.100');
    // Four images, each drawn three times: original, perturbation, adversarial.
    await expect(lab.getByRole('figure', { name: /^Image \d: a / })).toHaveCount(4);
    await expect(lab.getByRole('img', { name: /^Perturbation, largest change 2[56] of 255 grey levels$/ })).toHaveCount(
      4,
    );
    await expect(lab.getByRole('img', { name: /^Adversarial image, classified / })).toHaveCount(4);
    expect(await axe(page)).toEqual([]);
    // TensorFlow.js's WASM binary came from this site, like everything else.
    expect(labFiles(asked).map((u) => new URL(u).pathname.replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(
      expect.arrayContaining([
        '/_astro/labs.worker.js',
        expect.stringMatching(/^\/models\/tfjs\/tfjs-backend-wasm(-simd)?\.wasm$/),
        '/labs/fashion-cnn/weights.bin',
        '/labs/fashion-mnist/test.bin',
      ]),
    );
    expect(offOrigin).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    await page.reload();
    await expect(lab.getByRole('heading', { name: 'FGSM, ε = 0.1, 20 images' })).toBeVisible();
    await expect(lab.getByLabel('Attack')).toHaveValue('fgsm');
    await expect(lab.getByLabel('Test images')).toHaveValue('20');
    await expect(figures.getByRole('row', { name: /^Adversarial accuracy/ }).getByRole('cell')).toHaveText(adv!);
    await expect(lab.getByRole('table', { name: 'Evasion runs kept in this browser' }).getByRole('row')).toHaveCount(2);

    // The run counts as practice of adversarial robustness testing, with the techniques it used.
    await page.goto('/progress/');
    await expect(page.getByText(/and 1 lab run\./)).toBeVisible();
    await expect(page.getByRole('row', { name: /^Lab: evasion Lab mid 1/ })).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Adversarial robustness testing with ART and Counterfit' }),
    ).toHaveText(/: 1 attempt$/);
    await expect(page.getByRole('listitem').filter({ hasText: 'AML.T0043.000' }).first()).toContainText('1 attempt');
  });

  test('a bad setting shows the parser’s message and starts nothing; cancel stops a run', async ({ page }) => {
    const asked = requests(page);
    await page.goto('/labs/evasion/');
    const lab = page.getByRole('region', { name: 'Attack the classifier' });
    await lab.getByLabel('Epsilon (ε)').fill('1.5');
    await lab.getByRole('button', { name: 'Run the attack' }).click();
    await expect(lab.getByRole('alert')).toHaveText('epsilon must be from 0 to 1 (pixels are in [0, 1]) (got 1.5)');
    await lab.getByLabel('Epsilon (ε)').fill('0.1');
    await lab.getByLabel('Test images').fill('1000000');
    await lab.getByRole('button', { name: 'Run the attack' }).click();
    await expect(lab.getByRole('alert')).toHaveText(
      'images must be from 1 to 1000, the size of the test subset (got 1000000)',
    );
    expect(labFiles(asked)).toEqual([]);

    // PGD-200 on 1,000 images would take minutes: cancel it.
    await lab.getByLabel('Test images').fill('1000');
    await lab.getByLabel('PGD steps').fill('200');
    await lab.getByRole('button', { name: 'Run the attack' }).click();
    await lab.getByRole('button', { name: 'Cancel the run' }).click();
    await expect(lab.getByRole('status')).toHaveText('Cancelled.');
    await expect(lab.getByRole('button', { name: 'Run the attack' })).toBeEnabled();
    await expect(lab.getByRole('table', { name: 'Evasion runs kept in this browser' })).toHaveCount(0);
  });

  test('accuracy against ε: a chart and its table, falling from the clean accuracy', async ({ page }) => {
    test.setTimeout(90_000);
    await watchCsp(page);
    await page.goto('/labs/evasion/?attack=fgsm&images=20');
    const lab = page.getByRole('region', { name: 'Attack the classifier' });
    await expect(lab.getByLabel('Attack')).toHaveValue('fgsm');
    await lab.getByRole('button', { name: 'Plot accuracy against ε' }).click();
    const table = lab.getByRole('table', { name: 'FGSM at every ε, 20 images, seed 1' });
    await expect(table.getByRole('row')).toHaveCount(8, { timeout: 60_000 });
    await expect(lab.getByRole('img', { name: /^Accuracy against ε \(L∞\)/ })).toBeVisible();
    const cells = async (row: number) =>
      (await table.getByRole('row').nth(row).getByRole('cell').allTextContents()).map((t) => parseFloat(t));
    const [cleanAt0, advAt0] = await cells(1);
    expect(advAt0).toBe(cleanAt0);
    const [, advAt03] = await cells(7);
    expect(advAt03).toBeLessThan(advAt0);
    expect(await axe(page)).toEqual([]);
    // The chart draws under the site's strict policy (uPlot styles through the CSSOM only).
    expect(await cspViolations(page)).toEqual([]);
  });
});

test.describe('the poisoning lab', () => {
  test('a 2 % backdoor retrained for 2 epochs: the CLI’s figures, stickered sneakers tagged Trouser, kept', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/labs/poisoning/');
    const lab = page.getByRole('region', { name: 'Poison the training data' });
    await expect(lab.getByLabel('Attack')).toBeEnabled();
    expect(await axe(page)).toEqual([]);
    await lab.getByLabel('Retraining epochs').fill('2');
    await lab.getByRole('button', { name: 'Poison and retrain' }).click();
    await expect(lab.getByRole('progressbar')).toBeVisible();
    const heading = lab.getByRole('heading', { name: 'Backdoor, 2 % of the images: Sneaker → Trouser; no defence' });
    await expect(heading).toBeVisible({ timeout: 100_000 });
    expect(page.url()).toMatch(/\/labs\/poisoning\/\?epochs=2$/);

    // `dojo poison --epochs 2 --json`: cleanAccuracy 0.874, attackSuccessRate 0.99, 120 images poisoned
    // (within half a point: the browser's WASM build may round a float differently).
    const figures = lab.getByRole('table', { name: 'What the poison did' });
    const figure = async (row: RegExp) =>
      parseFloat((await figures.getByRole('row', { name: row }).getByRole('cell').textContent())!);
    expect(Math.abs((await figure(/^Clean accuracy/)) - 87.4)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((await figure(/^Attack success/)) - 99)).toBeLessThanOrEqual(0.5);
    await expect(figures.getByRole('row', { name: 'Training images poisoned 120' })).toBeVisible();
    const stickered = lab.getByRole('img', { name: /^Sneaker with the sticker, tagged / });
    await expect(stickered).toHaveCount(6);
    await expect(lab.getByRole('img', { name: 'Sneaker with the sticker, tagged Trouser' })).not.toHaveCount(0);
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await expect(heading).toBeVisible();
    await expect(lab.getByLabel('Retraining epochs')).toHaveValue('2');
    await expect(stickered).toHaveCount(6);
  });

  test('label consensus against label-flipping contributors; a rate above 1 is refused', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/labs/poisoning/');
    const lab = page.getByRole('region', { name: 'Poison the training data' });
    await lab.getByLabel('Attack').selectOption('label-flip');
    await expect(lab.getByLabel('Target class')).toHaveValue('Sandal');
    await lab.getByLabel('Malicious share of the contributors').fill('1.5');
    await lab.getByRole('button', { name: 'Poison and retrain' }).click();
    await expect(lab.getByRole('alert')).toHaveText('rate must be from 0 to 1 (got 1.5)');
    await lab.getByLabel('Malicious share of the contributors').fill('0.3');
    await lab.getByLabel('Defence').selectOption('consensus');
    await lab.getByLabel('Retraining epochs').fill('1');
    await lab.getByRole('button', { name: 'Poison and retrain' }).click();
    await expect(
      lab.getByRole('heading', { name: 'Label flip, 30 % of contributors: Sneaker → Sandal; label consensus' }),
    ).toBeVisible({ timeout: 100_000 });
    const figures = lab.getByRole('table', { name: 'What the poison did' });
    const count = async (row: RegExp) =>
      Number((await figures.getByRole('row', { name: row }).getByRole('cell').textContent())!.replace(/,/g, ''));
    // Dawid–Skene leaves far fewer wrong labels than keeping each image's first label.
    expect(await count(/^Wrong labels used for training/)).toBeLessThan(await count(/^Wrong labels, first label/));
    await expect(lab.getByRole('img', { name: /^Sneaker, tagged / })).toHaveCount(6);
  });
});

test.describe('attack success against the poison rate', () => {
  test('a chart and its table: no sticker success without poison, most of it by 5 %', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/labs/poisoning/?epochs=1');
    const lab = page.getByRole('region', { name: 'Poison the training data' });
    await expect(lab.getByLabel('Retraining epochs')).toHaveValue('1');
    await lab.getByRole('button', { name: 'Plot attack success against the rate' }).click();
    const table = lab.getByRole('table', { name: 'Backdoor at every rate: Sneaker → Trouser; no defence, seed 1' });
    await expect(table.getByRole('row')).toHaveCount(7, { timeout: 140_000 });
    await expect(lab.getByRole('img', { name: /^Attack success against the poisoned share/ })).toBeVisible();
    const success = async (rate: string) =>
      parseFloat(
        (await table
          .getByRole('row', { name: new RegExp(`^${rate} `) })
          .getByRole('cell')
          .first()
          .textContent())!,
      );
    expect(await success('0')).toBeLessThan(5);
    expect(await success('0.05')).toBeGreaterThanOrEqual(90);
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('the guide links the labs', () => {
  test('the ART and Counterfit pages name the tool’s call for what each lab runs, and the skills link their lab', async ({
    page,
  }) => {
    await page.goto('/guide/tools/adversarial-robustness-toolbox/');
    const art = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Evasion lab' }) });
    await expect(art.filter({ hasText: /Evasion lab, FGSM: FastGradientMethod/ })).toHaveCount(1);
    await expect(
      page.getByRole('listitem').filter({ hasText: /Poisoning lab, spectral signatures: SpectralSignatureDefense/ }),
    ).toHaveCount(1);
    await page.getByRole('link', { name: 'Poisoning lab' }).first().click();
    await expect(page).toHaveURL(/\/labs\/poisoning\/$/);
    await page.goto('/guide/tools/counterfit/');
    await expect(
      page.getByRole('listitem').filter({ hasText: /Evasion lab, PGD: .*It has no FGSM config\./ }),
    ).toHaveCount(1);
    await page.goto('/guide/skills/data-poisoning-defence/');
    await expect(page.getByRole('link', { name: 'Poisoning lab' })).toHaveAttribute('href', '/labs/poisoning/');
    await page.goto('/learn/image-classifier/');
    const labs = page.getByRole('region', { name: 'Hands-on labs' });
    await expect(labs.getByRole('link')).toHaveText(['Evasion lab', 'Poisoning lab']);
  });
});

test.describe('on a phone', () => {
  test.use(PHONE);
  test('the labs pages fit 390 pixels, with a finished run', async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of ['/labs/', '/labs/poisoning/', '/learn/image-classifier/', '/labs/evasion/']) {
      await page.goto(path);
      expect((await pageWidth(page)).scrollWidth, path).toBeLessThanOrEqual(PHONE_WIDTH);
    }
    const lab = page.getByRole('region', { name: 'Attack the classifier' });
    await lab.getByLabel('Test images').fill('5');
    await lab.getByLabel('PGD steps').fill('3');
    await lab.getByRole('button', { name: 'Run the attack' }).tap();
    await expect(lab.getByRole('figure', { name: /^Image 1: a / })).toBeVisible({ timeout: 60_000 });
    const { scrollWidth, culprits } = await pageWidth(page);
    expect(scrollWidth, culprits.join('; ')).toBeLessThanOrEqual(PHONE_WIDTH);
    expect(await axe(page)).toEqual([]);
  });
});
