/**
 * The reference threat models and scenarios as content: every scenario has a reference and an
 * answer strategy; every reference threat sits on an element or flow of its diagram with a
 * STRIDE category valid for that element's kind; every diagram node has at least one threat;
 * every data flow carries a reference threat or an acceptable extra (issue 15: no flow left
 * without a word); and every reference scores 100 against itself.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadContent } from '../content/load-from-disk';
import { checkModelAgainstDiagram } from './validate';
import { scoreThreatModel } from './score';

const root = resolve(__dirname, '..', '..', '..');
const { content, errors } = loadContent(root);

describe('scenario content and reference threat models', () => {
  it('loads the scenarios and threat models without content errors', () => {
    expect(errors.filter((e) => /src\/content\/(scenarios|threat-models)\//.test(e.file))).toEqual([]);
  });

  for (const { data: scenario } of content.scenarios) {
    describe(scenario.id, () => {
      const reference = content.threatModels.find((m) => m.data.scenario === scenario.id)?.data;

      it('has an answer strategy and a reference threat model', () => {
        expect(scenario.strategy?.points.length ?? 0).toBeGreaterThan(0);
        expect(reference?.threats.length ?? 0).toBeGreaterThanOrEqual(8);
      });

      it('puts every reference threat on a diagram element with a STRIDE category valid for its kind', () => {
        expect(checkModelAgainstDiagram(reference!, scenario.diagram)).toEqual([]);
      });

      it('gives every diagram node at least one threat, and every threat a mitigation and a framework mapping', () => {
        const covered = new Set(reference!.threats.map((t) => t.element));
        expect(scenario.diagram.elements.filter((e) => !covered.has(e.id)).map((e) => e.id)).toEqual([]);
        for (const t of reference!.threats) {
          expect(t.mitigations.length, t.title).toBeGreaterThan(0);
          expect(t.atlas.length + t.owasp.length + (t.notes ? 1 : 0), t.title).toBeGreaterThan(0);
        }
      });

      it('gives every data flow a reference threat or an acceptable extra, and repeats no reference threat as an extra', () => {
        const placed = new Set([...reference!.threats, ...reference!.acceptable].map((t) => t.element));
        expect(scenario.diagram.flows.filter((f) => !placed.has(f.id)).map((f) => f.id)).toEqual([]);
        const key = (t: { element: string; stride: string; attack?: string }) => `${t.element}|${t.stride}|${t.attack}`;
        const listed = new Set(reference!.threats.map(key));
        expect(reference!.acceptable.filter((a) => listed.has(key(a))).map(key)).toEqual([]);
      });

      it('scores 100 against itself', () => {
        expect(scoreThreatModel(reference!, reference!).overall).toBe(100);
      });
    });
  }

  it('maps the LLM scenario to the OWASP LLM Top 10 2025 only, never the ML list', () => {
    const llm = content.threatModels.find((m) => m.data.scenario === 'llm-rag-assistant')!.data;
    const owasp = new Set(llm.threats.flatMap((t) => t.owasp));
    expect([...owasp].every((id) => /^LLM(0[1-9]|10):2025$/.test(id))).toBe(true);
    expect(owasp.size).toBe(10);
  });
});
