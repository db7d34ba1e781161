/** Each question's ratings side by side, disagreements marked in words as well as colour. */
import { hasOneRating, type QuestionRatings } from '../../lib/interview/merge';
import ScrollRegion from '../layout/ScrollRegion';

const FLAG = { none: 'Agree', minor: 'Differ by 1', major: 'Disagree by 2 or more' } as const;

export default function RatingsTable({
  rows,
  panelists,
  titleOf,
}: {
  rows: QuestionRatings[];
  panelists: string[];
  titleOf: (id: string) => string;
}) {
  return (
    <ScrollRegion label="Ratings side by side">
      <table className="iv-ratings">
        <caption>Ratings side by side (1 poor, 2 mixed, 3 good, 4 excellent)</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {panelists.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
            <th scope="col">Mean</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.question} className={hasOneRating(row) ? 'iv-dis-single' : `iv-dis-${row.disagreement}`}>
              <th scope="row">
                {i + 1}. {titleOf(row.question)}
              </th>
              {row.ratings.map((r) => (
                <td key={r.panelist}>{r.rating}</td>
              ))}
              <td>{row.mean.toFixed(2)}</td>
              <td>
                {hasOneRating(row) ? (
                  <span className="iv-flag iv-flag-single">One rating: agreement needs two raters</span>
                ) : (
                  <span className={`iv-flag iv-flag-${row.disagreement}`}>{FLAG[row.disagreement]}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
