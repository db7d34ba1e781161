/**
 * Builds the documents the search index is made of, one per page of the site, from the content
 * collections. Pure: the build (an Astro endpoint) and the benchmark pass the loaded content in.
 */
import type {
  CaseStudy,
  Career,
  Framework,
  Mitigation,
  Question,
  Scenario,
  Skill,
  Technique,
  Tool,
} from '../content/schemas';
import { caseStudyHref, guideHref, mitigationHref, scenarioHref, techniqueHref } from '../content/links';
import { ATLAS_TACTICS } from '../frameworks/ids';
import type { SearchDocument } from './types';

/** The content the index is built from. Scenarios carry their MDX body. */
export interface SearchCorpus {
  careers: Career[];
  skills: Skill[];
  frameworks: Framework[];
  techniques: Technique[];
  mitigations: Mitigation[];
  /** ATLAS case studies (optional: older callers pass none). */
  caseStudies?: CaseStudy[];
  tools: Tool[];
  scenarios: { data: Scenario; body: string }[];
  questions: Question[];
  /** Top-level pages (home, learn, guide, …) described in a sentence. */
  pages?: { href: string; title: string; summary: string }[];
}

/** MDX or Markdown as plain text: no imports, components, tags or markup characters. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ways a person may type an ATLAS ID: AML.T0024.002, T0024.002. */
export function atlasIdVariants(id: string): string[] {
  return [id, id.replace(/^AML\./, '')];
}

/** Ways a person may type an OWASP ID: LLM01:2025, LLM01. */
export function owaspIdVariants(id: string): string[] {
  const short = id.replace(/:\d{4}$/, '');
  return short === id ? [id] : [id, short];
}

const sentence = (parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ');

export function buildSearchDocuments(c: SearchCorpus): SearchDocument[] {
  const techniqueName = new Map(c.techniques.map((t) => [t.id, t.name]));
  const mitigationName = new Map(c.mitigations.map((m) => [m.id, m.name]));
  const tacticName = new Map<string, string>(ATLAS_TACTICS.map((t) => [t.id, t.name]));
  const skillTitle = new Map(c.skills.map((s) => [s.id, s.title]));
  const scenarioTitle = new Map(c.scenarios.map((s) => [s.data.id, s.data.title]));
  const named = (ids: string[], names: Map<string, string>) =>
    ids.map((id) => `${id} ${names.get(id) ?? ''}`).join('. ');
  const docs: SearchDocument[] = [];

  for (const x of c.careers) {
    docs.push({
      href: guideHref('careers', x.id),
      type: 'career',
      title: x.title,
      summary: x.summary,
      ids: [x.id],
      keywords: x.tags,
      body: sentence([
        ...x.dayToDay,
        'Skills:',
        named(x.skills, skillTitle),
        'Interviews probe:',
        ...x.interviewProbes,
        named(x.scenarios, scenarioTitle),
      ]),
    });
  }
  for (const x of c.skills) {
    docs.push({
      href: guideHref('skills', x.id),
      type: 'skill',
      title: x.title,
      summary: x.summary,
      ids: [x.id],
      keywords: x.tags,
      body: sentence([
        ...x.process.map((p) => `${p.step}. ${p.detail}`),
        named(x.techniques, techniqueName),
        x.tools.join(' '),
        x.frameworks.join(' '),
      ]),
    });
  }
  for (const x of c.frameworks) {
    docs.push({
      href: guideHref('frameworks', x.id),
      type: 'framework',
      title: x.title,
      summary: x.summary,
      ids: [x.id, ...x.entries.flatMap((e) => owaspIdVariants(e.id)).filter((id) => id.length > 1)],
      keywords: x.tags,
      body: sentence([
        ...x.sections.map((s) => `${s.heading}. ${s.body}`),
        ...x.entries.map((e) => `${e.id} ${e.name}: ${e.description}`),
      ]),
      label: x.version,
    });
  }
  for (const x of c.techniques) {
    const tactics = (x.parent ? (c.techniques.find((p) => p.id === x.parent)?.tactics ?? []) : x.tactics).map((t) =>
      tacticName.get(t),
    );
    docs.push({
      href: techniqueHref(x.id),
      type: 'technique',
      title: x.name,
      summary: x.description,
      ids: atlasIdVariants(x.id),
      keywords: [...x.aliases, ...x.tags],
      body: sentence([
        x.parent && `Sub-technique of ${x.parent} ${techniqueName.get(x.parent) ?? ''}.`,
        `Tactics: ${tactics.join(', ')}.`,
        `Mitigations: ${named(x.mitigations, mitigationName)}.`,
      ]),
      label: x.id,
    });
  }
  for (const x of c.mitigations) {
    docs.push({
      href: mitigationHref(x.id),
      type: 'mitigation',
      title: x.name,
      summary: x.description,
      ids: atlasIdVariants(x.id),
      keywords: x.tags,
      body: sentence(x.practice),
      label: x.id,
    });
  }
  for (const x of c.caseStudies ?? []) {
    const used = [...new Set(x.steps.map((s) => s.technique))];
    docs.push({
      href: caseStudyHref(x.id),
      type: 'case-study',
      title: x.name,
      summary: x.summary,
      ids: atlasIdVariants(x.id),
      keywords: [x.type, x.target, x.actor],
      body: sentence([
        x.lesson,
        `Techniques: ${used.map((id) => `${id} ${techniqueName.get(id) ?? ''}`.trim()).join(', ')}.`,
        ...x.steps.map((s) => s.note),
      ]),
      label: x.id,
    });
  }
  for (const x of c.tools) {
    docs.push({
      href: guideHref('tools', x.id),
      type: 'tool',
      title: x.title,
      summary: x.summary,
      ids: [x.id],
      keywords: x.tags,
      body: sentence([...x.securityUses, ...x.advice, named(x.techniques, techniqueName)]),
    });
  }
  for (const { data: x, body } of c.scenarios) {
    docs.push({
      href: scenarioHref(x.id),
      type: 'scenario',
      title: x.title,
      summary: x.summary,
      ids: [x.id],
      keywords: x.tags,
      body: sentence([
        plainText(body),
        named(x.techniques, techniqueName),
        ...x.diagram.elements.map((e) => `${e.label}: ${e.description}`),
      ]),
      label: x.level,
    });
  }
  for (const x of c.questions) {
    docs.push({
      href: scenarioHref(x.scenario),
      type: 'question',
      title: x.title,
      summary: x.prompt,
      ids: [x.id],
      keywords: [],
      body: sentence([x.strategy.summary, ...x.strategy.points, ...x.followUps]),
      label: x.level,
    });
  }
  for (const p of c.pages ?? []) {
    docs.push({ href: p.href, type: 'page', title: p.title, summary: p.summary, ids: [], keywords: [], body: '' });
  }
  return docs;
}
