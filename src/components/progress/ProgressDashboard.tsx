/**
 * /progress/: what the learner has attempted, best and latest scores, scores over time, skills
 * and ATLAS techniques practised, the suggested next exercise, and the backup of everything.
 */
import { useMemo } from 'react';
import './progress.css';
import { useAttemptsStore, activities as questionActivities } from '../../stores/attempts';
import { useThreatModelsStore, activities as modelActivities } from '../../stores/threat-models';
import {
  atlasCoverage,
  exerciseProgress,
  scoreSeries,
  skillsPractised,
  suggestNext,
} from '../../lib/progress/progress';
import { useHydrated } from '../persist/useHydrated';
import BackupPanel from '../persist/BackupPanel';
import StorageNotices from '../persist/StorageNotices';
import ScoreChart from './ScoreChart';
import CoverageMap from './CoverageMap';
import type { ProgressProps } from './types';

export default function ProgressDashboard({ catalogue, techniques, skills }: ProgressProps) {
  const hydrated = useHydrated(useAttemptsStore, useThreatModelsStore);
  const attempts = useAttemptsStore((s) => s.attempts);
  const work = useThreatModelsStore((s) => s.work);

  const activities = useMemo(
    () => [...questionActivities({ attempts, drafts: {} }), ...modelActivities({ work })],
    [attempts, work],
  );
  const progress = useMemo(() => exerciseProgress(catalogue, activities), [catalogue, activities]);
  const done = progress.filter((p) => p.attempts > 0);
  const next = suggestNext(progress);
  const coverage = useMemo(() => atlasCoverage(progress, techniques), [progress, techniques]);
  const skillStats = skillsPractised(progress);
  const techniqueHrefs = useMemo(() => new Map(techniques.map((t) => [t.id, t.href])), [techniques]);
  const series = useMemo(
    () => [scoreSeries(activities, 'question'), scoreSeries(activities, 'threat-model')] as const,
    [activities],
  );

  const restore = () => {
    void useAttemptsStore.persist.rehydrate();
    void useThreatModelsStore.persist.rehydrate();
  };

  // Before hydration the same layout renders with no attempts, so nothing jumps when the saved
  // progress arrives a moment later.
  return (
    <div className="progress" aria-busy={!hydrated}>
      <StorageNotices />
      <section aria-labelledby="next-heading" className="progress-next">
        <h2 id="next-heading">Suggested next</h2>
        {next ? (
          <p>
            <a href={next.exercise.href}>{next.exercise.title}</a> (
            {next.exercise.kind === 'threat-model' ? 'threat model' : 'interview question'}, {next.exercise.level}).{' '}
            {next.reason}
          </p>
        ) : (
          <p>You have reached 70 or more on every exercise. Try the simulator, or run a mock interview.</p>
        )}
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Your exercises</h2>
        <p>
          {done.length} of {catalogue.length} exercises attempted; {activities.length} scored attempt
          {activities.length === 1 ? '' : 's'} in all.
        </p>
        <div className="progress-chart-box">
          {activities.length > 0 ? (
            <ScoreChart questions={series[0]} models={series[1]} />
          ) : (
            <p className="muted">
              {hydrated
                ? 'No scored attempts yet: your scores over time will be plotted here.'
                : 'Loading your saved progress…'}
            </p>
          )}
        </div>
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
              <tr key={`${p.exercise.kind}:${p.exercise.exercise}`}>
                <th scope="row">
                  <a href={p.exercise.href}>{p.exercise.title}</a>
                </th>
                <td>{p.exercise.kind === 'threat-model' ? 'Threat model' : 'Question'}</td>
                <td>{p.exercise.level}</td>
                <td>{p.attempts}</td>
                <td>{p.best ?? '–'}</td>
                <td>{p.latest ?? '–'}</td>
                <td>{p.lastAt ? new Date(p.lastAt).toLocaleDateString() : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Skills practised</h2>
        <ul className="progress-skills">
          {skills.map((s) => {
            const stat = skillStats.get(s.id);
            return (
              <li key={s.id}>
                <a href={s.href}>{s.title}</a>:{' '}
                {stat
                  ? `${stat.attempts} attempt${stat.attempts === 1 ? '' : 's'}, best ${stat.best}`
                  : 'not practised yet'}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">MITRE ATLAS techniques practised</h2>
        <p className="muted">
          Each column is an ATLAS tactic; each cell a technique your exercises practise, shaded by your best score on
          them (darker is better).
        </p>
        <CoverageMap columns={coverage} hrefs={techniqueHrefs} />
      </section>

      <BackupPanel onRestored={restore} ready={hydrated} />
    </div>
  );
}
