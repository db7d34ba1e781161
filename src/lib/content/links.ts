/** URLs of guide pages, in one place so that pages and the search index agree. */
import { atlasFileStem } from './ids';
import type { LAB_IDS } from './schemas';

type LabId = (typeof LAB_IDS)[number];

export const techniqueHref = (id: string) => `/guide/techniques/${atlasFileStem(id)}/`;
export const mitigationHref = (id: string) => `/guide/mitigations/${atlasFileStem(id)}/`;
export const caseStudyHref = (id: string) => `/guide/case-studies/${atlasFileStem(id)}/`;
/** The ATLAS matrix: techniques by tactic, with search. */
export const ATLAS_MATRIX_HREF = '/guide/atlas/';
export const guideHref = (collection: 'careers' | 'skills' | 'frameworks' | 'tools', id: string) =>
  `/guide/${collection}/${id}/`;
export const scenarioHref = (id: string) => `/learn/${id}/`;

/** The site's hands-on labs (LAB_IDS in schemas.ts) and their names in a list. */
export const labHref = (id: LabId) => `/labs/${id}/`;
export const LAB_TITLES: Record<LabId, string> = { evasion: 'Evasion lab', poisoning: 'Poisoning lab' };
