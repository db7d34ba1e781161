/**
 * The guided sequence on the fraud-api-cloning scenario: for each step the learner predicts the
 * outcome, runs it (in the Web Worker), and sees whether the numbers bore the prediction out.
 * Every step's run stays on the plot, so the defences can be compared.
 */
import { useState } from 'react';
import { GUIDED_STEPS, wrapUp } from '../../lib/extraction/guided';
import { useIsClient } from '../hooks/useIsClient';
import { LazyFidelityPlot as FidelityPlot, usePreloadedPlot } from './LazyFidelityPlot';
import { GuidedStepPanel } from './GuidedStepPanel';
import { RunsTable } from './RunsTable';
import { RunNotes } from './RunNotes';
import { useExtractionRunner } from './useExtractionRunner';
import './simulator.css';

export default function GuidedSequence() {
  usePreloadedPlot();
  // Choices made in the server HTML before hydration would be lost: enable them once hydrated.
  const ready = useIsClient();
  const [stepIndex, setStepIndex] = useState(0);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [runOf, setRunOf] = useState<Record<string, number>>({});
  const { runs, start, cancel, running } = useExtractionRunner({ source: 'guided' });
  const step = GUIDED_STEPS[stepIndex];
  const run = runs.find((r) => r.id === runOf[step.id]);

  const choose = (prediction: string) => setChoices((c) => ({ ...c, [step.id]: prediction }));
  const go = () => {
    const started = start(step.settings, step.title);
    if ('id' in started) setRunOf((m) => ({ ...m, [step.id]: started.id }));
  };

  return (
    <section className="simulator" aria-labelledby="sim-guided-title">
      <h2 id="sim-guided-title">Clone the fraud API yourself</h2>
      <p>
        Six runs against the same logistic-regression fraud model (seed 1): first without a defence, then with labels
        only, rounding, reverse sigmoid, a detector, and the same attack spread over many accounts. Predict each outcome
        before you run it. The free-form version is on the <a href="/simulator/">simulator page</a>.
      </p>
      <ol className="sim-steps-nav" aria-label="Steps">
        {GUIDED_STEPS.map((s, i) => (
          <li key={s.id} aria-current={i === stepIndex ? 'step' : undefined}>
            {s.title}
          </li>
        ))}
      </ol>
      <GuidedStepPanel
        step={step}
        choice={choices[step.id]}
        run={run}
        ready={ready}
        running={running}
        onChoose={choose}
        onRun={go}
        onCancel={cancel}
        onPrevious={stepIndex === 0 ? undefined : () => setStepIndex(stepIndex - 1)}
        onNext={stepIndex === GUIDED_STEPS.length - 1 ? undefined : () => setStepIndex(stepIndex + 1)}
      />
      {stepIndex === GUIDED_STEPS.length - 1 && run?.status === 'done' && (
        <WrapUp choices={choices} runOf={runOf} runs={runs} />
      )}
      {runs.length > 0 && (
        <>
          <FidelityPlot runs={runs} metric="balancedFidelity" label="balanced fidelity" />
          <RunsTable runs={runs} caption="Your runs so far" />
          <RunNotes run={run} />
        </>
      )}
    </section>
  );
}

function WrapUp({
  choices,
  runOf,
  runs,
}: {
  choices: Record<string, string>;
  runOf: Record<string, number>;
  runs: ReturnType<typeof useExtractionRunner>['runs'];
}) {
  const results = Object.fromEntries(
    GUIDED_STEPS.map((s) => [s.id, runs.find((r) => r.id === runOf[s.id] && r.status === 'done')?.result]),
  );
  const w = wrapUp(GUIDED_STEPS, choices, results);
  return (
    <section className="sim-wrapup" aria-labelledby="sim-wrapup-title">
      <h3 id="sim-wrapup-title">What the runs showed</h3>
      <p>
        You predicted {w.right} of {w.run} runs right. Against this API, rounding and labels only cost the attacker
        queries; reverse sigmoid stops only an attacker who does not know it; a per-client detector is evaded by
        spreading the attack over accounts.
      </p>
      <ul>
        {w.rows.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>:{' '}
            {r.borneOut === null
              ? 'not run'
              : `${r.borneOut} (${r.predicted ? 'you predicted it' : 'not your prediction'})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
