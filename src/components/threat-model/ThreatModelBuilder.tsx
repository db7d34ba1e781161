/**
 * The threat-model builder island: select an element or flow on the diagram, add threats with
 * STRIDE (limited to the element's kind), ATLAS, OWASP, likelihood, impact, mitigations and
 * notes; optional suggestions; a risk matrix; submit for a score with feedback; the reference
 * and answer strategy after the first submission (or earlier, on demand, after a warning);
 * export, import, print. All logic lives in src/lib/threat-model; work is saved as it changes.
 */
import { useMemo, useState } from 'react';
import { elementIndex, modelElements, kindName } from '../../lib/threat-model/elements';
import { scoreThreatModel, type ScoreReport } from '../../lib/threat-model/score';
import type { TechniqueInfo } from '../../lib/threat-model/navigator';
import {
  exchangeModel,
  suggestionsUsed,
  useThreatModelsStore,
  workFor,
  THREAT_MODELS_STORE,
} from '../../stores/threat-models';
import InteractiveDiagram from '../diagram/InteractiveDiagram';
import ThreatForm from './ThreatForm';
import ThreatTable from './ThreatTable';
import RiskMatrix from './RiskMatrix';
import Suggestions from './Suggestions';
import ScorePanel from './ScorePanel';
import ReferencePanel from './ReferencePanel';
import FilePanel from './FilePanel';
import type { BuilderProps } from './types';
import { useHydrated } from '../persist/useHydrated';
import StorageNotices from '../persist/StorageNotices';

export default function ThreatModelBuilder({ scenario, reference, techniques, mitigations }: BuilderProps) {
  const hydrated = useHydrated(useThreatModelsStore);
  const state = useThreatModelsStore();
  const work = workFor(state, scenario.id);
  const elements = useMemo(() => modelElements(scenario.diagram), [scenario.diagram]);
  const byId = useMemo(() => elementIndex(scenario.diagram), [scenario.diagram]);
  const catalogue = useMemo(() => new Map<string, TechniqueInfo>(techniques.map((t) => [t.id, t])), [techniques]);
  const names = useMemo(
    () =>
      new Map<string, string>([
        ...techniques.map((t) => [t.id, t.name] as [string, string]),
        ...mitigations.map((m) => [m.id, m.name] as [string, string]),
      ]),
    [techniques, mitigations],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [report, setReport] = useState<ScoreReport | null>(null);
  const [confirmReveal, setConfirmReveal] = useState(false);
  const [status, setStatus] = useState('');

  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const t of work.threats) m.set(t.element, (m.get(t.element) ?? 0) + 1);
    return m;
  }, [work.threats]);
  const element = selected ? byId.get(selected) : undefined;
  const editingThreat = editing ? work.threats.find((t) => t.id === editing) : undefined;
  const model = exchangeModel(state, scenario.id);

  const submit = () => {
    const r = scoreThreatModel(model, reference, { suggestionsUsed: suggestionsUsed(state, scenario.id), names });
    setReport(r);
    state.recordSubmission(scenario.id, r.overall);
    setStatus(`Submitted. Your score is ${r.overall} out of 100; the feedback and the reference answer are below.`);
  };

  return (
    <div className="tm-builder" data-hydrated={hydrated ? 'true' : 'false'}>
      <StorageNotices store={THREAT_MODELS_STORE} />
      <p className="muted no-print">
        Select an element or flow (click it, or Tab to it and press Enter), then add its threats. Your work is saved in
        this browser as you go.
        {work.submissions > 0 &&
          ` Submitted ${work.submissions} time${work.submissions === 1 ? '' : 's'}; last score ${work.lastScore}/100.`}
      </p>
      <div className="tm-layout">
        <div className="tm-canvas no-print">
          <InteractiveDiagram
            diagram={scenario.diagram}
            title={scenario.title}
            selected={selected}
            counts={counts}
            onSelect={(id) => {
              setSelected(id);
              setEditing(null);
            }}
          />
          <div className="tm-row">
            <label htmlFor="tm-element">Element or flow</label>
            <select
              id="tm-element"
              value={selected ?? ''}
              onChange={(e) => {
                setSelected(e.target.value || null);
                setEditing(null);
              }}
            >
              <option value="">Choose one…</option>
              {(['external-entity', 'process', 'data-store', 'data-flow'] as const).map((k) => (
                <optgroup key={k} label={`${kindName(k)}s`}>
                  {elements
                    .filter((e) => e.kind === k)
                    .map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.label} ({counts.get(e.id) ?? 0})
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <label className="tm-toggle">
            <input
              type="checkbox"
              checked={work.suggestionsOn}
              onChange={(e) => state.setSuggestions(scenario.id, e.target.checked)}
            />{' '}
            Show suggested threats (makes the exercise easier; your score will say so)
          </label>
        </div>
        <div className="tm-side no-print">
          {element ? (
            <>
              <p className="tm-selected" aria-live="polite">
                Selected: <strong>{element.label}</strong> ({kindName(element.kind).toLowerCase()}).{' '}
                {element.description}
              </p>
              {editingThreat && editingThreat.element === element.id ? (
                <ThreatForm
                  key={`edit-${editingThreat.id}`}
                  element={element}
                  initial={editingThreat}
                  techniques={techniques}
                  mitigations={mitigations}
                  onCancel={() => setEditing(null)}
                  onSave={(t) => {
                    state.updateThreat(scenario.id, editingThreat.id, t);
                    setEditing(null);
                    setStatus(`Saved changes to “${t.title}”.`);
                  }}
                />
              ) : (
                <ThreatForm
                  key={`add-${element.id}`}
                  element={element}
                  techniques={techniques}
                  mitigations={mitigations}
                  onSave={(t) => {
                    state.addThreat(scenario.id, t);
                    setStatus(`Added “${t.title}” to ${element.label}.`);
                  }}
                />
              )}
              {work.suggestionsOn && (
                <Suggestions
                  element={element}
                  dismissed={work.dismissed}
                  taken={new Set(work.threats.map((t) => t.suggestion).filter((s): s is string => !!s))}
                  onAccept={({ key, why: _w, ...t }) => {
                    state.addThreat(scenario.id, t, key);
                    setStatus(`Accepted the suggestion “${t.title}”.`);
                  }}
                  onDismiss={(key) => state.dismissSuggestion(scenario.id, key)}
                />
              )}
            </>
          ) : (
            <p className="muted">No element selected yet.</p>
          )}
        </div>
      </div>
      <p role="status" className="tm-ok no-print">
        {status}
      </p>

      <h3>Your threat model</h3>
      <ThreatTable
        threats={work.threats}
        elements={byId}
        caption={`Your threats (${work.threats.length})`}
        onEdit={(tid) => {
          const t = work.threats.find((x) => x.id === tid);
          if (t) {
            setSelected(t.element);
            setEditing(tid);
          }
        }}
        onDelete={(tid) => state.removeThreat(scenario.id, tid)}
      />
      {work.threats.length > 0 && <RiskMatrix threats={work.threats} />}

      <div className="tm-actions no-print">
        <button type="button" onClick={submit} disabled={!hydrated}>
          Submit for scoring
        </button>
        {!work.revealed && !confirmReveal && (
          <button type="button" className="secondary" onClick={() => setConfirmReveal(true)}>
            Show the reference now
          </button>
        )}
      </div>
      {confirmReveal && !work.revealed && (
        <div role="group" aria-label="Confirm showing the reference" className="tm-confirm no-print">
          <p className="tm-warning">
            Seeing the reference before you submit makes the exercise much easier and your first score less meaningful.
            Show it anyway?
          </p>
          <button
            type="button"
            onClick={() => {
              state.reveal(scenario.id);
              setConfirmReveal(false);
            }}
          >
            Show it anyway
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirmReveal(false)}>
            Not yet
          </button>
        </div>
      )}
      {report && <ScorePanel report={report} elements={byId} />}
      {work.revealed && <ReferencePanel reference={reference} scenario={scenario} elements={byId} />}
      <FilePanel
        scenario={scenario}
        model={model}
        catalogue={catalogue}
        names={names}
        onImport={(m) => state.replaceThreats(scenario.id, m.threats)}
        onClear={() => {
          state.clear(scenario.id);
          setReport(null);
        }}
      />
    </div>
  );
}
