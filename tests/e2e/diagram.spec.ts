/**
 * Scenario diagrams as a browser draws them (issue 19, item 4): each scenario page draws its
 * diagram once, the builder's, with the diagram as text below it; and with the fonts this machine
 * really has, no flow label is hidden by an element or drawn on another label, and no element's
 * name spills out of its shape. The unit check (tests/unit/scenario-diagrams.test.ts) estimates
 * text widths; this one measures the drawn text (getBBox, in the diagram's own units).
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, WCAG_TAGS } from './support/site';

const scenarioPages = builtPages().filter((p) => /^\/learn\/[^/]+\/$/.test(p));

test('there are scenario pages to check', () => {
  expect(scenarioPages.length).toBeGreaterThanOrEqual(7);
});

for (const path of scenarioPages) {
  test(`${path}: one diagram, every label and name clear`, async ({ page }) => {
    await page.goto(path);
    const builder = page.getByRole('region', { name: 'Threat model this system' });
    const diagram = builder.getByRole('group', { name: /^Data-flow diagram of .*: choose an element or flow$/ });
    await expect(diagram).toHaveCount(1);
    // No second, static drawing of the same system elsewhere on the page.
    await expect(page.getByRole('img', { name: /^Data-flow diagram of / })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /^Data-flow diagram of / })).toHaveCount(1);
    await expect(builder.getByText('Diagram as text')).toBeVisible();

    const problems = await diagram.evaluate((svg) => {
      type Box = { id: string; x0: number; y0: number; x1: number; y1: number };
      const boxOf = (id: string, g: SVGGraphicsElement): Box => {
        const b = g.getBBox();
        return { id, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      };
      // 1 unit of slack: a glyph's box touching a shape's edge is not a clash.
      const clash = (a: Box, b: Box) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
      const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
      const buttons = [...svg.querySelectorAll<SVGGElement>('[role="button"]')];
      const name = (g: Element) => g.getAttribute('aria-label')!.split(',')[0];
      const isFlow = (g: Element) => g.getAttribute('aria-label')!.includes(', data flow, ');
      const shapes = buttons
        .filter((g) => !isFlow(g))
        .map((g) => ({
          shape: boxOf(name(g), g.querySelector<SVGGraphicsElement>(':scope > rect, :scope > ellipse')!),
          text: boxOf(name(g), g.querySelector<SVGGraphicsElement>(':scope > text')!),
        }));
      const labels = buttons
        .filter(isFlow)
        .map((g) => boxOf(name(g), g.querySelector<SVGGraphicsElement>('.dfd-flow-label')!));
      const out: string[] = [];
      for (const { shape, text } of shapes) if (!inside(text, shape)) out.push(`the name ${shape.id} spills out`);
      labels.forEach((l, i) => {
        for (const { shape } of shapes) if (clash(l, shape)) out.push(`"${l.id}" is drawn on ${shape.id}`);
        for (const other of labels.slice(i + 1)) if (clash(l, other)) out.push(`"${l.id}" is drawn on "${other.id}"`);
      });
      return out;
    });
    expect(problems).toEqual([]);
  });
}

test('the diagram as text and the diagram pass axe, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/learn/image-classifier/');
    await page.getByText('Diagram as text').click();
    await expect(page.getByRole('heading', { name: 'Trust boundaries' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('.tm-diagram-box').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
});

test('a flow is chosen by its label as well as by its arrow, and its count does not get in the way', async ({
  page,
}) => {
  await page.goto('/learn/image-classifier/');
  await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  const flow = builder.getByRole('button', { name: /^Class probabilities, data flow/ });
  // Where a person clicks: on the words, which sit beside the arrow.
  const clickOn = async (target: ReturnType<typeof builder.getByText>) => {
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await clickOn(flow.getByText('Class probabilities'));
  await expect(flow).toHaveAttribute('aria-pressed', 'true');
  await expect(builder.getByText(/^Selected: Class probabilities \(data flow\)/)).toBeVisible();
  await builder.getByLabel('Threat title').fill('Probabilities let a client clone the model');
  await builder.getByRole('button', { name: 'Add threat' }).click();
  await expect(flow).toHaveAccessibleName(/^Class probabilities, data flow, 1 threat$/);
  // Choose something else, then the flow again by clicking where its count badge is drawn.
  await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
  await expect(flow).toHaveAttribute('aria-pressed', 'false');
  // Choosing scrolls the form into view; measure the badge where it is once it is in view.
  const badge = builder
    .getByRole('group', { name: /^Data-flow diagram of / })
    .locator('.tm-flow-count rect')
    .first();
  await expect(async () => {
    await badge.scrollIntoViewIfNeeded();
    const box = (await badge.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(flow).toHaveAttribute('aria-pressed', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
});
