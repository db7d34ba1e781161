/**
 * Attack classes: what kind of attack a threat describes, so that two threats can be compared by
 * the attack they name rather than by the spelling of their ATLAS IDs. A shared ID prefix is a
 * poor test: AML.T0024.000 (membership inference) and AML.T0024.002 (model extraction) share one
 * and are different attacks, while AML.T0043.002 and AML.T0015 are two steps of the same evasion.
 *
 * The classes and the pairs that earn partial credit are stated here; which classes each ATLAS
 * technique, OWASP risk and STRIDE category names is data, in attack-class-map.json.
 */
import classMapData from './attack-class-map.json';
import { ATTACK_CLASS_IDS, type AttackClassId } from '../frameworks/attack-class-ids';

export { ATTACK_CLASS_IDS, type AttackClassId };

export const ATTACK_CLASSES = [
  {
    id: 'poisoning',
    label: 'Data poisoning',
    description:
      'Corrupting the data a model learns or retrieves from (training, fine-tuning or RAG sources) to degrade it or cause chosen errors.',
  },
  {
    id: 'backdoor',
    label: 'Backdoor',
    description:
      'Implanting hidden behaviour that a trigger switches on, through poisoned data or a changed model, while the model otherwise behaves normally.',
  },
  {
    id: 'evasion',
    label: 'Evasion',
    description: 'Feeding a deployed model inputs crafted so that it gets them wrong, to slip past what it guards.',
  },
  {
    id: 'extraction',
    label: 'Model extraction',
    description:
      'Stealing a model through its answers: querying it to train a functionally equivalent copy or a surrogate that stands in for it.',
  },
  {
    id: 'membership-inference',
    label: 'Membership inference',
    description: "Telling from a model's outputs whether a given record was in its training data.",
  },
  {
    id: 'inversion',
    label: 'Model inversion',
    description:
      "Recovering training data or sensitive attributes from a model's outputs or embeddings: inversion, attribute inference, reconstruction.",
  },
  {
    id: 'artifact-theft',
    label: 'Artifact theft',
    description:
      'Taking model files, weights, datasets or embeddings out of the storage, registries or repositories that hold them.',
  },
  {
    id: 'supply-chain',
    label: 'Supply-chain compromise',
    description:
      'Getting a malicious or compromised model, dataset, library, container, tool or piece of hardware adopted from a third party.',
  },
  {
    id: 'model-tampering',
    label: 'Model tampering',
    description: 'Changing a deployed or registered model, or the configuration that governs it, after it was built.',
  },
  {
    id: 'dos-cost',
    label: 'Denial of service and cost',
    description:
      'Exhausting an AI service or its budget: flooding, resource-heavy queries, runaway agents, cost harvesting.',
  },
  {
    id: 'prompt-injection-direct',
    label: 'Direct prompt injection',
    description: "A user's own prompts override the system's instructions or safety training, jailbreaks included.",
  },
  {
    id: 'prompt-injection-indirect',
    label: 'Indirect prompt injection',
    description:
      "Instructions hidden in content the model reads on someone else's behalf (retrieved documents, web pages, emails, tool output) take control of it.",
  },
  {
    id: 'excessive-agency',
    label: 'Excessive agency',
    description: 'An agent is steered into harmful actions through the tools, plug-ins and permissions it was given.',
  },
  {
    id: 'sensitive-disclosure',
    label: 'Sensitive information disclosure',
    description:
      "A model or AI service reveals what it should not: personal or proprietary data, other users' content, its system prompt, or secrets in outputs and logs.",
  },
  {
    id: 'output-handling',
    label: 'Improper output handling',
    description:
      'Model output is trusted downstream without checks: rendered, executed as code or commands, or used to exfiltrate data through markdown images and links.',
  },
  {
    id: 'identity-abuse',
    label: 'Identity abuse',
    description:
      'Acting as someone else: stolen or valid accounts, credentials, API keys and tokens, impersonation and fake identities.',
  },
  {
    id: 'repudiation',
    label: 'Repudiation',
    description: 'Actions that cannot be attributed afterwards because records are missing, incomplete or altered.',
  },
  {
    id: 'reconnaissance',
    label: 'Reconnaissance and discovery',
    description:
      "Learning about the target's models, data, agents and infrastructure, from public sources or by probing and looking around inside.",
  },
  {
    id: 'infrastructure-compromise',
    label: 'Infrastructure compromise',
    description:
      'Conventional intrusion into the ML platform: code execution, command and control, persistence, privilege escalation, escape to host, lateral movement.',
  },
  {
    id: 'misinformation',
    label: 'Misinformation',
    description:
      'Wrong or misleading outputs that erode integrity and trust: exploited hallucinations, manipulated answers or citations, synthetic media.',
  },
] as const satisfies readonly { id: AttackClassId; label: string; description: string }[];

export type AttackClass = (typeof ATTACK_CLASSES)[number];

// The IDs are listed once, in frameworks/attack-class-ids.ts (the schemas need them without this
// module's data); the labels here must cover exactly those, in the same order.
if (ATTACK_CLASSES.map((c) => c.id).join() !== ATTACK_CLASS_IDS.join()) {
  throw new Error('ATTACK_CLASSES must list exactly the classes of ATTACK_CLASS_IDS, in their order');
}

const KNOWN_CLASSES = new Set<string>(ATTACK_CLASS_IDS);

export function isAttackClassId(value: string): value is AttackClassId {
  return KNOWN_CLASSES.has(value);
}

export interface RelatedClasses {
  pair: readonly [AttackClassId, AttackClassId];
  /** Why a learner naming one of the two has found half of the other. */
  reason: string;
}

/** Pairs that earn partial credit, in either order. */
export const RELATED_CLASSES: readonly RelatedClasses[] = [
  { pair: ['poisoning', 'backdoor'], reason: 'a backdoor is usually planted by poisoning the training data' },
  {
    pair: ['poisoning', 'model-tampering'],
    reason: 'both corrupt what the model has learned, one through data, one directly',
  },
  {
    pair: ['backdoor', 'supply-chain'],
    reason: 'backdoored models and datasets arrive through public hubs and vendors',
  },
  {
    pair: ['backdoor', 'model-tampering'],
    reason: 'editing weights or architecture is a direct way to implant a backdoor',
  },
  {
    pair: ['supply-chain', 'model-tampering'],
    reason: 'a swapped model is tampering whether it happens upstream or in our registry',
  },
  {
    pair: ['extraction', 'artifact-theft'],
    reason: 'both end with the attacker holding the model: by querying it or by copying its files',
  },
  {
    pair: ['membership-inference', 'inversion'],
    reason: "both recover facts about training data from the model's outputs",
  },
  {
    pair: ['membership-inference', 'sensitive-disclosure'],
    reason: 'learning that a person is in the training set is itself a disclosure',
  },
  { pair: ['inversion', 'sensitive-disclosure'], reason: 'reconstructed training records are disclosed data' },
  {
    pair: ['artifact-theft', 'sensitive-disclosure'],
    reason: 'stolen datasets and embeddings expose the data they hold',
  },
  {
    pair: ['prompt-injection-direct', 'prompt-injection-indirect'],
    reason: 'the same attack on the instruction channel, delivered by the user or by content',
  },
  {
    pair: ['prompt-injection-direct', 'excessive-agency'],
    reason: "a user's injected instructions are how an agent is made to misuse its tools",
  },
  {
    pair: ['prompt-injection-indirect', 'excessive-agency'],
    reason: 'instructions in retrieved content are the usual trigger for unwanted tool calls',
  },
  {
    pair: ['prompt-injection-direct', 'sensitive-disclosure'],
    reason: 'injection and jailbreaks are the usual way to make an LLM leak data or its prompt',
  },
  {
    pair: ['prompt-injection-indirect', 'sensitive-disclosure'],
    reason: 'planted instructions commonly aim to leak the conversation or connected data',
  },
  {
    pair: ['prompt-injection-indirect', 'output-handling'],
    reason: 'planted instructions produce the markdown, links or code that unsafe rendering acts on',
  },
  {
    pair: ['output-handling', 'excessive-agency'],
    reason: 'model output executed as a command or a tool call is an action taken without a check',
  },
  {
    pair: ['identity-abuse', 'infrastructure-compromise'],
    reason: 'stolen credentials are a common first step into the platform',
  },
  {
    pair: ['infrastructure-compromise', 'model-tampering'],
    reason: 'an intruder on the platform can alter the models and configuration it holds',
  },
  {
    pair: ['infrastructure-compromise', 'artifact-theft'],
    reason: 'an intruder on the platform can copy the models and data it holds',
  },
  // Added beyond the brief's list, each for a link the ATLAS data itself draws:
  {
    pair: ['excessive-agency', 'sensitive-disclosure'],
    reason: 'agents leak data by calling tools that send it out (AML.T0086, AML.T0085.001)',
  },
  {
    pair: ['poisoning', 'misinformation'],
    reason: 'poisoned training data or knowledge bases make the model state falsehoods (AML.T0070, AML.T0031)',
  },
  {
    pair: ['supply-chain', 'infrastructure-compromise'],
    reason: 'malicious packages and pickled models run code when loaded (AML.T0011.000, AML.T0112.001)',
  },
  {
    pair: ['excessive-agency', 'infrastructure-compromise'],
    reason: "an agent's shell and code tools give its controller the machine (AML.T0112.000, AML.T0108)",
  },
];

/** Credit for naming a related class instead of the same one. */
export const RELATED_CLASS_CREDIT = 0.5;

const relatedKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const RELATED = new Set(RELATED_CLASSES.map(({ pair: [a, b] }) => relatedKey(a, b)));

/** The shape of attack-class-map.json; the JSON import is checked against it when read. */
export interface ClassMapData {
  atlasVersion: string;
  techniques: Record<string, readonly string[]>;
  owasp: Record<string, readonly string[]>;
  stride: Record<string, readonly string[]>;
}

export interface ClassMap {
  atlasVersion: string;
  techniques: ReadonlyMap<string, readonly AttackClassId[]>;
  owasp: ReadonlyMap<string, readonly AttackClassId[]>;
  stride: ReadonlyMap<string, readonly AttackClassId[]>;
}

const TECHNIQUE_ID = /^AML\.T\d{4}(\.\d{3})?$/;

function readSection(
  name: keyof Omit<ClassMapData, 'atlasVersion'>,
  entries: Record<string, readonly string[]>,
): ReadonlyMap<string, readonly AttackClassId[]> {
  const out = new Map<string, readonly AttackClassId[]>();
  for (const [key, classes] of Object.entries(entries)) {
    const where = `attack-class-map.json ${name}.${key}`;
    if (name === 'techniques' && !TECHNIQUE_ID.test(key)) throw new Error(`${where}: not an ATLAS technique ID`);
    if (classes.length < 1 || classes.length > 3)
      throw new Error(`${where}: needs 1 to 3 classes, has ${classes.length}`);
    if (new Set(classes).size !== classes.length) throw new Error(`${where}: names a class twice`);
    const unknown = classes.find((c) => !isAttackClassId(c));
    if (unknown !== undefined) throw new Error(`${where}: "${unknown}" is not an attack class`);
    out.set(key, classes.filter(isAttackClassId));
  }
  return out;
}

/** Checks the map's shape and classes; throws naming the first bad entry. */
export function readClassMap(data: ClassMapData): ClassMap {
  return {
    atlasVersion: data.atlasVersion,
    techniques: readSection('techniques', data.techniques),
    owasp: readSection('owasp', data.owasp),
    stride: readSection('stride', data.stride),
  };
}

export const CLASS_MAP: ClassMap = readClassMap(classMapData);

/** The classes an ATLAS technique or sub-technique names; [] for an ID the map does not know. */
export function classesOfTechnique(id: string): readonly AttackClassId[] {
  return CLASS_MAP.techniques.get(id) ?? [];
}

/** The classes an OWASP ID (ML01…ML10, LLM01:2025…LLM10:2025) names; [] for an unknown ID. */
export function classesOfOwasp(id: string): readonly AttackClassId[] {
  return CLASS_MAP.owasp.get(id) ?? [];
}

export interface ClassifiableThreat {
  atlas: readonly string[];
  owasp: readonly string[];
  stride: string;
  /** A class stated outright; ignored unless it is one of ATTACK_CLASS_IDS. */
  attack?: string;
}

/**
 * The classes a threat names, in ATTACK_CLASSES order: those of its ATLAS and OWASP IDs and its
 * explicit `attack`. Only when those give none does its STRIDE category speak, and only the
 * three categories that name one attack (Spoofing, Repudiation, Denial of service) do.
 */
export function classesOf(threat: ClassifiableThreat): AttackClassId[] {
  const named = new Set<AttackClassId>([
    ...threat.atlas.flatMap(classesOfTechnique),
    ...threat.owasp.flatMap(classesOfOwasp),
  ]);
  if (threat.attack !== undefined && isAttackClassId(threat.attack)) named.add(threat.attack);
  const found = named.size > 0 ? named : new Set(CLASS_MAP.stride.get(threat.stride) ?? []);
  return ATTACK_CLASS_IDS.filter((id) => found.has(id));
}

/** 1 for the same class, RELATED_CLASS_CREDIT for a related pair, 0 otherwise. */
export function classSimilarity(a: AttackClassId, b: AttackClassId): number {
  if (a === b) return 1;
  return RELATED.has(relatedKey(a, b)) ? RELATED_CLASS_CREDIT : 0;
}

/** The best similarity between any class of one set and any of the other; 0 if either is empty. */
export function setSimilarity(as: readonly AttackClassId[], bs: readonly AttackClassId[]): number {
  let best = 0;
  for (const a of as) for (const b of bs) best = Math.max(best, classSimilarity(a, b));
  return best;
}
