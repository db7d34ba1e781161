/// <reference lib="webworker" />
/**
 * Runs extraction experiments off the main thread. Messages in: { id, raw }. Messages out:
 * { id, type: 'progress', point, fraction }, { id, type: 'done', result }, { id, type: 'error', message }.
 * Cancelling is done by terminating the worker, so the engine needs no cancellation checks.
 */
import { experimentSteps } from '../../lib/extraction/experiment';
import { parseSettings, type RawSettings } from '../../lib/extraction/settings';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<{ id: number; raw: RawSettings }>) => {
  const { id, raw } = e.data;
  try {
    const budget = parseSettings(raw).settings.budget;
    const it = experimentSteps(raw);
    for (;;) {
      const step = it.next();
      if (step.done) {
        scope.postMessage({ id, type: 'done', result: step.value });
        return;
      }
      scope.postMessage({
        id,
        type: 'progress',
        point: step.value,
        fraction: Math.min(1, step.value.queries / budget),
      });
    }
  } catch (err) {
    scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
