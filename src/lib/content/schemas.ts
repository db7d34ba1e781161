/**
 * Every content schema of the platform, in one documented module (the Starlight habit).
 * content.config.ts only wires these to loaders; the command line and the tests validate the
 * same files with the same schemas. Types are derived from the schemas, never written twice.
 *
 * Objects are strict: a misspelt field is an error naming the file and field, not silently ignored.
 */
import { z } from 'zod';
import { ATLAS_TACTIC_IDS, OWASP_IDS, STRIDE } from '../frameworks/ids';
import { ATTACK_CLASS_IDS } from '../frameworks/attack-class-ids';
import { LEVELS } from './levels';
import '../zod-csp';

// ---------------------------------------------------------------------------------------------
// Small factories shared by several collections
// ---------------------------------------------------------------------------------------------

/** A kebab-case slug: the ID of careers, skills, frameworks, tools, scenarios, diagram elements. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "model-extraction"');

/** An ATLAS technique or sub-technique ID, e.g. AML.T0024 or AML.T0024.002. */
export const atlasTechniqueId = () =>
  z.string().regex(/^AML\.T\d{4}(?:\.\d{3})?$/, 'must be an ATLAS technique ID such as AML.T0024.002');

/** An ATLAS mitigation ID, e.g. AML.M0004. */
export const atlasMitigationId = () =>
  z.string().regex(/^AML\.M\d{4}$/, 'must be an ATLAS mitigation ID such as AML.M0004');

/** An OWASP risk ID: ML01–ML10 (ML Security Top 10) or LLM01:2025–LLM10:2025 (LLM Top 10 2025). */
export const owaspId = () => z.enum(OWASP_IDS);

/** A question ID: "<scenario>/<question>", e.g. fraud-api-cloning/respond. */
export const questionId = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "scenario-id/question-id"');

/** A cited source: a paper, an ATLAS or OWASP page, a tool's documentation. */
export const source = () =>
  z.strictObject({
    /** Title as the source gives it; papers with authors, venue and year. */
    title: z.string().min(3),
    /** Public address. */
    url: z.url(),
  });

/** Interview or exercise level. */
export const level = () => z.enum(LEVELS);

const prose = () => z.string().trim().min(1);

/** The site's hands-on labs, each a page at /labs/<id>/ (src/pages/labs/<id>/index.astro). */
export const LAB_IDS = ['evasion', 'poisoning'] as const;
export const labId = () => z.enum(LAB_IDS);

// ---------------------------------------------------------------------------------------------
// Guide collections
// ---------------------------------------------------------------------------------------------

/** A career (role) in AI security. File: src/content/careers/<id>.yaml */
export const careerSchema = z.strictObject({
  id: slug(),
  title: prose(),
  /** One or two sentences for cards and search snippets. */
  summary: prose(),
  /** What the role does day to day. */
  dayToDay: z.array(prose()).min(1),
  /** Core skills, by skill ID. */
  skills: z.array(slug()).min(1),
  /** Scenarios that practise the role, by scenario ID. */
  scenarios: z.array(slug()).default([]),
  /** What interviews for the role probe. */
  interviewProbes: z.array(prose()).default([]),
  /**
   * The NICE Framework work role (NIST SP 800-181r1, components v2.0.0) the career most resembles,
   * only where the role's ID and name were checked against NICE's own pages; `source` cites them.
   */
  niceWorkRole: z
    .strictObject({
      id: z.string().regex(/^[A-Z]{2}-WRL-\d{3}$/, 'must be a NICE work role ID such as DD-WRL-003'),
      name: prose(),
      source: source(),
    })
    .optional(),
  tags: z.array(z.string()).default([]),
  sources: z.array(source()).default([]),
});

/** A skill with its systematic process. File: src/content/skills/<id>.yaml */
export const skillSchema = z.strictObject({
  id: slug(),
  title: prose(),
  summary: prose(),
  /** The systematic process, as ordered steps. */
  process: z.array(z.strictObject({ step: prose(), detail: prose() })).min(1),
  /** Frameworks by framework ID. */
  frameworks: z.array(slug()).default([]),
  /** Tools by tool ID. */
  tools: z.array(slug()).default([]),
  /** ATLAS techniques the skill counters or uses. */
  techniques: z.array(atlasTechniqueId()).default([]),
  /** Scenarios that practise it. */
  scenarios: z.array(slug()).default([]),
  /** The site's labs where it is practised hands-on. */
  labs: z.array(labId()).default([]),
  tags: z.array(z.string()).default([]),
  sources: z.array(source()).default([]),
});

/** A framework (STRIDE, ATLAS, OWASP lists). File: src/content/frameworks/<id>.yaml */
export const frameworkSchema = z.strictObject({
  id: slug(),
  title: prose(),
  summary: prose(),
  /** The framework's public page. */
  url: z.url(),
  /** Edition or data version, e.g. "2025" or "5.6.0". */
  version: z.string().optional(),
  /** Sections in our own words. */
  sections: z.array(z.strictObject({ heading: prose(), body: prose() })).default([]),
  /** The framework's own entries (categories, risks), each with an ID and our description. */
  entries: z.array(z.strictObject({ id: z.string().min(1), name: prose(), description: prose() })).default([]),
  tags: z.array(z.string()).default([]),
  sources: z.array(source()).default([]),
});

/** An ATLAS technique or sub-technique. File: src/content/techniques/<aml-t0024-002>.yaml */
export const techniqueSchema = z.strictObject({
  id: atlasTechniqueId(),
  /** The current ATLAS name, exactly. */
  name: prose(),
  /** Tactics (top-level techniques only; sub-techniques inherit the parent's). */
  tactics: z.array(z.enum(ATLAS_TACTIC_IDS)).default([]),
  /** Parent technique of a sub-technique. */
  parent: atlasTechniqueId().optional(),
  /** Our description. */
  description: prose(),
  /** Related ATLAS mitigations. */
  mitigations: z.array(atlasMitigationId()).default([]),
  /** The ATLAS data release the ID and name were checked against. */
  atlasVersion: z.literal('5.6.0'),
  /** Words practitioners use for it ("model stealing"), to help search. */
  aliases: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
});

/** An ATLAS case study ID, e.g. AML.CS0005. */
export const atlasCaseStudyId = () =>
  z.string().regex(/^AML\.CS\d{4}$/, 'must be an ATLAS case study ID such as AML.CS0005');

/**
 * An ATLAS case study. File: src/content/case-studies/<aml-cs0005>.yaml. The facts (name, date,
 * type, target, actor, the procedure's tactic and technique per step, the references) are ATLAS's,
 * copied exactly; the summary, the lesson and the step notes are ours.
 */
export const caseStudySchema = z.strictObject({
  id: atlasCaseStudyId(),
  /** The ATLAS name, exactly. */
  name: prose(),
  /** As ATLAS dates it (yyyy-mm-dd). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2020-04-30'),
  type: z.enum(['incident', 'exercise']),
  target: prose(),
  actor: prose(),
  /** Our summary. */
  summary: prose(),
  /** What a defender should take from it, in our words. */
  lesson: prose(),
  /** ATLAS's procedure, in order. */
  steps: z
    .array(
      z.strictObject({
        tactic: z.enum(ATLAS_TACTIC_IDS),
        technique: atlasTechniqueId(),
        /** What happened at this step, in our words, where we know it. */
        note: prose().optional(),
      }),
    )
    .min(1),
  /** ATLAS's references (some case studies have none). */
  references: z.array(z.strictObject({ title: prose(), url: z.url() })).default([]),
  atlasVersion: z.literal('5.6.0'),
});

/** An ATLAS mitigation. File: src/content/mitigations/<aml-m0004>.yaml */
export const mitigationSchema = z.strictObject({
  id: atlasMitigationId(),
  /** The current ATLAS name, exactly. */
  name: prose(),
  description: prose(),
  /** How to apply it in practice, in our words. */
  practice: z.array(prose()).default([]),
  atlasVersion: z.literal('5.6.0'),
  tags: z.array(z.string()).default([]),
});

/** A security or MLOps tool. File: src/content/tools/<id>.yaml */
export const toolSchema = z.strictObject({
  id: slug(),
  title: prose(),
  summary: prose(),
  url: z.url(),
  license: z.string().optional(),
  /** What it does for ML security. */
  securityUses: z.array(prose()).min(1),
  /** How to use it well (the seed's advice: signed artifacts, isolated pipelines, monitoring). */
  advice: z.array(prose()).default([]),
  techniques: z.array(atlasTechniqueId()).default([]),
  /**
   * What the site's labs run that the tool runs too, each with the tool's own name for it (a
   * class, a command) or what the tool lacks, so a learner can repeat a lab with the tool.
   */
  labs: z
    .array(
      z.strictObject({
        lab: labId(),
        /** What the lab runs, in its words ("FGSM", "activation clustering"). */
        runs: prose(),
        /** The tool's class or command that does the same, or what it lacks. */
        tool: prose(),
      }),
    )
    .default([]),
  tags: z.array(z.string()).default([]),
  /** Where a claim about what the tool does or does not do comes from. */
  sources: z.array(source()).default([]),
});

// ---------------------------------------------------------------------------------------------
// Scenarios and their data-flow diagrams
// ---------------------------------------------------------------------------------------------

/** A node of a data-flow diagram. Coordinates are in a 1000 × 600 viewBox. */
export const diagramElementSchema = z.strictObject({
  id: slug(),
  kind: z.enum(['external-entity', 'process', 'data-store']),
  label: prose(),
  description: prose(),
  x: z.number().min(0).max(1000),
  y: z.number().min(0).max(600),
});

/** A data flow between two elements. */
export const diagramFlowSchema = z.strictObject({
  id: slug(),
  from: slug(),
  to: slug(),
  label: prose(),
});

/** A trust boundary around a set of elements. */
export const trustBoundarySchema = z.strictObject({
  id: slug(),
  label: prose(),
  elements: z.array(slug()).min(1),
});

export const diagramSchema = z.strictObject({
  elements: z.array(diagramElementSchema).min(2),
  flows: z.array(diagramFlowSchema).min(1),
  boundaries: z.array(trustBoundarySchema).default([]),
});

/** A scenario: MDX briefing with this frontmatter. File: src/content/scenarios/<id>.mdx */
export const scenarioSchema = z.strictObject({
  id: slug(),
  title: prose(),
  summary: prose(),
  level: level(),
  /** Order on the Learn page. */
  order: z.number().int().default(100),
  skills: z.array(slug()).default([]),
  techniques: z.array(atlasTechniqueId()).default([]),
  diagram: diagramSchema,
  /**
   * The answer strategy of the threat-model exercise, in our own words. Kept out of the MDX body
   * because the builder reveals it only after the learner's first submission (or on demand).
   * Optional for the schema (test fixtures), required of every real scenario by
   * src/lib/threat-model/reference-content.test.ts.
   */
  strategy: z
    .strictObject({
      /** One paragraph: how an expert approaches this system. */
      summary: prose(),
      /** The moves of a strong answer, in priority order. */
      points: z.array(prose()).min(1),
    })
    .optional(),
  sources: z.array(source()).default([]),
  tags: z.array(z.string()).default([]),
});

// ---------------------------------------------------------------------------------------------
// Interview questions with rubrics
// ---------------------------------------------------------------------------------------------

/** A weighted concept an expert answer contains, with the many ways people say it. */
export const rubricConceptSchema = z.strictObject({
  id: slug(),
  label: prose(),
  /** Relative weight; the scorer normalises. */
  weight: z.number().positive().max(10),
  /** Phrases and synonyms that express the concept. Matched after stemming. */
  phrases: z.array(z.string().min(2)).min(1),
  /** Why the concept matters, shown when it is missed. */
  why: prose().optional(),
  /**
   * What experts say for this concept, as whole claims in different words, each stating the
   * threat-to-control relation. The semantic scorer compares the answer's sentences with these.
   */
  claims: z.array(prose()).min(3).max(12),
});

/** A plausible but wrong statement; an answer that asserts it is capped at `cap`. */
export const misconceptionSchema = z.strictObject({
  claim: prose(),
  /** Why it is wrong, shown to the learner when their answer asserts it. */
  why: prose(),
  /** The highest level (1–3) an answer asserting it can reach. */
  cap: z.number().int().min(1).max(3).default(2),
});

/** A question. File: src/content/questions/<scenario>/<question>.yaml; id is "<scenario>/<question>". */
export const questionSchema = z.strictObject({
  id: questionId(),
  scenario: slug(),
  title: prose(),
  level: level(),
  prompt: prose(),
  /** Probes an interviewer asks after the first answer. */
  followUps: z.array(prose()).default([]),
  rubric: z.strictObject({
    concepts: z.array(rubricConceptSchema).min(1),
    misconceptions: z.array(misconceptionSchema).min(2).max(12),
  }),
  /** Anchored levels: what a 1, 2, 3 and 4 answer looks like. */
  levels: z.strictObject({ '1': prose(), '2': prose(), '3': prose(), '4': prose() }),
  /** An example answer at each level, shown to learners after an attempt. */
  examples: z.strictObject({ '1': prose(), '2': prose(), '3': prose(), '4': prose() }),
  /** The answer strategy, in our own words; optionally a sample answer. */
  strategy: z.strictObject({ summary: prose(), points: z.array(prose()).default([]), sample: prose().optional() }),
  skills: z.array(slug()).default([]),
  /** Suggested minutes in an interview. */
  minutes: z.number().int().positive().max(120).default(10),
});

// ---------------------------------------------------------------------------------------------
// Threat models: the exchange format dojo-threat-model/1 (docs/ARCHITECTURE.md)
// ---------------------------------------------------------------------------------------------

export const THREAT_MODEL_FORMAT = 'dojo-threat-model/1';

const rating = () => z.number().int().min(1).max(5);

/** One threat against one diagram element or flow. */
export const threatSchema = z.strictObject({
  /** A diagram element or flow ID of the scenario. */
  element: slug(),
  stride: z.enum(STRIDE),
  atlas: z.array(atlasTechniqueId()).max(20).default([]),
  owasp: z.array(owaspId()).max(20).default([]),
  title: z.string().trim().min(1).max(300),
  likelihood: rating(),
  impact: rating(),
  mitigations: z.array(atlasMitigationId()).max(40).default([]),
  notes: z.string().max(10_000).optional(),
  /**
   * The attack class, for a threat whose techniques do not say it (or that names none): the
   * grader compares classes, not ID prefixes (src/lib/threat-model/attack-classes.ts).
   */
  attack: z.enum(ATTACK_CLASS_IDS).optional(),
});

/** A threat model as saved, exported, graded, and as each scenario's reference. */
export const threatModelSchema = z.strictObject({
  format: z.literal(THREAT_MODEL_FORMAT),
  scenario: slug(),
  threats: z.array(threatSchema).max(500),
});

/** A threat a practitioner would accept although the reference does not list it. */
export const acceptableThreatSchema = z.strictObject({
  element: slug(),
  stride: z.enum(STRIDE),
  attack: z.enum(ATTACK_CLASS_IDS),
  /** Why it is a fair threat here, in one sentence (shown as "valid, not in the reference"). */
  why: prose(),
});

/**
 * A scenario's reference threat model (src/content/threat-models/<scenario>.json): the exchange
 * format plus the threats a learner may add without being off target.
 */
export const referenceThreatModelSchema = threatModelSchema.extend({
  acceptable: z.array(acceptableThreatSchema).max(100).default([]),
});

export type Career = z.infer<typeof careerSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Technique = z.infer<typeof techniqueSchema>;
export type Mitigation = z.infer<typeof mitigationSchema>;
export type CaseStudy = z.infer<typeof caseStudySchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Diagram = z.infer<typeof diagramSchema>;
export type DiagramElement = z.infer<typeof diagramElementSchema>;
export type DiagramFlow = z.infer<typeof diagramFlowSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type RubricConcept = z.infer<typeof rubricConceptSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Threat = z.infer<typeof threatSchema>;
export type ThreatModel = z.infer<typeof threatModelSchema>;
export type AcceptableThreat = z.infer<typeof acceptableThreatSchema>;
export type ReferenceThreatModel = z.infer<typeof referenceThreatModelSchema>;

/** Every collection, its schema, and where its files live under src/content. */
export const COLLECTIONS = {
  careers: { schema: careerSchema, dir: 'careers', pattern: '*.yaml' },
  skills: { schema: skillSchema, dir: 'skills', pattern: '*.yaml' },
  frameworks: { schema: frameworkSchema, dir: 'frameworks', pattern: '*.yaml' },
  techniques: { schema: techniqueSchema, dir: 'techniques', pattern: '*.yaml' },
  mitigations: { schema: mitigationSchema, dir: 'mitigations', pattern: '*.yaml' },
  caseStudies: { schema: caseStudySchema, dir: 'case-studies', pattern: '*.yaml' },
  tools: { schema: toolSchema, dir: 'tools', pattern: '*.yaml' },
  scenarios: { schema: scenarioSchema, dir: 'scenarios', pattern: '*.mdx' },
  questions: { schema: questionSchema, dir: 'questions', pattern: '**/*.yaml' },
  threatModels: { schema: referenceThreatModelSchema, dir: 'threat-models', pattern: '*.json' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
