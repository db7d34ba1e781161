/**
 * Submitting for a score, and showing the reference early. Both ask first while the reference is
 * hidden: a submission reveals it (the learner can keep improving and resubmit), and seeing it
 * early makes the exercise easier and the first score less meaningful.
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
  const [confirmingSubmit, setConfirmingSubmit] = useState(false);
  const reveal = () => {
    onReveal();
    setConfirming(false);
  };
  const submit = () => {
    setConfirmingSubmit(false);
    onSubmit();
  };
  const askOrSubmit = () => (revealed ? onSubmit() : setConfirmingSubmit(true));
  return (
    <>
      <div className="tm-actions no-print">
        <button type="button" onClick={askOrSubmit} disabled={!ready}>
          Submit for scoring
        </button>
        {!revealed && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Show the reference now
          </button>
        )}
      </div>
      {confirmingSubmit && !revealed && (
        <div role="group" aria-label="Confirm submitting" className="tm-confirm no-print">
          <p className="tm-warning">
            Submitting scores your model and shows the reference answer. You can keep improving your model and submit
            again; every submission is kept. Submit now?
          </p>
          <button type="button" onClick={submit}>
            Submit and show the reference
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirmingSubmit(false)}>
            Keep working
          </button>
        </div>
      )}
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
