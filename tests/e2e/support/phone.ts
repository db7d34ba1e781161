/** A phone for the browser tests (390 × 844 CSS pixels, touch), and what makes a page wider than it. */
import type { BrowserContextOptions, Page } from '@playwright/test';

export const PHONE_WIDTH = 390;
export const PHONE: BrowserContextOptions = {
  viewport: { width: PHONE_WIDTH, height: 844 },
  hasTouch: true,
  isMobile: true,
};

/**
 * The page's scroll width and, when it is wider than the screen, the outermost elements that
 * reach past the right edge without a scrolling box of their own around them (what to fix).
 */
export function pageWidth(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const reported = new Set<Element>();
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5 || clipped(el)) continue;
      if (el.parentElement && reported.has(el.parentElement)) {
        reported.add(el);
        continue;
      }
      reported.add(el);
      culprits.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} → ${Math.round(r.right)}px`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 6) };
  });
}

/**
 * Tables wider than their box that do not sit in a scrolling region a keyboard can reach and a
 * screen reader can name (overflow-x auto, tabindex 0, role region, aria-label).
 */
export function unreachableWideTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .flatMap((t) => {
        const box = t.parentElement!;
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
        const wide = t.getBoundingClientRect().width > box.clientWidth + 0.5;
        if (!wide && !scrolls) return [];
        const ok =
          scrolls &&
          box.getAttribute('tabindex') === '0' &&
          box.getAttribute('role') === 'region' &&
          !!box.getAttribute('aria-label');
        return ok ? [] : [t.querySelector('caption')?.textContent ?? t.outerHTML.slice(0, 80)];
      }),
  );
}
