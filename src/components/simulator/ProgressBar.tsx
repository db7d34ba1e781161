import type { Run } from './useExtractionRunner';

/** Progress of the current run, announced politely. */
export function ProgressBar({ run }: { run: Run | undefined }) {
  if (!run) return null;
  const pct = Math.round(run.fraction * 100);
  const last = run.points[run.points.length - 1];
  return (
    <div className="sim-progress">
      <label>
        Progress of “{run.label}”
        <progress max={100} value={pct}>
          {pct} %
        </progress>
      </label>
      <p aria-live="polite" className="sim-status-line">
        {run.status === 'running' && `Running: ${last?.queries ?? 0} queries so far.`}
        {run.status === 'done' && `Finished: ${last?.queries ?? 0} queries.`}
        {run.status === 'cancelled' && 'Cancelled.'}
        {run.status === 'error' && 'Stopped with an error.'}
      </p>
    </div>
  );
}
