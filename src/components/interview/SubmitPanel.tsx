/** Submitting this panelist's scoresheet (complete, then frozen) and exporting it as a file. */
import { useState } from 'react';
import { scoresheetFileName, scoresheetToJson } from '../../lib/interview/scoresheet';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import { downloadText } from './useInterview';

export default function SubmitPanel({ titleOf }: { titleOf: (id: string) => string }) {
  const state = useInterviewStore();
  const [error, setError] = useState('');
  const missing = interviewSelectors.unrated(state);
  const sheet = state.submitted;
  return (
    <section aria-labelledby="iv-submit-h" className="iv-submit">
      <h2 id="iv-submit-h">Your scoresheet</h2>
      {sheet ? (
        <>
          <p role="status">
            Submitted as {sheet.panelist} at {new Date(sheet.submittedAt).toLocaleString('en-GB')}. Your ratings are
            frozen; export the file and give it to whoever merges.
          </p>
          <button type="button" onClick={() => downloadText(scoresheetFileName(sheet), scoresheetToJson(sheet))}>
            Download my scoresheet
          </button>{' '}
          <a className="button secondary" href="/interview/merge/">
            Go to the merge
          </a>
        </>
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
          <button
            type="button"
            onClick={() => {
              const r = state.submit(new Date());
              setError(r.ok ? '' : r.error);
            }}
          >
            Submit my scoresheet
          </button>
        </>
      )}
    </section>
  );
}
