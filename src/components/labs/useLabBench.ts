/**
 * What both labs' islands share: the form as typed (from the address, else the newest saved run,
 * else the defaults), a start that checks the settings with the lab's own parser before any worker
 * exists (its message shown as typed), the address kept to the settings of the last run, and each
 * finished run recorded as practice for the progress page.
 */
import { useState } from 'react';
import { fromQuery, overDefaults, toQuery, type FormFields } from '../../lib/labs/query';
import { useLabRunsStore, type LabPractice } from '../../stores/lab-runs';
import { useIsClient } from '../hooks/useIsClient';
import { useHydrated } from '../persist/useHydrated';
import { useLabWorker, type FinalReply, type LabJob, type PointReply } from './useLabWorker';

/** How one run is sent and what becomes of its outcome. */
export interface LabPlan {
  job: LabJob;
  onPoint?: (m: PointReply) => void;
  /**
   * Saves the outcome; returns the practice entry (null when the reply is not this run's kind) and
   * whether the outcome could be kept.
   */
  finish(m: FinalReply, at: Date): { practice: Omit<LabPractice, 'at'>; kept: boolean } | null;
}

/** The query string the page was opened with, read once when the island's script loads. */
const OPENED = typeof location === 'undefined' ? '' : location.search;

/**
 * `saved`: the form of the newest saved run (a store selector's value), shown until the learner
 * types or starts a run, unless the page was opened with settings in its address.
 */
export function useLabBench<K extends string>(
  defaults: FormFields<K>,
  saved: Readonly<Record<string, unknown>> | undefined,
) {
  const ready = useIsClient();
  const hydrated = useHydrated(useLabRunsStore);
  const [typed, setTyped] = useState<FormFields<K> | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [unkept, setUnkept] = useState(false);
  const worker = useLabWorker();
  // Derived, not copied into state by an effect: the server HTML and the first client render show
  // the defaults, then the address, then (once the database is read) the newest saved run.
  const opened = ready ? fromQuery(OPENED, defaults) : null;
  const values = typed ?? opened ?? (hydrated && saved ? overDefaults(saved, defaults) : defaults);

  const set = (k: K, v: string) => setTyped({ ...values, [k]: v });
  /** Several fields at once (a choice that changes others). */
  const replace = (next: FormFields<K>) => setTyped(next);

  /** Checks the settings (`check` throws the parser's message), then runs what `plan` makes of them. */
  const start = (check: () => unknown, plan: (typed: FormFields<K>) => LabPlan) => {
    try {
      check();
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
      return;
    }
    setRefusal(null);
    setUnkept(false);
    setTyped({ ...values });
    history.replaceState(null, '', `${location.pathname}${toQuery(values, defaults)}${location.hash}`);
    const p = plan({ ...values });
    worker.run(
      p.job,
      (m) => {
        const at = new Date();
        const done = p.finish(m, at);
        if (!done) return;
        setUnkept(!done.kept);
        useLabRunsStore.getState().record({ at: at.toISOString(), ...done.practice });
      },
      p.onPoint,
    );
  };

  return { values, set, replace, ready, refusal, unkept, start, ...worker };
}
