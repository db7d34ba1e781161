/**
 * Checks content against an ATLAS data release summary (the shape of
 * shared/reference/atlas-5.6-data.json): every technique's ID, name, parent and tactics, every
 * mitigation's name, and that the mitigation links the site shows as ATLAS's are exactly ATLAS's.
 * `dojo check` runs it when the reference file is there; each problem is a ContentError.
 */
import { z } from 'zod';
import type { ContentError } from './crossref';

export const atlasReferenceSchema = z.object({
  /** In ATLAS's matrix order. */
  tactics: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  techniques: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      tactics: z.array(z.string()).optional(),
      parent: z.string().optional(),
    }),
  ),
  mitigations: z.array(z.object({ id: z.string(), name: z.string(), techniques: z.array(z.string()).default([]) })),
  caseStudies: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        date: z.string(),
        type: z.string(),
        target: z.string(),
        actor: z.string(),
        steps: z.array(z.object({ tactic: z.string(), technique: z.string() })),
        references: z.array(z.object({ title: z.string(), url: z.string() })),
      }),
    )
    .default([]),
});
export type AtlasReference = z.infer<typeof atlasReferenceSchema>;

interface Entry<T> {
  file: string;
  data: T;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

type CaseStudyFacts = AtlasReference['caseStudies'][number];

/** Where a case study's facts differ from ATLAS's: the facts are copied, never reworded. */
function caseStudyDifferences(file: string, data: CaseStudyFacts, atlas: CaseStudyFacts): ContentError[] {
  const errors: ContentError[] = [];
  for (const field of ['name', 'date', 'type', 'target', 'actor'] as const)
    if (data[field] !== atlas[field])
      errors.push({ file, field, value: data[field], message: `ATLAS gives "${atlas[field]}"` });
  const chain = (xs: CaseStudyFacts['steps']) => xs.map((x) => `${x.tactic}/${x.technique}`).join(' → ');
  if (chain(data.steps) !== chain(atlas.steps))
    errors.push({
      file,
      field: 'steps',
      value: chain(data.steps),
      message: `ATLAS's procedure is ${chain(atlas.steps)}`,
    });
  const refs = (xs: CaseStudyFacts['references']) => xs.map((x) => `${x.title} <${x.url}>`).join('; ');
  if (refs(data.references) !== refs(atlas.references))
    errors.push({
      file,
      field: 'references',
      value: refs(data.references),
      message: `ATLAS lists ${refs(atlas.references) || 'none'}`,
    });
  return errors;
}

export function checkAgainstAtlas(
  ref: AtlasReference,
  techniques: readonly Entry<{ id: string; name: string; parent?: string; tactics: readonly string[] }>[],
  mitigations: readonly Entry<{ id: string; name: string }>[],
  links: Readonly<Record<string, readonly string[]>>,
  linksFile = 'src/lib/frameworks/atlas-mitigation-links.json',
  caseStudies: readonly Entry<CaseStudyFacts>[] = [],
): ContentError[] {
  const errors: ContentError[] = [];
  // Every technique and case study of the release has its page.
  const have = new Set([...techniques, ...caseStudies].map((e) => e.data.id));
  for (const x of [...ref.techniques, ...ref.caseStudies])
    if (!have.has(x.id))
      errors.push({
        file: x.id.startsWith('AML.CS') ? 'src/content/case-studies/' : 'src/content/techniques/',
        field: 'id',
        value: x.id,
        message: `ATLAS has ${x.id} "${x.name}"; the site has no page for it`,
      });
  const csById = new Map(ref.caseStudies.map((c) => [c.id, c]));
  for (const { file, data } of caseStudies) {
    const atlas = csById.get(data.id);
    if (!atlas)
      errors.push({ file, field: 'id', value: data.id, message: 'is not a case study of this ATLAS release' });
    else errors.push(...caseStudyDifferences(file, data, atlas));
  }
  const tById = new Map(ref.techniques.map((t) => [t.id, t]));
  for (const { file, data } of techniques) {
    const t = tById.get(data.id);
    if (!t) {
      errors.push({ file, field: 'id', value: data.id, message: 'is not a technique of this ATLAS release' });
      continue;
    }
    if (data.name !== t.name)
      errors.push({ file, field: 'name', value: data.name, message: `ATLAS names it "${t.name}"` });
    if ((data.parent ?? '') !== (t.parent ?? ''))
      errors.push({
        file,
        field: 'parent',
        value: data.parent ?? '',
        message: `ATLAS gives parent "${t.parent ?? 'none'}"`,
      });
    if (!t.parent && !sameSet(data.tactics, t.tactics ?? []))
      errors.push({
        file,
        field: 'tactics',
        value: data.tactics.join(', '),
        message: `ATLAS lists tactics ${(t.tactics ?? []).join(', ')}`,
      });
  }
  const mById = new Map(ref.mitigations.map((m) => [m.id, m]));
  for (const { file, data } of mitigations) {
    const m = mById.get(data.id);
    if (!m) errors.push({ file, field: 'id', value: data.id, message: 'is not a mitigation of this ATLAS release' });
    else if (data.name !== m.name)
      errors.push({ file, field: 'name', value: data.name, message: `ATLAS names it "${m.name}"` });
  }
  for (const m of ref.mitigations) {
    const shown = links[m.id];
    if (!shown)
      errors.push({
        file: linksFile,
        field: `mitigations.${m.id}`,
        value: '',
        message: 'ATLAS has this mitigation; the links file does not',
      });
    else if (!sameSet(shown, m.techniques))
      errors.push({
        file: linksFile,
        field: `mitigations.${m.id}`,
        value: shown.join(', '),
        message: `differs from ATLAS's links (${m.techniques.join(', ')}): the site would attribute to ATLAS links it does not have`,
      });
  }
  for (const id of Object.keys(links))
    if (!mById.has(id))
      errors.push({
        file: linksFile,
        field: `mitigations.${id}`,
        value: id,
        message: 'is not a mitigation of this ATLAS release',
      });
  return errors;
}
