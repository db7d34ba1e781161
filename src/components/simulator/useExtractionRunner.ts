/**
 * Runs experiments in the Web Worker and keeps the runs for comparison. Cancel terminates the
 * worker at once (the next run starts a fresh one).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperimentResult, ProgressPoint } from '../../lib/extraction/experiment';
import { parseSettings, type RawSettings } from '../../lib/extraction/settings';

export interface Run {
  id: number;
  label: string;
  raw: RawSettings;
  points: ProgressPoint[];
  fraction: number;
  status: 'running' | 'done' | 'cancelled' | 'error';
  result?: ExperimentResult;
  error?: string;
}

export const MAX_RUNS = 6;

export function useExtractionRunner() {
  const [runs, setRuns] = useState<Run[]>([]);
  const workerRef = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const activeId = useRef<number | null>(null);

  const update = (id: number, f: (r: Run) => Run) => setRuns((rs) => rs.map((r) => (r.id === id ? f(r) : r)));

  const worker = useCallback(() => {
    if (!workerRef.current) {
      const w = new Worker(new URL('./extraction.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent) => {
        const m = e.data as {
          id: number;
          type: string;
          point?: ProgressPoint;
          fraction?: number;
          result?: ExperimentResult;
          message?: string;
        };
        if (m.id !== activeId.current) return;
        if (m.type === 'progress')
          update(m.id, (r) => ({ ...r, points: [...r.points, m.point!], fraction: m.fraction! }));
        else if (m.type === 'done') {
          activeId.current = null;
          update(m.id, (r) => ({ ...r, status: 'done', fraction: 1, result: m.result, points: m.result!.points }));
        } else if (m.type === 'error') {
          activeId.current = null;
          update(m.id, (r) => ({ ...r, status: 'error', error: m.message }));
        }
      };
      workerRef.current = w;
    }
    return workerRef.current;
  }, []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  /** Starts a run and returns its id, or the error message when the settings are bad. */
  const start = useCallback(
    (raw: RawSettings, label: string): { id: number } | { error: string } => {
      try {
        parseSettings(raw);
      } catch (e) {
        return { error: (e as Error).message };
      }
      if (activeId.current !== null) cancel();
      const id = nextId.current++;
      activeId.current = id;
      setRuns((rs) =>
        [...rs, { id, label, raw, points: [], fraction: 0, status: 'running' as const }].slice(-MAX_RUNS),
      );
      worker().postMessage({ id, raw });
      return { id };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [worker],
  );

  const cancel = useCallback(() => {
    const id = activeId.current;
    if (id === null) return;
    workerRef.current?.terminate();
    workerRef.current = null;
    activeId.current = null;
    update(id, (r) => ({ ...r, status: 'cancelled' }));
  }, []);

  const clear = useCallback(() => {
    cancel();
    setRuns([]);
  }, [cancel]);

  const running = runs.some((r) => r.status === 'running');
  return { runs, start, cancel, clear, running };
}
