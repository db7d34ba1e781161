/** Best and latest score per exercise, one row each. */
import { EXERCISE_KIND_NAMES } from '../../lib/progress/display';
import type { ExerciseProgress } from '../../lib/progress/progress';
import { formatDateTime } from '../../lib/util/dates';
import ScrollRegion from '../layout/ScrollRegion';

function ExerciseRow({ p }: { p: ExerciseProgress }) {
  return (
    <tr>
      <th scope="row">
        <a href={p.exercise.href}>{p.exercise.title}</a>
      </th>
      <td>{EXERCISE_KIND_NAMES[p.exercise.kind].cell}</td>
      <td>{p.exercise.level}</td>
      <td>{p.attempts}</td>
      <td>{p.best ?? '–'}</td>
      <td>{p.latest ?? '–'}</td>
      <td>{p.lastAt ? <time dateTime={p.lastAt}>{formatDateTime(p.lastAt)}</time> : '–'}</td>
    </tr>
  );
}

export default function ExerciseTable({ progress }: { progress: ExerciseProgress[] }) {
  return (
    <ScrollRegion label="Best and latest score per exercise">
      <table>
        <caption className="visually-hidden">Best and latest score per exercise</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Kind</th>
            <th scope="col">Level</th>
            <th scope="col">Attempts</th>
            <th scope="col">Best</th>
            <th scope="col">Latest</th>
            <th scope="col">Last attempt</th>
          </tr>
        </thead>
        <tbody>
          {progress.map((p) => (
            <ExerciseRow key={`${p.exercise.kind}:${p.exercise.exercise}`} p={p} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
