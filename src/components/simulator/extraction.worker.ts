/// <reference lib="webworker" />
/**
 * Runs extraction experiments off the main thread. Messages in and out are WorkerRequest and
 * WorkerReply (src/lib/extraction/runs.ts). Cancelling is done by terminating the worker, so the
 * engine needs no cancellation checks.
 */
import { experimentSteps, runExperiment } from '../../lib/extraction/experiment';
import type { SeedsReply, SeedsRequest, WorkerReply, WorkerRequest } from '../../lib/extraction/runs';
import { runOverSeeds } from '../../lib/extraction/seeds';
import { parseSettings } from '../../lib/extraction/settings';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply | SeedsReply) => scope.postMessage(message);

function overSeeds({ id, raw, seeds }: SeedsRequest) {
  try {
    for (const seed of seeds) parseSettings({ ...raw, seed }); // refuse before running any
    const { summary, perSeed } = runOverSeeds(
      seeds,
      (seed) => runExperiment({ ...raw, seed }),
      (done) => reply({ id, type: 'seed-done', done, of: seeds.length }),
    );
    reply({ id, type: 'seeds', summary, perSeed });
  } catch (err) {
    reply({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (e: MessageEvent<WorkerRequest | SeedsRequest>) => {
  if ('seeds' in e.data) {
    overSeeds(e.data);
    return;
  }
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
