/**
 * A sweep's chart, loaded with uPlot only when there is a sweep to draw, so the lab pages start
 * without the charting library. The table beside it carries the same numbers.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const SharePlot = lazy(() => import('./SharePlot'));

export function LazySharePlot(props: ComponentProps<typeof SharePlot>) {
  return (
    <Suspense fallback={<p className="muted">Loading the chart…</p>}>
      <SharePlot {...props} />
    </Suspense>
  );
}
