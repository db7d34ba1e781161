/**
 * The spread across seeds: the form's settings run on seeds 1–5 in the worker, shown as the mean
 * and range of each figure, with every seed's row. A claim the simulator teaches holds only if it
 * holds on all five; this is how the learner checks one of their own.
 */
import { useEffect, useRef, useState } from 'react';
import type { SeedsReply, SeedsRequest } from '../../lib/extraction/runs';
import type { RawSettings } from '../../lib/extraction/settings';
import ScrollRegion from '../layout/ScrollRegion';
import {
  formatSeedValue,
  PAGE_SEEDS,
  SEED_METRIC_LABELS,
  type SeedRow,
  type SeedSummary,
} from '../../lib/extraction/seeds';

type State =
  | { status: 'idle' }
  | { status: 'running'; done: number; label: string }
  | { status: 'done'; summary: SeedSummary; perSeed: SeedRow[]; label: string }
  | { status: 'error'; message: string };

const SHOWN = ['balancedFidelity', 'fidelityFraud', 'auprc', 'queries', 'detectedAtQuery'] as const;

/** A figure in the table: an alarm never raised reads as such, not as a missing number. */
const cell = (v: number | null, m: (typeof SHOWN)[number]) =>
  v === null && m === 'detectedAtQuery' ? 'no alarm' : formatSeedValue(v, m);

export function SeedSpread({ raw, label, ready }: { raw: RawSettings; label: string; ready: boolean }) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const start = () => {
    stop();
    const w = new Worker(new URL('./extraction.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const id = nextId.current++;
    w.onmessage = (e: MessageEvent<SeedsReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'seed-done') setState({ status: 'running', done: m.done, label });
      else if (m.type === 'seeds') {
        setState({ status: 'done', summary: m.summary, perSeed: m.perSeed, label });
        stop();
      } else {
        setState({ status: 'error', message: m.message });
        stop();
      }
    };
    setState({ status: 'running', done: 0, label });
    w.postMessage({ id, raw, seeds: [...PAGE_SEEDS] } satisfies SeedsRequest);
  };
  const cancel = () => {
    stop();
    setState({ status: 'idle' });
  };

  const running = state.status === 'running';
  return (
    <section className="sim-seeds" aria-labelledby="sim-seeds-title">
      <h3 id="sim-seeds-title">Does it hold on other seeds?</h3>
      <p className="muted">
        Runs the settings above on seeds {PAGE_SEEDS[0]}–{PAGE_SEEDS[PAGE_SEEDS.length - 1]} (a different victim, data
        and attacker each) and shows the mean and range of each figure.
      </p>
      <p className="sim-actions">
        <button type="button" onClick={start} disabled={!ready || running}>
          Run on seeds {PAGE_SEEDS[0]}–{PAGE_SEEDS[PAGE_SEEDS.length - 1]}
        </button>
        {running && (
          <button type="button" className="secondary" onClick={cancel}>
            Stop
          </button>
        )}
      </p>
      <p role="status" aria-live="polite">
        {state.status === 'running' && `Running: ${state.done} of ${PAGE_SEEDS.length} seeds done.`}
        {state.status === 'done' &&
          `Done: ${state.summary.recovered} of ${state.summary.seeds.length} seeds recovered a model.`}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="sim-error">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <SpreadTable summary={state.summary} perSeed={state.perSeed} label={state.label} />}
    </section>
  );
}

function SpreadTable({ summary, perSeed, label }: { summary: SeedSummary; perSeed: SeedRow[]; label: string }) {
  return (
    <ScrollRegion label={`Across seeds: ${label}`}>
      <table>
        <caption>Across seeds: {label}</caption>
        <thead>
          <tr>
            <th scope="col">Seed</th>
            {SHOWN.map((m) => (
              <th scope="col" key={m}>
                {SEED_METRIC_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {perSeed.map((r) => (
            <tr key={r.seed}>
              <th scope="row">{r.seed}</th>
              {SHOWN.map((m) => (
                <td key={m}>
                  {r.recovered || m === 'queries' || m === 'detectedAtQuery' ? cell(r[m], m) : 'no model'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Mean (range)</th>
            {SHOWN.map((m) => {
              const s = summary.metrics[m];
              return (
                <td key={m}>
                  {cell(s.mean, m)}
                  {s.n > 1 && ` (${formatSeedValue(s.min, m)}–${formatSeedValue(s.max, m)})`}
                  {s.n < summary.seeds.length && s.n > 0 && `, ${s.n} of ${summary.seeds.length} seeds`}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
