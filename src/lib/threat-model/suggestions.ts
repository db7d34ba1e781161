/**
 * Suggested threats per element kind, ML-specific (as Threat Dragon suggests by element type).
 * The builder shows them only behind a toggle, since they make the exercise easier; the score
 * notes how many were accepted. A suggestion is a starting point with middling ratings (3 × 3):
 * the learner is expected to adjust it. Pure.
 */
import type { Threat } from '../content/schemas';
import type { ModelElement } from './elements';

export interface Suggestion extends Omit<Threat, 'notes'> {
  /** Stable key: element ID and template ID, to remember dismissals. */
  key: string;
  why: string;
}

interface Template {
  id: string;
  /** Only when the element's label or description mentions one of these words. */
  when?: RegExp;
  threat: Omit<Threat, 'element' | 'likelihood' | 'impact' | 'notes'>;
  why: string;
}

const LLM = /\bllm\b|prompt|assistant|chat|orchestrat|agent|retriev|vector|embedding/i;
const MODEL = /model|registry|artifact|weights/i;
const DATA = /data|feature|label|training|event|document|ticket/i;
const API = /api|endpoint|serving|inference|gateway|scor/i;

const TEMPLATES: Record<ModelElement['kind'], Template[]> = {
  'external-entity': [
    {
      id: 'fake-accounts',
      threat: {
        stride: 'Spoofing',
        title: 'Fake or stolen accounts pose as legitimate users of the system',
        atlas: ['AML.T0040'],
        owasp: [],
        mitigations: ['AML.M0019'],
      },
      why: 'Anyone outside a boundary can pretend to be someone else.',
    },
    {
      id: 'deny-actions',
      threat: {
        stride: 'Repudiation',
        title: 'Actions cannot be tied to the entity that took them',
        atlas: [],
        owasp: [],
        mitigations: ['AML.M0024'],
      },
      why: 'Without attributable logs, misuse cannot be proven.',
    },
  ],
  process: [
    {
      id: 'adversarial-input',
      when: API,
      threat: {
        stride: 'Tampering',
        title: "Crafted inputs change the model's output (evasion)",
        atlas: ['AML.T0043', 'AML.T0015'],
        owasp: ['ML01'],
        mitigations: ['AML.M0015', 'AML.M0003'],
      },
      why: 'Models answer crafted inputs as confidently as real ones.',
    },
    {
      id: 'extraction',
      when: API,
      threat: {
        stride: 'Information disclosure',
        title: 'Answers let a caller copy the model or infer its training data',
        atlas: ['AML.T0024.002', 'AML.T0024.000'],
        owasp: ['ML05', 'ML04'],
        mitigations: ['AML.M0002', 'AML.M0004'],
      },
      why: 'Every answer reveals something about the model.',
    },
    {
      id: 'prompt-injection',
      when: LLM,
      threat: {
        stride: 'Elevation of privilege',
        title: "Injected instructions make the LLM act beyond the user's authority",
        atlas: ['AML.T0051.000', 'AML.T0051.001'],
        owasp: ['LLM01:2025', 'LLM06:2025'],
        mitigations: ['AML.M0020', 'AML.M0019'],
      },
      why: 'An LLM cannot reliably tell instructions from data.',
    },
    {
      id: 'system-prompt',
      when: LLM,
      threat: {
        stride: 'Information disclosure',
        title: 'The system prompt and hidden context can be extracted',
        atlas: ['AML.T0056'],
        owasp: ['LLM07:2025'],
        mitigations: ['AML.M0020'],
      },
      why: 'Assume anything in the prompt can be read back.',
    },
    {
      id: 'poisoned-training',
      when: /train|pipeline|label|ingest/i,
      threat: {
        stride: 'Tampering',
        title: 'Poisoned inputs change what the model learns',
        atlas: ['AML.T0020'],
        owasp: ['ML02'],
        mitigations: ['AML.M0007', 'AML.M0025'],
      },
      why: 'A process that learns from data inherits its integrity.',
    },
    {
      id: 'resource-abuse',
      threat: {
        stride: 'Denial of service',
        title: 'Floods or expensive requests exhaust capacity or budget',
        atlas: ['AML.T0029', 'AML.T0034'],
        owasp: [],
        mitigations: ['AML.M0004'],
      },
      why: 'ML inference is costly; someone else may pay with your budget.',
    },
    {
      id: 'impersonation',
      threat: {
        stride: 'Spoofing',
        title: 'Callers or upstream services are impersonated',
        atlas: [],
        owasp: [],
        mitigations: ['AML.M0019'],
      },
      why: 'A process trusts whoever it thinks is calling.',
    },
  ],
  'data-store': [
    {
      id: 'store-poisoning',
      when: DATA,
      threat: {
        stride: 'Tampering',
        title: 'Stored data is altered to poison the model that learns from it',
        atlas: ['AML.T0020'],
        owasp: ['ML02'],
        mitigations: ['AML.M0005', 'AML.M0025'],
      },
      why: 'Training data is only as trustworthy as its store.',
    },
    {
      id: 'artifact-tampering',
      when: MODEL,
      threat: {
        stride: 'Tampering',
        title: 'A model artifact is replaced or backdoored in storage',
        atlas: ['AML.T0018', 'AML.T0010.003'],
        owasp: ['ML10', 'ML06'],
        mitigations: ['AML.M0013', 'AML.M0014'],
      },
      why: 'An unsigned artifact can be swapped unnoticed.',
    },
    {
      id: 'store-leak',
      threat: {
        stride: 'Information disclosure',
        title: 'Sensitive data or models in the store are read by the wrong people',
        atlas: [],
        owasp: [],
        mitigations: ['AML.M0005', 'AML.M0012'],
      },
      why: 'Stores hold the crown jewels: data and models.',
    },
    {
      id: 'rag-leak',
      when: LLM,
      threat: {
        stride: 'Information disclosure',
        title: 'Retrieval returns documents the asking user should not see',
        atlas: ['AML.T0057'],
        owasp: ['LLM02:2025', 'LLM08:2025'],
        mitigations: ['AML.M0019'],
      },
      why: 'Similarity search ignores permissions unless told.',
    },
  ],
  'data-flow': [
    {
      id: 'flow-tampering',
      threat: {
        stride: 'Tampering',
        title: 'Data on this flow is altered or injected in transit',
        atlas: [],
        owasp: [],
        mitigations: ['AML.M0013'],
      },
      why: 'A flow that crosses a boundary can carry anything.',
    },
    {
      id: 'flow-disclosure',
      threat: {
        stride: 'Information disclosure',
        title: 'Data on this flow is read by someone who should not see it',
        atlas: [],
        owasp: [],
        mitigations: ['AML.M0012'],
      },
      why: 'What travels can be observed.',
    },
    {
      id: 'flow-injection',
      when: LLM,
      threat: {
        stride: 'Tampering',
        title: 'Text on this flow carries instructions the LLM will follow',
        atlas: ['AML.T0051.001'],
        owasp: ['LLM01:2025'],
        mitigations: ['AML.M0020'],
      },
      why: 'Any text that reaches a prompt can be an instruction.',
    },
  ],
};

/** Suggestions for one element, minus those already dismissed. */
export function suggestionsFor(element: ModelElement, dismissed: ReadonlySet<string> = new Set()): Suggestion[] {
  const text = `${element.label} ${element.description}`;
  return TEMPLATES[element.kind]
    .filter((t) => !t.when || t.when.test(text))
    .map((t) => ({
      ...t.threat,
      element: element.id,
      likelihood: 3,
      impact: 3,
      key: `${element.id}:${t.id}`,
      why: t.why,
    }))
    .filter((s) => !dismissed.has(s.key));
}
