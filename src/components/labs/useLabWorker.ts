/**
 * The labs' Web Worker as a React hook: one run at a time, its progress, and cancel. The worker
 * (and with it TensorFlow.js, the data and the weights) is created on the first run, never with
 * the page, and kept for later runs so the files load once; cancelling terminates it at once and
 * the next run starts a fresh one. Replies of a run that was cancelled are ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabReply, LabRequest } from '../../lib/labs/requests';

/** A request as an island sends it (each kind of request without its id: the hook gives it one). */
export type LabJob = LabRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export type LabStatus =
  | { state: 'idle' }
  | { state: 'running'; stage: 'loading' | 'running'; done: number; of: number }
  | { state: 'cancelled' }
  | { state: 'error'; message: string };

/** A sweep's point as it finishes, and the replies that end a run. */
export type PointReply = Extract<LabReply, { type: 'point' | 'rate-point' }>;
export type FinalReply = Exclude<LabReply, { type: 'progress' } | PointReply>;

export function useLabWorker() {
  const worker = useRef<Worker | null>(null);
  const active = useRef<number | null>(null);
  const nextId = useRef(1);
  const [status, setStatus] = useState<LabStatus>({ state: 'idle' });
  useEffect(() => () => worker.current?.terminate(), []);

  const cancel = useCallback(() => {
    if (active.current === null) return;
    worker.current?.terminate();
    worker.current = null;
    active.current = null;
    setStatus({ state: 'cancelled' });
  }, []);

  /** Starts a job; `onPoint` hears a sweep's points, `onDone` the reply that ends it (not an error). */
  const run = useCallback(
    (job: LabJob, onDone: (reply: FinalReply) => void, onPoint?: (reply: PointReply) => void) => {
      if (active.current !== null) cancel();
      const id = nextId.current++;
      active.current = id;
      worker.current ??= new Worker(new URL('./labs.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<LabReply>) => {
        const m = e.data;
        if (m.id !== active.current) return;
        if (m.type === 'progress') setStatus({ state: 'running', stage: m.stage, done: m.done, of: m.of });
        else if (m.type === 'point' || m.type === 'rate-point') onPoint?.(m);
        else {
          active.current = null;
          if (m.type === 'error') setStatus({ state: 'error', message: m.message });
          else {
            setStatus({ state: 'idle' });
            onDone(m);
          }
        }
      };
      worker.current.onerror = (e) => {
        if (active.current !== id) return;
        active.current = null;
        worker.current?.terminate();
        worker.current = null;
        setStatus({ state: 'error', message: `The lab's worker stopped: ${e.message || 'it could not start'}` });
      };
      setStatus({ state: 'running', stage: 'loading', done: 0, of: 1 });
      worker.current.postMessage({ ...job, id } as LabRequest);
    },
    [cancel],
  );

  return { status, run, cancel, running: status.state === 'running' };
}
