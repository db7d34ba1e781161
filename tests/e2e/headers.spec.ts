/**
 * The deployment headers: public/_headers is what the host reads from the build, and astro
 * preview sends the same set (astro.config.mjs parses the file into server.headers). Checked on
 * the wire, by framing the site from another origin, and against the meta CSP Astro still writes.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { headersForEveryPath, parseHeadersFile } from '../../src/lib/deploy/headers-file';
import { OUT_DIR } from './support/site';

const HEADERS_FILE = readFileSync('public/_headers', 'utf8');
const EXPECTED = headersForEveryPath(parseHeadersFile(HEADERS_FILE, 'public/_headers'));
const FRAMER = 'http://framer.test';

test.describe('response headers', () => {
  test('public/_headers names the six headers the issue asks for', () => {
    // The file is the source of truth for the checks below; this pins what it must contain.
    expect(Object.keys(EXPECTED).map((n) => n.toLowerCase())).toEqual([
      'content-security-policy',
      'x-frame-options',
      'referrer-policy',
      'x-content-type-options',
      'permissions-policy',
      'cross-origin-opener-policy',
    ]);
    expect(EXPECTED['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'])
      expect(EXPECTED['Permissions-Policy']).toContain(`${feature}=()`);
  });

  test('the build copies _headers unchanged, for the host to read', () => {
    expect(readFileSync(`${OUT_DIR}/_headers`, 'utf8')).toBe(HEADERS_FILE);
  });

  for (const path of ['/', '/guide/', '/search/?q=model', '/search-index.json', '/favicon.svg']) {
    test(`${path}: every header, with the file's value`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const sent = response.headers();
      for (const [name, value] of Object.entries(EXPECTED)) expect(sent[name.toLowerCase()], name).toBe(value);
    });
  }

  test('a page navigation gets them too, and the meta CSP is still written', async ({ page }) => {
    const response = await page.goto('/');
    const sent = await response!.allHeaders();
    for (const [name, value] of Object.entries(EXPECTED)) expect(sent[name.toLowerCase()], name).toBe(value);
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(meta).toHaveCount(1);
    await expect(meta).toHaveAttribute('content', /default-src 'self'/);
  });

  test('the meta CSP allows the inline theme script by the hash of its text, and it runs', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]).digest('base64');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-inline');
    // The script ran: it follows the system theme, here switched to dark after the load.
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});

/**
 * Serves, at another origin, a page that frames the site's home page. `strip` removes headers
 * from the framed response (on the way in, in this browser only) to show what each one does.
 */
async function frameFromElsewhere(page: Page, context: BrowserContext, baseURL: string, strip: string[]) {
  const target = new URL('/', baseURL).href;
  await context.route(`${FRAMER}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>framer</title><iframe title="framed" src="${target}"></iframe>`,
    }),
  );
  await context.route(target, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    for (const name of strip) delete headers[name];
    await route.fulfill({ response, headers });
  });
  await page.goto(`${FRAMER}/`);
  const framed = page.frameLocator('iframe[title="framed"]');
  return framed.getByRole('heading', { level: 1, name: /Learn, practise and hire/ });
}

test.describe('framing', () => {
  test('another origin cannot frame the site', async ({ page, context, baseURL }) => {
    const heading = await frameFromElsewhere(page, context, baseURL!, []);
    await expect(page.getByTitle('framed')).toBeAttached();
    // Chromium replaces a refused frame with its error page; the site's heading never renders.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(heading).toHaveCount(0);
  });

  test('frame-ancestors alone refuses it (X-Frame-Options removed)', async ({ page, context, baseURL }) => {
    const heading = await frameFromElsewhere(page, context, baseURL!, ['x-frame-options']);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(heading).toHaveCount(0);
  });

  test('X-Frame-Options alone refuses it (the CSP header removed)', async ({ page, context, baseURL }) => {
    const heading = await frameFromElsewhere(page, context, baseURL!, ['content-security-policy']);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(heading).toHaveCount(0);
  });

  test('control: with both removed the page does render in the frame (the meta CSP cannot stop it)', async ({
    page,
    context,
    baseURL,
  }) => {
    const heading = await frameFromElsewhere(page, context, baseURL!, ['x-frame-options', 'content-security-policy']);
    await expect(heading).toBeVisible();
  });
});
