/**
 * Guide URLs. The oracle is the site's routes: each href must name a dynamic page in src/pages
 * whose parameter is the same file stem (techniques/[id].astro builds its paths with
 * atlasFileStem, learn/[scenario].astro with the scenario ID).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseStudyHref, guideHref, LAB_TITLES, labHref, mitigationHref, scenarioHref, techniqueHref } from './links';
import { LAB_IDS } from './schemas';

const pages = fileURLToPath(new URL('../../pages/', import.meta.url));
/** The page file that serves an href: /a/b/c/ → src/pages/a/b/[param].astro. */
const routeExists = (href: string, param: string) =>
  existsSync(`${pages}${href.split('/').filter(Boolean).slice(0, -1).join('/')}/[${param}].astro`);

describe('lab links', () => {
  it('names every lab and points at its page (src/pages/labs/<id>/index.astro)', () => {
    expect(Object.keys(LAB_TITLES)).toEqual([...LAB_IDS]);
    for (const id of LAB_IDS) expect(existsSync(`${pages}${labHref(id).slice(1)}index.astro`), id).toBe(true);
  });
});

describe('guide links', () => {
  it('writes ATLAS techniques and mitigations by their file stem', () => {
    expect(techniqueHref('AML.T0024.002')).toBe('/guide/techniques/aml-t0024-002/');
    expect(techniqueHref('AML.T0051')).toBe('/guide/techniques/aml-t0051/');
    expect(caseStudyHref('AML.CS0005')).toBe('/guide/case-studies/aml-cs0005/');
    expect(mitigationHref('AML.M0004')).toBe('/guide/mitigations/aml-m0004/');
  });

  it('writes the other guide collections and scenarios by their slug', () => {
    expect(guideHref('careers', 'ai-red-teamer')).toBe('/guide/careers/ai-red-teamer/');
    expect(guideHref('skills', 'threat-modelling')).toBe('/guide/skills/threat-modelling/');
    expect(guideHref('frameworks', 'mitre-atlas')).toBe('/guide/frameworks/mitre-atlas/');
    expect(guideHref('tools', 'art')).toBe('/guide/tools/art/');
    expect(scenarioHref('fraud-api-cloning')).toBe('/learn/fraud-api-cloning/');
  });

  it('points at routes the site has', () => {
    expect(routeExists(techniqueHref('AML.T0024'), 'id')).toBe(true);
    expect(routeExists(mitigationHref('AML.M0004'), 'id')).toBe(true);
    for (const c of ['careers', 'skills', 'frameworks', 'tools'] as const)
      expect(routeExists(guideHref(c, 'x'), 'id'), c).toBe(true);
    expect(routeExists(scenarioHref('x'), 'scenario')).toBe(true);
  });
});
