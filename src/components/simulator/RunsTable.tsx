/** The runs side by side: fidelity in its three forms, cost, detection and the cost to honest clients. */
import { detectionText, fixed3 as f3 } from '../../lib/extraction/display';
import type { Run } from './useExtractionRunner';
import { RunSwatch } from './RunSwatch';
import ScrollRegion from '../layout/ScrollRegion';

function RunRow({ run }: { run: Run }) {
  const last = run.result ?? run.points[run.points.length - 1];
  const res = run.result;
  return (
    <tr>
      <th scope="row">
        <RunSwatch id={run.id} /> {run.label}
        {run.status !== 'done' && <span className="sim-status"> ({run.status})</span>}
      </th>
      <td>{last?.queries ?? 0}</td>
      <td>{f3(last?.fidelity)}</td>
      <td>{f3(last?.fidelityUniform)}</td>
      <td>{f3(last?.fidelityFraud)}</td>
      <td>{f3(last?.balancedFidelity)}</td>
      <td>{res ? detectionText(res) : '–'}</td>
      <td>{last ? `$${last.cost.toFixed(2)}` : '–'}</td>
      <td>{res ? `${f3(res.honestCost.auprcPlain)} → ${f3(res.honestCost.auprcDefended)}` : '–'}</td>
    </tr>
  );
}

export function RunsTable({ runs, caption }: { runs: Run[]; caption: string }) {
  if (runs.length === 0) return null;
  return (
    <ScrollRegion label={caption} className="sim-table-wrap">
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
          {runs.map((r) => (
            <RunRow key={r.id} run={r} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
