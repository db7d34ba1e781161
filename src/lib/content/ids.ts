/** The file-name convention for each collection: what ID a file at a given path must hold. */
import type { CollectionName } from './schemas';

/** "AML.T0024.002" → "aml-t0024-002", the file name of a technique or mitigation. */
export function atlasFileStem(id: string): string {
  return id.toLowerCase().replace(/\./g, '-');
}

/**
 * The ID a file must declare, given its path relative to the collection's folder without
 * extension (e.g. "fraud-api-cloning/respond" for a question).
 */
export function expectedId(collection: CollectionName, stem: string, data: { id?: unknown }): string {
  if (collection === 'techniques' || collection === 'mitigations' || collection === 'caseStudies') {
    return typeof data.id === 'string' && atlasFileStem(data.id) === stem ? data.id : stem;
  }
  return stem;
}
