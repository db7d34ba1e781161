import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../content/load-from-disk';
import { ELEMENT_KINDS } from '../frameworks/ids';
import { modelElements, strideApplies, type ModelElement } from './elements';
import { suggestionsFor } from './suggestions';

const el = (id: string, kind: ModelElement['kind'], label: string, description = ''): ModelElement => ({
  id,
  kind,
  label,
  description,
});
const templates = (e: ModelElement, dismissed?: ReadonlySet<string>) =>
  suggestionsFor(e, dismissed).map((s) => s.key.slice(e.id.length + 1));

describe('suggestionsFor: which templates apply', () => {
  it('suggests spoofing and repudiation for any external entity', () => {
    expect(templates(el('customers', 'external-entity', 'Customers'))).toEqual(['fake-accounts', 'deny-actions']);
  });

  it.each<[string, ModelElement, string[]]>([
    [
      'an API process',
      el('api', 'process', 'Inference API', 'Serves predictions.'),
      ['adversarial-input', 'extraction', 'resource-abuse', 'impersonation'],
    ],
    [
      'an LLM process',
      el('orch', 'process', 'Orchestrator', 'Builds the prompt for the LLM.'),
      ['prompt-injection', 'system-prompt', 'resource-abuse', 'impersonation'],
    ],
    [
      'a training process',
      el('train', 'process', 'Training pipeline', 'Runs nightly.'),
      ['poisoned-training', 'resource-abuse', 'impersonation'],
    ],
    ['a plain process', el('job', 'process', 'Batch job', 'Runs nightly.'), ['resource-abuse', 'impersonation']],
    [
      'a data store',
      el('features', 'data-store', 'Feature store', 'Features for the model.'),
      ['store-poisoning', 'artifact-tampering', 'store-leak'],
    ],
    [
      'a model store',
      el('registry', 'data-store', 'Registry', 'Signed artifacts.'),
      ['artifact-tampering', 'store-leak'],
    ],
    [
      'a retrieval store',
      el('index', 'data-store', 'Vector index', 'Document embeddings.'),
      ['store-poisoning', 'store-leak', 'rag-leak'],
    ],
    ['a plain flow', el('query', 'data-flow', 'Query', 'From Users to API.'), ['flow-tampering', 'flow-disclosure']],
    [
      'a flow into an LLM',
      el('context', 'data-flow', 'Retrieved context', 'From Index to Orchestrator.'),
      ['flow-tampering', 'flow-disclosure', 'flow-injection'],
    ],
  ])('picks the templates for %s by the words of its label and description', (_what, e, expected) => {
    expect(templates(e)).toEqual(expected);
  });

  it('reads the label and the description, ignoring case', () => {
    expect(templates(el('p', 'process', 'Service', 'Calls the LLM'))).toContain('prompt-injection');
    expect(templates(el('p', 'process', 'CHAT SERVICE'))).toContain('prompt-injection');
    expect(templates(el('p', 'process', 'Service'))).not.toContain('prompt-injection');
  });

  it('only ever suggests a STRIDE category its kind can have', () => {
    // Text that triggers every conditional template of every kind.
    const everything = 'LLM API model data training';
    for (const kind of ELEMENT_KINDS) {
      const list = suggestionsFor(el('x', kind, everything));
      expect(list.length, kind).toBeGreaterThan(0);
      for (const s of list) expect(strideApplies(kind, s.stride), `${kind}: ${s.stride}`).toBe(true);
    }
  });
});

describe('suggestionsFor: the suggested threat', () => {
  it('is a full threat on the element with middling ratings, a stable key and a reason', () => {
    expect(suggestionsFor(el('customers', 'external-entity', 'Customers'))[0]).toEqual({
      stride: 'Spoofing',
      title: 'Fake or stolen accounts pose as legitimate users of the system',
      atlas: ['AML.T0040'],
      owasp: [],
      mitigations: ['AML.M0019'],
      element: 'customers',
      likelihood: 3,
      impact: 3,
      key: 'customers:fake-accounts',
      why: 'Anyone outside a boundary can pretend to be someone else.',
    });
  });

  it('leaves out dismissed keys, and ignores keys of other elements', () => {
    const e = el('api', 'process', 'Inference API');
    expect(templates(e, new Set(['api:extraction', 'other:impersonation']))).toEqual([
      'adversarial-input',
      'resource-abuse',
      'impersonation',
    ]);
    const all = suggestionsFor(e).map((s) => s.key);
    expect(suggestionsFor(e, new Set(all))).toEqual([]);
  });
});

describe('suggestions against the site content', () => {
  const { content } = loadContent(resolve(__dirname, '..', '..', '..'));
  const catalogue = new Set(content.techniques.map((t) => t.data.id));
  const pairs = content.scenarios.map(({ data: s }) => ({ s }));

  it('only ever suggests STRIDE categories valid for the element kind, and IDs in the catalogue', () => {
    const mitigations = new Set(content.mitigations.map((m) => m.data.id));
    let count = 0;
    for (const { s } of pairs) {
      for (const el of modelElements(s.diagram)) {
        for (const sug of suggestionsFor(el)) {
          count++;
          expect(strideApplies(el.kind, sug.stride), `${s.id}/${el.id}: ${sug.stride}`).toBe(true);
          for (const id of sug.atlas) expect(catalogue.has(id), id).toBe(true);
          for (const id of sug.mitigations) expect(mitigations.has(id), id).toBe(true);
        }
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('suggests LLM threats only for LLM elements, and honours dismissals', () => {
    const llm = modelElements(pairs.find((p) => p.s.id === 'llm-rag-assistant')!.s.diagram).find(
      (e) => e.id === 'orchestrator',
    )!;
    const cnn = modelElements(pairs.find((p) => p.s.id === 'image-classifier')!.s.diagram).find(
      (e) => e.id === 'inference-api',
    )!;
    expect(suggestionsFor(llm).some((x) => x.owasp.includes('LLM01:2025'))).toBe(true);
    expect(suggestionsFor(cnn).some((x) => x.owasp.some((o) => o.startsWith('LLM')))).toBe(false);
    const all = suggestionsFor(cnn);
    expect(suggestionsFor(cnn, new Set([all[0].key]))).toHaveLength(all.length - 1);
  });
});
