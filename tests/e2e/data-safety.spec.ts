/**
 * No data lost (issue 8): two open tabs do not overwrite each other's work, and learner text is
 * never rendered as HTML, wherever it is shown back.
 */
import { test, expect, type Page } from '@playwright/test';
import { rows } from './support/storage';

const QUESTION = '/practice/recommender-pipeline/stride/';
const TITLE = 'Threat model the recommender pipeline with STRIDE';

async function answer(page: Page, text: string) {
  const q = page.getByRole('article', { name: TITLE });
  await expect(q.getByLabel('Your answer')).toBeEnabled();
  await q.getByLabel('Your answer').fill(text);
  await q.getByRole('button', { name: 'Score my answer' }).click();
  await expect(q.getByRole('heading', { name: /^Score: \d+\/100$/ })).toBeVisible();
  return q;
}

test('two tabs answering the same question both keep their attempts', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(QUESTION);
  await b.goto(QUESTION);
  await answer(
    a,
    'Fake accounts can poison the training data through bot clicks, which is tampering with the event stream.',
  );
  await answer(
    b,
    'The feature store is a single point of failure, so a denial of service there stops training and serving.',
  );
  await a.reload();
  const history = a
    .getByRole('article', { name: TITLE })
    .getByRole('table', { name: 'Your attempts at this question, oldest first' });
  await expect(history.getByRole('row')).toHaveCount(3); // header + both attempts
});

const PAYLOAD = '<img src="x-xss-probe" alt="xss"><script>window.__xss = 1</script><b>bold</b>';

async function noInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x-xss-probe"]')).toHaveCount(0);
  await expect(page.locator('main b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test('an answer with markup is shown back as text in the score, history and progress', async ({ page }) => {
  await page.goto(QUESTION);
  const q = await answer(
    page,
    `I would threat model it with STRIDE per element. ${PAYLOAD} Fake accounts poison the data.`,
  );
  await expect(q.getByRole('blockquote')).toContainText('<img src="x-xss-probe"');
  await noInjectedMarkup(page);
  await page.reload();
  await expect(page.getByRole('article', { name: TITLE }).getByLabel('Your answer')).toHaveValue(/x-xss-probe/);
  await noInjectedMarkup(page);
  await page.goto('/progress/');
  await expect(page.getByText(/1 scored attempt in all/)).toBeVisible();
  await noInjectedMarkup(page);
});

test('a search for markup is shown back as text', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(PAYLOAD)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(PAYLOAD);
  await page.waitForLoadState('networkidle');
  await noInjectedMarkup(page);
});

test('a threat-model import with markup in its fields is shown as text', async ({ page }) => {
  await page.goto('/');
  const model = {
    format: 'dojo-threat-model/1',
    scenario: 'image-classifier',
    threats: [
      {
        element: 'inference-api',
        stride: 'Information disclosure',
        atlas: ['AML.T0024.002'],
        owasp: ['ML05'],
        title: PAYLOAD,
        likelihood: 3,
        impact: 3,
        mitigations: ['AML.M0004'],
        notes: PAYLOAD,
      },
    ],
  };
  await page.evaluate(
    (m) =>
      localStorage.setItem(
        'dojo:threat-models',
        JSON.stringify({
          version: 2,
          state: {
            work: {
              'image-classifier': {
                threats: m.threats.map((t, i) => ({ ...t, id: `x${i}` })),
                submissions: 0,
                lastScore: null,
                history: [],
                revealed: false,
                suggestionsOn: false,
                dismissed: [],
              },
            },
          },
        }),
      ),
    model,
  );
  await page.goto('/learn/image-classifier/');
  await expect(page.getByText('<img src="x-xss-probe"').first()).toBeVisible();
  await noInjectedMarkup(page);
});

test('a damaged practice save is set aside and the learner is told on the question page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('dojo:attempts', '{"version":1,"state":{"attempts":{"x":[{"score":"high"}]}}}'),
  );
  await page.goto(QUESTION);
  await expect(page.getByRole('alert')).toContainText('attempts: the saved data did not have the expected shape');
  const aside = await rows(page, 'setAside');
  expect(aside.map((e) => [e.store, e.raw])).toEqual([
    ['dojo:attempts', '{"version":1,"state":{"attempts":{"x":[{"score":"high"}]}}}'],
  ]);
  expect(await page.evaluate(() => localStorage.getItem('dojo:attempts'))).toBeNull();
});

test('a damaged threat-model save is set aside and the learner is told in the builder', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('dojo:threat-models', 'not json at all'));
  await page.goto('/learn/image-classifier/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'threat-models: the saved data was not valid JSON' }),
  ).toBeVisible();
});
