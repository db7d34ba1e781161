/** The runs side by side: fidelity in its three forms, cost, detection and the cost to honest clients. */
import type { Run } from './useExtractionRunner';
import { RUN_COLOURS } from './plot-style';

const f3 = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3));

export function RunsTable({ runs, caption }: { runs: Run[]; caption: string }) {
  if (runs.length === 0) return null;
  return (
    <div className="sim-table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Queries</th>
            <th scope="col">1 − R_test</th>
            <th scope="col">1 − R_unif</th>
            <th scope="col">Fraud class</th>
            <th scope="col">Balanced</th>
            <th scope="col">Detected at</th>
            <th scope="col">Cost</th>
            <th scope="col">Honest AUPRC (plain → defended)</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const last = r.result ?? r.points[r.points.length - 1];
            const res = r.result;
            return (
              <tr key={r.id}>
                <th scope="row">
                  <span
                    className="sim-swatch"
                    style={{ background: RUN_COLOURS[r.id % RUN_COLOURS.length] }}
                    aria-hidden="true"
                  />{' '}
                  {r.label}
                  {r.status !== 'done' && <span className="sim-status"> ({r.status})</span>}
                </th>
                <td>{last?.queries ?? 0}</td>
                <td>{f3(last?.fidelity)}</td>
                <td>{f3(last?.fidelityUniform)}</td>
                <td>{f3(last?.fidelityFraud)}</td>
                <td>{f3(last?.balancedFidelity)}</td>
                <td>
                  {res ? (res.detectedAtQuery ?? (res.settings.detector === 'prada' ? 'never' : 'no detector')) : '–'}
                </td>
                <td>{last ? `$${last.cost.toFixed(2)}` : '–'}</td>
                <td>{res ? `${f3(res.honestCost.auprcPlain)} → ${f3(res.honestCost.auprcDefended)}` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Notes, warnings and errors of the last run, as text (never HTML). */
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
      {r?.watermark && (
        <p>
          Watermark: the clone repeats {r.watermark.matches} of the {r.watermark.watermarked} deliberately wrong answers
          (chance for an independent model: 2^{r.watermark.log2PValue.toFixed(1)}).{' '}
          {r.watermark.proven ? 'Ownership proven beyond 1 − 2⁻⁶⁴.' : 'Not enough to prove ownership at 1 − 2⁻⁶⁴.'}
        </p>
      )}
      {r && (
        <p>
          Honest clients: {(r.honestCost.decisionsChanged * 100).toFixed(2)} % of fraud decisions changed; mean change
          of the answer {r.honestCost.meanAbsChange.toFixed(4)}; AUPRC {f3(r.honestCost.auprcPlain)} →{' '}
          {f3(r.honestCost.auprcDefended)}.
          {Number.isFinite(r.settings.quota) &&
            ` A quota of ${r.settings.quota} queries also refuses any merchant who scores more transactions.`}
          {r.seconds > 0 && ` At the rate limit the attack took ${formatSeconds(r.seconds)}.`}
        </p>
      )}
    </div>
  );
}

function formatSeconds(s: number): string {
  if (s < 120) return `${s.toFixed(0)} s`;
  if (s < 7200) return `${(s / 60).toFixed(0)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
