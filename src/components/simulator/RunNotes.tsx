/** Notes, warnings and errors of the last run, as text (never HTML). */
import type { ExperimentResult } from '../../lib/extraction/experiment';
import { fixed3 as f3, formatDuration, watermarkCapacityText } from '../../lib/extraction/display';
import type { Run } from './useExtractionRunner';

function WatermarkNote({ watermark: w }: { watermark: NonNullable<ExperimentResult['watermark']> }) {
  return (
    <p>
      Watermark: the clone repeats {w.matches} of the {w.watermarked} deliberately wrong answers (chance for an
      independent model: 2^{w.log2PValue.toFixed(1)}).{' '}
      {w.proven ? 'Ownership proven beyond 1 − 2⁻⁶⁴.' : 'Not enough to prove ownership at 1 − 2⁻⁶⁴.'}{' '}
      {watermarkCapacityText(w)}
    </p>
  );
}

function HonestCostNote({ result: r }: { result: ExperimentResult }) {
  return (
    <p>
      Honest clients: {(r.honestCost.decisionsChanged * 100).toFixed(2)} % of fraud decisions changed; mean change of
      the answer {r.honestCost.meanAbsChange.toFixed(4)}; AUPRC {f3(r.honestCost.auprcPlain)} →{' '}
      {f3(r.honestCost.auprcDefended)}.
      {Number.isFinite(r.settings.quota) &&
        ` A quota of ${r.settings.quota} queries also refuses any merchant who scores more transactions.`}
      {r.seconds > 0 && ` At the rate limit the attack took ${formatDuration(r.seconds)}.`}
    </p>
  );
}

export function RunNotes({ run }: { run: Run | undefined }) {
  if (!run) return null;
  const r = run.result;
  return (
    <div className="sim-notes">
      {run.error && (
        <p role="alert" className="sim-error">
          {run.error}
        </p>
      )}
      {r?.warnings.map((w) => (
        <p key={w} className="sim-warning">
          Adjusted: {w}
        </p>
      ))}
      {r?.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      {r?.watermark && <WatermarkNote watermark={r.watermark} />}
      {r && <HonestCostNote result={r} />}
    </div>
  );
}
