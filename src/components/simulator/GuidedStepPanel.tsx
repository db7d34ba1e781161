/** One guided step: the question, the predictions to choose from, the run, the verdict and the way on. */
import type { GuidedStep } from '../../lib/extraction/guided';
import { predictionVerdict } from '../../lib/extraction/prediction';
import { ProgressBar } from './ProgressBar';
import type { Run } from './useExtractionRunner';

interface Props {
  step: GuidedStep;
  choice: string | undefined;
  run: Run | undefined;
  ready: boolean;
  running: boolean;
  onChoose(prediction: string): void;
  onRun(): void;
  onCancel(): void;
  /** Absent on the first step. */
  onPrevious?: () => void;
  /** Absent on the last step. */
  onNext?: () => void;
}

function Predictions({ step, choice, ready, onChoose }: Pick<Props, 'step' | 'choice' | 'ready' | 'onChoose'>) {
  return (
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
            onChange={() => onChoose(p.id)}
          />{' '}
          {p.text}
        </label>
      ))}
    </fieldset>
  );
}

export function GuidedStepPanel({ step, choice, run, running, onRun, onCancel, onPrevious, onNext, ...rest }: Props) {
  const result = run?.status === 'done' ? run.result : undefined;
  const verdict = result ? predictionVerdict(step, result, choice) : undefined;
  return (
    <div className="sim-step">
      <h3>{step.title}</h3>
      <Predictions step={step} choice={choice} {...rest} />
      <div className="sim-actions">
        <button type="button" onClick={onRun} disabled={!choice || running}>
          {choice ? 'Run this step' : 'Predict first, then run'}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
      <ProgressBar run={run} />
      {result && verdict && (
        <div aria-live="polite">
          <p className={`sim-verdict ${verdict.right ? 'good' : 'bad'}`}>{verdict.text}</p>
          <p>{step.explain(result)}</p>
        </div>
      )}
      <div className="sim-actions">
        <button type="button" className="secondary" onClick={onPrevious} disabled={!onPrevious}>
          Previous step
        </button>
        <button type="button" className="secondary" onClick={onNext} disabled={!onNext || !result}>
          Next step
        </button>
      </div>
    </div>
  );
}
