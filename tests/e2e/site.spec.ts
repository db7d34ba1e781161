import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, watchOrigin, WCAG_TAGS } from './support/site';

test.describe('the home page', () => {
  test('presents the three uses and the navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('AI Security Dojo');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Learn, practise and hire/);
    for (const name of [
      'Learn at your own pace',
      'Run hiring-panel interviews',
      'Explore the career and skill guide',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Learn', 'Practice', 'Interview', 'Simulator', 'Labs', 'Guide', 'Search', 'Progress']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });

  test('ships no JavaScript but the inline theme script and the header search bootstrap', async ({ page }) => {
    const scripts = new Map<string, string>();
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script')
        scripts.set(new URL(r.url()).pathname, (await r.body()).toString('utf8'));
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // One small module (the "/" shortcut and a focus listener that loads the search code on first
    // use) and the shared chunks it imports statically; nothing else.
    const boot = [...scripts.keys()].find((p) =>
      /^\/_astro\/Header\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(p),
    );
    expect(boot).toBeDefined();
    const imported = [...scripts.get(boot!)!.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => `/_astro/${m[1]}`);
    expect([...scripts.keys()].sort()).toEqual([boot!, ...imported].sort());
    const bytes = [...scripts.values()].reduce((n, body) => n + body.length, 0);
    expect(bytes).toBeLessThan(4096);
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('dojo-theme');
  });
});

test.describe('keyboard only', () => {
  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
  });

  test('every main navigation link is reachable with Tab and opens with Enter', async ({ page }) => {
    for (const [name, path] of [
      ['Learn', '/learn/'],
      ['Practice', '/practice/'],
      ['Guide', '/guide/'],
      ['Interview', '/interview/'],
      ['Simulator', '/simulator/'],
      ['Labs', '/labs/'],
      ['Search', '/search/'],
      ['Progress', '/progress/'],
    ] as const) {
      await page.goto('/');
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
      let focused = false;
      for (let i = 0; i < 20 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await link.evaluate((el) => el === document.activeElement);
      }
      expect(focused, `${name} link reached by Tab`).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(link).toHaveAttribute('aria-current', 'page');
    }
  });

  // Astro 7's JSX whitespace rules dropped the line break between text and a link.
  test('keeps the space between text and the link that follows it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('main')).toContainText('so every number can be reproduced. Open the simulator.');
    await expect(page.getByRole('contentinfo')).toContainText(
      'Frameworks: STRIDE per element · MITRE ATLAS (data 5.6.0) · OWASP Top 10 for LLM Applications 2025 · OWASP ML',
    );
    await page.goto('/guide/careers/ml-security-engineer/');
    const path = await page
      .getByRole('listitem')
      .filter({ hasText: /\((threat model|interview question),/ })
      .allTextContents();
    expect(path.length).toBeGreaterThan(0);
    for (const step of path)
      expect(step.trim()).toMatch(/\S \((threat model|interview question), \w+(, core skill)?\)$/);
  });

  test('the theme toggle switches and remembers the theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to dark theme' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeFocused();
    await page.goto('/guide/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  });

  test('follows the system theme until the user chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    // In a dark system theme the button offers the light one (it used to read "Dark theme").
    const toggle = page.getByRole('button', { name: 'Switch to light theme' });
    await expect(toggle).toBeVisible();
    await expect(page.getByRole('button', { name: /dark theme/i })).toHaveCount(0);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(15, 22, 32)');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  });
});

/**
 * Pages of the large generated collections (170 techniques, 57 case studies, 35 mitigations) share
 * one template each: every page of the site is checked except that each such collection is
 * represented by pages spread across it (its first, its last, and evenly between), which keeps the
 * browser run within CI's budget. Links on every page are still checked (links.spec.ts).
 */
const SAMPLED = ['/guide/techniques/', '/guide/case-studies/', '/guide/mitigations/'];
const PER_COLLECTION = 6;
function sampled(pages: string[]): string[] {
  const out = pages.filter((p) => !SAMPLED.some((prefix) => p.startsWith(prefix) && p !== prefix));
  for (const prefix of SAMPLED) {
    const group = pages.filter((p) => p.startsWith(prefix) && p !== prefix);
    const step = Math.max(1, (group.length - 1) / (PER_COLLECTION - 1));
    const picks = new Set<string>();
    for (let i = 0; i < PER_COLLECTION && group.length; i++)
      picks.add(group[Math.min(group.length - 1, Math.round(i * step))]);
    out.push(...picks);
  }
  return out.sort();
}

test('printing uses the light palette, in a dark system theme and with the dark toggle on', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/guide/');
  const colours = () =>
    page.evaluate(() => [
      getComputedStyle(document.documentElement).color,
      getComputedStyle(document.documentElement).backgroundColor,
    ]);
  // --text and --bg of the light palette (global.css).
  expect(await colours()).toEqual(['rgb(20, 32, 46)', 'rgb(255, 255, 255)']);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  expect(await colours()).toEqual(['rgb(20, 32, 46)', 'rgb(255, 255, 255)']);
  await page.emulateMedia({ media: 'screen' });
  expect(await colours()).not.toEqual(['rgb(20, 32, 46)', 'rgb(255, 255, 255)']);
});

test.describe('every page', () => {
  const all = builtPages();
  const pages = sampled(all);
  test('the build produced the pages', () => {
    expect(all).toEqual(
      expect.arrayContaining([
        '/',
        '/learn/',
        '/guide/',
        '/learn/image-classifier/',
        '/guide/atlas/',
        '/guide/case-studies/',
      ]),
    );
    expect(all.filter((p) => p.startsWith('/guide/techniques/'))).toHaveLength(170);
    expect(all.filter((p) => p.startsWith('/guide/case-studies/') && p !== '/guide/case-studies/')).toHaveLength(57);
  });

  for (const path of pages) {
    test(`${path}: no WCAG 2.1 AA violation, no request off the origin, no CSP violation`, async ({
      page,
      baseURL,
    }) => {
      const offOrigin = watchOrigin(page, new URL(baseURL!).origin);
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      expect(offOrigin).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    });
  }
});
