/**
 * Checks a threat model against its scenario's diagram: every threat names an element or flow
 * that exists, with a STRIDE category that applies to that element's kind (STRIDE per element).
 * Pure; used by imports, by the grader and by the content tests of the reference models.
 */
import type { Diagram, ThreatModel } from '../content/schemas';
import { elementIndex, kindName, strideFor } from './elements';

export interface ModelProblem {
  /** Index of the threat in the model. */
  index: number;
  field: 'element' | 'stride';
  message: string;
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

export function checkModelAgainstDiagram(model: Pick<ThreatModel, 'threats'>, diagram: Diagram): ModelProblem[] {
  const elements = elementIndex(diagram);
  const problems: ModelProblem[] = [];
  model.threats.forEach((t, index) => {
    const el = elements.get(t.element);
    if (!el) {
      problems.push({
        index,
        field: 'element',
        message: `threat ${index + 1} names "${t.element}", which is not an element or flow of this diagram`,
      });
      return;
    }
    const allowed = strideFor(el.kind);
    if (!allowed.includes(t.stride)) {
      problems.push({
        index,
        field: 'stride',
        message: `threat ${index + 1} puts ${t.stride} on "${el.label}", but ${article(kindName(el.kind).toLowerCase())} can only have ${allowed.join(', ')}`,
      });
    }
  });
  return problems;
}
