/**
 * The guided sequence on the fraud-api-cloning scenario: for each step the learner predicts the
 * outcome, runs it (in the Web Worker), and sees whether the numbers bore the prediction out.
 * Every step's run stays on the plot, so the defences can be compared.
 */
import { useEffect, useState } from 'react';
import { GUIDED_STEPS, correctPredictions } from '../../lib/extraction/guided';
import { LazyFidelityPlot as FidelityPlot, usePreloadedPlot } from './LazyFidelityPlot';
import { ProgressBar } from './ProgressBar';
import { RunNotes, RunsTable } from './RunsTable';
import { useExtractionRunner } from './useExtractionRunner';
import './simulator.css';

export default function GuidedSequence() {
  usePreloadedPlot();
  const [stepIndex, setStepIndex] = useState(0);
  // Choices made in the server HTML before hydration would be lost: enable them once mounted.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [runOf, setRunOf] = useState<Record<string, number>>({});
  const { runs, start, cancel, running } = useExtractionRunner();
  const step = GUIDED_STEPS[stepIndex];
  const choice = choices[step.id];
  const run = runs.find((r) => r.id === runOf[step.id]);
  const result = run?.status === 'done' ? run.result : undefined;
  const right = result ? correctPredictions(step, result) : [];

  const go = () => {
    const started = start(step.settings, step.title);
    if ('id' in started) setRunOf((m) => ({ ...m, [step.id]: started.id }));
  };

  return (
    <section className="simulator" aria-labelledby="sim-guided-title">
      <h2 id="sim-guided-title">Clone the fraud API yourself</h2>
      <p>
        Five runs against the same logistic-regression fraud model (seed 1): first without a defence, then with labels
        only, rounding, reverse sigmoid and a detector. Predict each outcome before you run it. The free-form version is
        on the <a href="/simulator/">simulator page</a>.
      </p>
      <ol className="sim-steps-nav" aria-label="Steps">
        {GUIDED_STEPS.map((s, i) => (
          <li key={s.id} aria-current={i === stepIndex ? 'step' : undefined}>
            {s.title}
          </li>
        ))}
      </ol>
      <div className="sim-step">
        <h3>{step.title}</h3>
        <fieldset>
          <legend>{step.question}</legend>
          {step.predictions.map((p) => (
            <label key={p.id}>
              <input
                type="radio"
                name={`predict-${step.id}`}
                value={p.id}
                checked={choice === p.id}
                disabled={!ready}
                onChange={() => setChoices((c) => ({ ...c, [step.id]: p.id }))}
              />{' '}
              {p.text}
            </label>
          ))}
        </fieldset>
        <div className="sim-actions">
          <button type="button" onClick={go} disabled={!choice || running}>
            {choice ? 'Run this step' : 'Predict first, then run'}
          </button>
          <button type="button" className="secondary" onClick={cancel} disabled={!running}>
            Cancel
          </button>
        </div>
        <ProgressBar run={run} />
        {result && (
          <div aria-live="polite">
            <p className={`sim-verdict ${right.includes(choice) ? 'good' : 'bad'}`}>
              {right.includes(choice)
                ? 'Your prediction was right.'
                : `Not this time: the numbers bear out “${step.predictions.find((p) => right.includes(p.id))?.text ?? 'none of the options'}”.`}
            </p>
            <p>{step.explain(result)}</p>
          </div>
        )}
        <div className="sim-actions">
          <button
            type="button"
            className="secondary"
            onClick={() => setStepIndex((i) => i - 1)}
            disabled={stepIndex === 0}
          >
            Previous step
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setStepIndex((i) => i + 1)}
            disabled={stepIndex === GUIDED_STEPS.length - 1 || !result}
          >
            Next step
          </button>
        </div>
      </div>
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
