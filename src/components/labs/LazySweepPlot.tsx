/**
 * The accuracy-against-ε chart, loaded with uPlot only when there is a sweep to draw, so the lab
 * page starts without the charting library. The table beside it carries the same numbers.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const SweepPlot = lazy(() => import('./SweepPlot'));

export function LazySweepPlot(props: ComponentProps<typeof SweepPlot>) {
  return (
    <Suspense fallback={<p className="muted">Loading the chart…</p>}>
      <SweepPlot {...props} />
    </Suspense>
  );
}
