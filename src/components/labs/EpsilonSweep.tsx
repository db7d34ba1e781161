/** The accuracy-against-ε chart and its table, for the newest sweep (or the one running). */
import { percent } from '../../lib/labs/display';
import type { SavedSweep } from '../../stores/lab-runs';
import ScrollRegion from '../layout/ScrollRegion';
import { LazySharePlot } from './LazySharePlot';

interface Props {
  points: SavedSweep['points'];
  /** The attack the sweep ran, which says what ε measures. */
  attack: string;
  caption: string;
}

export function EpsilonSweep({ points, attack, caption }: Props) {
  const norm = attack === 'pgd-l2' ? 'L2' : 'L∞';
  return (
    <div className="lab-sweep">
      {points.length > 0 && (
        <LazySharePlot
          x={points.map((p) => p.epsilon)}
          xLabel={`ε (${norm})`}
          yLabel="accuracy"
          lines={[
            { label: 'adversarial accuracy', values: points.map((p) => p.adversarialAccuracy) },
            { label: 'clean accuracy', values: points.map((p) => p.cleanAccuracy) },
          ]}
          description={`Accuracy against ε (${norm})`}
        />
      )}
      <ScrollRegion label="Accuracy against epsilon">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">ε ({norm})</th>
              <th scope="col">Clean accuracy</th>
              <th scope="col">Adversarial accuracy</th>
              <th scope="col">Attack success rate</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.epsilon}>
                <th scope="row">{p.epsilon}</th>
                <td>{percent(p.cleanAccuracy)}</td>
                <td>{percent(p.adversarialAccuracy)}</td>
                <td>{percent(p.attackSuccessRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
