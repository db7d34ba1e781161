/**
 * The fidelity chart, loaded with its charting library after the page is interactive (when the
 * browser is idle), so the simulator page starts without uPlot and a run never waits on it. The
 * results table beside it carries the same numbers.
 */
import { lazy, Suspense, useEffect, type ComponentProps } from 'react';

const load = () => import('./FidelityPlot');
const FidelityPlot = lazy(load);

/** Starts loading the chart when the browser is idle (call from the island's mount effect). */
export function usePreloadedPlot() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void load());
  }, []);
}

export function LazyFidelityPlot(props: ComponentProps<typeof FidelityPlot>) {
  return (
    <Suspense fallback={<p className="muted sim-plot-loading">Loading the chart…</p>}>
      <FidelityPlot {...props} />
    </Suspense>
  );
}
