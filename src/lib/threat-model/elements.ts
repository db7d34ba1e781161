/**
 * The elements a threat can be attached to: every node of a scenario's data-flow diagram and
 * every flow (STRIDE per element treats a data flow as an element of kind "data-flow"). Pure.
 */
import type { Diagram } from '../content/schemas';
import { STRIDE_BY_KIND, type ElementKind, type StrideCategory } from '../frameworks/ids';

export interface ModelElement {
  id: string;
  kind: ElementKind;
  label: string;
  description: string;
}

const KIND_NAMES: Record<ElementKind, string> = {
  'external-entity': 'External entity',
  process: 'Process',
  'data-store': 'Data store',
  'data-flow': 'Data flow',
};

export function kindName(kind: ElementKind): string {
  return KIND_NAMES[kind];
}

const KIND_PLURALS: Record<ElementKind, string> = {
  'external-entity': 'External entities',
  process: 'Processes',
  'data-store': 'Data stores',
  'data-flow': 'Data flows',
};

/** "External entities", "Processes": a group of elements of one kind. */
export function kindNamePlural(kind: ElementKind): string {
  return KIND_PLURALS[kind];
}

/** Nodes first, in diagram order, then flows; a flow's description names its two ends. */
export function modelElements(diagram: Diagram): ModelElement[] {
  const labelOf = new Map(diagram.elements.map((e) => [e.id, e.label]));
  return [
    ...diagram.elements.map((e) => ({ id: e.id, kind: e.kind, label: e.label, description: e.description })),
    ...diagram.flows.map((f) => ({
      id: f.id,
      kind: 'data-flow' as const,
      label: f.label,
      description: `From ${labelOf.get(f.from) ?? f.from} to ${labelOf.get(f.to) ?? f.to}.`,
    })),
  ];
}

export function elementIndex(diagram: Diagram): Map<string, ModelElement> {
  return new Map(modelElements(diagram).map((e) => [e.id, e]));
}

/** The STRIDE categories that apply to an element kind. */
export function strideFor(kind: ElementKind): readonly StrideCategory[] {
  return STRIDE_BY_KIND[kind];
}

export function strideApplies(kind: ElementKind, stride: StrideCategory): boolean {
  return STRIDE_BY_KIND[kind].includes(stride);
}
