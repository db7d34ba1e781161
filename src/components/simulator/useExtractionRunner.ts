/**
 * Runs experiments in the Web Worker and keeps the runs for comparison. Cancel terminates the
 * worker at once (the next run starts a fresh one). How each worker message changes the runs is
 * src/lib/extraction/runs.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../persist/useHydrated';
import {
  toPracticeEntry,
  toSavedRun,
  useSimulatorRunsStore,
  type PracticeEntry,
  type SavedRun,
} from '../../stores/simulator-runs';
import { parseSettings, type RawSettings } from '../../lib/extraction/settings';
import {
  addRun,
  applyReply,
  cancelRun,
  endsRun,
  MAX_RUNS,
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

/** A saved run as the page shows it, under a fresh id. */
function restored(saved: SavedRun, id: number): Run {
  return {
    id,
    label: saved.label,
    raw: saved.raw as RawSettings,
    points: saved.points as Run['points'],
    fraction: 1,
    status: saved.status,
    ...(saved.result ? { result: saved.result as unknown as Run['result'] } : {}),
  };
}

/**
 * `keep`: finished runs are saved and come back after a reload (the free simulator); the guided
 * sequence's runs belong to its steps and are not kept. Either way, every finished run goes into
 * the learner's history under `source`, for the progress page.
 */
export function useExtractionRunner({
  keep = false,
  source = 'free',
}: { keep?: boolean; source?: PracticeEntry['source'] } = {}) {
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

  // Saved runs first, once the database has been read; then each run is saved when it ends.
  const hydrated = useHydrated(useSimulatorRunsStore);
  const savedIds = useRef(new Set<number>());
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!keep || !hydrated || restoredOnce.current) return;
    restoredOnce.current = true;
    const back = useSimulatorRunsStore.getState().runs.map((r) => {
      const id = nextId.current++;
      savedIds.current.add(id);
      return restored(r, id);
    });
    if (back.length) setRuns((rs) => [...back, ...rs].slice(-MAX_RUNS));
  }, [keep, hydrated]);
  useEffect(() => {
    if (!hydrated || (keep && !restoredOnce.current)) return;
    const store = useSimulatorRunsStore.getState();
    for (const r of runs) {
      if (savedIds.current.has(r.id) || (r.status !== 'done' && r.status !== 'cancelled')) continue;
      savedIds.current.add(r.id);
      const at = new Date();
      const entry = toPracticeEntry(r, source, at);
      if (entry) store.record(entry);
      if (!keep) continue;
      const saved = toSavedRun(r, at);
      if (saved) store.save(saved);
    }
  }, [keep, source, runs, hydrated]);

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
    if (keep) useSimulatorRunsStore.getState().clear();
  }, [cancel, keep]);

  const running = runs.some((r) => r.status === 'running');
  return { runs, start, cancel, clear, running, refusal, lastStarted };
}
