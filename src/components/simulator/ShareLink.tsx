/** The link to the last run's settings, with a copy button (keyed by run: a new run resets "Copied"). */
import { useState } from 'react';

export function ShareLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="sim-share">
      <label>
        Link to these settings
        <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="secondary" onClick={copy}>
        Copy link
      </button>
      <span aria-live="polite">{copied ? 'Copied.' : ''}</span>
    </div>
  );
}
