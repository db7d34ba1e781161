/// <reference lib="webworker" />
/**
 * Runs extraction experiments off the main thread. Messages in and out are WorkerRequest and
 * WorkerReply (src/lib/extraction/runs.ts). Cancelling is done by terminating the worker, so the
 * engine needs no cancellation checks.
 */
import { experimentSteps } from '../../lib/extraction/experiment';
import type { WorkerReply, WorkerRequest } from '../../lib/extraction/runs';
import { parseSettings } from '../../lib/extraction/settings';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, raw } = e.data;
  try {
    const budget = parseSettings(raw).settings.budget;
    const it = experimentSteps(raw);
    for (;;) {
      const step = it.next();
      if (step.done) {
        reply({ id, type: 'done', result: step.value });
        return;
      }
      reply({ id, type: 'progress', point: step.value, fraction: Math.min(1, step.value.queries / budget) });
    }
  } catch (err) {
    reply({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
