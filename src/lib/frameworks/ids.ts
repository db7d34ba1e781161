/**
 * The fixed vocabularies of the frameworks this platform teaches: STRIDE, which STRIDE
 * categories apply to which diagram element kind (STRIDE per element, Microsoft), the ATLAS
 * tactics (data release 5.6.0) and the OWASP lists. IDs and names are facts; see
 * shared/reference/frameworks.md. Pure data, no imports.
 */

export const STRIDE = [
  'Spoofing',
  'Tampering',
  'Repudiation',
  'Information disclosure',
  'Denial of service',
  'Elevation of privilege',
] as const;
export type StrideCategory = (typeof STRIDE)[number];

export const ELEMENT_KINDS = ['external-entity', 'process', 'data-store', 'data-flow'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/**
 * STRIDE per element. Repudiation applies to a data store only where it is a log; we allow it
 * on every store and let the reference decide.
 */
export const STRIDE_BY_KIND: Record<ElementKind, readonly StrideCategory[]> = {
  'external-entity': ['Spoofing', 'Repudiation'],
  process: STRIDE,
  'data-store': ['Tampering', 'Repudiation', 'Information disclosure', 'Denial of service'],
  'data-flow': ['Tampering', 'Information disclosure', 'Denial of service'],
};

export const ATLAS_DATA_VERSION = '5.6.0';

/** ATLAS tactics in matrix order, with the short names ATLAS's Navigator layers use. */
export const ATLAS_TACTICS = [
  { id: 'AML.TA0002', name: 'Reconnaissance', shortName: 'reconnaissance' },
  { id: 'AML.TA0003', name: 'Resource Development', shortName: 'resource-development' },
  { id: 'AML.TA0004', name: 'Initial Access', shortName: 'initial-access' },
  { id: 'AML.TA0000', name: 'AI Model Access', shortName: 'ai-model-access' },
  { id: 'AML.TA0005', name: 'Execution', shortName: 'execution' },
  { id: 'AML.TA0006', name: 'Persistence', shortName: 'persistence' },
  { id: 'AML.TA0012', name: 'Privilege Escalation', shortName: 'privilege-escalation' },
  { id: 'AML.TA0007', name: 'Defense Evasion', shortName: 'defense-evasion' },
  { id: 'AML.TA0013', name: 'Credential Access', shortName: 'credential-access' },
  { id: 'AML.TA0008', name: 'Discovery', shortName: 'discovery' },
  { id: 'AML.TA0015', name: 'Lateral Movement', shortName: 'lateral-movement' },
  { id: 'AML.TA0009', name: 'Collection', shortName: 'collection' },
  { id: 'AML.TA0001', name: 'AI Attack Staging', shortName: 'ai-attack-staging' },
  { id: 'AML.TA0014', name: 'Command and Control', shortName: 'command-and-control' },
  { id: 'AML.TA0010', name: 'Exfiltration', shortName: 'exfiltration' },
  { id: 'AML.TA0011', name: 'Impact', shortName: 'impact' },
] as const;
export type AtlasTacticId = (typeof ATLAS_TACTICS)[number]['id'];
export const ATLAS_TACTIC_IDS = ATLAS_TACTICS.map((t) => t.id) as unknown as readonly [
  AtlasTacticId,
  ...AtlasTacticId[],
];

/** OWASP Top 10 for LLM Applications, 2025 edition. IDs carry the edition. */
export const OWASP_LLM_2025 = [
  { id: 'LLM01:2025', name: 'Prompt Injection' },
  { id: 'LLM02:2025', name: 'Sensitive Information Disclosure' },
  { id: 'LLM03:2025', name: 'Supply Chain' },
  { id: 'LLM04:2025', name: 'Data and Model Poisoning' },
  { id: 'LLM05:2025', name: 'Improper Output Handling' },
  { id: 'LLM06:2025', name: 'Excessive Agency' },
  { id: 'LLM07:2025', name: 'System Prompt Leakage' },
  { id: 'LLM08:2025', name: 'Vector and Embedding Weaknesses' },
  { id: 'LLM09:2025', name: 'Misinformation' },
  { id: 'LLM10:2025', name: 'Unbounded Consumption' },
] as const;

/** OWASP Machine Learning Security Top 10 (2023 draft). */
export const OWASP_ML_2023 = [
  { id: 'ML01', name: 'Input Manipulation Attack' },
  { id: 'ML02', name: 'Data Poisoning Attack' },
  { id: 'ML03', name: 'Model Inversion Attack' },
  { id: 'ML04', name: 'Membership Inference Attack' },
  { id: 'ML05', name: 'Model Theft' },
  { id: 'ML06', name: 'AI Supply Chain Attacks' },
  { id: 'ML07', name: 'Transfer Learning Attack' },
  { id: 'ML08', name: 'Model Skewing' },
  { id: 'ML09', name: 'Output Integrity Attack' },
  { id: 'ML10', name: 'Model Poisoning' },
] as const;

export const OWASP_RISKS = [...OWASP_LLM_2025, ...OWASP_ML_2023];
export type OwaspId = (typeof OWASP_RISKS)[number]['id'];
export const OWASP_IDS = OWASP_RISKS.map((r) => r.id) as unknown as readonly [OwaspId, ...OwaspId[]];

export function owaspName(id: string): string | undefined {
  return OWASP_RISKS.find((r) => r.id === id)?.name;
}
