import { describe, expect, it } from 'vitest';
import { atlasIdVariants, buildSearchDocuments, owaspIdVariants, plainText, type SearchCorpus } from './documents';
import { techniqueSchema, mitigationSchema, careerSchema } from '../content/schemas';

const technique = techniqueSchema.parse({
  id: 'AML.T0024.002',
  name: 'Extract AI Model',
  parent: 'AML.T0024',
  description: 'Copy the model.',
  mitigations: ['AML.M0004'],
  atlasVersion: '5.6.0',
  aliases: ['model stealing'],
  tags: ['confidentiality'],
});
const parent = techniqueSchema.parse({
  id: 'AML.T0024',
  name: 'Exfiltration via AI Inference API',
  tactics: ['AML.TA0010'],
  description: 'Leak through the API.',
  atlasVersion: '5.6.0',
});
const mitigation = mitigationSchema.parse({
  id: 'AML.M0004',
  name: 'Restrict Number of AI Model Queries',
  description: 'Limit queries.',
  atlasVersion: '5.6.0',
});
const career = careerSchema.parse({
  id: 'ml-security-engineer',
  title: 'ML Security Engineer',
  summary: 'Secures ML.',
  dayToDay: ['Threat models.'],
  skills: ['x'],
});
const corpus: SearchCorpus = {
  careers: [career],
  skills: [],
  frameworks: [],
  techniques: [technique, parent],
  mitigations: [mitigation],
  tools: [],
  scenarios: [],
  questions: [],
};

describe('plainText', () => {
  it('strips MDX imports, components, expressions and Markdown markup', () => {
    const mdx =
      'import X from \'./x\';\n\n## The brief\n\nA **bold** [link](https://e.com) <Aside kind="note">inside</Aside> {props.x} `code`.';
    expect(plainText(mdx)).toBe('The brief A bold link inside code .');
  });
  it('gives an empty string for empty input', () => {
    expect(plainText('')).toBe('');
  });
});

describe('identifier variants', () => {
  it('lets ATLAS IDs be typed with or without the AML. prefix', () => {
    expect(atlasIdVariants('AML.T0024.002')).toEqual(['AML.T0024.002', 'T0024.002']);
  });
  it('lets OWASP LLM IDs be typed with or without the edition', () => {
    expect(owaspIdVariants('LLM01:2025')).toEqual(['LLM01:2025', 'LLM01']);
    expect(owaspIdVariants('ML05')).toEqual(['ML05']);
  });
});

describe('buildSearchDocuments', () => {
  const docs = buildSearchDocuments(corpus);
  it('makes one document per entry, with its page address and type', () => {
    expect(docs.map((d) => [d.type, d.href])).toEqual([
      ['career', '/guide/careers/ml-security-engineer/'],
      ['technique', '/guide/techniques/aml-t0024-002/'],
      ['technique', '/guide/techniques/aml-t0024/'],
      ['mitigation', '/guide/mitigations/aml-m0004/'],
    ]);
  });
  it('indexes a sub-technique with its ID variants, aliases, parent, inherited tactic and mitigation names', () => {
    const d = docs[1];
    expect(d.ids).toEqual(['AML.T0024.002', 'T0024.002']);
    expect(d.keywords).toEqual(['model stealing', 'confidentiality']);
    expect(d.label).toBe('AML.T0024.002');
    expect(d.body).toContain('Sub-technique of AML.T0024 Exfiltration via AI Inference API.');
    expect(d.body).toContain('Tactics: Exfiltration.');
    expect(d.body).toContain('AML.M0004 Restrict Number of AI Model Queries');
  });
  it('builds nothing from an empty corpus', () => {
    expect(buildSearchDocuments({ ...corpus, careers: [], techniques: [], mitigations: [] })).toEqual([]);
  });
});
