/**
 * Cross-reference checks: every ID that content refers to must exist. Pure: takes the loaded,
 * schema-valid entries and returns one error per broken reference, naming the file, the field
 * (a path such as "diagram.flows[2].to") and the bad value. The build, the command line and the
 * tests all call this.
 */
import type {
  CaseStudy,
  Career,
  Framework,
  Mitigation,
  Question,
  ReferenceThreatModel,
  Scenario,
  Skill,
  Technique,
  Tool,
} from './schemas';
import { STRIDE_BY_KIND, type ElementKind } from '../frameworks/ids';
import { checkSkillPractice } from './skill-practice';

/** A content entry as loaded: its data and the file it came from (relative to the project). */
export interface Entry<T> {
  file: string;
  data: T;
}

export interface ContentSet {
  careers: Entry<Career>[];
  skills: Entry<Skill>[];
  frameworks: Entry<Framework>[];
  techniques: Entry<Technique>[];
  mitigations: Entry<Mitigation>[];
  caseStudies: Entry<CaseStudy>[];
  tools: Entry<Tool>[];
  scenarios: Entry<Scenario>[];
  questions: Entry<Question>[];
  threatModels: Entry<ReferenceThreatModel>[];
}

export interface ContentError {
  file: string;
  field: string;
  value: string;
  message: string;
}

export function formatContentError(e: ContentError): string {
  return `${e.file}: ${e.field}: ${e.message} (got ${JSON.stringify(e.value)})`;
}

function idSet<T extends { id: string }>(entries: Entry<T>[]): Set<string> {
  return new Set(entries.map((e) => e.data.id));
}

export function checkCrossReferences(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const ids = {
    careers: idSet(content.careers),
    skills: idSet(content.skills),
    frameworks: idSet(content.frameworks),
    techniques: idSet(content.techniques),
    mitigations: idSet(content.mitigations),
    tools: idSet(content.tools),
    scenarios: idSet(content.scenarios),
    questions: idSet(content.questions),
  };
  type Kind = keyof typeof ids;
  const labels: Record<Kind, string> = {
    careers: 'career',
    skills: 'skill',
    frameworks: 'framework',
    techniques: 'ATLAS technique',
    mitigations: 'ATLAS mitigation',
    tools: 'tool',
    scenarios: 'scenario',
    questions: 'question',
  };

  const refs = (file: string, field: string, values: readonly string[] | undefined, kind: Kind) => {
    (values ?? []).forEach((value, i) => {
      if (!ids[kind].has(value)) {
        errors.push({ file, field: `${field}[${i}]`, value, message: `no ${labels[kind]} has this ID` });
      }
    });
  };
  const ref = (file: string, field: string, value: string | undefined, kind: Kind) => {
    if (value !== undefined && !ids[kind].has(value)) {
      errors.push({ file, field, value, message: `no ${labels[kind]} has this ID` });
    }
  };

  checkUnique(content, errors);

  for (const { file, data } of content.careers) {
    refs(file, 'skills', data.skills, 'skills');
    refs(file, 'scenarios', data.scenarios, 'scenarios');
  }
  for (const { file, data } of content.skills) {
    refs(file, 'frameworks', data.frameworks, 'frameworks');
    refs(file, 'tools', data.tools, 'tools');
    refs(file, 'techniques', data.techniques, 'techniques');
    refs(file, 'scenarios', data.scenarios, 'scenarios');
  }
  errors.push(...checkSkillPractice(content));
  for (const { file, data } of content.techniques) {
    ref(file, 'parent', data.parent, 'techniques');
    refs(file, 'mitigations', data.mitigations, 'mitigations');
    if (data.parent && !data.id.startsWith(`${data.parent}.`)) {
      errors.push({ file, field: 'parent', value: data.parent, message: `is not the parent of ${data.id}` });
    }
    if (!data.parent && data.tactics.length === 0) {
      errors.push({ file, field: 'tactics', value: '', message: 'a top-level technique needs at least one tactic' });
    }
  }
  for (const { file, data } of content.tools) refs(file, 'techniques', data.techniques, 'techniques');
  const techniqueById = new Map(content.techniques.map((t) => [t.data.id, t.data]));
  for (const { file, data } of content.caseStudies)
    data.steps.forEach((step, i) => {
      const t = techniqueById.get(step.technique);
      if (!t) {
        ref(file, `steps[${i}].technique`, step.technique, 'techniques');
        return;
      }
      const tactics = t.parent ? (techniqueById.get(t.parent)?.tactics ?? []) : t.tactics;
      if (!tactics.includes(step.tactic))
        errors.push({
          file,
          field: `steps[${i}].tactic`,
          value: step.tactic,
          message: `${step.technique} belongs to ${tactics.join(', ') || 'no tactic'}, not to this tactic`,
        });
    });

  const elementsByScenario = new Map<string, Set<string>>();
  const kindsByScenario = new Map<string, Map<string, ElementKind>>();
  for (const { data } of content.scenarios) {
    kindsByScenario.set(
      data.id,
      new Map<string, ElementKind>([
        ...data.diagram.elements.map((e) => [e.id, e.kind] as [string, ElementKind]),
        ...data.diagram.flows.map((f) => [f.id, 'data-flow'] as [string, ElementKind]),
      ]),
    );
  }
  for (const { file, data } of content.scenarios) {
    refs(file, 'skills', data.skills, 'skills');
    refs(file, 'techniques', data.techniques, 'techniques');
    elementsByScenario.set(data.id, checkDiagram(file, data, errors));
  }
  for (const { file, data } of content.questions) {
    ref(file, 'scenario', data.scenario, 'scenarios');
    if (!data.id.startsWith(`${data.scenario}/`)) {
      errors.push({ file, field: 'id', value: data.id, message: `must start with its scenario "${data.scenario}/"` });
    }
    refs(file, 'skills', data.skills, 'skills');
    const concepts = new Set<string>();
    data.rubric.concepts.forEach((c, i) => {
      if (concepts.has(c.id)) {
        errors.push({ file, field: `rubric.concepts[${i}].id`, value: c.id, message: 'duplicate concept ID' });
      }
      concepts.add(c.id);
    });
  }
  for (const { file, data } of content.threatModels) {
    ref(file, 'scenario', data.scenario, 'scenarios');
    const elements = elementsByScenario.get(data.scenario);
    data.threats.forEach((t, i) => {
      const at = `threats[${i}]`;
      if (elements && !elements.has(t.element)) {
        errors.push({
          file,
          field: `${at}.element`,
          value: t.element,
          message: `no element or flow of scenario "${data.scenario}" has this ID`,
        });
      }
      refs(file, `${at}.atlas`, t.atlas, 'techniques');
      refs(file, `${at}.mitigations`, t.mitigations, 'mitigations');
    });
    const kinds = kindsByScenario.get(data.scenario);
    data.acceptable.forEach((a, i) => {
      const at = `acceptable[${i}]`;
      const kind = kinds?.get(a.element);
      if (kinds && !kind) {
        errors.push({
          file,
          field: `${at}.element`,
          value: a.element,
          message: `no element or flow of scenario "${data.scenario}" has this ID`,
        });
      } else if (kind && !STRIDE_BY_KIND[kind].includes(a.stride)) {
        errors.push({
          file,
          field: `${at}.stride`,
          value: a.stride,
          message: `STRIDE per element does not apply ${a.stride} to a ${kind}`,
        });
      }
    });
  }
  return errors;
}

/** Checks a scenario's diagram and returns the IDs of its elements and flows. */
function checkDiagram(file: string, scenario: Scenario, errors: ContentError[]): Set<string> {
  const { elements, flows, boundaries } = scenario.diagram;
  const all = new Set<string>();
  const add = (field: string, id: string) => {
    if (all.has(id)) errors.push({ file, field, value: id, message: 'duplicate element, flow or boundary ID' });
    all.add(id);
  };
  elements.forEach((e, i) => add(`diagram.elements[${i}].id`, e.id));
  const elementIds = new Set(elements.map((e) => e.id));
  flows.forEach((f, i) => {
    add(`diagram.flows[${i}].id`, f.id);
    for (const end of ['from', 'to'] as const) {
      if (!elementIds.has(f[end])) {
        errors.push({
          file,
          field: `diagram.flows[${i}].${end}`,
          value: f[end],
          message: 'no diagram element has this ID',
        });
      }
    }
  });
  boundaries.forEach((b, i) => {
    add(`diagram.boundaries[${i}].id`, b.id);
    b.elements.forEach((id, j) => {
      if (!elementIds.has(id)) {
        errors.push({
          file,
          field: `diagram.boundaries[${i}].elements[${j}]`,
          value: id,
          message: 'no diagram element has this ID',
        });
      }
    });
  });
  return new Set([...elementIds, ...flows.map((f) => f.id)]);
}

function checkUnique(content: ContentSet, errors: ContentError[]) {
  for (const [name, entries] of Object.entries(content) as [string, Entry<{ id?: string; scenario?: string }>[]][]) {
    const seen = new Map<string, string>();
    for (const { file, data } of entries) {
      const id = data.id ?? (name === 'threatModels' ? data.scenario : undefined);
      if (id === undefined) continue;
      const prior = seen.get(id);
      if (prior)
        errors.push({
          file,
          field: name === 'threatModels' ? 'scenario' : 'id',
          value: id,
          message: `already used by ${prior}`,
        });
      seen.set(id, file);
    }
  }
}
