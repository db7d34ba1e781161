/**
 * The content schemas: a minimal valid entry of each collection parses with its documented
 * defaults filled in, and each documented constraint refuses with its message (the schema's own
 * message where it sets one, zod 4's otherwise).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  COLLECTIONS,
  THREAT_MODEL_FORMAT,
  atlasMitigationId,
  atlasTechniqueId,
  careerSchema,
  frameworkSchema,
  level,
  mitigationSchema,
  owaspId,
  questionId,
  questionSchema,
  scenarioSchema,
  skillSchema,
  slug,
  source,
  techniqueSchema,
  threatModelSchema,
  referenceThreatModelSchema,
  toolSchema,
} from './schemas';

const career = {
  id: 'ml-security-engineer',
  title: 'ML Security Engineer',
  summary: 'Secures ML systems.',
  dayToDay: ['Threat-models pipelines.'],
  skills: ['threat-modelling'],
};
const skill = { id: 'threat-modelling', title: 'T', summary: 'S', process: [{ step: 'Draw', detail: 'The DFD.' }] };
const framework = { id: 'stride-per-element', title: 'STRIDE', summary: 'S', url: 'https://learn.microsoft.com/' };
const technique = {
  id: 'AML.T0024.002',
  name: 'Extract AI Model',
  parent: 'AML.T0024',
  description: 'D',
  atlasVersion: '5.6.0',
};
const mitigation = {
  id: 'AML.M0004',
  name: 'Restrict Number of AI Model Queries',
  description: 'D',
  atlasVersion: '5.6.0',
};
const tool = {
  id: 'art',
  title: 'ART',
  summary: 'S',
  url: 'https://example.org/art',
  securityUses: ['Evasion tests.'],
};
const el = (id: string, x: number) => ({ id, kind: 'process', label: id, description: 'D', x, y: 100 });
const scenario = {
  id: 'fraud-api',
  title: 'T',
  summary: 'S',
  level: 'mid',
  diagram: { elements: [el('a', 100), el('b', 500)], flows: [{ id: 'f', from: 'a', to: 'b', label: 'L' }] },
};
const question = {
  id: 'fraud-api/respond',
  scenario: 'fraud-api',
  title: 'T',
  level: 'senior',
  prompt: 'P',
  rubric: {
    concepts: [
      {
        id: 'rate-limit',
        label: 'L',
        weight: 2,
        phrases: ['rate limit'],
        claims: ['Cap queries per key.', 'Rate limit each client.', 'Slow the sweeps down.'],
      },
    ],
    misconceptions: [
      { claim: 'TLS stops cloning.', why: 'It protects the wire.', cap: 1 },
      { claim: 'Hiding the URL stops cloning.', why: 'Clients still see answers.', cap: 2 },
    ],
  },
  levels: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
  examples: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
  strategy: { summary: 'S' },
};
const threat = { element: 'a', stride: 'Tampering', title: 'Poison', likelihood: 3, impact: 4 };
const threatModel = { format: 'dojo-threat-model/1', scenario: 'fraud-api', threats: [threat] };

/** A deep copy of `value` with the value at `path` replaced (or removed, for undefined). */
function withValue(value: unknown, path: (string | number)[], v: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  if (v === undefined) delete at[path[path.length - 1]];
  else at[path[path.length - 1]] = v;
  return copy;
}
const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the ID factories', () => {
  // prettier-ignore
  const cases: [string, z.ZodType, string[], string[], string][] = [
    ['slug', slug(), ['model-extraction', 'a1'], ['Model', 'a--b', '-a', 'a_b', ''], 'must be a kebab-case slug such as "model-extraction"'],
    ['technique', atlasTechniqueId(), ['AML.T0024', 'AML.T0024.002'], ['AML.T24', 'aml.t0024', 'AML.T0024.2', 'AML.M0004'], 'must be an ATLAS technique ID such as AML.T0024.002'],
    ['mitigation', atlasMitigationId(), ['AML.M0004'], ['AML.M04', 'AML.M0004.001', 'AML.T0024'], 'must be an ATLAS mitigation ID such as AML.M0004'],
    ['question', questionId(), ['fraud-api/respond'], ['fraud-api', 'a/b/c', 'A/b', '/b'], 'must look like "scenario-id/question-id"'],
  ];
  for (const [name, schema, good, bad, message] of cases) {
    it(`${name}: accepts ${good.join(', ')} and refuses the rest with its message`, () => {
      for (const v of good) expect(schema.safeParse(v).success, v).toBe(true);
      for (const v of bad) expect(issues(schema, v), v).toEqual([['', message]]);
    });
  }

  it('owaspId accepts the LLM 2025 IDs with their edition and ML01–ML10, nothing else', () => {
    expect(owaspId().safeParse('LLM01:2025').success).toBe(true);
    expect(owaspId().safeParse('ML10').success).toBe(true);
    for (const v of ['LLM01', 'LLM01:2023', 'ML11'])
      expect(issues(owaspId(), v)[0][1]).toMatch(/^Invalid option: expected one of "LLM01:2025"\|/);
  });

  it('source needs a title of 3 characters and a URL; level is one of four', () => {
    expect(issues(source(), { title: 'ab', url: 'not a url' })).toEqual([
      ['title', 'Too small: expected string to have >=3 characters'],
      ['url', 'Invalid URL'],
    ]);
    expect(level().options).toEqual(['junior', 'mid', 'senior', 'staff']);
  });
});

describe('a valid entry of each collection parses with its defaults', () => {
  // prettier-ignore
  const cases: [string, z.ZodType, object, object][] = [
    ['career', careerSchema, career, { scenarios: [], interviewProbes: [], tags: [], sources: [] }],
    ['skill', skillSchema, skill, { frameworks: [], tools: [], techniques: [], scenarios: [], labs: [], tags: [], sources: [] }],
    ['framework', frameworkSchema, framework, { sections: [], entries: [], tags: [], sources: [] }],
    ['technique', techniqueSchema, technique, { tactics: [], mitigations: [], aliases: [], tags: [] }],
    ['mitigation', mitigationSchema, mitigation, { practice: [], tags: [] }],
    ['tool', toolSchema, tool, { advice: [], techniques: [], labs: [], tags: [], sources: [] }],
    ['scenario', scenarioSchema, scenario, { order: 100, skills: [], techniques: [], sources: [], tags: [], diagram: { ...scenario.diagram, boundaries: [] } }],
    ['question', questionSchema, question, { followUps: [], skills: [], minutes: 10, strategy: { summary: 'S', points: [] } }],
    ['threat model', threatModelSchema, threatModel, { threats: [{ ...threat, atlas: [], owasp: [], mitigations: [] }] }],
  ];
  for (const [name, schema, entry, defaults] of cases) {
    it(name, () => expect(schema.parse(entry)).toEqual({ ...entry, ...defaults }));
  }

  it('trims prose', () => {
    expect(careerSchema.parse({ ...career, title: '  ML Security Engineer  ' }).title).toBe('ML Security Engineer');
  });
});

describe('each documented constraint refuses with its message', () => {
  const TOO_FEW = (n: number) => `Too small: expected array to have >=${n} items`;
  // prettier-ignore
  const cases: [string, z.ZodType, unknown, (string | number)[], unknown, string, string][] = [
    ['prose is not blank', careerSchema, career, ['title'], '   ', 'title', 'Too small: expected string to have >=1 characters'],
    ['a career does something', careerSchema, career, ['dayToDay'], [], 'dayToDay', TOO_FEW(1)],
    ['skills are slugs', careerSchema, career, ['skills', 0], 'Threat Modelling', 'skills.0', 'must be a kebab-case slug such as "model-extraction"'],
    ['objects are strict', careerSchema, career, ['salary'], 100, '', 'Unrecognized key: "salary"'],
    ['a NICE work role has a NICE ID', careerSchema, career, ['niceWorkRole'], { id: 'SP-DEV-001', name: 'Software Developer', source: { title: 'NICE', url: 'https://niccs.cisa.gov/' } }, 'niceWorkRole.id', 'must be a NICE work role ID such as DD-WRL-003'],
    ['a NICE work role cites its source', careerSchema, career, ['niceWorkRole'], { id: 'DD-WRL-003', name: 'Secure Software Development' }, 'niceWorkRole.source', 'Invalid input: expected object, received undefined'],
    ['a process step has detail', skillSchema, skill, ['process', 0, 'detail'], undefined, 'process.0.detail', 'Invalid input: expected string, received undefined'],
    ['a framework links its page', frameworkSchema, framework, ['url'], 'learn.microsoft.com', 'url', 'Invalid URL'],
    ['a parent is a technique', techniqueSchema, technique, ['parent'], 'T0024', 'parent', 'must be an ATLAS technique ID such as AML.T0024.002'],
    ['the data release is 5.6.0', techniqueSchema, technique, ['atlasVersion'], '5.5.0', 'atlasVersion', 'Invalid input: expected "5.6.0"'],
    ['mitigations are mitigation IDs', techniqueSchema, technique, ['mitigations'], ['M0004'], 'mitigations.0', 'must be an ATLAS mitigation ID such as AML.M0004'],
    ['a mitigation is described', mitigationSchema, mitigation, ['description'], undefined, 'description', 'Invalid input: expected string, received undefined'],
    ['a tool has a security use', toolSchema, tool, ['securityUses'], [], 'securityUses', TOO_FEW(1)],
    ['a tool names a lab of the site', toolSchema, tool, ['labs'], [{ lab: 'extraction', runs: 'PGD', tool: 'ProjectedGradientDescent' }], 'labs.0.lab', 'Invalid option: expected one of "evasion"|"poisoning"'],
    ['and the tool’s own call for it', toolSchema, tool, ['labs'], [{ lab: 'evasion', runs: 'PGD' }], 'labs.0.tool', 'Invalid input: expected string, received undefined'],
    ['a skill names a lab of the site', skillSchema, skill, ['labs'], ['privacy'], 'labs.0', 'Invalid option: expected one of "evasion"|"poisoning"'],
    ['order is whole', scenarioSchema, scenario, ['order'], 1.5, 'order', 'Invalid input: expected int, received number'],
    ['a diagram has 2 elements', scenarioSchema, scenario, ['diagram', 'elements'], [el('a', 1)], 'diagram.elements', TOO_FEW(2)],
    ['and a flow', scenarioSchema, scenario, ['diagram', 'flows'], [], 'diagram.flows', TOO_FEW(1)],
    ['x is in the viewBox', scenarioSchema, scenario, ['diagram', 'elements', 0, 'x'], 1001, 'diagram.elements.0.x', 'Too big: expected number to be <=1000'],
    ['y is in the viewBox', scenarioSchema, scenario, ['diagram', 'elements', 0, 'y'], -1, 'diagram.elements.0.y', 'Too small: expected number to be >=0'],
    ['a boundary holds an element', scenarioSchema, scenario, ['diagram', 'boundaries'], [{ id: 'z', label: 'Z', elements: [] }], 'diagram.boundaries.0.elements', TOO_FEW(1)],
    ['a strategy has points', scenarioSchema, scenario, ['strategy'], { summary: 'S', points: [] }, 'strategy.points', TOO_FEW(1)],
    ['a rubric has a concept', questionSchema, question, ['rubric', 'concepts'], [], 'rubric.concepts', TOO_FEW(1)],
    ['weights are positive', questionSchema, question, ['rubric', 'concepts', 0, 'weight'], 0, 'rubric.concepts.0.weight', 'Too small: expected number to be >0'],
    ['weights are at most 10', questionSchema, question, ['rubric', 'concepts', 0, 'weight'], 11, 'rubric.concepts.0.weight', 'Too big: expected number to be <=10'],
    ['phrases have 2 characters', questionSchema, question, ['rubric', 'concepts', 0, 'phrases'], ['a'], 'rubric.concepts.0.phrases.0', 'Too small: expected string to have >=2 characters'],
    ['all four levels are anchored', questionSchema, question, ['levels', '4'], undefined, 'levels.4', 'Invalid input: expected string, received undefined'],
    ['minutes are at most 120', questionSchema, question, ['minutes'], 121, 'minutes', 'Too big: expected number to be <=120'],
    ['a concept has three reference claims', questionSchema, question, ['rubric', 'concepts', 0, 'claims'], ['One.'], 'rubric.concepts.0.claims', TOO_FEW(3)],
    ['a rubric has two misconceptions', questionSchema, question, ['rubric', 'misconceptions'], [], 'rubric.misconceptions', TOO_FEW(2)],
    ['a misconception caps at level 1 to 3', questionSchema, question, ['rubric', 'misconceptions', 0, 'cap'], 4, 'rubric.misconceptions.0.cap', 'Too big: expected number to be <=3'],
    ['every level has an example answer', questionSchema, question, ['examples', '2'], undefined, 'examples.2', 'Invalid input: expected string, received undefined'],
    ['the format is dojo-threat-model/1', threatModelSchema, threatModel, ['format'], 'dojo-threat-model/2', 'format', 'Invalid input: expected "dojo-threat-model/1"'],
    ['ratings are 1 to 5', threatModelSchema, threatModel, ['threats', 0, 'likelihood'], 6, 'threats.0.likelihood', 'Too big: expected number to be <=5'],
    ['ratings are at least 1', threatModelSchema, threatModel, ['threats', 0, 'impact'], 0, 'threats.0.impact', 'Too small: expected number to be >=1'],
    ['ratings are whole', threatModelSchema, threatModel, ['threats', 0, 'impact'], 2.5, 'threats.0.impact', 'Invalid input: expected int, received number'],
    ['titles are at most 300', threatModelSchema, threatModel, ['threats', 0, 'title'], 'x'.repeat(301), 'threats.0.title', 'Too big: expected string to have <=300 characters'],
    ['at most 20 ATLAS IDs', threatModelSchema, threatModel, ['threats', 0, 'atlas'], Array(21).fill('AML.T0024'), 'threats.0.atlas', 'Too big: expected array to have <=20 items'],
    ['at most 40 mitigations', threatModelSchema, threatModel, ['threats', 0, 'mitigations'], Array(41).fill('AML.M0004'), 'threats.0.mitigations', 'Too big: expected array to have <=40 items'],
    ['notes are at most 10,000', threatModelSchema, threatModel, ['threats', 0, 'notes'], 'x'.repeat(10_001), 'threats.0.notes', 'Too big: expected string to have <=10000 characters'],
    ['at most 500 threats', threatModelSchema, threatModel, ['threats'], Array(501).fill(threat), 'threats', 'Too big: expected array to have <=500 items'],
  ];
  for (const [name, schema, entry, path, value, at, message] of cases) {
    it(name, () => expect(issues(schema, withValue(entry, path, value))).toEqual([[at, message]]));
  }

  it('enums list what they accept: STRIDE, element kinds, tactics, levels', () => {
    const one = (schema: z.ZodType, entry: unknown, path: (string | number)[], v: unknown) =>
      issues(schema, withValue(entry, path, v))[0];
    expect(one(threatModelSchema, threatModel, ['threats', 0, 'stride'], 'Spoof')[1]).toBe(
      'Invalid option: expected one of "Spoofing"|"Tampering"|"Repudiation"|"Information disclosure"|"Denial of service"|"Elevation of privilege"',
    );
    expect(one(scenarioSchema, scenario, ['diagram', 'elements', 0, 'kind'], 'data-flow')).toEqual([
      'diagram.elements.0.kind',
      'Invalid option: expected one of "external-entity"|"process"|"data-store"',
    ]);
    expect(one(techniqueSchema, technique, ['tactics'], ['AML.TA9999'])[1]).toMatch(
      /^Invalid option: expected one of "AML\.TA0002"\|"AML\.TA0003"/,
    );
    expect(one(scenarioSchema, scenario, ['level'], 'expert')[1]).toBe(
      'Invalid option: expected one of "junior"|"mid"|"senior"|"staff"',
    );
  });
});

describe('COLLECTIONS', () => {
  it('names each collection with its schema, folder and file pattern', () => {
    expect(THREAT_MODEL_FORMAT).toBe('dojo-threat-model/1');
    expect(Object.fromEntries(Object.entries(COLLECTIONS).map(([k, v]) => [k, `${v.dir}/${v.pattern}`]))).toEqual({
      careers: 'careers/*.yaml',
      skills: 'skills/*.yaml',
      frameworks: 'frameworks/*.yaml',
      techniques: 'techniques/*.yaml',
      mitigations: 'mitigations/*.yaml',
      caseStudies: 'case-studies/*.yaml',
      tools: 'tools/*.yaml',
      scenarios: 'scenarios/*.mdx',
      questions: 'questions/**/*.yaml',
      threatModels: 'threat-models/*.json',
    });
    expect(COLLECTIONS.careers.schema).toBe(careerSchema);
    expect(COLLECTIONS.threatModels.schema).toBe(referenceThreatModelSchema);
  });
});

describe('attack classes in threat models', () => {
  it('a threat may name its attack class, and only a known one', () => {
    const model = { format: 'dojo-threat-model/1', scenario: 's', threats: [{ ...threat, attack: 'poisoning' }] };
    expect(threatModelSchema.parse(model).threats[0]!.attack).toBe('poisoning');
    const bad = threatModelSchema.safeParse({ ...model, threats: [{ ...threat, attack: 'hacking' }] });
    expect(bad.success).toBe(false);
  });
  it('a reference lists acceptable extra threats (none by default); a learner model may not carry them', () => {
    const ref = { format: 'dojo-threat-model/1', scenario: 's', threats: [] };
    expect(referenceThreatModelSchema.parse(ref).acceptable).toEqual([]);
    const extra = { element: 'a', stride: 'Tampering', attack: 'poisoning', why: 'a fair concern' };
    expect(referenceThreatModelSchema.parse({ ...ref, acceptable: [extra] }).acceptable).toEqual([extra]);
    expect(threatModelSchema.safeParse({ ...ref, acceptable: [extra] }).success).toBe(false);
  });
});
