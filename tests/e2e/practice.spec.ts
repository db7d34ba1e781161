import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/site';

const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;

const ANSWER =
  'I would start by drawing a data flow diagram of the pipeline: clicks, the event stream, the feature store, training and ' +
  'the serving endpoint, with the trust boundary at the users. Then I would apply STRIDE to each component. Fake accounts ' +
  'can poison the training data, which is tampering. The feature store is a single point of failure for training and ' +
  'serving. The scores from the endpoint allow model inversion. I would prioritise validating the data sources first. <b>bold</b>';

async function ready(question: Locator) {
  await expect(question.getByLabel('Your answer')).toBeEnabled();
}

test.describe('practice interview questions', () => {
  test('the practice page lists every question with a way to answer it', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.getByRole('heading', { level: 1, name: 'Practice interview questions' })).toBeVisible();
    for (const title of [
      'Threat model the recommender pipeline with STRIDE',
      'The business impact of a cloned model',
      'Confirm, respond to and prevent an API cloning campaign',
      "Threats across the image classifier's lifecycle",
      "Define the multi-tenant MLOps platform's threat model",
    ]) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
    expect(await page.getByRole('main').getByRole('listitem').count()).toBeGreaterThanOrEqual(15); // three per scenario
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Threat model the recommender pipeline with STRIDE' }).click();
    await expect(page).toHaveURL(/\/practice\/recommender-pipeline\/stride\/$/);
  });

  test('answer, see the quick estimate, then the level and evidence of the sentence model; reload and see it again', async ({
    page,
  }) => {
    await page.goto('/practice/recommender-pipeline/stride/');
    const q = page.getByRole('article', { name: 'Threat model the recommender pipeline with STRIDE' });
    await ready(q);
    await expect(q.getByRole('heading', { name: 'Answer strategy' })).toHaveCount(0);

    await q.getByRole('button', { name: 'Score my answer' }).click();
    await expect(q.getByRole('alert')).toHaveText(
      'Cannot score this answer: the answer is empty: write your answer in sentences.',
    );

    await q.getByLabel('Your answer').fill(ANSWER);
    await expect(q.getByText(/^\d+ words$/)).toHaveText(`${ANSWER.split(/\s+/).length} words`);
    await q.getByRole('checkbox', { name: /Time me/ }).check();
    await expect(q.getByText(/^0:0\d \/ 15:00/)).toBeVisible();
    await q.getByRole('button', { name: 'Score my answer' }).click();

    // At once: the word-matching estimate, labelled, while the sentence model loads.
    await expect(q.getByRole('heading', { name: /^Score: \d+\/100$/ })).toBeFocused();
    await expect(q.getByText(/^Quick estimate by word matching\./)).toBeVisible();
    // Then the sentence model's score replaces it, with a level.
    const heading = q.getByRole('heading', { name: /^Score: \d+\/100, (level \d of 4|below level 1)$/ });
    await expect(heading).toBeVisible({ timeout: 60_000 });
    await expect(q.getByText('Scored by the sentence model, claim by claim')).toBeVisible();
    const score = Number((await heading.textContent())!.match(/\d+/)![0]);
    expect(score).toBeGreaterThanOrEqual(40);
    await expect(q.getByRole('alert')).toHaveCount(0);
    await expect(q.getByRole('list', { name: /^What would earn level \d$/ })).toBeVisible();

    // Credited claims are marked inside the learner's own words, which stay text (no HTML is rendered).
    const answer = q.getByRole('blockquote');
    await expect(answer).toContainText('<b>bold</b>');
    await expect(answer.locator('b')).toHaveCount(0);
    // Playwright's role names stop at ARIA 1.2, which has no "mark" role: find the <mark> elements by tag.
    await expect(answer.locator('mark').filter({ hasText: 'poison the training data' })).toHaveCount(1);
    await expect(q.getByRole('list', { name: 'Concepts found' })).toContainText(
      'Data poisoning through fake accounts and bot clicks (Tampering)',
    );
    await expect(q.getByRole('heading', { name: 'Answer strategy' })).toBeVisible();
    await expect(q.getByRole('heading', { name: 'An example answer at each level' })).toBeVisible();
    await q.getByText('Example at level 4').click();
    expect(await axe(page)).toEqual([]);

    // After a reload the level and its explanation are there again, from the saved attempt.
    await page.reload();
    await ready(q);
    await expect(q.getByLabel('Your answer')).toHaveValue(ANSWER);
    await expect(q.getByRole('heading', { name: `Score: ${score}/100`, exact: false })).toBeVisible();
    await expect(q.getByRole('list', { name: 'Concepts found' })).toContainText('Data poisoning');
    const history = q.getByRole('table', { name: 'Your attempts at this question, oldest first' });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText(String(score));
    await expect(q.getByText(`Best ${score}/100`)).toBeVisible();

    // A keyword list scores low; the history shows both attempts.
    await q
      .getByLabel('Your answer')
      .fill('STRIDE, DFD, data poisoning, fake accounts, single point of failure, model inversion');
    await q.getByRole('button', { name: 'Score my answer' }).click();
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(q.getByRole('heading', { name: /^Score: \d+\/100, / })).toBeVisible({ timeout: 60_000 });
    await expect(q.getByText(new RegExp(`down \\d+ points since your first attempt`))).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('an answer in French goes to a person, and a model that cannot load leaves the labelled estimate', async ({
    page,
  }) => {
    await page.goto('/practice/fraud-api-cloning/respond/');
    const q = page.getByRole('article', { name: 'Confirm, respond to and prevent an API cloning campaign' });
    await ready(q);
    await q
      .getByLabel('Your answer')
      .fill(
        "Je commencerais par les journaux de requêtes du compte suspect et des clés liées, puis je révoquerais la clé et je renverrais seulement l'étiquette avec un quota par client.",
      );
    await q.getByRole('button', { name: 'Score my answer' }).click();
    await expect(q.getByRole('heading', { name: 'Needs a human grader' })).toBeVisible({ timeout: 60_000 });
    await expect(q.getByRole('list', { name: 'Warnings about this answer' })).toContainText('French');

    await page.route('**/models/use/**', (route) => route.abort());
    await page.reload();
    await ready(q);
    await page.evaluate(() => caches.delete('dojo-sentence-model-v1'));
    await page.reload();
    await ready(q);
    await q
      .getByLabel('Your answer')
      .fill('I would study the query logs for each API key and put a quota on every client.');
    await q.getByRole('button', { name: 'Score my answer' }).click();
    await expect(q.getByRole('status').filter({ hasText: 'could not load' })).toContainText(
      'Quick estimate by word matching, shown because the sentence model could not load',
    );
    await expect(q.getByRole('heading', { name: /^Score: \d+\/100$/ })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('answer a question on its scenario page', async ({ page }) => {
    await page.goto('/learn/fraud-api-cloning/');
    const q = page.getByRole('article', { name: 'Confirm, respond to and prevent an API cloning campaign' });
    await q.scrollIntoViewIfNeeded();
    await ready(q);
    await q
      .getByLabel('Your answer')
      .fill(
        'I would confirm it from the query logs of each API key, then revoke the key under our terms of service, and return only the label with a quota per client.',
      );
    await q.getByRole('button', { name: 'Score my answer' }).click();
    await expect(q.getByRole('heading', { name: /^Score: \d+\/100, / })).toBeVisible({ timeout: 60_000 });
    await expect(q.getByRole('blockquote').locator('mark').filter({ hasText: 'query logs' })).toHaveCount(1);
    await expect(q.getByRole('list', { name: 'Concepts missed' })).toContainText(
      'Prove the copy with a watermark or fingerprint',
    );
    await expect(q.getByRole('heading', { name: 'Answer strategy' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});
