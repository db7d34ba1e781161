/**
 * The privacy attacks on the simulator's fraud victims (/simulator/): membership inference or
 * model inversion, with the output defences and the training choices that matter, run in a Web
 * Worker on one seed or on seeds 1–5. The figures and their words come from the same core as
 * `dojo privacy`; a finished experiment is recorded as privacy-attack practice and kept, so the
 * newest comes back (settings and figures) after a reload.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useIsClient } from '../hooks/useIsClient';
import { useHydrated } from '../persist/useHydrated';
import ScrollRegion from '../layout/ScrollRegion';
import { INVERSION_DEFAULTS } from '../../lib/extraction/inversion';
import { MEMBERSHIP_DEFAULTS } from '../../lib/extraction/membership';
import {
  FIGURE_LABELS,
  formatFigure,
  type PrivacyAttack,
  type PrivacyRaw,
  type PrivacyReply,
  type PrivacyRequest,
} from '../../lib/extraction/privacy';
import { PAGE_SEEDS } from '../../lib/extraction/seeds';
import { privacyView, toSavedPrivacy, useSimulatorRunsStore, type PrivacyView } from '../../stores/simulator-runs';
import { formatDateTime } from '../../lib/util/dates';

interface Values {
  attack: PrivacyAttack;
  victim: string;
  method: string;
  trainSize: string;
  l2: string;
  epochs: string;
  shadows: string;
  budget: string;
  defence: string;
  seed: string;
}

const DEFAULTS: Values = {
  attack: 'membership-inference',
  victim: MEMBERSHIP_DEFAULTS.victim,
  method: MEMBERSHIP_DEFAULTS.attack,
  trainSize: String(MEMBERSHIP_DEFAULTS.trainSize),
  l2: String(MEMBERSHIP_DEFAULTS.l2),
  epochs: String(MEMBERSHIP_DEFAULTS.epochs),
  shadows: String(MEMBERSHIP_DEFAULTS.shadows),
  budget: String(INVERSION_DEFAULTS.budget),
  defence: 'none',
  seed: '1',
};

/** The settings each attack reads, as typed: the worker's parsers word every bad value. */
function privacyRaw(v: Values): PrivacyRaw {
  return v.attack === 'membership-inference'
    ? {
        victim: v.victim,
        attack: v.method,
        trainSize: v.trainSize,
        l2: v.l2,
        epochs: v.epochs,
        shadows: v.shadows,
        defence: v.defence,
      }
    : { victim: v.victim, defence: v.defence, budget: v.budget };
}

/** The output defences that matter to these attacks, as the defence chain (`dojo privacy --defence`) and in words. */
const ANSWERS: [string, string][] = [
  ['none', 'Full probabilities'],
  ['round:3', 'Probabilities rounded to 3 decimals'],
  ['round:2', 'Probabilities rounded to 2 decimals'],
  ['round:1', 'Probabilities rounded to 1 decimal'],
  ['noise:0.05', 'Probabilities with Gaussian noise (σ = 0.05)'],
  ['reverse-sigmoid:1,0.1', 'Reverse sigmoid (β = 1, γ = 0.1)'],
  ['labels', 'Labels only'],
];

type State =
  | { status: 'idle' }
  | { status: 'running'; done: number; of: number }
  | { status: 'done'; outcome: PrivacyView; savedAt?: string }
  | { status: 'error'; message: string };

/** The saved settings over the defaults, keeping only fields the form has. */
function restoredValues(settings: Record<string, string>): Values {
  const out: Record<string, string> = { ...DEFAULTS };
  for (const k of Object.keys(DEFAULTS)) if (typeof settings[k] === 'string') out[k] = settings[k];
  const attack = out.attack === 'model-inversion' ? 'model-inversion' : 'membership-inference';
  return { ...(out as unknown as Values), attack };
}

export default function PrivacyLab() {
  // Nothing can be typed or run before React has hydrated the island (it hydrates once the page is idle).
  const ready = useIsClient();
  const [values, setValues] = useState<Values>(DEFAULTS);
  const [state, setState] = useState<State>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const record = useSimulatorRunsStore((s) => s.record);
  const savePrivacy = useSimulatorRunsStore((s) => s.savePrivacy);
  const id = useId();
  useEffect(() => () => worker.current?.terminate(), []);

  // Once the database has been read, the newest saved experiment comes back, unless one has started.
  const hydrated = useHydrated(useSimulatorRunsStore);
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (!hydrated || restoredOnce.current) return;
    restoredOnce.current = true;
    const last = useSimulatorRunsStore.getState().privacy.at(-1);
    if (!last || nextId.current > 1) return; // nothing saved, or the learner already started one
    setValues(restoredValues(last.settings));
    setState({ status: 'done', outcome: last, savedAt: last.at });
  }, [hydrated]);

  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((old) => ({ ...old, [k]: v }));
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const start = (seeds: (number | string)[]) => {
    stop();
    const w = new Worker(new URL('./privacy.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const reqId = nextId.current++;
    const ran = { ...values };
    w.onmessage = (e: MessageEvent<PrivacyReply>) => {
      const m = e.data;
      if (m.id !== reqId) return;
      if (m.type === 'seed-done') {
        setState({ status: 'running', done: m.done, of: m.of });
        return;
      }
      stop();
      if (m.type === 'error') {
        setState({ status: 'error', message: m.message });
        return;
      }
      const view = privacyView(m.outcome);
      setState({ status: 'done', outcome: view });
      const at = new Date();
      const saved = toSavedPrivacy(view, { ...ran }, at);
      if (saved) savePrivacy(saved);
      record({
        at: at.toISOString(),
        source: 'privacy',
        attack: ran.attack,
        defended: ran.defence.trim() !== '' && ran.defence.trim() !== 'none',
      });
    };
    setState({ status: 'running', done: 0, of: seeds.length });
    w.postMessage({ id: reqId, attack: values.attack, raw: privacyRaw(values), seeds } satisfies PrivacyRequest);
  };
  // The seed as typed: the settings' parser words a bad one.
  const runOne = () => start([values.seed]);
  const cancel = () => {
    stop();
    setState({ status: 'idle' });
  };
  const running = state.status === 'running';
  const membership = values.attack === 'membership-inference';
  const field = (k: keyof Values, label: string, help?: string) => (
    <label>
      {label}
      <input
        inputMode="decimal"
        disabled={!ready}
        value={values[k]}
        onChange={(e) => set(k, e.target.value)}
        {...(help ? { 'aria-describedby': `${id}-${k}` } : {})}
      />
      {help && (
        <span id={`${id}-${k}`} className="sim-help">
          {help}
        </span>
      )}
    </label>
  );

  return (
    <section className="simulator sim-privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy: what the answers reveal about the training data</h2>
      <p>
        The answers that let a competitor clone the model also say something about the transactions it was trained on.
        Ask whether a record was a member of the training set, or climb the fraud confidence to reconstruct what the
        model takes a fraud to look like.
      </p>
      <form
        className="sim-form"
        onSubmit={(e) => {
          e.preventDefault();
          runOne();
        }}
      >
        <fieldset className="sim-checks" disabled={!ready}>
          <legend>What to infer</legend>
          <label>
            <input
              type="radio"
              name={`${id}-attack`}
              checked={membership}
              onChange={() => set('attack', 'membership-inference')}
            />{' '}
            Membership inference
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-attack`}
              checked={!membership}
              onChange={() => set('attack', 'model-inversion')}
            />{' '}
            Model inversion
          </label>
        </fieldset>
        <div className="sim-grid">
          <label>
            Victim
            <select disabled={!ready} value={values.victim} onChange={(e) => set('victim', e.target.value)}>
              <option value="logreg">Logistic regression</option>
              <option value="mlp">Neural network (MLP)</option>
            </select>
          </label>
          {membership ? (
            <>
              <label>
                Inference method
                <select disabled={!ready} value={values.method} onChange={(e) => set('method', e.target.value)}>
                  <option value="threshold">Confidence threshold (Yeom et al.)</option>
                  <option value="shadow">Shadow models (Shokri et al.)</option>
                </select>
              </label>
              {field('trainSize', 'Training rows of the victim', '200 to 60,000; fewer rows, more memorising')}
              {field('l2', 'L2 penalty in training', 'regularisation, 0 to 1')}
              {values.victim === 'mlp' && field('epochs', 'Training epochs (MLP)')}
              {values.method === 'shadow' && field('shadows', 'Shadow models', '1 to 10')}
            </>
          ) : (
            field('budget', 'Inversion query budget', 'at least 2d + 1 = 61 queries')
          )}
          <label>
            What the API answers
            <select disabled={!ready} value={values.defence} onChange={(e) => set('defence', e.target.value)}>
              {ANSWERS.map(([chain, words]) => (
                <option key={chain} value={chain}>
                  {words}
                </option>
              ))}
            </select>
          </label>
          {field('seed', 'Seed')}
        </div>
        <p className="sim-actions">
          <button type="submit" disabled={!ready || running}>
            Run the privacy attack
          </button>
          <button type="button" onClick={() => start([...PAGE_SEEDS])} disabled={!ready || running}>
            Run it on seeds {PAGE_SEEDS[0]}–{PAGE_SEEDS[PAGE_SEEDS.length - 1]}
          </button>
          {running && (
            <button type="button" className="secondary" onClick={cancel}>
              Stop the privacy attack
            </button>
          )}
        </p>
      </form>
      {running && (
        <div className="sim-progress">
          <label>
            Privacy experiment
            <progress max={state.of} value={state.done}>
              {state.done} of {state.of}
            </progress>
          </label>
        </div>
      )}
      <p role="status" aria-live="polite" className="sim-status-line">
        {running && `Running: ${state.done} of ${state.of} ${state.of === 1 ? 'seed' : 'seeds'} done.`}
        {state.status === 'done' &&
          `Done: ${state.outcome.attack === 'membership-inference' ? 'membership inference' : 'model inversion'} on ${
            state.outcome.seeds.length === 1
              ? `seed ${state.outcome.seeds[0]}`
              : `seeds ${state.outcome.seeds.join(', ')}`
          }.${state.savedAt ? ` Saved ${formatDateTime(state.savedAt)}; kept in this browser.` : ''}`}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="sim-error">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <Outcome outcome={state.outcome} />}
    </section>
  );
}

function Outcome({ outcome }: { outcome: PrivacyView }) {
  const keys = Object.keys(outcome.figures[0] ?? {});
  const many = outcome.seeds.length > 1;
  const caption =
    outcome.attack === 'membership-inference'
      ? 'Membership inference: AUC 0.5 and advantage 0 mean the attacker does no better than a coin'
      : 'Model inversion: a reconstruction error of 1 is no closer to a fraud profile than where the attack started';
  return (
    <>
      <ScrollRegion label="Privacy figures">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {many ? (
                <>
                  {outcome.seeds.map((s) => (
                    <th scope="col" key={s}>
                      Seed {s}
                    </th>
                  ))}
                  <th scope="col">Mean (range)</th>
                </>
              ) : (
                <th scope="col">Seed {outcome.seeds[0]}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => {
              const s = outcome.summary[k];
              return (
                <tr key={k}>
                  <th scope="row">{FIGURE_LABELS[k] ?? k}</th>
                  {outcome.figures.map((f, i) => (
                    <td key={outcome.seeds[i]}>{formatFigure(k, f[k])}</td>
                  ))}
                  {many && (
                    <td>
                      {formatFigure(k, s.mean)}
                      {s.min !== null && s.max !== null && ` (${formatFigure(k, s.min)}–${formatFigure(k, s.max)})`}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {outcome.profile !== undefined && (
        <p>
          Nearest fraud profile: {outcome.profile}
          {outcome.topFeatures?.length ? `; largest moves: ${outcome.topFeatures.join(', ')}` : ''}.
        </p>
      )}
      <ul className="sim-notes">
        {outcome.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </>
  );
}
