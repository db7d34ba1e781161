/**
 * Submitting this panelist's scoresheet (complete, then frozen) and exporting it as a file.
 * Submitting cannot be undone, so a complete sheet asks once more before it is frozen.
 */
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scoresheetFileName, scoresheetToJson, type Scoresheet } from '../../lib/interview/scoresheet';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import { formatDateTime } from '../../lib/util/dates';
import { downloadText } from './useInterview';

function Submitted({ sheet }: { sheet: Scoresheet }) {
  const download = () => downloadText(scoresheetFileName(sheet), scoresheetToJson(sheet));
  return (
    <>
      <p role="status">
        Submitted as {sheet.panelist} at {formatDateTime(sheet.submittedAt)}. Your ratings are frozen; export the file
        and give it to whoever merges.
      </p>
      <button type="button" onClick={download}>
        Download my scoresheet
      </button>{' '}
      <a className="button secondary" href="/interview/merge/">
        Go to the merge
      </a>
    </>
  );
}

export default function SubmitPanel({ titleOf }: { titleOf: (id: string) => string }) {
  const sheet = useInterviewStore((s) => s.submitted);
  const missing = useInterviewStore(useShallow(interviewSelectors.unrated));
  const submit = useInterviewStore((s) => s.submit);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: onto "Yes, submit" when it appears, back to Submit on "Not yet".
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) submitButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const submitSheet = () => {
    const r = submit(new Date());
    setError(r.ok ? '' : r.error);
    setConfirming(false);
  };
  // An incomplete sheet is refused with the reason; only a complete one asks to be confirmed.
  const requestSubmit = () => (missing.length > 0 ? submitSheet() : setConfirming(true));
  return (
    <section aria-labelledby="iv-submit-h" className="iv-submit">
      <h2 id="iv-submit-h">Your scoresheet</h2>
      {sheet ? (
        <Submitted sheet={sheet} />
      ) : (
        <>
          <p>
            You score on your own, before any discussion, and you will not see the others' ratings until you have
            submitted. Once submitted, your ratings cannot change.
          </p>
          {missing.length > 0 && <p className="muted">Still unrated: {missing.map(titleOf).join('; ')}.</p>}
          <div role="alert" className="iv-error">
            {error}
          </div>
          {confirming ? (
            <div role="group" aria-labelledby="iv-submit-confirm" className="iv-confirm">
              <p id="iv-submit-confirm">
                <strong>Submit your scoresheet now?</strong> Your ratings and notes are then frozen for good.
              </p>
              <button ref={confirmButton} type="button" onClick={submitSheet}>
                Yes, submit my scoresheet
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Not yet
              </button>
            </div>
          ) : (
            <button ref={submitButton} type="button" onClick={requestSubmit}>
              Submit my scoresheet
            </button>
          )}
        </>
      )}
    </section>
  );
}
