/** Submitting this panelist's scoresheet (complete, then frozen) and exporting it as a file. */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scoresheetFileName, scoresheetToJson, type Scoresheet } from '../../lib/interview/scoresheet';
import { interviewSelectors, useInterviewStore } from '../../stores/interview';
import { downloadText } from './useInterview';

function Submitted({ sheet }: { sheet: Scoresheet }) {
  const download = () => downloadText(scoresheetFileName(sheet), scoresheetToJson(sheet));
  return (
    <>
      <p role="status">
        Submitted as {sheet.panelist} at {new Date(sheet.submittedAt).toLocaleString('en-GB')}. Your ratings are frozen;
        export the file and give it to whoever merges.
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
  const submitSheet = () => {
    const r = submit(new Date());
    setError(r.ok ? '' : r.error);
  };
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
          <button type="button" onClick={submitSheet}>
            Submit my scoresheet
          </button>
        </>
      )}
    </section>
  );
}
