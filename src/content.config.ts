// Collections are wired here, one by one so that every entry keeps its schema's type; the
// schemas and their documentation live in src/lib/content/schemas.ts (the Starlight habit).
//
// Astro keeps parsed entries in its cache (data-store.json) and clears them only when this file's
// text changes: it digests this file, not the schemas it imports (astro 7.3.5,
// dist/content/content-layer.js, "content-config-digest"). An unchanged entry would keep its old
// parse, without a field a schema has since added with a default. So a change to what a schema
// produces comes with a new revision here. Schema revision 2: skills and tools name the labs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  COLLECTIONS,
  careerSchema,
  frameworkSchema,
  mitigationSchema,
  caseStudySchema,
  questionSchema,
  scenarioSchema,
  skillSchema,
  techniqueSchema,
  referenceThreatModelSchema,
  toolSchema,
  type CollectionName,
} from './lib/content/schemas';

/** Files of one collection; IDs come from the data (AML.T0024.002, fraud-api-cloning/respond), not file names. */
const files = (name: CollectionName) =>
  glob({
    pattern: COLLECTIONS[name].pattern,
    base: `./src/content/${COLLECTIONS[name].dir}`,
    generateId: ({ data }) => String(data.id ?? data.scenario),
  });

export const collections = {
  careers: defineCollection({ loader: files('careers'), schema: careerSchema }),
  skills: defineCollection({ loader: files('skills'), schema: skillSchema }),
  frameworks: defineCollection({ loader: files('frameworks'), schema: frameworkSchema }),
  techniques: defineCollection({ loader: files('techniques'), schema: techniqueSchema }),
  mitigations: defineCollection({ loader: files('mitigations'), schema: mitigationSchema }),
  caseStudies: defineCollection({ loader: files('caseStudies'), schema: caseStudySchema }),
  tools: defineCollection({ loader: files('tools'), schema: toolSchema }),
  scenarios: defineCollection({ loader: files('scenarios'), schema: scenarioSchema }),
  questions: defineCollection({ loader: files('questions'), schema: questionSchema }),
  threatModels: defineCollection({ loader: files('threatModels'), schema: referenceThreatModelSchema }),
};
