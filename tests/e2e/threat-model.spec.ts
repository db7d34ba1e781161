import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { WCAG_TAGS } from './support/site';

const PAGE = '/learn/image-classifier/';

async function open(page: Page) {
  await page.goto(PAGE);
  await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
}

test.describe('threat-model builder', () => {
  test('build a small model with keyboard and mouse, submit, reload, export, clear and re-import', async ({ page }) => {
    await open(page);
    const builder = page.getByRole('region', { name: 'Threat model this system' });

    // Keyboard: Tab to the labelling service on the diagram and select it with Enter.
    const labelling = builder.getByRole('button', { name: /^Labelling service, process/ });
    await labelling.focus();
    await page.keyboard.press('Enter');
    await expect(labelling).toHaveAttribute('aria-pressed', 'true');
    await expect(builder.getByLabel('STRIDE category')).toHaveValue('Spoofing');
    await builder.getByLabel('STRIDE category').selectOption('Tampering');
    await builder.getByLabel('Threat title').fill('Contributors poison the training data');
    await builder.getByLabel('Search ATLAS techniques').fill('poison training');
    await builder.getByRole('checkbox', { name: /AML\.T0020 Poison Training Data/ }).check();
    await builder.getByLabel('Likelihood (1–5)').selectOption('4');
    await builder.getByLabel('Impact (1–5)').selectOption('4');
    await builder.getByText('ATLAS mitigations catalogue').click();
    await builder.getByRole('checkbox', { name: /AML\.M0007 Sanitize Training Data/ }).check();
    await builder.getByLabel('Threat title').press('Enter');
    await expect(builder.getByRole('status').filter({ hasText: 'Added' })).toContainText(
      'Added “Contributors poison the training data”',
    );

    // Mouse: an external entity only offers Spoofing and Repudiation.
    await builder.getByRole('button', { name: /^Crowd contributors, external entity/ }).click();
    const strides = await builder.getByLabel('STRIDE category').locator('option').allTextContents();
    expect(strides).toEqual(['Spoofing', 'Repudiation']);
    await builder.getByLabel('STRIDE category').selectOption('Repudiation');
    await builder.getByLabel('Threat title').fill('Something irrelevant');
    await builder.getByRole('button', { name: 'Add threat' }).click();
    await expect(builder.getByRole('table', { name: 'Your threats (2)' })).toBeVisible();
    await expect(builder.getByRole('table', { name: /Risk matrix/ })).toBeVisible();
    // The table names each technique and mitigation after its ID.
    const first = builder.getByRole('table', { name: 'Your threats (2)' }).getByRole('row').nth(1);
    await expect(first).toContainText('AML.T0020 Poison Training Data');
    await expect(first).toContainText('AML.M0007 Sanitize Training Data');

    // Submit: it asks first, since a submission reveals the reference; "Keep working" changes nothing.
    await builder.getByRole('button', { name: 'Submit for scoring' }).click();
    const confirmSubmit = builder.getByRole('group', { name: 'Confirm submitting' });
    await expect(confirmSubmit).toContainText('You can keep improving your model and submit again');
    await confirmSubmit.getByRole('button', { name: 'Keep working' }).click();
    await expect(builder.getByRole('heading', { name: /^Your score:/ })).toHaveCount(0);
    await expect(builder.getByRole('heading', { name: 'Reference answer' })).toHaveCount(0);
    await builder.getByRole('button', { name: 'Submit for scoring' }).click();
    await builder.getByRole('button', { name: 'Submit and show the reference' }).click();
    // Score and feedback naming matched and missed reference threats; reference revealed.
    await expect(builder.getByRole('heading', { name: /^Your score: \d+ \/ 100$/ })).toBeVisible();
    await expect(builder.getByText(/Crowdsourced product-image classifier: your submission of/)).toBeVisible();
    await expect(builder.getByText(/^Matched: Malicious contributors poison the training data/)).toBeVisible();
    await expect(builder.getByText(/^Missed: Clients extract a working copy of the model/)).toBeVisible();
    await expect(builder.getByText(/#2 Something irrelevant/)).toBeVisible();
    await expect(builder.getByRole('heading', { name: 'Answer strategy' })).toBeVisible();
    expect(
      await new AxeBuilder({ page })
        .withTags(WCAG_TAGS)
        .analyze()
        .then((r) => r.violations),
    ).toEqual([]);

    // Reload: the work is still there.
    await page.reload();
    await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
    await expect(builder.getByRole('table', { name: 'Your threats (2)' })).toBeVisible();
    await expect(builder.getByText(/Submitted 1 time; last score \d+\/100/)).toBeVisible();
    // The submission's breakdown and feedback are shown again after the reload.
    const firstScore = builder.getByRole('heading', { name: /^Your score: \d+ \/ 100$/ });
    await expect(firstScore).toBeVisible();
    await expect(builder.getByText(/^Missed: Clients extract a working copy of the model/)).toBeVisible();
    const firstText = await firstScore.textContent();

    // Keep improving and resubmit (no question now the reference is shown): both submissions are kept.
    await builder.getByRole('button', { name: /^Inference REST API, process/ }).click();
    await builder.getByLabel('STRIDE category').selectOption('Information disclosure');
    await builder.getByLabel('Threat title').fill('Clients copy what the API knows');
    // No technique says which attack this is: the learner names it.
    await builder.getByLabel('Attack (optional)').selectOption({ label: 'Model extraction' });
    await builder.getByRole('button', { name: 'Add threat' }).click();
    await builder.getByRole('button', { name: 'Submit for scoring' }).click();
    await expect(builder.getByText(/Submitted 2 times/)).toBeVisible();
    // The named attack is what the grader compared: the extraction threat is found now.
    await expect(
      builder.getByText(/^(Matched|Partly matched): Clients extract a working copy of the model/),
    ).toBeVisible();
    const history = builder.getByRole('region', { name: 'Your submissions' });
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await history.getByRole('button', { name: 'Show the breakdown of this submission' }).click();
    await expect(firstScore).toHaveText(firstText!);
    await builder.getByRole('button', { name: /^Delete threat 3: / }).click();

    // Export, clear, re-import.
    const download = page.waitForEvent('download');
    await builder.getByRole('button', { name: 'Export threat model (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'dojo-threat-model/1', scenario: 'image-classifier' });
    expect(exported.threats).toHaveLength(2);

    await builder.getByRole('button', { name: 'Clear threat model' }).click();
    await builder.getByRole('button', { name: 'Yes, clear it' }).click();
    await expect(builder.getByText('Your threats (0): none yet.')).toBeVisible();

    await builder.getByLabel('Import a threat model (dojo-threat-model/1 JSON)').setInputFiles(file);
    await expect(builder.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(/Imported 2 threats/);
    await expect(builder.getByRole('table', { name: 'Your threats (2)' })).toContainText(
      'Contributors poison the training data',
    );
  });

  test('a malformed or foreign import is refused with a visible message and the work is untouched', async ({
    page,
  }) => {
    await open(page);
    const builder = page.getByRole('region', { name: 'Threat model this system' });
    await builder.getByLabel('Element or flow', { exact: true }).selectOption({ label: 'Inference REST API (0)' });
    await builder.getByLabel('Threat title').fill('Model extraction');
    await builder.getByRole('button', { name: 'Add threat' }).click();
    const input = builder.getByLabel('Import a threat model (dojo-threat-model/1 JSON)');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "dojo-threat-model/1", "threats": ['),
    });
    await expect(builder.getByRole('alert')).toContainText('Import refused: The file is not valid JSON');
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'dojo-threat-model/1', scenario: 'mlops-platform', threats: [] })),
    });
    await expect(builder.getByRole('alert')).toContainText(
      'The file is a threat model of the scenario "mlops-platform", not of "image-classifier".',
    );
    await input.setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'dojo-threat-model/2', scenario: 'image-classifier', threats: [] })),
    });
    await expect(builder.getByRole('alert')).toContainText('a newer version than this site reads');
    await expect(builder.getByRole('table', { name: 'Your threats (1)' })).toContainText('Model extraction');
  });

  test('export to Threat Dragon and the ATLAS Navigator, edit in Threat Dragon, import back and grade', async ({
    page,
  }) => {
    await open(page);
    const builder = page.getByRole('region', { name: 'Threat model this system' });
    await builder.getByLabel('Element or flow', { exact: true }).selectOption({ label: 'Inference REST API (0)' });
    await builder.getByLabel('STRIDE category').selectOption('Information disclosure');
    await builder.getByLabel('Threat title').fill('Clients extract the model');
    await builder.getByLabel('Search ATLAS techniques').fill('extract ai model');
    await builder.getByRole('checkbox', { name: /^AML\.T0024\.002 .*Extract AI Model/ }).check();
    await builder.getByRole('button', { name: 'Add threat' }).click();
    await expect(builder.getByRole('table', { name: 'Your threats (1)' })).toBeVisible();

    // Threat Dragon: flows carry their names as labels, the threatened cell is drawn red.
    let download = page.waitForEvent('download');
    await builder.getByRole('button', { name: 'Export to Threat Dragon' }).click();
    const td = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    const cells: {
      id: string;
      shape: string;
      labels?: unknown[];
      attrs: Record<string, { stroke?: string }>;
      data: { name: string; threats?: unknown[] };
    }[] = td.detail.diagrams[0].cells;
    for (const flow of cells.filter((c) => c.shape === 'flow')) expect(flow.labels, flow.data.name).toHaveLength(1);
    const api = cells.find((c) => c.data.name === 'Inference REST API')!;
    expect(api.attrs.body.stroke).toBe('red');

    // The ATLAS Navigator: its own layer versions, and the message says how to open it.
    download = page.waitForEvent('download');
    await builder.getByRole('button', { name: 'Export layer for the ATLAS Navigator' }).click();
    const layer = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(layer).toMatchObject({ versions: { layer: '4.3', navigator: '4.6.4' }, domain: 'atlas-atlas' });
    expect(layer.techniques.map((t: { techniqueID: string }) => t.techniqueID)).toEqual(['AML.T0024', 'AML.T0024.002']);
    await expect(builder.getByRole('status').filter({ hasText: 'ATLAS Navigator' })).toContainText(
      'Open Existing Layer, then Upload from local',
    );

    // Edited in Threat Dragon: the API redrawn (new ID, same name), a threat added there, and a
    // new actor our scenario does not have.
    const oldId = api.id;
    api.id = 'redrawn-api-cell';
    for (const c of cells as { source?: { cell: string }; target?: { cell: string } }[]) {
      if (c.source?.cell === oldId) c.source.cell = api.id;
      if (c.target?.cell === oldId) c.target.cell = api.id;
    }
    api.data.threats!.push({
      title: 'Flood of queries',
      type: 'Denial of service',
      status: 'Open',
      severity: 'Medium',
      description: 'Too many requests.',
      mitigation: 'AML.M0004',
    });
    cells.push({
      id: 'attacker-cell',
      shape: 'actor',
      attrs: {},
      data: { type: 'tm.Actor', name: 'Attacker', description: '', hasOpenThreats: false, threats: [] } as never,
      zIndex: 50,
    } as never);
    await builder.getByLabel('Import from Threat Dragon (v2 JSON)').setInputFiles({
      name: 'edited.threat-dragon.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(td)),
    });
    await expect(builder.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      'Imported 2 threats from edited.threat-dragon.json (Threat Dragon). Submit to grade it.',
    );
    const details = builder.getByRole('list', { name: 'What the import matched and left out' });
    await expect(details).toContainText(
      'Cell "Inference REST API" matched Inference REST API by name: 2 threats imported.',
    );
    await expect(details).toContainText('Cell "Attacker" (tm.Actor) matches no element of this scenario.');
    await expect(builder.getByRole('table', { name: 'Your threats (2)' })).toContainText('Flood of queries');
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
    await builder.getByRole('button', { name: 'Submit for scoring' }).click();
    await builder.getByRole('button', { name: 'Submit and show the reference' }).click();
    await expect(builder.getByRole('heading', { name: /^Your score: \d+ \/ 100$/ })).toBeVisible();

    // Another scenario's Threat Dragon file is refused, and the work stays as it was.
    td.detail.diagrams[0].description = 'Exported from AI Security Dojo (scenario mlops-platform).';
    await builder.getByLabel('Import from Threat Dragon (v2 JSON)').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(td)),
    });
    await expect(builder.getByRole('alert')).toHaveText(
      'Import refused: The file is a Threat Dragon model of the scenario "mlops-platform", not of "image-classifier". Your current threat model is unchanged.',
    );
    await expect(builder.getByRole('table', { name: 'Your threats (2)' })).toContainText('Flood of queries');
  });

  test('the reference can be revealed early only after a warning; suggestions are noted in the score', async ({
    page,
  }) => {
    await open(page);
    const builder = page.getByRole('region', { name: 'Threat model this system' });
    await expect(builder.getByRole('heading', { name: 'Reference answer' })).toHaveCount(0);
    await builder.getByRole('button', { name: 'Show the reference now' }).click();
    await expect(builder.getByText(/makes the exercise much easier/)).toBeVisible();
    await builder.getByRole('button', { name: 'Show it anyway' }).click();
    await expect(builder.getByRole('heading', { name: 'Reference answer' })).toBeVisible();

    await builder.getByLabel(/Show suggested threats/).check();
    await builder.getByRole('button', { name: /^Model registry, data store/ }).click();
    await builder.getByRole('button', { name: /^Accept suggestion: A model artifact is replaced/ }).click();
    await builder.getByRole('button', { name: 'Submit for scoring' }).click();
    await expect(builder.getByText(/^You accepted 1 suggested threat/)).toBeVisible();
  });

  test('every scenario page mounts the builder and passes axe', async ({ page }) => {
    for (const id of [
      'ai-supply-chain',
      'image-classifier',
      'fraud-api-cloning',
      'mlops-platform',
      'recommender-pipeline',
      'llm-rag-assistant',
      'mcp-agent',
    ]) {
      await page.goto(`/learn/${id}/`);
      await expect(page.locator('.tm-builder[data-hydrated="true"]')).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations, id).toEqual([]);
    }
  });
});

test('the mitigation catalogue is searchable by name or ID, keeps chosen ones in view and says when nothing matches', async ({
  page,
}) => {
  await open(page);
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
  await builder.getByText('ATLAS mitigations catalogue').click();
  const list = builder.getByRole('list', { name: 'ATLAS mitigations' });
  const all = await list.getByRole('checkbox').count();
  expect(all).toBeGreaterThan(30);
  const search = builder.getByLabel('Search mitigations');
  await search.fill('SANITIZE');
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await list.getByRole('checkbox', { name: 'AML.M0007 Sanitize Training Data' }).check();
  await search.fill('m0025');
  await expect(builder.getByText(/^1 of \d+ other mitigations match “m0025”\.$/)).toBeVisible();
  // The chosen one stays in view whatever the search, first.
  await expect(list.getByRole('checkbox')).toHaveCount(2);
  await expect(list.getByRole('checkbox').first()).toHaveAccessibleName('AML.M0007 Sanitize Training Data');
  await expect(list.getByRole('checkbox').first()).toBeChecked();
  await search.fill('quantum teleportation');
  await expect(
    builder.getByText('No other mitigation matches “quantum teleportation”. Try another word or an ID.'),
  ).toBeVisible();
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await search.fill('');
  await expect(list.getByRole('checkbox')).toHaveCount(all);
  await expect(builder.getByRole('group', { name: /^Mitigations \(1 chosen\)/ })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations, colorScheme).toEqual([]);
  }
});

test('"Print report" prints only the title and the threat-model report', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await open(page);
  const builder = page.getByRole('region', { name: 'Threat model this system' });
  await builder.getByRole('button', { name: /^Labelling service, process/ }).click();
  await builder.getByLabel('Threat title').fill('Contributors poison the training data');
  await builder.getByText('ATLAS mitigations catalogue').click();
  await builder.getByLabel('Search mitigations').fill('sanitize');
  await builder.getByRole('checkbox', { name: 'AML.M0007 Sanitize Training Data' }).check();
  await builder.getByRole('button', { name: 'Add threat' }).click();
  const header = page.getByText(/^Threat model of Crowdsourced product-image classifier, printed /);
  await expect(header).toBeHidden();
  await page.getByRole('button', { name: 'Print report' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Threat model this system' })).toBeVisible();
  // The report says which scenario, and when (the site's one date format: "25 Nov 2026, 10:00").
  await expect(header).toBeVisible();
  await expect(header).toHaveText(
    /^Threat model of Crowdsourced product-image classifier, printed \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d\.$/,
  );
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Interview questions' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
  // The report shows the diagram the threats sit on, whole, without the controls around it.
  const diagram = page.getByRole('group', { name: /^Data-flow diagram of / });
  await expect(diagram).toBeVisible();
  const region = page.getByRole('region', { name: 'Threat-model diagram of Crowdsourced product-image classifier' });
  expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth)).toBe(true);
  await expect(page.getByLabel(/Show suggested threats/)).toBeHidden();
  // Mitigations by name as well as ID.
  await expect(page.getByRole('table', { name: 'Your threats (1)' })).toContainText('AML.M0007 Sanitize Training Data');
});
