/** A lab run's progress bar, its status in words (announced politely), and the cancel button. */
import type { LabStatus } from './useLabWorker';

interface Props {
  status: LabStatus;
  /** What a step of the run is called ("gradient steps", "epochs"). */
  unit: string;
  onCancel(): void;
  /** The last run finished but the store refused its outcome (a bug: say so rather than lose it silently). */
  unkept?: boolean;
}

export function LabProgress({ status, unit, onCancel, unkept = false }: Props) {
  const running = status.state === 'running';
  const loading = running && status.stage === 'loading';
  return (
    <div className="lab-progress">
      {running && (
        <label>
          Progress of the run
          {/* No value while loading: an indeterminate bar, as nothing has been counted yet. */}
          {loading ? (
            <progress max={1}>loading</progress>
          ) : (
            <progress max={status.of} value={status.done}>
              {status.done} of {status.of}
            </progress>
          )}
        </label>
      )}
      <p role="status" aria-live="polite" className="lab-status">
        {loading && 'Loading TensorFlow.js, the images and the model…'}
        {running && !loading && `Running: ${status.done} of ${status.of} ${unit}.`}
        {status.state === 'cancelled' && 'Cancelled.'}
      </p>
      {status.state === 'error' && (
        <p role="alert" className="lab-error">
          {status.message}
        </p>
      )}
      {unkept && (
        <p role="alert" className="lab-error">
          The run finished, but its figures could not be kept in this browser.
        </p>
      )}
      {running && (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel the run
        </button>
      )}
    </div>
  );
}
