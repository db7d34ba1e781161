/** A run's figures as a two-column table (measure, value), in a box that scrolls on a phone. */
import ScrollRegion from '../layout/ScrollRegion';

export function FiguresTable({ region, caption, rows }: { region: string; caption: string; rows: [string, string][] }) {
  return (
    <ScrollRegion label={region}>
      <table>
        <caption>{caption}</caption>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
