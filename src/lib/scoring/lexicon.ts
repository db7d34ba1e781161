/**
 * Word lists the scorer reasons with. All entries are lower case, as the tokenizer emits them
 * (contractions are already split: "isn't" arrives as "is" + "not").
 */

/**
 * Words ignored when matching a rubric phrase ("rate limit the API" = "rate limit API").
 * Quantifiers such as "each", "every" and "per" are kept: "per component" is not "component".
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'for', 'on', 'in', 'into', 'by', 'with', 'at', 'as',
  'from', 'our', 'we', 'us', 'i', 'me', 'my', 'you', 'your', 'it', 'its', 'this', 'that', 'these',
  'those', 'their', 'them', 'they', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'would', 'will', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'do', 'does', 'did',
  'have', 'has', 'had', 'so', 'then', 'than', 'also', 'any', 'some', 'such',
  'there', 'here', 'which', 'who', 'what', 'when', 'where', 'how', 'very', 'just', 'about', 'if',
  'up', 'out', 'all', 'both', 'own', 'via', 'one', 's', 'd', 'll', 're', 've', 'm',
]);

/**
 * Function words that make a run of words read as a sentence rather than a list of keywords:
 * articles, pronouns, auxiliaries, modals and prepositions. Bare conjunctions ("and", "or") are
 * deliberately absent: "poisoning and evasion" is still a keyword list.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'on', 'in', 'into', 'by', 'with', 'at', 'from', 'our',
  'we', 'us', 'i', 'me', 'my', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those',
  'their', 'them', 'they', 'he', 'she', 'his', 'her', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'am', 'would', 'will', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'do',
  'does', 'did', 'have', 'has', 'had', 'so', 'because', 'since', 'if', 'then', 'than', 'which',
  'who', 'whose', 'where', 'when', 'how', 'what', 'there', 'not', 'no', 'through', 'against',
  'before', 'after', 'until', 'while', 'between', 'about', 'without', 'within', 'across', 'every',
  'each', 'any', 'some', 'first', 'then', 'also', 'per', 'via', 'so', 'too', 'its', 'our', 'let',
]);

/** Words that negate what follows them in the same clause. */
export const NEGATION_CUES: ReadonlySet<string> = new Set(['not', 'never', 'nor', 'neither', 'no', 'none', 'hardly']);

/** Verbs that set an idea aside when they come just before it ("skip watermarking"). */
export const DISMISSIVE_VERBS: ReadonlySet<string> = new Set(['ignore', 'ignoring', 'skip', 'skipping', 'dismiss', 'forgo', 'forget', 'drop', 'disregard']);

/**
 * Words that, after a negation cue following an idea, reject it: "poisoning is not a concern",
 * "rate limiting isn't needed", "watermarks won't help".
 */
export const DISMISSAL_TARGETS: ReadonlySet<string> = new Set([
  'needed', 'need', 'necessary', 'required', 'concern', 'concerned', 'relevant', 'important',
  'issue', 'problem', 'worth', 'matter', 'matters', 'apply', 'applies', 'help', 'helps', 'useful',
  'priority', 'real', 'realistic', 'likely', 'risk', 'threat', 'worry', 'deal', 'thing', 'bother',
  'care', 'consider', 'considered', 'valuable', 'effective', 'work', 'works', 'possible', 'applicable',
]);

/** Words that reject an idea on their own, right after it: "watermarking is overkill". */
export const DISMISSIVE_WORDS: ReadonlySet<string> = new Set([
  'unnecessary', 'irrelevant', 'overkill', 'pointless', 'unlikely', 'negligible', 'unrealistic',
  'unimportant', 'overrated', 'useless', 'needless', 'moot', 'unneeded', 'nonissue', 'theoretical',
]);

/**
 * Words that qualify a negation so that it no longer rejects the idea: "rate limiting alone is
 * not enough", "not only poisoning but also evasion". The idea is still put forward.
 */
export const SUFFICIENCY_WORDS: ReadonlySet<string> = new Set([
  'only', 'just', 'enough', 'sufficient', 'insufficient', 'alone', 'merely', 'simply', 'itself',
  'always', 'solely', 'replace', 'substitute',
]);

/** Words that end a clause for negation scope ("we won't rate limit, but we will watermark"). */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'but', 'however', 'although', 'though', 'whereas', 'instead', 'yet', 'because', 'since', 'so',
]);

/**
 * The general vocabulary of ML security and engineering. An answer whose content words almost
 * never come from this list or from the question's own words is off topic.
 */
export const DOMAIN_WORDS: readonly string[] = [
  'security', 'secure', 'attack', 'attacker', 'adversary', 'adversarial', 'threat', 'risk', 'model',
  'models', 'data', 'dataset', 'training', 'train', 'inference', 'api', 'endpoint', 'query',
  'queries', 'client', 'user', 'account', 'access', 'control', 'log', 'logs', 'logging', 'monitor',
  'monitoring', 'detect', 'detection', 'alert', 'anomaly', 'mitigation', 'mitigate', 'defence',
  'defense', 'protect', 'protection', 'privacy', 'leak', 'leakage', 'exposure', 'compromise',
  'integrity', 'availability', 'confidentiality', 'authentication', 'authorization', 'encrypt',
  'encryption', 'key', 'secret', 'token', 'permission', 'privilege', 'isolation', 'tenant',
  'pipeline', 'feature', 'label', 'labels', 'prediction', 'predictions', 'probability', 'score',
  'scores', 'confidence', 'output', 'input', 'inputs', 'classifier', 'classification', 'network',
  'neural', 'ml', 'ai', 'llm', 'machine', 'learning', 'deployment', 'deploy', 'production',
  'registry', 'artifact', 'artifacts', 'signing', 'signature', 'provenance', 'supply', 'chain',
  'dependency', 'package', 'library', 'container', 'kubernetes', 'cloud', 'service', 'system',
  'server', 'request', 'response', 'rate', 'limit', 'quota', 'fraud', 'poison', 'poisoning',
  'evasion', 'extraction', 'inversion', 'membership', 'backdoor', 'trigger', 'stride', 'atlas',
  'owasp', 'mitre', 'spoofing', 'tampering', 'repudiation', 'disclosure', 'denial', 'elevation',
  'vulnerability', 'exploit', 'incident', 'response', 'business', 'customer', 'impact', 'cost',
  'revenue', 'regulator', 'regulatory', 'compliance', 'audit', 'policy', 'governance', 'test',
  'testing', 'validate', 'validation', 'verify', 'review', 'human', 'loop', 'trust', 'boundary',
  'diagram', 'flow', 'component', 'asset', 'prompt', 'injection', 'retrieval', 'document',
  'documents', 'embedding', 'vector', 'guardrail', 'jailbreak', 'tool', 'agent', 'clone', 'steal',
  'watermark', 'fingerprint', 'drift', 'robust', 'robustness', 'retrain', 'pretrained', 'weights',
  'gradient', 'sample', 'samples', 'image', 'images', 'upload', 'crowdsourced', 'crowdsourcing',
  'recommendation', 'recommender', 'click', 'clicks', 'stream', 'store', 'platform', 'team',
  'teams', 'sensitive', 'personal', 'pii', 'financial', 'bank', 'credit', 'legal', 'contract',
  'terms', 'priority', 'prioritise', 'prioritize', 'severity', 'likelihood', 'owner', 'evidence',
];
