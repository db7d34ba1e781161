/** Attack success against the poison rate, for the newest sweep (or the one running): chart and table. */
import { percent } from '../../lib/labs/display';
import type { SavedRateSweep } from '../../stores/lab-runs';
import ScrollRegion from '../layout/ScrollRegion';
import { LazySharePlot } from './LazySharePlot';

interface Props {
  points: SavedRateSweep['points'];
  /** The attack the sweep ran, which says what the rate is a share of. */
  attack: string;
  caption: string;
}

export function RateSweep({ points, attack, caption }: Props) {
  const of = attack === 'label-flip' ? 'malicious share of the contributors' : 'poisoned share of the training images';
  const detector = points.some((p) => p.detectionRecall !== null);
  return (
    <div className="lab-sweep">
      {points.length > 0 && (
        <LazySharePlot
          x={points.map((p) => p.rate)}
          xLabel={of}
          yLabel="share"
          lines={[
            { label: 'attack success', values: points.map((p) => p.attackSuccessRate) },
            { label: 'clean accuracy', values: points.map((p) => p.cleanAccuracy) },
            ...(detector ? [{ label: 'detection recall', values: points.map((p) => p.detectionRecall) }] : []),
          ]}
          description={`Attack success against the ${of}`}
        />
      )}
      <ScrollRegion label="Attack success against the poison rate">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Rate</th>
              <th scope="col">Attack success</th>
              <th scope="col">Clean accuracy</th>
              {detector && <th scope="col">Detection recall</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.rate}>
                <th scope="row">{p.rate}</th>
                <td>{percent(p.attackSuccessRate)}</td>
                <td>{percent(p.cleanAccuracy)}</td>
                {detector && <td>{percent(p.detectionRecall)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
