/** A new session's duration, panel and candidate alias. */
interface Props {
  minutes: string;
  /** What the chosen questions add up to. */
  suggested: number;
  panel: string;
  candidate: string;
  onMinutes(v: string): void;
  onPanel(v: string): void;
  onCandidate(v: string): void;
}

export function SessionDetails({ minutes, suggested, panel, candidate, onMinutes, onPanel, onCandidate }: Props) {
  return (
    <>
      <div className="iv-field">
        <label htmlFor="iv-minutes">Duration in minutes</label>
        <input
          id="iv-minutes"
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          value={minutes}
          onChange={(e) => onMinutes(e.currentTarget.value)}
          aria-describedby="iv-minutes-hint"
        />
        <p className="iv-hint" id="iv-minutes-hint">
          The chosen questions suggest {suggested} minutes.
        </p>
      </div>
      <div className="iv-field">
        <label htmlFor="iv-panel">Panelists, one name per line</label>
        <textarea id="iv-panel" rows={3} value={panel} onChange={(e) => onPanel(e.currentTarget.value)} />
      </div>
      <div className="iv-field">
        <label htmlFor="iv-candidate">Candidate alias</label>
        <input
          id="iv-candidate"
          value={candidate}
          onChange={(e) => onCandidate(e.currentTarget.value)}
          aria-describedby="iv-candidate-hint"
          autoComplete="off"
        />
        <p className="iv-hint" id="iv-candidate-hint">
          An alias, not the real name: the session file travels around the panel.
        </p>
      </div>
    </>
  );
}
