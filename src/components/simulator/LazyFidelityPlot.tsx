/**
 * The fidelity chart, loaded with its charting library only once there is a run to plot, so the
 * simulator page starts without uPlot. The results table beside it carries the same numbers.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const FidelityPlot = lazy(() => import('./FidelityPlot'));

export function LazyFidelityPlot(props: ComponentProps<typeof FidelityPlot>) {
  return (
    <Suspense fallback={<p className="muted sim-plot-loading">Loading the chart…</p>}>
      <FidelityPlot {...props} />
    </Suspense>
  );
}
