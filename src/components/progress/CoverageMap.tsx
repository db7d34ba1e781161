/**
 * ATLAS techniques practised, in the ATLAS matrix's tactic layout: one column per tactic, one
 * cell per technique the learner's own work used, shaded by the best score reached (a heat map), with
 * the figures as text so the map needs no colour to be read.
 */
import { attemptsSummary, scoreBand } from '../../lib/progress/display';
import type { TacticColumn } from '../../lib/progress/progress';

export default function CoverageMap({ columns, hrefs }: { columns: TacticColumn[]; hrefs: Map<string, string> }) {
  if (columns.length === 0)
    return (
      <p>
        Nothing yet: submit a threat model whose threats map to ATLAS techniques, or run the simulator or a lab, and the
        techniques you used appear here.
      </p>
    );
  return (
    <div className="coverage" role="list" aria-label="ATLAS techniques practised, by tactic">
      {columns.map((col) => (
        <section key={col.tacticId} role="listitem" className="coverage-col" aria-label={col.name}>
          <h3>{col.name}</h3>
          <ul>
            {col.techniques.map((t) => (
              <li key={t.techniqueId} className={`coverage-cell ${scoreBand(t.best)}`}>
                <a href={hrefs.get(t.techniqueId)}>
                  <code>{t.techniqueId}</code> {t.name}
                </a>
                <span className="coverage-figure">
                  {t.practised === 0 ? 'not practised' : attemptsSummary(t.practised, t.best)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
