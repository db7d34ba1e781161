/**
 * Session setup (/interview/), three jobs: resume the session already on this machine and share
 * it with the panel (link or file); open one a colleague shared (link or file); or set up a new
 * one. Offering a session that would replace work asks first (useSessionOffer). The rules are
 * src/lib/interview/setup.ts.
 */
import { useEffect, useEffectEvent, useMemo } from 'react';
import type { SetupQuestion } from '../../lib/interview/setup';
import { sessionFromHash } from '../../lib/interview/share';
import { useInterviewStore } from '../../stores/interview';
import CurrentSession from './CurrentSession';
import NewSessionForm from './NewSessionForm';
import SessionFileLoader from './SessionFileLoader';
import SetAsideNotice from './SetAsideNotice';
import { ReplaceConfirm, SetupStatus } from './SetupStatus';
import { interviewRead, useHydratedInterview } from './useInterview';
import { useSessionOffer } from './useSessionOffer';

export type { SetupQuestion };

export default function SessionSetup({ questions }: { questions: SetupQuestion[] }) {
  const hydrated = useHydratedInterview();
  const session = useInterviewStore((s) => s.session);
  const known = useMemo(() => questions.map((q) => q.id), [questions]);
  const { message, setMessage, pending, offer, replace, keep } = useSessionOffer();
  const report = (text: string) => setMessage({ kind: 'error', text });
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;

  // A session shared by link: read from the fragment once the saved session has been read (the
  // offer depends on it), then taken out of the address bar.
  const openSharedLink = useEffectEvent(() => {
    const shared = sessionFromHash(window.location.hash, known);
    if (shared === null) return;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    if (shared.ok) offer(shared.value, 'Loaded the session from the link.');
    else report(shared.error);
  });
  useEffect(() => {
    let live = true;
    void interviewRead().then(() => {
      if (live) openSharedLink();
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="iv-setup">
      <SetAsideNotice hydrated={hydrated} />
      <SetupStatus message={message} />
      {pending && <ReplaceConfirm onReplace={replace} onKeep={keep} />}
      {!hydrated ? (
        <p className="muted">Loading the saved session…</p>
      ) : session ? (
        <CurrentSession session={session} titleOf={titleOf} onMessage={setMessage} />
      ) : (
        <p>No session on this machine yet: set one up below, open a session link, or load a session file.</p>
      )}
      <SessionFileLoader known={known} onLoaded={offer} onError={report} />
      <NewSessionForm questions={questions} known={known} onCreated={offer} onMessage={setMessage} />
    </div>
  );
}
