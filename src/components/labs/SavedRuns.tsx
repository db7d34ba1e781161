/**
 * The runs kept in this browser, newest first, with their main figures and a button that forgets
 * them (the practice history on the progress page stays).
 */
import type { ReactNode } from 'react';
import { formatDateTime } from '../../lib/util/dates';
import ScrollRegion from '../layout/ScrollRegion';

interface Props<R> {
  runs: R[];
  caption: string;
  /** Column headings after "Finished" and "Run". */
  columns: string[];
  name(run: R): string;
  cells(run: R): ReactNode[];
  onClear(): void;
}

export function SavedRuns<R extends { at: string }>({ runs, caption, columns, name, cells, onClear }: Props<R>) {
  return (
    <div className="lab-runs">
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Finished</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...runs].reverse().map((r, i) => (
              <tr key={`${r.at}-${i}`}>
                <th scope="row">{name(r)}</th>
                <td>{formatDateTime(r.at)}</td>
                {cells(r).map((c, j) => (
                  <td key={columns[j]}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        <button type="button" className="secondary" onClick={onClear}>
          Forget these runs
        </button>
      </p>
    </div>
  );
}
