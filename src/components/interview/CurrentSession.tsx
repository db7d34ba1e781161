/** The session on this machine: its summary, sharing it with the panel (link or file), and where to go next. */
import { sessionFileName, sessionToHash, sessionToJson } from '../../lib/interview/share';
import type { Session } from '../../lib/interview/session';
import SessionSummary from './SessionSummary';
import { downloadText } from './useInterview';
import type { SetupMessage } from './useSessionOffer';

interface Props {
  session: Session;
  titleOf(id: string): string;
  onMessage(m: SetupMessage): void;
}

function ShareSession({ session, onMessage }: Omit<Props, 'titleOf'>) {
  const shareUrl = `${window.location.origin}/interview/${sessionToHash(session)}`;
  const copy = () =>
    void navigator.clipboard?.writeText(shareUrl).then(
      () => onMessage({ kind: 'info', text: 'Link copied.' }),
      () => onMessage({ kind: 'error', text: 'Could not copy: select the link and copy it by hand.' }),
    );
  const download = () => downloadText(sessionFileName(session), sessionToJson(session));
  return (
    <>
      <h3>Share it with the panel</h3>
      <p>
        Every panelist opens the same session, on their own machine. The link carries the setup in its fragment, which
        browsers never send to a server.
      </p>
      <label htmlFor="iv-share-url">Session link</label>
      <div className="iv-row">
        <input
          id="iv-share-url"
          readOnly
          value={shareUrl}
          className="iv-wide"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <button type="button" className="secondary" onClick={download}>
          Download session file
        </button>
      </div>
    </>
  );
}

export default function CurrentSession({ session, titleOf, onMessage }: Props) {
  return (
    <section aria-labelledby="iv-current">
      <h2 id="iv-current">Current session</h2>
      <SessionSummary session={session} titleOf={titleOf} />
      <ShareSession session={session} onMessage={onMessage} />
      <p className="iv-next">
        <a className="button" href="/interview/console/">
          Open the interviewer console
        </a>{' '}
        <a className="button secondary" href="/interview/merge/">
          Merge scoresheets
        </a>{' '}
        <a className="button secondary" href="/interview/report/">
          Report
        </a>
      </p>
    </section>
  );
}
