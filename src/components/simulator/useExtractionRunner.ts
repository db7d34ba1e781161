/**
 * Runs experiments in the Web Worker and keeps the runs for comparison. Cancel terminates the
 * worker at once (the next run starts a fresh one). How each worker message changes the runs is
 * src/lib/extraction/runs.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseSettings, type RawSettings } from '../../lib/extraction/settings';
import {
  addRun,
  applyReply,
  cancelRun,
  endsRun,
  startedRun,
  type Run,
  type WorkerReply,
  type WorkerRequest,
} from '../../lib/extraction/runs';

export type { Run };

export interface StartedRun {
  id: number;
  raw: RawSettings;
}

export function useExtractionRunner() {
  const [runs, setRuns] = useState<Run[]>([]);
  /** Why the last start was refused (bad settings), or null. */
  const [refusal, setRefusal] = useState<string | null>(null);
  /** The last run started, kept after the runs are cleared (its settings are the page's link). */
  const [lastStarted, setLastStarted] = useState<StartedRun | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const activeId = useRef<number | null>(null);

  const worker = useCallback(() => {
    if (!workerRef.current) {
      const w = new Worker(new URL('./extraction.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        const reply = e.data;
        if (reply.id !== activeId.current) return;
        if (endsRun(reply)) activeId.current = null;
        setRuns((rs) => applyReply(rs, reply));
      };
      workerRef.current = w;
    }
    return workerRef.current;
  }, []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const cancel = useCallback(() => {
    const id = activeId.current;
    if (id === null) return;
    workerRef.current?.terminate();
    workerRef.current = null;
    activeId.current = null;
    setRuns((rs) => cancelRun(rs, id));
  }, []);

  /** Starts a run and returns its id, or the error message when the settings are bad. */
  const start = useCallback(
    (raw: RawSettings, label: string): { id: number } | { error: string } => {
      try {
        parseSettings(raw);
      } catch (e) {
        const error = (e as Error).message;
        setRefusal(error);
        return { error };
      }
      if (activeId.current !== null) cancel();
      const id = nextId.current++;
      activeId.current = id;
      setRefusal(null);
      setLastStarted({ id, raw });
      setRuns((rs) => addRun(rs, startedRun(id, label, raw)));
      worker().postMessage({ id, raw } satisfies WorkerRequest);
      return { id };
    },
    [cancel, worker],
  );

  const clear = useCallback(() => {
    cancel();
    setRuns([]);
  }, [cancel]);

  const running = runs.some((r) => r.status === 'running');
  return { runs, start, cancel, clear, running, refusal, lastStarted };
}
