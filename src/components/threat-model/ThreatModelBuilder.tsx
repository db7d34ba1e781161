/**
 * The threat-model builder island: select an element or flow on the diagram, add threats with
 * STRIDE (limited to the element's kind), ATLAS, OWASP, likelihood, impact, mitigations and
 * notes; optional suggestions; a risk matrix; submit for a score with feedback; the reference
 * and answer strategy after the first submission (or earlier, on demand, after a warning);
 * export, import, print. All logic lives in src/lib/threat-model; work is saved as it changes.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Diagram, Threat } from '../../lib/content/schemas';
import { elementIndex, modelElements, type ModelElement } from '../../lib/threat-model/elements';
import { catalogueNames } from '../../lib/threat-model/catalogue';
import { scoreThreatModel } from '../../lib/threat-model/score';
import type { TechniqueInfo } from '../../lib/threat-model/navigator';
import type { Suggestion } from '../../lib/threat-model/suggestions';
import { threatCounts } from '../../lib/threat-model/work';
import {
  threatModelActions,
  useThreatModelsStore,
  THREAT_MODELS_STORE,
  type DraftThreat,
} from '../../stores/threat-models';
import { useHydrated } from '../persist/useHydrated';
import StorageNotices from '../persist/StorageNotices';
import BuilderActions from './BuilderActions';
import ElementChooser from './ElementChooser';
import FilePanel from './FilePanel';
import PrintHeader from './PrintHeader';
import ReferencePanel from './ReferencePanel';
import RiskMatrix from './RiskMatrix';
import ScorePanel from './ScorePanel';
import InteractiveDiagram from '../diagram/InteractiveDiagram';
import SelectedElement, { SELECTED_PANEL_ID } from './SelectedElement';
import SubmissionHistory from './SubmissionHistory';
import ThreatTable from './ThreatTable';
import type { BuilderProps, CatalogueMitigation, CatalogueTechnique } from './types';
import { useScenarioWork } from './useScenarioWork';

const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;
/** The newest submission that kept its threats, or null. */
const lastWithThreats = (history: readonly { threats?: unknown }[]) => {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.threats) return i;
  return null;
};

/** The scenario's elements and the catalogues, indexed once per page. */
function useLookups(diagram: Diagram, techniques: CatalogueTechnique[], mitigations: CatalogueMitigation[]) {
  const elements = useMemo(() => modelElements(diagram), [diagram]);
  const byId = useMemo(() => elementIndex(diagram), [diagram]);
  const catalogue = useMemo(() => new Map<string, TechniqueInfo>(techniques.map((t) => [t.id, t])), [techniques]);
  const names = useMemo(() => catalogueNames(techniques, mitigations), [techniques, mitigations]);
  return { elements, byId, catalogue, names };
}

function YourThreats(props: {
  threats: DraftThreat[];
  elements: ReadonlyMap<string, ModelElement>;
  names: ReadonlyMap<string, string>;
  onEdit(id: string): void;
  onDelete(id: string): void;
}) {
  return (
    <>
      <h3>Your threat model</h3>
      <ThreatTable caption={`Your threats (${props.threats.length})`} {...props} />
      {props.threats.length > 0 && <RiskMatrix threats={props.threats} />}
    </>
  );
}

/**
 * Scrolls just far enough for the selected element's panel to start at 60 % of the window's
 * height, so its first fields show below the part of the diagram still in view; smoothly unless
 * the reader asked for less motion.
 */
function revealSelected() {
  const panel = document.getElementById(SELECTED_PANEL_ID);
  if (!panel) return;
  const below = panel.getBoundingClientRect().top - window.innerHeight * 0.6;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (below > 0) window.scrollBy({ top: below, behavior: reduce ? 'auto' : 'smooth' });
}

export default function ThreatModelBuilder({ scenario, reference, techniques, mitigations, children }: BuilderProps) {
  const hydrated = useHydrated(useThreatModelsStore);
  const { work, model, suggestionsUsed } = useScenarioWork(scenario.id);
  const act = useThreatModelsStore(useShallow(threatModelActions));
  const { elements, byId, catalogue, names } = useLookups(scenario.diagram, techniques, mitigations);
  const counts = useMemo(() => threatCounts(work.threats), [work.threats]);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // Which submission's breakdown is shown: the newest, unless the learner picked another.
  const [picked, setPicked] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const id = scenario.id;
  const element = selected ? byId.get(selected) : undefined;
  const editingThreat = work.threats.find((t) => t.id === editing && t.element === selected);

  const select = (elementId: string | null) => {
    setSelected(elementId);
    setEditing(null);
  };
  // A choice on the diagram brings the form for it into view when it is below the fold; the
  // focus stays on the diagram.
  const pick = (elementId: string) => {
    select(elementId);
    requestAnimationFrame(() => revealSelected());
  };
  const startEditing = (threatId: string) => {
    const t = work.threats.find((x) => x.id === threatId);
    if (!t) return;
    setSelected(t.element);
    setEditing(threatId);
  };
  const addThreat = (t: Threat) => {
    act.addThreat(id, t);
    setStatus(`Added “${t.title}” to ${element?.label}.`);
  };
  const saveEdit = (t: Threat) => {
    if (editingThreat) act.updateThreat(id, editingThreat.id, t);
    setEditing(null);
    setStatus(`Saved changes to “${t.title}”.`);
  };
  const acceptSuggestion = ({ key, why: _why, ...t }: Suggestion) => {
    act.addThreat(id, t, key);
    setStatus(`Accepted the suggestion “${t.title}”.`);
  };
  const grade = (threats: Threat[]) =>
    scoreThreatModel({ format: model.format, scenario: id, threats }, reference, {
      suggestionsUsed,
      names,
      labels: new Map([...byId].map(([k, e]) => [k, e.label])),
      diagram: scenario.diagram,
    });
  const submit = () => {
    const r = grade(model.threats);
    act.recordSubmission(id, r.overall, model.threats);
    setPicked(null);
    setStatus(`Submitted. Your score is ${r.overall} out of 100; the feedback and the reference answer are below.`);
  };
  const viewing = picked ?? lastWithThreats(work.history);
  const shown = viewing === null ? undefined : work.history[viewing];
  // The grader is deterministic: a saved submission's breakdown is its threats graded again.
  // (A few milliseconds: graded on each render rather than memoised on the page's many inputs.)
  const report = shown?.threats ? grade(shown.threats) : null;
  const clearModel = () => act.clear(id);

  return (
    <div className="tm-builder" data-hydrated={hydrated ? 'true' : 'false'}>
      <StorageNotices store={THREAT_MODELS_STORE} />
      <PrintHeader title={scenario.title} />
      <p className="muted no-print">
        Select an element or flow (click it, or Tab to it and press Enter), then add its threats. Your work is saved in
        this browser as you go.
        {work.submissions > 0 && ` Submitted ${times(work.submissions)}; last score ${work.lastScore}/100.`}
      </p>
      <div className="tm-diagram-box">
        <InteractiveDiagram
          diagram={scenario.diagram}
          title={scenario.title}
          selected={selected}
          counts={counts}
          onSelect={pick}
        />
        {children}
      </div>
      <div className="tm-layout">
        <ElementChooser
          elements={elements}
          counts={counts}
          selected={selected}
          onSelect={select}
          suggestionsOn={work.suggestionsOn}
          onSuggestions={(on) => act.setSuggestions(id, on)}
        />
        <SelectedElement
          element={element}
          editing={editingThreat}
          work={work}
          techniques={techniques}
          mitigations={mitigations}
          onAdd={addThreat}
          onUpdate={saveEdit}
          onCancelEdit={() => setEditing(null)}
          onAccept={acceptSuggestion}
          onDismiss={(key) => act.dismissSuggestion(id, key)}
        />
      </div>
      <p role="status" className="tm-ok no-print">
        {status}
      </p>
      <YourThreats
        threats={work.threats}
        elements={byId}
        names={names}
        onEdit={startEditing}
        onDelete={(tid) => act.removeThreat(id, tid)}
      />
      <BuilderActions ready={hydrated} revealed={work.revealed} onSubmit={submit} onReveal={() => act.reveal(id)} />
      <SubmissionHistory history={work.history} viewing={viewing} onView={setPicked} />
      {report && shown && (
        <ScorePanel report={report} elements={byId} scenarioTitle={scenario.title} submittedAt={shown.at} />
      )}
      {work.revealed && <ReferencePanel reference={reference} scenario={scenario} elements={byId} names={names} />}
      <FilePanel
        scenario={scenario}
        model={model}
        catalogue={catalogue}
        names={names}
        onImport={(m) => act.replaceThreats(id, m.threats)}
        onClear={clearModel}
      />
    </div>
  );
}
