/**
 * The free-form simulator (/simulator/): choose victim, defences and attack, run in a Web
 * Worker, compare runs on one plot. The settings of the last run are in the URL so it can be
 * shared; opening such a URL restores the settings and runs them.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { formFromRaw, rawFromForm, runLabel, shareQuery, type FormValues } from '../../lib/extraction/form';
import { SeedSpread } from './SeedSpread';
import { paramsToRaw, type RawSettings } from '../../lib/extraction/settings';
import { useIsClient } from '../hooks/useIsClient';
import { METRICS, type Metric } from './plot-style';
import { LazyFidelityPlot as FidelityPlot, usePreloadedPlot } from './LazyFidelityPlot';
import { ProgressBar } from './ProgressBar';
import { RunsTable } from './RunsTable';
import { RunNotes } from './RunNotes';
import { ShareLink } from './ShareLink';
import { SimulatorForm } from './SimulatorForm';
import { useExtractionRunner } from './useExtractionRunner';
import './simulator.css';

/** The query string the page was opened with, read once when the island's script loads. */
const OPENED_WITH = typeof location === 'undefined' ? '' : location.search;

/** The settings the page was opened with, or null for none. */
function openedSettings(): RawSettings | null {
  const params = new URLSearchParams(OPENED_WITH);
  return params.size === 0 ? null : paramsToRaw(params);
}

/** The page's address with the settings of a run. */
const settingsPath = (raw: RawSettings) => `${location.pathname}${shareQuery(raw)}`;

/**
 * The server HTML shows the default settings. Once hydrated, a page opened with settings in its
 * URL remounts the bench with them (a key reset), and the bench runs them once.
 */
export default function FreeSimulator() {
  const client = useIsClient();
  const opened = client ? openedSettings() : null;
  return <Bench key={opened ? 'opened' : 'defaults'} opened={opened} ready={client} />;
}

function Bench({ opened, ready }: { opened: RawSettings | null; ready: boolean }) {
  const [values, setValues] = useState<FormValues>(() => formFromRaw(opened ?? {}));
  const [metric, setMetric] = useState<Metric>('balancedFidelity');
  const { runs, start, cancel, clear, running, refusal, lastStarted } = useExtractionRunner({ keep: true });
  usePreloadedPlot();

  const run = (v: FormValues) => {
    const raw = rawFromForm(v);
    if ('id' in start(raw, runLabel(v))) history.replaceState(null, '', settingsPath(raw));
  };
  const runValues = () => run(values);

  // Opened with settings: run them once, as if the learner had pressed Run.
  const runOpened = useEffectEvent(() => {
    if (opened) run(values);
  });
  useEffect(() => runOpened(), []);

  const current = runs[runs.length - 1];
  const metricLabel = METRICS.find((m) => m.value === metric)!.label;
  return (
    <section className="simulator" aria-labelledby="sim-free-title">
      <h2 id="sim-free-title">Run an experiment</h2>
      <SimulatorForm
        values={values}
        onChange={setValues}
        onRun={runValues}
        onCancel={cancel}
        running={running}
        error={refusal}
        ready={ready}
      />
      <ProgressBar run={current} />
      {lastStarted && <ShareLink key={lastStarted.id} url={`${location.origin}${settingsPath(lastStarted.raw)}`} />}
      {runs.length > 0 && (
        <>
          <div className="sim-plot-controls">
            <label>
              Plotted measure
              <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
                {METRICS.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="secondary" onClick={clear}>
              Clear runs
            </button>
          </div>
          <FidelityPlot runs={runs} metric={metric} label={metricLabel} />
          <RunsTable runs={runs} caption="Runs compared (fidelity is agreement with the victim's labels)" />
          <RunNotes run={current} />
        </>
      )}
      <SeedSpread raw={rawFromForm(values)} label={runLabel(values)} ready={ready && !running} />
    </section>
  );
}
