import { describe, expect, it } from 'vitest';
import { checkCrossReferences, formatContentError, type ContentSet } from './crossref';
import type { Scenario } from './schemas';

const scenario = (over: Partial<Scenario> = {}): Scenario => ({
  id: 's',
  title: 'S',
  summary: 'S',
  level: 'mid',
  order: 1,
  skills: [],
  techniques: [],
  sources: [],
  tags: [],
  diagram: {
    elements: [
      { id: 'a', kind: 'external-entity', label: 'A', description: 'A', x: 1, y: 1 },
      { id: 'b', kind: 'process', label: 'B', description: 'B', x: 2, y: 2 },
    ],
    flows: [{ id: 'ab', from: 'a', to: 'b', label: 'AB' }],
    boundaries: [],
  },
  ...over,
});

const empty = (): ContentSet => ({
  careers: [],
  skills: [],
  frameworks: [],
  techniques: [],
  mitigations: [],
  caseStudies: [],
  tools: [],
  scenarios: [],
  questions: [],
  threatModels: [],
});

describe('checkCrossReferences', () => {
  it('accepts consistent content', () => {
    const content = empty();
    content.scenarios.push({ file: 's.mdx', data: scenario() });
    content.threatModels.push({
      file: 's.json',
      data: {
        format: 'dojo-threat-model/1',
        scenario: 's',
        threats: [
          {
            element: 'ab',
            stride: 'Tampering',
            atlas: [],
            owasp: [],
            title: 't',
            likelihood: 1,
            impact: 1,
            mitigations: [],
          },
        ],
        acceptable: [{ element: 'ab', stride: 'Tampering', attack: 'poisoning', why: 'w' }],
      },
    });
    expect(checkCrossReferences(content)).toEqual([]);
  });

  it('checks the acceptable extra threats of a reference: element exists, STRIDE per element applies', () => {
    const content = empty();
    content.scenarios.push({ file: 's.mdx', data: scenario() });
    content.threatModels.push({
      file: 'src/content/threat-models/s.json',
      data: {
        format: 'dojo-threat-model/1',
        scenario: 's',
        threats: [],
        acceptable: [
          { element: 'ghost', stride: 'Tampering', attack: 'poisoning', why: 'w' },
          { element: 'ab', stride: 'Spoofing', attack: 'identity-abuse', why: 'w' },
        ],
      },
    });
    expect(checkCrossReferences(content)).toEqual([
      {
        file: 'src/content/threat-models/s.json',
        field: 'acceptable[0].element',
        value: 'ghost',
        message: 'no element or flow of scenario "s" has this ID',
      },
      {
        file: 'src/content/threat-models/s.json',
        field: 'acceptable[1].stride',
        value: 'Spoofing',
        message: 'STRIDE per element does not apply Spoofing to a data-flow',
      },
    ]);
  });

  it('names file, field and value of a flow to a missing element', () => {
    const content = empty();
    const s = scenario();
    s.diagram.flows.push({ id: 'bx', from: 'b', to: 'x', label: 'BX' });
    content.scenarios.push({ file: 'src/content/scenarios/s.mdx', data: s });
    const errors = checkCrossReferences(content);
    expect(errors).toEqual([
      {
        file: 'src/content/scenarios/s.mdx',
        field: 'diagram.flows[1].to',
        value: 'x',
        message: 'no diagram element has this ID',
      },
    ]);
    expect(formatContentError(errors[0])).toBe(
      'src/content/scenarios/s.mdx: diagram.flows[1].to: no diagram element has this ID (got "x")',
    );
  });

  it('reports duplicate IDs across elements, flows and boundaries', () => {
    const content = empty();
    const s = scenario();
    s.diagram.boundaries.push({ id: 'a', label: 'dup', elements: ['a'] });
    content.scenarios.push({ file: 's.mdx', data: s });
    expect(checkCrossReferences(content).map((e) => e.field)).toEqual(['diagram.boundaries[0].id']);
  });

  it('reports a sub-technique whose parent does not match its ID', () => {
    const content = empty();
    const base = {
      tactics: [],
      description: 'd',
      mitigations: [],
      atlasVersion: '5.6.0' as const,
      aliases: [],
      tags: [],
    };
    content.techniques.push({ file: 'p.yaml', data: { ...base, id: 'AML.T0024', name: 'P', tactics: ['AML.TA0010'] } });
    content.techniques.push({ file: 'c.yaml', data: { ...base, id: 'AML.T0043.001', name: 'C', parent: 'AML.T0024' } });
    const errors = checkCrossReferences(content);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'c.yaml', field: 'parent', value: 'AML.T0024' });
  });

  it("reports a case study step whose technique is missing or whose tactic is not the technique's", () => {
    const content = empty();
    const base = { description: 'd', mitigations: [], atlasVersion: '5.6.0' as const, aliases: [], tags: [] };
    content.techniques.push({ file: 'p.yaml', data: { ...base, id: 'AML.T0024', name: 'P', tactics: ['AML.TA0010'] } });
    content.techniques.push({
      file: 'c.yaml',
      data: { ...base, id: 'AML.T0024.002', name: 'C', parent: 'AML.T0024', tactics: [] },
    });
    const step = (tactic: 'AML.TA0010' | 'AML.TA0002', technique: string) => ({ tactic, technique });
    content.caseStudies.push({
      file: 'cs.yaml',
      data: {
        id: 'AML.CS0001',
        name: 'N',
        date: '2020-01-01',
        type: 'incident',
        target: 'T',
        actor: 'A',
        summary: 'S',
        lesson: 'L',
        // A sub-technique takes its parent's tactics.
        steps: [step('AML.TA0010', 'AML.T0024.002'), step('AML.TA0002', 'AML.T0024'), step('AML.TA0010', 'AML.T0099')],
        references: [],
        atlasVersion: '5.6.0',
      },
    });
    expect(checkCrossReferences(content).map(formatContentError)).toEqual([
      'cs.yaml: steps[1].tactic: AML.T0024 belongs to AML.TA0010, not to this tactic (got "AML.TA0002")',
      'cs.yaml: steps[2].technique: no ATLAS technique has this ID (got "AML.T0099")',
    ]);
  });
});
