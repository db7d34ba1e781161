/** The learner's threats on a 5 × 5 likelihood × impact matrix, as a table with headers. */
import { riskMatrix } from '../../lib/threat-model/risk';
import type { DraftThreat } from '../../stores/threat-models';
import ScrollRegion from '../layout/ScrollRegion';

export default function RiskMatrix({ threats }: { threats: DraftThreat[] }) {
  const rows = riskMatrix(threats);
  return (
    <ScrollRegion label="Risk matrix">
      <table className="tm-matrix">
        <caption>Risk matrix: number of your threats by likelihood (rows) and impact (columns)</caption>
        <thead>
          <tr>
            <th scope="col">Likelihood \ Impact</th>
            {[1, 2, 3, 4, 5].map((i) => (
              <th key={i} scope="col">
                {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row">{row[0].likelihood}</th>
              {row.map((c) => (
                <td
                  key={c.impact}
                  className={`tm-band-${c.band.toLowerCase()}`}
                  title={c.threats.map((i) => `${i + 1}. ${threats[i].title}`).join('\n')}
                >
                  {c.threats.length > 0 ? (
                    <>
                      <strong>{c.threats.length}</strong>
                      <span className="visually-hidden">
                        {' '}
                        threats, {c.band.toLowerCase()} risk: {c.threats.map((i) => `#${i + 1}`).join(', ')}
                      </span>
                      <span aria-hidden="true" className="tm-matrix-ids">
                        {' '}
                        #{c.threats.map((i) => i + 1).join(', #')}
                      </span>
                    </>
                  ) : (
                    <span className="visually-hidden">none, {c.band.toLowerCase()} risk</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
