/** The reference threat model and the answer strategy, once revealed. */
import type { ThreatModel } from '../../lib/content/schemas';
import type { ModelElement } from '../../lib/threat-model/elements';
import ThreatTable from './ThreatTable';
import type { BuilderScenario } from './types';

interface Props {
  reference: ThreatModel;
  scenario: BuilderScenario;
  elements: ReadonlyMap<string, ModelElement>;
  names: ReadonlyMap<string, string>;
}

export default function ReferencePanel({ reference, scenario, elements, names }: Props) {
  return (
    <section className="tm-reference" aria-labelledby="tm-ref-h">
      <h3 id="tm-ref-h">Reference answer</h3>
      {scenario.strategy && (
        <>
          <h4>Answer strategy</h4>
          <p>{scenario.strategy.summary}</p>
          <ol>
            {scenario.strategy.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </>
      )}
      <ThreatTable
        threats={reference.threats.map((t, i) => ({ ...t, id: `ref-${i}` }))}
        elements={elements}
        names={names}
        caption="Reference threat model"
      />
    </section>
  );
}
