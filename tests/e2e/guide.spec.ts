/** The career and skill guide: index, entry pages cross-linked both ways, and accessibility. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/site';

test.describe('the guide index', () => {
  test('lists careers, skills, frameworks, techniques by tactic, mitigations and tools', async ({ page }) => {
    await page.goto('/guide/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The career and skill guide');
    const careers = page
      .getByRole('list')
      .filter({ has: page.getByRole('link', { name: 'AI Safety Systems Engineer' }) });
    await expect(careers.getByRole('listitem')).toHaveCount(8);
    for (const name of [
      'AI Security Researcher',
      'LLM and Agent Application Security Engineer',
      'ML Security Engineer',
      'AI Red Teamer',
      'MLOps Platform Security Architect',
      'Trust and Safety ML Engineer',
      'AI Governance and Risk Analyst',
    ]) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 3, name: /Exfiltration/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'AML.T0024.002 Extract AI Model' })).toBeVisible();
    await expect(page.getByRole('row', { name: /AML\.M0025 Maintain AI Dataset Provenance/ })).toBeVisible();
    for (const name of ['Counterfit', 'MLflow', 'Kubeflow', 'Seldon Core', 'garak']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});

test.describe('entries are cross-linked both ways', () => {
  test('a technique shows its mitigations, skills, scenarios and tools, and they link back', async ({ page }) => {
    await page.goto('/guide/techniques/aml-t0024-002/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extract AI Model');
    await expect(page.getByText('MITRE ATLAS AML.T0024.002 · data 5.6.0')).toBeVisible();
    for (const name of [
      'AML.M0002 Passive AI Output Obfuscation',
      'AML.M0004 Restrict Number of AI Model Queries',
      'AML.M0024 AI Telemetry Logging',
    ]) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'AML.T0024 Exfiltration via AI Inference API' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'A competitor cloning the fraud-detection API' })).toBeVisible();
    await page.getByRole('link', { name: 'Defending against model extraction' }).click();
    await expect(page).toHaveURL('/guide/skills/model-extraction-defence/');
    await expect(page.getByRole('link', { name: 'AML.T0024.002 Extract AI Model' })).toBeVisible();
    await page.getByRole('link', { name: 'ML Security Engineer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Security Engineer');
    await expect(page.getByRole('link', { name: 'Defending against model extraction' })).toBeVisible();
  });

  test("a technique page shows ATLAS's own mitigation links apart from our suggestions", async ({ page }) => {
    await page.goto('/guide/techniques/aml-t0053/');
    const atlas = page.getByRole('heading', { name: 'Mitigations ATLAS links to this technique' });
    await expect(atlas).toBeVisible();
    const list = page.locator('h2:has-text("Mitigations ATLAS links to this technique") + p + ul');
    for (const id of ['AML.M0021', 'AML.M0022', 'AML.M0026', 'AML.M0032', 'AML.M0033'])
      await expect(list).toContainText(id);
    await page.goto('/guide/mitigations/aml-m0004/');
    await expect(page.getByRole('heading', { name: 'Techniques ATLAS links it to' })).toBeVisible();
  });

  test('a mitigation lists the techniques it counters, and where the reference models apply it', async ({ page }) => {
    await page.goto('/guide/mitigations/aml-m0004/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Restrict Number of AI Model Queries');
    await expect(page.getByRole('link', { name: 'AML.T0024.002 Extract AI Model' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In practice' })).toBeVisible();
  });

  test('a tool gives the seed advice and links the skills that use it', async ({ page }) => {
    await page.goto('/guide/tools/mlflow/');
    await expect(page.getByText(/MLflow has no built-in artifact signing/)).toBeVisible();
    await expect(page.getByRole('link', { name: /deprecating model registry stages in MLflow 2\.9/ })).toBeVisible();
    await page.getByRole('link', { name: 'Secure MLOps' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secure MLOps');
    await expect(page.getByRole('main').getByRole('link', { name: 'MLflow', exact: true })).toBeVisible();
  });

  test('a career names the NICE work role it resembles, linked to NICE', async ({ page }) => {
    await page.goto('/guide/careers/llm-application-security-engineer/');
    await expect(page.getByRole('heading', { level: 2, name: 'NICE Framework work role' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Secure Software Development (DD-WRL-003)' })).toHaveAttribute(
      'href',
      'https://niccs.cisa.gov/workforce-development/nice-framework/work-role/secure-software-development',
    );
  });

  test('the EU AI Act page lists its articles and Annex III', async ({ page }) => {
    await page.goto('/guide/frameworks/eu-ai-act/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('EU AI Act (Regulation (EU) 2024/1689)');
    await expect(page.getByRole('row', { name: /Art\. 15 Accuracy, robustness and cybersecurity/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Annex III .*not fraud detection/ })).toBeVisible();
  });

  test('framework entries link the ATLAS techniques they name', async ({ page }) => {
    await page.goto('/guide/frameworks/owasp-llm-top-10-2025/');
    await expect(page.getByRole('row', { name: /LLM01:2025 Prompt Injection/ })).toBeVisible();
    await page
      .getByRole('row', { name: /LLM01:2025/ })
      .getByRole('link', { name: 'AML.T0051' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM Prompt Injection');
  });
});

test.describe('guide pages are accessible', () => {
  for (const path of [
    '/guide/',
    '/guide/careers/ai-safety-systems-engineer/',
    '/guide/skills/ml-threat-modelling/',
    '/guide/frameworks/mitre-atlas/',
    '/guide/frameworks/owasp-ml-top-10/',
    '/guide/frameworks/nist-ai-rmf/',
    '/guide/careers/ai-security-researcher/',
    '/guide/techniques/aml-t0043-004/',
    '/guide/mitigations/aml-m0014/',
    '/guide/tools/seldon-core/',
  ]) {
    test(`${path}: no WCAG 2.1 AA violation, light and dark`, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    });
  }
});
