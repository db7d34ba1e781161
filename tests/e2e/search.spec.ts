/** Search from the header and from /search/: live results, filters, empty state, keyboard only, axe. */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/site';

const NO_RESULTS = '0 results found. Try a different search term.';
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
/** Opens the search page and waits for the index (slow on a busy machine) before asserting on results. */
async function openSearch(page: Page, query = '', types: string[] = []) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const t of types) params.append('type', t);
  await page.goto(`/search/${params.size ? `?${params}` : ''}`);
  await expect(status(page)).not.toHaveText(/Loading|needs JavaScript/, { timeout: 20_000 });
}

test.describe('the search page', () => {
  test('reads ?q= and finds an ATLAS ID as typed, first', async ({ page }) => {
    await openSearch(page, 'AML.T0024.002');
    await expect(page.getByLabel(/Search careers, skills/)).toHaveValue('AML.T0024.002');
    await expect(status(page)).toHaveText(/^\d+ results? found$/);
    await expect(results(page).first().getByRole('link')).toHaveText('Extract AI Model');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/guide/techniques/aml-t0024-002/');
  });

  test('updates as the user types and marks the matched words', async ({ page }) => {
    await openSearch(page);
    const box = page.getByLabel(/Search careers, skills/);
    await expect(status(page)).toHaveText(/Type a search term/);
    await box.fill('posioning');
    await expect(status(page)).toHaveText(/^\d+ results found$/);
    await expect(page).toHaveURL(/\/search\/\?q=posioning$/);
    const first = results(page).first();
    await expect(first.locator('mark').first()).toHaveText(/^poison/i);
    await box.fill('model stealing');
    await expect(page.getByRole('link', { name: 'Extract AI Model' })).toBeVisible();
  });

  test('shows user text as text, never as markup', async ({ page }) => {
    await openSearch(page, '<img src=x onerror=alert(1)> poisoning');
    await expect(status(page)).toHaveText(/found/);
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('filters by type: "N careers found"', async ({ page }) => {
    await openSearch(page, 'extraction');
    await expect(status(page)).toHaveText(/^\d+ results found$/);
    await page.getByRole('checkbox', { name: /^Careers/ }).check();
    await expect(status(page)).toHaveText(/^\d+ careers? found$/);
    await expect(page).toHaveURL(/type=career/);
    const items = await results(page).all();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) await expect(item.getByText(/^Career$/)).toBeVisible();
    await page.getByRole('checkbox', { name: /^Techniques/ }).check();
    await expect(status(page)).toHaveText(/^\d+ results found$/);
  });

  test('"backdoor" lists the pages about backdoors, not every page that mentions poisoning', async ({ page }) => {
    await openSearch(page, 'backdoor');
    await expect(results(page).first().getByRole('link')).toHaveText('Insert Backdoor Trigger');
    const count = Number((await status(page).textContent())?.match(/^(\d+) results found$/)?.[1]);
    expect(count).toBeGreaterThan(15);
    // 97 before the trim; the exact bound, relative to the pages that say the word, is in
    // src/lib/search/query.test.ts.
    expect(count).toBeLessThanOrEqual(45);
    await expect(page.getByRole('checkbox', { name: /^Careers/ })).toHaveAccessibleName('Careers (0)');
  });

  test('the careers filter alone lists every career for "careers"', async ({ page }) => {
    await openSearch(page, 'careers', ['career']);
    await expect(status(page)).toHaveText('8 careers found');
    await expect(results(page)).toHaveCount(8);
  });

  test('empty state: the exact text, and suggestions that search', async ({ page }) => {
    await openSearch(page, 'xyzzy');
    await expect(status(page)).toHaveText(NO_RESULTS);
    await expect(results(page)).toHaveCount(0);
    // The kinds are offered without a "(0)" each: the empty state already says nothing matched.
    await expect(page.getByRole('checkbox', { name: 'Careers', exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Show only' })).not.toContainText('(0)');
    await page.getByRole('button', { name: 'model extraction' }).click();
    await expect(page.getByLabel(/Search careers, skills/)).toHaveValue('model extraction');
    await expect(status(page)).toHaveText(/^\d+ results found$/);
  });

  test("lunr's syntax characters give results or the empty state, never an error", async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openSearch(page);
    const box = page.getByLabel(/Search careers, skills/);
    for (const q of ['foo:', '~', '-', '+', 'model^10', '"model', '*', 'title:poison', '🙂', 'x'.repeat(3000)]) {
      await box.fill(q);
      await expect(status(page)).toHaveText(/found/);
    }
    expect(errors).toEqual([]);
  });

  test('keyboard only: type, filter with Space, open a result with Enter', async ({ page }) => {
    await openSearch(page);
    await page.keyboard.press('/');
    const box = page.getByLabel(/Search careers, skills/);
    await expect(box).toBeFocused();
    await page.keyboard.type('red teaming');
    await expect(status(page)).toHaveText(/found/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /^Careers/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(status(page)).toHaveText(/careers? found/);
    const link = results(page).first().getByRole('link');
    const href = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('no WCAG 2.1 AA violation with results and in the empty state, light and dark', async ({ page }) => {
    for (const [q, scheme] of [
      ['model extraction', 'light'],
      ['xyzzy', 'light'],
      ['model extraction', 'dark'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openSearch(page, q);
      await expect(status(page)).toHaveText(/found/);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('the header search box', () => {
  test('loads no search code until the box is focused, then the index once', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/guide/');
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter((p) => p.includes('search-index') || p.includes('load-engine') || p.includes('header-search')),
    ).toEqual([]);
    await page.getByRole('search').first().getByRole('searchbox').focus();
    await expect.poll(() => requested.filter((p) => p === '/search-index.json').length).toBe(1);
    await page.keyboard.type('poison');
    await page.keyboard.press('Escape');
    await page.keyboard.type('ing');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p === '/search-index.json')).toHaveLength(1);
  });

  test('"/" focuses it; arrows choose a suggestion; Enter opens it', async ({ page }) => {
    await page.goto('/guide/');
    await page.locator('body').press('/');
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    await expect(box).toBeFocused();
    await page.keyboard.type('backdoor');
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first).toContainText('Insert Backdoor Trigger');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/guide/techniques/aml-t0043-004/');
  });

  test('Enter without a chosen suggestion opens /search/?q=', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').press('/');
    await page.keyboard.type('model stealing');
    await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=model+stealing');
    await expect(status(page)).toHaveText(/^\d+ results found$/);
  });

  test('works as a plain form without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/guide/');
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await box.fill('jailbreak');
    await box.press('Enter');
    await expect(page).toHaveURL('/search/?q=jailbreak');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('open suggestions have no WCAG 2.1 AA violation (dark theme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/guide/');
    await page.locator('body').press('/');
    await page.keyboard.type('extraction');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
