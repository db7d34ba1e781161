/**
 * Says which score the learner is looking at while it is the word-matching one: a quick estimate
 * with the sentence model's loading progress, or the labelled fallback when the model failed.
 */
import { useModelStatus } from './semantic-client';

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export default function ModelStatusLine({ note, pending }: { note: string; pending: boolean }) {
  const status = useModelStatus((s) => s.status);
  if (note)
    return (
      <p className="pr-method" role="status">
        Quick estimate by word matching, shown because {note}. Score again to retry.
      </p>
    );
  if (!pending)
    return <p className="pr-method">Quick estimate by word matching: the sentence model did not score this attempt.</p>;
  const loading = status.state === 'loading' && status.total > 0;
  return (
    <div className="pr-method" role="status">
      <p>
        Quick estimate by word matching.{' '}
        {loading
          ? `Loading the sentence model for the full score: ${mb(status.loaded)} of ${mb(status.total)} MB.`
          : 'The sentence model is scoring the answer; its score will replace this one.'}
      </p>
      {loading && (
        <progress max={status.total} value={status.loaded} aria-label="Loading the sentence model">
          {Math.round((100 * status.loaded) / status.total)}%
        </progress>
      )}
    </div>
  );
}
