/**
 * A career's learning path: the exercises of the scenarios that practise the role, easiest
 * first (junior → staff), each scenario's threat model before its questions of the same level,
 * questions that train the role's own skills before the others.
 */
import { LEVELS, levelIndex } from '../content/levels';

export interface PathStep {
  kind: 'threat-model' | 'question';
  id: string;
  title: string;
  level: string;
  href: string;
  /** Whether the step trains one of the career's core skills directly. */
  core: boolean;
}

interface PathCareer {
  skills: string[];
  scenarios: string[];
}
interface PathScenario {
  id: string;
  title: string;
  level: string;
  skills: string[];
}
interface PathQuestion {
  id: string;
  scenario: string;
  title: string;
  level: string;
  skills: string[];
}

export function learningPath(career: PathCareer, scenarios: PathScenario[], questions: PathQuestion[]): PathStep[] {
  const core = (skills: string[]) => skills.some((s) => career.skills.includes(s));
  const steps: (PathStep & { order: number })[] = [];
  career.scenarios.forEach((sid, order) => {
    const s = scenarios.find((x) => x.id === sid);
    if (!s) return;
    steps.push({
      kind: 'threat-model',
      id: s.id,
      title: `Threat model: ${s.title}`,
      level: s.level,
      href: `/learn/${s.id}/#tm-heading`,
      core: core(s.skills),
      order,
    });
    for (const q of questions.filter((x) => x.scenario === sid)) {
      steps.push({
        kind: 'question',
        id: q.id,
        title: q.title,
        level: q.level,
        href: `/practice/${q.id}/`,
        core: core(q.skills),
        order,
      });
    }
  });
  const level = (l: string) => (levelIndex(l) < 0 ? LEVELS.length : levelIndex(l)); // unknown levels last
  return steps
    .sort(
      (a, b) =>
        level(a.level) - level(b.level) ||
        Number(b.core) - Number(a.core) ||
        a.order - b.order ||
        (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'threat-model' ? -1 : 1),
    )
    .map(({ order: _order, ...step }) => step);
}
