/**
 * One semantic-scorer worker per page, shared by every practice island on it, started on the
 * first score (the model is 27 MB: it loads only when someone scores). Its loading state is a
 * small zustand store, so each island shows the same progress bar.
 */
import { create } from 'zustand';
import type { SemanticQuestion } from '../../lib/scoring/semantic/types';
import type { SemanticResult } from '../../lib/scoring/semantic/score';
import type { SemanticReply, SemanticRequest } from './semantic-protocol';

export type ModelStatus =
  | { state: 'idle' }
  | { state: 'loading'; loaded: number; total: number }
  | { state: 'ready' }
  | { state: 'failed'; message: string };

export const useModelStatus = create<{ status: ModelStatus }>(() => ({ status: { state: 'idle' } }));

export type SemanticOutcome = { ok: true; result: SemanticResult } | { ok: false; message: string; failed: boolean };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (o: SemanticOutcome) => void>();

function setStatus(status: ModelStatus) {
  useModelStatus.setState({ status });
}

function failAll(message: string) {
  setStatus({ state: 'failed', message });
  for (const [, resolve] of pending) resolve({ ok: false, message, failed: true });
  pending.clear();
}

function start(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') {
    failAll('this browser cannot run the sentence model (no Web Workers)');
    return null;
  }
  try {
    worker = new Worker(new URL('./semantic.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    failAll(`the sentence model could not start: ${(e as Error).message}`);
    return null;
  }
  setStatus({ state: 'loading', loaded: 0, total: 0 });
  worker.onmessage = (e: MessageEvent<SemanticReply>) => {
    const m = e.data;
    if (m.type === 'progress') setStatus({ state: 'loading', loaded: m.loaded, total: m.total });
    else if (m.type === 'ready') setStatus({ state: 'ready' });
    else if (m.type === 'result' || m.type === 'error') {
      pending.get(m.id)?.(
        m.type === 'result' ? { ok: true, result: m.result } : { ok: false, message: m.message, failed: false },
      );
      pending.delete(m.id);
    } else if (m.type === 'failed') {
      worker?.terminate();
      worker = null;
      failAll(`the sentence model could not load: ${m.message}`);
    }
  };
  worker.onerror = (e) => {
    worker?.terminate();
    worker = null;
    failAll(`the sentence model stopped: ${e.message || 'an error in its worker'}`);
  };
  worker.postMessage({ type: 'load' } satisfies SemanticRequest);
  return worker;
}

/** Scores an answer with the semantic scorer, starting (or retrying) the model's load if needed. */
export function scoreWithModel(
  question: SemanticQuestion,
  text: string,
  sources: string[] = [],
): Promise<SemanticOutcome> {
  const w = start();
  if (!w) {
    const s = useModelStatus.getState().status;
    return Promise.resolve({
      ok: false,
      message: s.state === 'failed' ? s.message : 'the sentence model is not available',
      failed: true,
    });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ type: 'score', id, question, text, sources } satisfies SemanticRequest);
  });
}
