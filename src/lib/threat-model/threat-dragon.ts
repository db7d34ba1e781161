/**
 * Export to an OWASP Threat Dragon v2 model (shared/reference/frameworks.md): one STRIDE diagram
 * with the scenario's elements (tm.Actor, tm.Process, tm.Store), flows (tm.Flow) and trust
 * boundaries (tm.BoundaryBox); the learner's threats live in each cell's data.threats, as in the
 * app's own demo models. Pure and deterministic (IDs derive from the scenario and element IDs).
 *
 * Drawn as Threat Dragon 2.6.2 draws its own models, because it reads these attributes from the
 * file rather than working them out (td.vue/src/service/x6/graph/data-changed.js, shapes/*.js):
 * - a flow's name is shown from its `labels`, not from data.name: without labels every flow reads
 *   "Data Flow" (the Flow shape's default label) until it is edited, and for ever in the
 *   read-only and report views. The label has the ellipse-and-text markup of its demo models;
 * - a cell with an open threat is stroked red with width 2.5, others #333333 with width 1.5: on
 *   `body` for actors and processes, on `line` for flows, and on `topLine` and `bottomLine` for
 *   stores (a store's body is transparent; its two lines are what is drawn).
 */
import type { Diagram, ThreatModel } from '../content/schemas';
import { layoutDiagram } from '../diagram/layout';
import { stableUuid } from './ids';
import { riskBand, riskOf } from './risk';
import { owaspName } from '../frameworks/ids';
import { ATTACK_CLASSES } from './attack-classes';

export const TD_VERSION = '2.6.2';

export interface TdThreat {
  id: string;
  threatId: string;
  title: string;
  type: string;
  status: 'Open';
  severity: 'High' | 'Medium' | 'Low';
  description: string;
  mitigation: string;
  modelType: 'STRIDE';
  number: number;
  score: string;
}

export interface TdCell {
  id: string;
  shape: string;
  zIndex: number;
  position?: { x: number; y: number };
  size?: { width: number; height: number };
  source?: { cell: string };
  target?: { cell: string };
  attrs?: Record<string, unknown>;
  labels?: ReturnType<typeof flowLabel>[];
  data: {
    type: string;
    name: string;
    description: string;
    hasOpenThreats: boolean;
    threats?: TdThreat[];
    [k: string]: unknown;
  };
}

export interface TdModel {
  version: string;
  summary: { title: string; description: string; owner: string };
  detail: {
    contributors: { name: string }[];
    diagrams: {
      id: number;
      title: string;
      version: string;
      thumbnail: string;
      diagramType: 'STRIDE';
      description: string;
      cells: TdCell[];
    }[];
    diagramTop: number;
    reviewer: string;
    threatTop: number;
  };
}

export interface TdScenario {
  id: string;
  title: string;
  summary: string;
  diagram: Diagram;
}

const SHAPES = {
  'external-entity': { shape: 'actor', type: 'tm.Actor' },
  process: { shape: 'process', type: 'tm.Process' },
  'data-store': { shape: 'store', type: 'tm.Store' },
} as const;

/** Threat Dragon's two strokes: its default, and its mark of a cell with open threats. */
export const TD_STROKE = {
  plain: { stroke: '#333333', strokeWidth: 1.5, strokeDasharray: null },
  openThreats: { stroke: 'red', strokeWidth: 2.5, strokeDasharray: null },
} as const;

type Stroke = (typeof TD_STROKE)[keyof typeof TD_STROKE];
/** As Threat Dragon decides it (service/threats/index.js): any threat whose status is open. */
const hasOpenThreats = (threats: readonly TdThreat[]) => threats.some((t) => t.status.toLowerCase() === 'open');
const strokeFor = (threats: readonly TdThreat[]): Stroke =>
  hasOpenThreats(threats) ? TD_STROKE.openThreats : TD_STROKE.plain;

/** What carries the stroke of each element shape. */
function elementAttrs(kind: keyof typeof SHAPES, label: string, stroke: Stroke): Record<string, unknown> {
  const text = { text: label };
  if (kind === 'data-store') return { text, topLine: { ...stroke }, bottomLine: { ...stroke } };
  return { text, body: { ...stroke } };
}

/** A flow's label, as Threat Dragon writes one: an ellipse behind the text, halfway along. */
export function flowLabel(text: string) {
  return {
    markup: [
      { tagName: 'ellipse', selector: 'labelBody' },
      { tagName: 'text', selector: 'labelText' },
    ],
    attrs: {
      labelText: { text, textAnchor: 'middle', textVerticalAnchor: 'middle' },
      labelBody: { ref: 'labelText', refRx: '50%', refRy: '60%', fill: '#fff', strokeWidth: 0 },
    },
    position: 0.5,
  };
}

export function toThreatDragon(model: ThreatModel, scenario: TdScenario, names?: ReadonlyMap<string, string>): TdModel {
  const label = (id: string) => (names?.get(id) ? `${id} ${names.get(id)}` : id);
  const cellId = (id: string) => stableUuid(`${scenario.id}/cell/${id}`);
  const threatsOf = new Map<string, TdThreat[]>();
  model.threats.forEach((t, i) => {
    const lines = [t.title];
    if (t.atlas.length) lines.push(`MITRE ATLAS: ${t.atlas.map(label).join('; ')}`);
    if (t.owasp.length) lines.push(`OWASP: ${t.owasp.map((id) => `${id} ${owaspName(id) ?? ''}`.trim()).join('; ')}`);
    if (t.attack)
      lines.push(`Attack: ${ATTACK_CLASSES.find((a) => a.id === t.attack)?.label ?? t.attack} (${t.attack})`);
    lines.push(`Likelihood ${t.likelihood}/5, impact ${t.impact}/5`);
    if (t.notes) lines.push(t.notes);
    const id = stableUuid(`${scenario.id}/threat/${i}/${t.element}/${t.title}`);
    const list = threatsOf.get(t.element) ?? [];
    list.push({
      id,
      threatId: id,
      title: t.title,
      type: t.stride,
      status: 'Open',
      severity: riskBand(riskOf(t)),
      description: lines.join('\n'),
      mitigation: t.mitigations.map(label).join('\n'),
      modelType: 'STRIDE',
      number: i + 1,
      score: String(riskOf(t)),
    });
    threatsOf.set(t.element, list);
  });
  const layout = layoutDiagram(scenario.diagram);
  const crossesBoundary = (from: string, to: string) =>
    scenario.diagram.boundaries.some((b) => b.elements.includes(from) !== b.elements.includes(to));
  const boundaryOf = (id: string) => scenario.diagram.boundaries.find((b) => b.elements.includes(id))?.id;
  const internetish = (id: string) =>
    /internet|public/i.test(scenario.diagram.boundaries.find((b) => b.id === boundaryOf(id))?.label ?? '');

  const cells: TdCell[] = [
    ...layout.boundaries.map((b, i) => ({
      id: cellId(`boundary-${b.id}`),
      shape: 'trust-boundary-box',
      zIndex: i - 20,
      position: { x: b.x, y: b.y },
      size: { width: b.width, height: b.height },
      attrs: { label: { text: b.label }, body: { ...TD_STROKE.plain, stroke: '#b91c1c', strokeDasharray: '8 6' } },
      data: { type: 'tm.BoundaryBox', name: b.label, description: '', isTrustBoundary: true, hasOpenThreats: false },
    })),
    ...layout.elements.map((e, i) => {
      const threats = threatsOf.get(e.id) ?? [];
      return {
        id: cellId(e.id),
        shape: SHAPES[e.kind].shape,
        zIndex: i + 1,
        position: { x: e.x - e.width / 2, y: e.y - e.height / 2 },
        size: { width: e.width, height: e.height },
        attrs: elementAttrs(e.kind, e.label, strokeFor(threats)),
        data: {
          type: SHAPES[e.kind].type,
          name: e.label,
          description: e.description,
          outOfScope: false,
          reasonOutOfScope: '',
          hasOpenThreats: hasOpenThreats(threats),
          threats,
          ...(e.kind === 'data-store'
            ? { isALog: /log/i.test(e.label), isEncrypted: false, isSigned: false, storesCredentials: false }
            : {}),
        },
      };
    }),
    ...layout.flows.map((f, i) => {
      const threats = threatsOf.get(f.id) ?? [];
      return {
        id: cellId(f.id),
        shape: 'flow',
        zIndex: layout.elements.length + i + 1,
        source: { cell: cellId(f.from) },
        target: { cell: cellId(f.to) },
        attrs: { line: { ...strokeFor(threats), targetMarker: { name: 'block' }, sourceMarker: { name: '' } } },
        labels: [flowLabel(f.label)],
        data: {
          type: 'tm.Flow',
          name: f.label,
          description: '',
          outOfScope: false,
          reasonOutOfScope: '',
          protocol: '',
          isEncrypted: false,
          isPublicNetwork: crossesBoundary(f.from, f.to) && (internetish(f.from) || internetish(f.to)),
          isBidirectional: false,
          hasOpenThreats: hasOpenThreats(threats),
          threats,
        },
      };
    }),
  ];
  return {
    version: TD_VERSION,
    summary: {
      title: `${scenario.title}: threat model`,
      description: scenario.summary,
      owner: 'AI Security Dojo learner',
    },
    detail: {
      contributors: [],
      diagrams: [
        {
          id: 0,
          title: scenario.title,
          version: TD_VERSION,
          thumbnail: './public/content/images/thumbnail.stride.jpg',
          diagramType: 'STRIDE',
          description: `Exported from AI Security Dojo (scenario ${scenario.id}).`,
          cells,
        },
      ],
      diagramTop: 1,
      reviewer: '',
      threatTop: model.threats.length,
    },
  };
}
