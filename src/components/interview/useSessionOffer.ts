/**
 * Offering a session to this machine (created here, loaded from a file or from a link): loaded at
 * once, unless it would replace a different session that has scoring work, which waits for the
 * panelist to confirm. Also the setup page's one status line.
 */
import { useState } from 'react';
import type { Session } from '../../lib/interview/session';
import { hasWork } from '../../lib/interview/setup';
import { useInterviewStore } from '../../stores/interview';

export type SetupMessage = { kind: 'error' | 'info'; text: string } | null;

export function useSessionOffer() {
  const loadSession = useInterviewStore((s) => s.loadSession);
  const [message, setMessage] = useState<SetupMessage>(null);
  const [pending, setPending] = useState<Session | null>(null);

  /** `how` starts the message: "Loaded the session from the link." */
  const offer = (next: Session, how: string) => {
    const current = useInterviewStore.getState();
    if (current.session && current.session.id !== next.id && hasWork(current)) {
      setPending(next);
      setMessage({
        kind: 'info',
        text: `${how} The session already here has scoring work; export it first or confirm below to replace it.`,
      });
      return;
    }
    loadSession(next);
    setPending(null);
    setMessage({ kind: 'info', text: `${how} Session ${next.id} for candidate “${next.candidate}” is ready.` });
  };

  const replace = () => {
    if (!pending) return;
    loadSession(pending);
    setMessage({ kind: 'info', text: `Replaced: session ${pending.id} is ready.` });
    setPending(null);
  };

  const keep = () => {
    setPending(null);
    setMessage(null);
  };

  return { message, setMessage, pending, offer, replace, keep };
}
