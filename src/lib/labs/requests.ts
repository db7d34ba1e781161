/**
 * What the labs' Web Worker does with each message, apart from the worker itself: check the
 * settings with the labs' parsers (so a bad value is refused before anything loads), load the
 * files once, run the experiment with the same cores as `dojo evade` and `dojo poison`, and post
 * progress and the outcome. The worker (src/components/labs/labs.worker.ts) only sets up
 * TensorFlow.js and fetch; the tests drive this with files from disk.
 */
import type { CnnParams } from './cnn';
import type { ImageSet } from './data';
import { cnnClassifier } from './evasion/classifier';
import { runEvasion, type EvasionResult } from './evasion/run';
import { parseEvasionSettings, type RawEvasionSettings } from './evasion/settings';
import { runEpsilonSweep } from './evasion/sweep';
import { sweepSettings, type SweepPoint } from './evasion/sweep-settings';
import { readImageSets, readVictim, type ReadBytes } from './files';
import { FeatureCache, runPoisoning, type PoisoningResult } from './poisoning/run';
import { parsePoisoningSettings, type RawPoisoningSettings } from './poisoning/settings';
import { runRateSweep } from './poisoning/sweep';
import { rateSweepSettings, type RatePoint } from './poisoning/sweep-settings';

export type LabRequest =
  | { id: number; lab: 'evasion'; raw: RawEvasionSettings }
  | { id: number; lab: 'sweep'; raw: RawEvasionSettings; epsilons?: number[] }
  | { id: number; lab: 'poisoning'; raw: RawPoisoningSettings }
  | { id: number; lab: 'rate-sweep'; raw: RawPoisoningSettings; rates?: number[] };

/** An evasion run as the page shows and keeps it: the figures without every image's row. */
export type EvasionOutcome = Omit<EvasionResult, 'perImage'>;
export type PoisoningOutcome = PoisoningResult;

export type LabReply =
  | { id: number; type: 'progress'; stage: 'loading' | 'running'; done: number; of: number }
  | { id: number; type: 'point'; point: SweepPoint; done: number; of: number }
  | { id: number; type: 'rate-point'; point: RatePoint; done: number; of: number }
  | { id: number; type: 'evasion'; outcome: EvasionOutcome }
  | { id: number; type: 'sweep'; points: SweepPoint[] }
  | { id: number; type: 'poisoning'; outcome: PoisoningOutcome }
  | { id: number; type: 'rate-sweep'; points: RatePoint[] }
  | { id: number; type: 'error'; message: string };

/** Images drawn per run: enough to see what the attack does, small enough to keep. */
export const EVASION_EXAMPLES = 4;
export const POISONING_EXAMPLES = 6;

/** The files a worker loads once and keeps for every later run. */
export interface LabFiles {
  victim(): Promise<CnnParams>;
  testImages(): Promise<ImageSet>;
  allImages(): Promise<{ train: ImageSet; test: ImageSet }>;
  /** Hidden-layer features of the clean images, computed once per worker (poisoning). */
  features(): Promise<FeatureCache>;
}

/** Each file read once, on first use; a failed read is tried again on the next run. */
export function labFiles(read: ReadBytes): LabFiles {
  const once = <T>(f: () => Promise<T>) => {
    let p: Promise<T> | undefined;
    return () => {
      p ??= f();
      p.catch(() => (p = undefined));
      return p;
    };
  };
  const victim = once(async () => (await readVictim(read)).params);
  const all = once(() => readImageSets(read, 'both'));
  const test = once(async () => (await readImageSets(read, 'test')).test);
  const features = once(async () => new FeatureCache(await victim()));
  return { victim, testImages: test, allImages: all, features };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function handleLabRequest(req: LabRequest, post: (m: LabReply) => void, files: LabFiles): Promise<void> {
  const { id } = req;
  const progress = (stage: 'loading' | 'running', done: number, of: number) =>
    post({ id, type: 'progress', stage, done, of });
  try {
    if (req.lab === 'evasion') {
      const settings = parseEvasionSettings(req.raw);
      progress('loading', 0, 1);
      const [params, test] = await Promise.all([files.victim(), files.testImages()]);
      const { perImage: _, ...outcome } = await runEvasion(cnnClassifier(params), test, settings, {
        examples: EVASION_EXAMPLES,
        onProgress: (d, of) => progress('running', d, of),
      });
      post({ id, type: 'evasion', outcome });
    } else if (req.lab === 'sweep') {
      const list = sweepSettings(req.raw, req.epsilons);
      progress('loading', 0, 1);
      const [params, test] = await Promise.all([files.victim(), files.testImages()]);
      const points = await runEpsilonSweep(cnnClassifier(params), test, list, {
        onProgress: (d, of) => progress('running', d, of),
        onPoint: (point, done) => post({ id, type: 'point', point, done, of: list.length }),
      });
      post({ id, type: 'sweep', points });
    } else if (req.lab === 'rate-sweep') {
      const list = rateSweepSettings(req.raw, req.rates);
      progress('loading', 0, 1);
      const [params, data, cache] = await Promise.all([files.victim(), files.allImages(), files.features()]);
      const points = await runRateSweep(params, data, list, cache, {
        onProgress: (e, of) => progress('running', e, of),
        onPoint: (point, done) => post({ id, type: 'rate-point', point, done, of: list.length }),
      });
      post({ id, type: 'rate-sweep', points });
    } else {
      const settings = parsePoisoningSettings(req.raw);
      progress('loading', 0, 1);
      const [params, data, cache] = await Promise.all([files.victim(), files.allImages(), files.features()]);
      const outcome = await runPoisoning(params, data, settings, cache, {
        examples: POISONING_EXAMPLES,
        onEpoch: (e, of) => progress('running', e, of),
      });
      post({ id, type: 'poisoning', outcome });
    }
  } catch (err) {
    post({ id, type: 'error', message: message(err) });
  }
}
