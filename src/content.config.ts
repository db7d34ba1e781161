// Collections are wired here; their schemas and documentation live in src/lib/content/schemas.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/schemas';

const collection = (name: CollectionName) => {
  const { schema, dir, pattern } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern,
      base: `./src/content/${dir}`,
      // IDs come from the data (e.g. AML.T0024.002, fraud-api-cloning/respond), not the file name.
      generateId: ({ data }) => String(data.id ?? data.scenario),
    }),
    schema,
  });
};

export const collections = Object.fromEntries(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collection(name)]),
) as { [K in CollectionName]: ReturnType<typeof collection> };
