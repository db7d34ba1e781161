/** The setup page's status line, and the choice to replace a session that has work or keep it. */
import type { SetupMessage } from './useSessionOffer';

export function SetupStatus({ message }: { message: SetupMessage }) {
  const error = message?.kind === 'error';
  return (
    <div role={error ? 'alert' : 'status'} className={error ? 'iv-error' : 'iv-status'}>
      {message?.text}
    </div>
  );
}

export function ReplaceConfirm({ onReplace, onKeep }: { onReplace(): void; onKeep(): void }) {
  return (
    <p className="iv-confirm">
      <button type="button" onClick={onReplace}>
        Replace the current session and discard its work
      </button>{' '}
      <button type="button" className="secondary" onClick={onKeep}>
        Keep the current session
      </button>
    </p>
  );
}
