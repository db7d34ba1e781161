/**
 * The words practitioners use for the same thing. A query word matches its own pages and,
 * with a lower weight, the pages of its synonyms: "model stealing" finds model extraction,
 * "adversarial examples" finds evasion, "backdoor" finds trigger poisoning, "jailbreak" finds
 * LLM Jailbreak. Technique aliases in the content do the same job page by page; this table
 * covers the pages (skills, careers, tools) that do not list aliases.
 */

/** Word → words that mean the same in AI security. Keys and values are lower-case single words. */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  stealing: ['extraction', 'theft', 'cloning'],
  steal: ['extraction', 'theft'],
  stolen: ['extraction', 'theft'],
  theft: ['extraction', 'stealing'],
  cloning: ['extraction', 'stealing'],
  clone: ['extraction', 'stealing'],
  extraction: ['stealing', 'cloning'],
  evasion: ['adversarial', 'evade'],
  evade: ['evasion', 'adversarial'],
  examples: ['evasion'],
  perturbation: ['adversarial', 'evasion'],
  backdoor: ['trigger', 'trojan', 'poisoning'],
  backdoors: ['trigger', 'trojan', 'poisoning'],
  trojan: ['backdoor', 'trigger'],
  trigger: ['backdoor'],
  poisoning: ['poisoned', 'backdoor'],
  jailbreak: ['jailbreaking', 'guardrail'],
  jailbreaks: ['jailbreak'],
  jailbreaking: ['jailbreak'],
  injection: ['injected'],
  dos: ['denial'],
  ddos: ['denial'],
  wallet: ['cost', 'consumption'],
  pii: ['privacy', 'personal', 'leakage'],
  leak: ['leakage', 'disclosure'],
  leaking: ['leakage', 'disclosure'],
  inversion: ['reconstruction', 'privacy'],
  membership: ['privacy'],
  redteam: ['red', 'teaming'],
  pentest: ['red', 'teaming', 'testing'],
  pentesting: ['red', 'teaming', 'testing'],
  sbom: ['bom', 'supply'],
  aibom: ['bom', 'supply'],
  mlsecops: ['mlops', 'secure'],
  devsecops: ['mlops', 'secure'],
  guardrails: ['guardrail'],
  drift: ['monitoring'],
  llm: ['language'],
  genai: ['llm', 'generative'],
  art: ['adversarial', 'robustness', 'toolbox'],
};

/** The synonyms of one query word (not including the word itself). */
export function synonymsOf(word: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(SYNONYMS, word) ? SYNONYMS[word] : [];
}
