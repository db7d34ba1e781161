/**
 * The free-form simulator (/simulator/): choose victim, defences and attack, run in a Web
 * Worker, compare runs on one plot. The settings of the last run are in the URL so it can be
 * shared; opening such a URL restores the settings and runs them.
 */
import { useEffect, useState } from 'react';
import { parseSettings, paramsToRaw, settingsToParams } from '../../lib/extraction/settings';
import type { Metric } from './plot-style';
import { LazyFidelityPlot as FidelityPlot, usePreloadedPlot } from './LazyFidelityPlot';
import { ProgressBar } from './ProgressBar';
import { RunNotes, RunsTable } from './RunsTable';
import { formFromRaw, rawFromForm, SimulatorForm, type FormValues } from './SimulatorForm';
import { useExtractionRunner } from './useExtractionRunner';
import './simulator.css';

const METRICS: { value: Metric; label: string }[] = [
  { value: 'balancedFidelity', label: 'balanced fidelity' },
  { value: 'fidelity', label: 'fidelity on natural test data (1 − R_test)' },
  { value: 'fidelityUniform', label: 'fidelity on uniform inputs (1 − R_unif)' },
  { value: 'fidelityFraud', label: 'agreement on fraud transactions' },
];

function runLabel(f: FormValues): string {
  const extras = [
    f.detector === 'prada' ? 'PRADA' : '',
    f.watermark ? 'watermark' : '',
    f.quota ? `quota ${f.quota}` : '',
  ].filter(Boolean);
  return `${f.victim} · ${f.attack} · ${f.defence || 'none'} · ${f.budget} q${extras.length ? ` · ${extras.join(', ')}` : ''}`;
}

export default function FreeSimulator() {
  const [values, setValues] = useState<FormValues>(() => formFromRaw({}));
  const [error, setError] = useState<string | null>(null);
  const [metric, setMetric] = useState<Metric>('balancedFidelity');
  const [shareUrl, setShareUrl] = useState('');
  const [copied, setCopied] = useState(false);
  const { runs, start, cancel, clear, running } = useExtractionRunner();

  const run = (v: FormValues) => {
    const raw = rawFromForm(v);
    const started = start(raw, runLabel(v));
    setError('error' in started ? started.error : null);
    if ('error' in started) return;
    const params = settingsToParams(parseSettings(raw).settings);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    history.replaceState(null, '', url);
    setShareUrl(location.href);
    setCopied(false);
  };

  usePreloadedPlot();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
    const params = new URLSearchParams(location.search);
    if (params.size === 0) return;
    const v = formFromRaw(paramsToRaw(params));
    setValues(v);
    run(v);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const current = runs[runs.length - 1];
  const metricLabel = METRICS.find((m) => m.value === metric)!.label;
  return (
    <section className="simulator" aria-labelledby="sim-free-title">
      <h2 id="sim-free-title">Run an experiment</h2>
      <SimulatorForm
        values={values}
        onChange={setValues}
        onRun={() => run(values)}
        onCancel={cancel}
        running={running}
        error={error}
        ready={ready}
      />
      <ProgressBar run={current} />
      {shareUrl && (
        <div className="sim-share">
          <label>
            Link to these settings
            <input readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="secondary" onClick={copy}>
            Copy link
          </button>
          <span aria-live="polite">{copied ? 'Copied.' : ''}</span>
        </div>
      )}
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
    </section>
  );
}
