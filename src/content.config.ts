// Collections are wired here; their schemas and documentation live in src/lib/content/schemas.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/schemas';

const collection = <N extends CollectionName>(name: N) => {
  const { dir, pattern } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern,
      base: `./src/content/${dir}`,
      // IDs come from the data (e.g. AML.T0024.002, fraud-api-cloning/respond), not the file name.
      generateId: ({ data }) => String(data.id ?? data.scenario),
    }),
    schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[N]['schema'],
  });
};

export const collections = {
  careers: collection('careers'),
  skills: collection('skills'),
  frameworks: collection('frameworks'),
  techniques: collection('techniques'),
  mitigations: collection('mitigations'),
  tools: collection('tools'),
  scenarios: collection('scenarios'),
  questions: collection('questions'),
  threatModels: collection('threatModels'),
};
