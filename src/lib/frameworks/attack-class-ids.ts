/**
 * The attack classes the threat-model grader compares instead of ATLAS ID prefixes (issue 12):
 * "the same attack" means the same class, related classes earn partial credit. IDs only, so the
 * content schemas can validate them without loading the technique map
 * (src/lib/threat-model/attack-classes.ts has the labels, relations and the ATLAS mapping).
 */
export const ATTACK_CLASS_IDS = [
  'poisoning',
  'backdoor',
  'evasion',
  'extraction',
  'membership-inference',
  'inversion',
  'artifact-theft',
  'supply-chain',
  'model-tampering',
  'dos-cost',
  'prompt-injection-direct',
  'prompt-injection-indirect',
  'excessive-agency',
  'sensitive-disclosure',
  'output-handling',
  'identity-abuse',
  'repudiation',
  'reconnaissance',
  'infrastructure-compromise',
  'misinformation',
] as const;
export type AttackClassId = (typeof ATTACK_CLASS_IDS)[number];
