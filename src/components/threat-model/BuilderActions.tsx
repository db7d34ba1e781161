/**
 * Submitting for a score, and showing the reference early: only after a warning that it makes
 * the exercise easier and the first score less meaningful.
 */
import { useState } from 'react';

interface Props {
  ready: boolean;
  revealed: boolean;
  onSubmit(): void;
  onReveal(): void;
}

export default function BuilderActions({ ready, revealed, onSubmit, onReveal }: Props) {
  const [confirming, setConfirming] = useState(false);
  const reveal = () => {
    onReveal();
    setConfirming(false);
  };
  return (
    <>
      <div className="tm-actions no-print">
        <button type="button" onClick={onSubmit} disabled={!ready}>
          Submit for scoring
        </button>
        {!revealed && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Show the reference now
          </button>
        )}
      </div>
      {confirming && !revealed && (
        <div role="group" aria-label="Confirm showing the reference" className="tm-confirm no-print">
          <p className="tm-warning">
            Seeing the reference before you submit makes the exercise much easier and your first score less meaningful.
            Show it anyway?
          </p>
          <button type="button" onClick={reveal}>
            Show it anyway
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Not yet
          </button>
        </div>
      )}
    </>
  );
}
