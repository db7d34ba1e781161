/**
 * The site on a phone (390 CSS pixels, touch; issue 19, item 2): no page is wider than the screen,
 * a wide table scrolls inside its own labelled, focusable box, and the threat-model diagram is
 * readable and works by touch. Pages with saved work are measured with that work in them.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/site';
import { PHONE, PHONE_WIDTH, pageWidth, unreachableWideTables } from './support/phone';
import { newPanelist, open, scoreAndExport, writeSessionFile } from './support/interview';

test.use(PHONE);

const SCENARIOS = [
  'ai-supply-chain',
  'image-classifier',
  'fraud-api-cloning',
  'mlops-platform',
  'recommender-pipeline',
  'llm-rag-assistant',
  'mcp-agent',
];
const STATIC_PAGES = [
  '/',
  '/learn/',
  '/practice/',
  '/guide/',
  '/guide/atlas/',
  '/guide/careers/ml-security-engineer/',
  '/guide/skills/model-extraction-defence/',
  '/guide/frameworks/mitre-atlas/',
  '/guide/frameworks/stride-per-element/',
  '/guide/techniques/aml-t0024-002/',
  '/guide/mitigations/aml-m0007/',
  '/guide/tools/adversarial-robustness-toolbox/',
  '/guide/case-studies/',
  '/simulator/',
  '/interview/',
  '/404/',
];

/** The page fits the phone's width, and its wide tables scroll in their own box (soft: every page is measured). */
async function expectFits(page: Page, what: string) {
  const { scrollWidth, culprits } = await pageWidth(page);
  expect.soft(scrollWidth, `${what} is ${scrollWidth}px wide: ${culprits.join('; ')}`).toBeLessThanOrEqual(PHONE_WIDTH);
  expect.soft(await unreachableWideTables(page), `${what}: wide tables outside a focusable region`).toEqual([]);
}

/** axe finds nothing in the light theme, nor in the dark one. */
async function expectAxeClean(page: Page, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      violations.map((v) => v.id),
      `${what}, ${colorScheme}`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

test("the site's pages fit a phone's width", async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of STATIC_PAGES) {
    await page.goto(path);
    await expectFits(page, path);
  }
  await page.goto('/guide/case-studies/');
  await page.getByRole('main').getByRole('link').filter({ hasText: /\S/ }).last().click();
  await expectFits(page, page.url());
  // The simulator with a finished run: its table of runs and its plot.
  await page.goto('/simulator/');
  await page.getByRole('button', { name: 'Run experiment' }).tap();
  await expect(page.getByText('Finished: 31 queries.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('table', { name: /Runs compared/ })).toBeVisible();
  await expectFits(page, 'the simulator with a run');
  await page.goto('/search/?q=model+stealing');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? found$/, { timeout: 20_000 });
  await expectFits(page, 'search with results');
});

test('learning and practising on a phone: scenario pages, the diagram by touch, an attempt, progress', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const id of SCENARIOS) {
    await page.goto(`/learn/${id}/`);
    await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
    await expectFits(page, `/learn/${id}/`);
  }

  // The diagram is readable (labels of at least 11 px as drawn) and an element is chosen by a tap.
  await page.goto('/learn/image-classifier/');
  await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  const labelling = builder.getByRole('button', { name: /^Labelling service, process/ });
  const label = labelling.getByText('Labelling service');
  const drawn = await label.evaluate((t) => {
    const svg = t.closest('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return { font: parseFloat(getComputedStyle(t).fontSize) * scale, height: t.getBoundingClientRect().height };
  });
  expect(drawn.font, 'font size of a diagram label as drawn').toBeGreaterThanOrEqual(11);
  expect(drawn.height, 'height of a diagram label as drawn').toBeGreaterThanOrEqual(11);
  const target = await labelling.boundingBox();
  expect(Math.min(target!.width, target!.height), 'the smaller side of an element as drawn').toBeGreaterThanOrEqual(24);
  await labelling.scrollIntoViewIfNeeded();
  await labelling.tap();
  await expect(labelling).toHaveAttribute('aria-pressed', 'true');
  await builder.getByLabel('STRIDE category').selectOption('Tampering');
  await builder.getByLabel('Threat title').fill('Contributors poison the training data with mislabelled images');
  await builder.getByLabel('Search ATLAS techniques').fill('poison training');
  await builder.getByRole('checkbox', { name: /AML\.T0020 Poison Training Data/ }).check();
  await builder.getByText('ATLAS mitigations catalogue').click();
  await builder.getByRole('checkbox', { name: /AML\.M0007 Sanitize Training Data/ }).check();
  await builder.getByRole('button', { name: 'Add threat' }).tap();
  await expect(builder.getByRole('table', { name: 'Your threats (1)' })).toBeVisible();
  await builder.getByRole('button', { name: 'Submit for scoring' }).tap();
  await builder.getByRole('button', { name: 'Submit and show the reference' }).tap();
  await expect(builder.getByRole('heading', { name: /^Your score: \d+ \/ 100$/ })).toBeVisible();
  await expectFits(page, 'a scenario page with a threat, a score and the reference');
  await expectAxeClean(page, 'the scenario page');

  // A practice question with an attempt.
  await page.goto('/practice/fraud-api-cloning/respond/');
  const q = page.getByRole('article', { name: 'Confirm, respond to and prevent an API cloning campaign' });
  await expect(q.getByLabel('Your answer')).toBeEnabled();
  await q
    .getByLabel('Your answer')
    .fill(
      'I would confirm the cloning by looking for accounts whose queries cover the input space uniformly, then rate ' +
        'limit them, return labels instead of scores, and watermark the answers so a clone can be proven in court.',
    );
  await q.getByRole('button', { name: 'Score my answer' }).tap();
  await expect(q.getByRole('table', { name: 'Your attempts at this question, oldest first' })).toBeVisible();
  await expectFits(page, 'a practice question with an attempt');
  await expectAxeClean(page, 'the practice question');

  await page.goto('/progress/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Confirm, respond to and prevent an API cloning campaign').first()).toBeVisible();
  await expectFits(page, '/progress/ with saved work');
  await expectAxeClean(page, '/progress/');
});

test('an interview on phones: setup, console, merge and report', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const ana = await newPanelist(browser, PHONE);
  const ben = await newPanelist(browser, PHONE);
  await open(ana.page, '/interview/');
  await ana.page
    .getByLabel('Session file (.json) from another panelist')
    .setInputFiles(await writeSessionFile(testInfo.outputPath('session.json')));
  const link = await ana.page.getByLabel('Session link').inputValue();
  await expectFits(ana.page, '/interview/ with a session');
  await ben.page.goto(link);
  await expect(ben.page.getByRole('status').filter({ hasText: 'Loaded the session from the link.' })).toBeVisible();

  const saveAs = (name: string) => testInfo.outputPath(name);
  const anaFile = await scoreAndExport(ana.page, 'Ana', [3, 2, 4], saveAs);
  await expectFits(ana.page, 'the console with a submitted scoresheet');
  const benFile = await scoreAndExport(ben.page, 'Ben', [3, 4, 3], saveAs);

  await open(ana.page, '/interview/merge/');
  await ana.page.getByLabel('Add scoresheet files (.json)').setInputFiles([anaFile, benFile]);
  await expect(ana.page.getByRole('table', { name: /Ratings side by side/ })).toBeVisible();
  await expectFits(ana.page, 'the merge with two scoresheets');
  await expectAxeClean(ana.page, 'the merge');

  await ana.page.getByRole('link', { name: 'Open the report' }).tap();
  await expect(ana.page.getByRole('heading', { name: 'Interview report: Candidate K' })).toBeVisible();
  await expectFits(ana.page, 'the report');
  await ana.context.close();
  await ben.context.close();
});
