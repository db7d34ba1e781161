/**
 * What a real browser can hand the site that a test's keyboard cannot: a lone surrogate in a
 * text field, and storage that throws on access. Neither may raise a page error.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';

const HIGH = 0xd83d; // first half of U+1F600, "\uD83D\uDE00"
const LOW = 0xde00;

/** Code units of "model theft" with one lone surrogate put at the start, the middle or the end. */
const LONE: [string, number[]][] = [
  ['high at the start', [HIGH, ...units('model theft')]],
  ['high in the middle', [...units('model '), HIGH, ...units(' theft')]],
  ['high at the end', [...units('model theft'), HIGH]],
  ['low at the start', [LOW, ...units('model theft')]],
  ['low in the middle', [...units('model '), LOW, ...units(' theft')]],
  ['low at the end', [...units('model theft'), LOW]],
];

function units(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/**
 * Puts text in the box as typing would (an input event), built from code units inside the page:
 * Playwright's fill, type and insertText all pass through the protocol as UTF-8, which turns a
 * lone surrogate into U+FFFD before the page sees it.
 */
async function typeCodeUnits(box: Locator, codeUnits: number[]) {
  await box.evaluate((el, cu) => {
    const input = el as HTMLInputElement;
    // The prototype's setter, as the browser's own editing does: React (the search page) keeps
    // its own copy of the value and ignores an input event after a plain `input.value = …`.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String.fromCharCode(...cu));
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, codeUnits);
  // The condition under test really is in the box.
  expect(await box.evaluate((el) => (el as HTMLInputElement).value.isWellFormed())).toBe(false);
}

function recordErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return errors;
}

test.describe('the header search box with a lone surrogate', () => {
  test('suggests, offers "See all", and opens /search/ with U+FFFD; no page error', async ({ page }) => {
    const errors = recordErrors(page);
    await page.goto('/guide/');
    await page.getByRole('searchbox', { name: 'Search the guide' }).focus();
    const box = page.getByRole('combobox', { name: 'Search the guide' });
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await page.keyboard.type('model');
    await expect(listbox).toBeVisible();
    for (const [, codeUnits] of LONE) {
      await typeCodeUnits(box, codeUnits);
      await expect(listbox.getByRole('option', { name: /^See all \d+ results/ })).toBeVisible();
    }
    expect(errors).toEqual([]);
    // The last option is "See all": ArrowUp from none chosen wraps to it. The last case ends
    // in a lone low surrogate, which the address carries as U+FFFD (UTF-8 EF BF BD).
    await page.keyboard.press('ArrowUp');
    await expect(listbox.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=model+theft%EF%BF%BD');
    await expect(page.getByLabel(/Search careers, skills/)).toHaveValue('model theft\uFFFD');
    expect(errors).toEqual([]);
  });

  test('the search page takes one too, and writes U+FFFD to its address', async ({ page }) => {
    const errors = recordErrors(page);
    await page.goto('/search/');
    const box = page.getByLabel(/Search careers, skills/);
    await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/Loading|needs JavaScript/, {
      timeout: 20_000,
    });
    for (const [, codeUnits] of LONE) await typeCodeUnits(box, codeUnits);
    await expect(page).toHaveURL('/search/?q=model+theft%EF%BF%BD');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results found$/);
    expect(errors).toEqual([]);
  });
});

test.describe('the theme toggle with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    // As with cookies blocked: even reading window.localStorage throws a SecurityError.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('switches the theme both ways for the page, with no page error', async ({ page }) => {
    const errors = recordErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // The stub is in force: the page's own script would see the same.
    expect(
      await page.evaluate(() => {
        try {
          void window.localStorage;
          return 'readable';
        } catch (e) {
          return (e as DOMException).name;
        }
      }),
    ).toBe('SecurityError');
    const html = page.locator('html');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    // Dark background from global.css (--bg: light-dark(#ffffff, #0f1620)).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(15, 22, 32)',
    );
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(errors).toEqual([]);
  });

  test('the next page follows the system again, still without error', async ({ page }) => {
    const errors = recordErrors(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.goto('/guide/');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
