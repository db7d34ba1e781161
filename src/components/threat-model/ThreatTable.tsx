/** The learner's threats as a table (also the body of the printed report), with edit and delete. */
import { namedId } from '../../lib/threat-model/catalogue';
import type { ModelElement } from '../../lib/threat-model/elements';
import { riskBand, riskOf } from '../../lib/threat-model/risk';
import type { DraftThreat } from '../../stores/threat-models';
import ScrollRegion from '../layout/ScrollRegion';

interface Props {
  threats: DraftThreat[];
  elements: ReadonlyMap<string, ModelElement>;
  /** ATLAS technique and mitigation names by ID, shown after each ID. */
  names: ReadonlyMap<string, string>;
  caption: string;
  onEdit?(id: string): void;
  onDelete?(id: string): void;
}

/** Each ID with its name, one a line ("AML.M0007 Sanitize Training Data"). */
function NamedIds({ ids, names }: { ids: readonly string[]; names: ReadonlyMap<string, string> }) {
  if (ids.length === 0) return null;
  return (
    <ul className="tm-ids">
      {ids.map((id) => (
        <li key={id}>{namedId(id, names)}</li>
      ))}
    </ul>
  );
}

export default function ThreatTable({ threats, elements, names, caption, onEdit, onDelete }: Props) {
  if (threats.length === 0) return <p className="muted">{caption}: none yet.</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="tm-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Element</th>
            <th scope="col">STRIDE</th>
            <th scope="col">Threat</th>
            <th scope="col">ATLAS</th>
            <th scope="col">OWASP</th>
            <th scope="col">Risk</th>
            <th scope="col">Mitigations</th>
            {(onEdit || onDelete) && (
              <th scope="col" className="no-print">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {threats.map((t, i) => (
            <tr key={t.id}>
              <td>{i + 1}</td>
              <td>{elements.get(t.element)?.label ?? t.element}</td>
              <td>{t.stride}</td>
              <td>
                {t.title}
                {t.notes && <div className="muted tm-notes">{t.notes}</div>}
                {t.suggestion && <div className="muted">(from a suggestion)</div>}
              </td>
              <td>
                <NamedIds ids={t.atlas} names={names} />
              </td>
              <td>{t.owasp.join(', ')}</td>
              <td>
                {riskOf(t)}{' '}
                <span className="muted">
                  ({riskBand(riskOf(t))}: L{t.likelihood} × I{t.impact})
                </span>
              </td>
              <td>
                <NamedIds ids={t.mitigations} names={names} />
              </td>
              {(onEdit || onDelete) && (
                <td className="no-print">
                  {onEdit && (
                    <button
                      type="button"
                      className="secondary tm-small"
                      onClick={() => onEdit(t.id)}
                      aria-label={`Edit threat ${i + 1}: ${t.title}`}
                    >
                      Edit
                    </button>
                  )}{' '}
                  {onDelete && (
                    <button
                      type="button"
                      className="secondary tm-small"
                      onClick={() => onDelete(t.id)}
                      aria-label={`Delete threat ${i + 1}: ${t.title}`}
                    >
                      Delete
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
