/**
 * The evasion lab (/labs/evasion/): FGSM or PGD against the image classifier, run in the labs'
 * Web Worker with the same core as `dojo evade`; the figures, a few attacked images side by side,
 * and accuracy against ε. Settings go in the address; finished runs are kept in this browser and
 * the newest comes back after a reload.
 */
import { useState } from 'react';
import {
  EVASION_ATTACKS,
  EVASION_FORM,
  evasionLabel,
  evasionRaw,
  sweepLabel,
  type EvasionForm,
} from '../../lib/labs/evasion/form';
import { parseEvasionSettings } from '../../lib/labs/evasion/settings';
import { sweepSettings, type SweepPoint } from '../../lib/labs/evasion/sweep-settings';
import { percent } from '../../lib/labs/display';
import { formatDateTime } from '../../lib/util/dates';
import { toSavedEvasion, toSavedSweep, useLabRunsStore } from '../../stores/lab-runs';
import { EpsilonSweep } from './EpsilonSweep';
import { EvasionExamples } from './EvasionExamples';
import { EvasionFigures } from './EvasionFigures';
import { SavedRuns } from './SavedRuns';
import { LabField, LabSelect } from './LabField';
import { LabForm } from './LabForm';
import { LabProgress } from './LabProgress';
import { LabNotes } from './LabNotes';
import { useLabBench } from './useLabBench';
import '../simulator/simulator.css';
import './labs.css';

export default function EvasionLab() {
  const runs = useLabRunsStore((s) => s.evasion);
  const sweeps = useLabRunsStore((s) => s.sweeps);
  const bench = useLabBench(EVASION_FORM, runs.at(-1)?.settings);
  const { values, set, ready, refusal, status, running } = bench;
  /** The sweep being run, point by point (the saved one shows once it ends). */
  const [live, setLive] = useState<{ settings: EvasionForm; points: SweepPoint[] } | null>(null);

  const attack = () =>
    bench.start(
      () => parseEvasionSettings(evasionRaw(values)),
      (typed) => ({
        job: { lab: 'evasion', raw: evasionRaw(typed) },
        finish: (m, at) => {
          if (m.type !== 'evasion') return null;
          const saved = toSavedEvasion(m.outcome, typed, at);
          if (saved) useLabRunsStore.getState().saveEvasion(saved);
          return { practice: { lab: 'evasion', attack: typed.attack, defended: false }, kept: !!saved };
        },
      }),
    );
  // The sweep chooses its own budgets: the ε typed in the form is not one of its settings.
  const sweepRaw = (v: EvasionForm) => ({ ...evasionRaw(v), epsilon: undefined });
  const sweep = () =>
    bench.start(
      () => sweepSettings(sweepRaw(values)),
      (typed) => {
        setLive({ settings: typed, points: [] });
        return {
          job: { lab: 'sweep', raw: sweepRaw(typed) },
          onPoint: (m) => {
            if (m.type === 'point') setLive((l) => l && { ...l, points: [...l.points, m.point] });
          },
          finish: (m, at) => {
            setLive(null);
            if (m.type !== 'sweep') return null;
            const saved = toSavedSweep(m.points, typed, at);
            if (saved) useLabRunsStore.getState().saveSweep(saved);
            return { practice: { lab: 'evasion', attack: typed.attack, defended: false }, kept: !!saved };
          },
        };
      },
    );
  const cancel = () => {
    bench.cancel();
    setLive(null);
  };

  const latest = runs.at(-1);
  // A sweep that failed leaves its partial points behind: only a running one is shown live.
  const shownSweep = (running && live) || sweeps.at(-1);
  return (
    <section className="lab" aria-labelledby="evasion-run-title">
      <h2 id="evasion-run-title">Attack the classifier</h2>
      <LabForm
        ready={ready}
        refusal={refusal}
        onSubmit={attack}
        actions={
          <>
            <button type="submit" disabled={!ready || running}>
              Run the attack
            </button>
            <button type="button" onClick={sweep} disabled={!ready || running}>
              Plot accuracy against ε
            </button>
          </>
        }
      >
        <LabSelect label="Attack" value={values.attack} onChange={(v) => set('attack', v)} options={EVASION_ATTACKS} />
        <LabField
          label="Epsilon (ε)"
          value={values.epsilon}
          onChange={(v) => set('epsilon', v)}
          help={
            values.attack === 'pgd-l2'
              ? 'L2 radius, 0 to 28 (try 1.5)'
              : 'L∞ radius: the most any pixel may change, 0 to 1 (0.1 is about 25 grey levels)'
          }
        />
        {values.attack !== 'fgsm' && (
          <LabField label="PGD steps" value={values.steps} onChange={(v) => set('steps', v)} help="1 to 200" />
        )}
        <LabField
          label="Test images"
          value={values.images}
          onChange={(v) => set('images', v)}
          help="1 to 1,000, drawn with the seed"
        />
        <LabField label="Seed" value={values.seed} onChange={(v) => set('seed', v)} />
      </LabForm>
      <LabProgress status={status} unit="gradient steps" onCancel={cancel} unkept={bench.unkept} />

      {latest && (
        <div className="lab-result">
          <h3>{evasionLabel(latest.settings)}</h3>
          <p className="muted">
            Seed {latest.settings.seed}; finished {formatDateTime(latest.at)}, kept in this browser.
          </p>
          <EvasionFigures outcome={latest.outcome} label="What the attack did" />
          {latest.outcome.examples && <EvasionExamples examples={latest.outcome.examples} />}
          <LabNotes notes={latest.outcome.notes} />
        </div>
      )}

      <h3 id="evasion-sweep-title">Accuracy against ε</h3>
      <p>
        The same attack, images and seed at budgets from 0 up: at ε = 0 the adversarial accuracy is the clean accuracy,
        and it falls as the budget grows.
      </p>
      {shownSweep && (
        <EpsilonSweep
          points={shownSweep.points}
          attack={shownSweep.settings.attack}
          caption={`${sweepLabel(shownSweep.settings)}${running && live ? ' (running)' : ''}`}
        />
      )}
      {runs.length > 0 && (
        <SavedRuns
          runs={runs}
          caption="Evasion runs kept in this browser"
          columns={['Seed', 'Clean accuracy', 'Adversarial accuracy', 'Attack success rate']}
          name={(r) => evasionLabel(r.settings)}
          cells={(r) => [
            r.settings.seed,
            percent(r.outcome.cleanAccuracy),
            percent(r.outcome.adversarialAccuracy),
            percent(r.outcome.attackSuccessRate),
          ]}
          onClear={() => useLabRunsStore.getState().clear('evasion')}
        />
      )}
    </section>
  );
}
