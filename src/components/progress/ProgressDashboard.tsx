/**
 * /progress/: what the learner has attempted, best and latest scores, scores over time, skills
 * and ATLAS techniques practised, the suggested next exercise, and the backup of everything.
 */
import { useMemo } from 'react';
import './progress.css';
import { useAttemptsStore, activities as questionActivities } from '../../stores/attempts';
import { useThreatModelsStore, activities as modelActivities } from '../../stores/threat-models';
import { useSimulatorRunsStore, activities as simulatorActivities } from '../../stores/simulator-runs';
import { useLabRunsStore, activities as labActivities } from '../../stores/lab-runs';
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
import ExerciseTable from './ExerciseTable';
import { SkillsPractised, SuggestedNext } from './ProgressSections';
import type { ProgressProps } from './types';

export default function ProgressDashboard({ catalogue, techniques, skills }: ProgressProps) {
  const hydrated = useHydrated(useAttemptsStore, useThreatModelsStore, useSimulatorRunsStore, useLabRunsStore);
  const attempts = useAttemptsStore((s) => s.attempts);
  const work = useThreatModelsStore((s) => s.work);
  const practice = useSimulatorRunsStore((s) => s.practice);
  const labPractice = useLabRunsStore((s) => s.practice);

  const activities = useMemo(
    () => [
      ...questionActivities({ attempts, drafts: {} }),
      ...modelActivities({ work }),
      ...simulatorActivities({ practice }),
      ...labActivities({ practice: labPractice }),
    ],
    [attempts, work, practice, labPractice],
  );
  const scored = activities.filter((a) => a.score !== null).length;
  const progress = useMemo(() => exerciseProgress(catalogue, activities), [catalogue, activities]);
  const done = progress.filter((p) => p.attempts > 0);
  const coverage = useMemo(() => atlasCoverage(activities, techniques), [activities, techniques]);
  const techniqueHrefs = useMemo(() => new Map(techniques.map((t) => [t.id, t.href])), [techniques]);
  const series = useMemo(
    () => [scoreSeries(activities, 'question'), scoreSeries(activities, 'threat-model')] as const,
    [activities],
  );

  // Before hydration the same layout renders with no attempts, so nothing jumps when the saved
  // progress arrives a moment later.
  return (
    <div className="progress" aria-busy={!hydrated}>
      <StorageNotices />
      <SuggestedNext next={suggestNext(progress)} />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Your exercises</h2>
        <p>
          {done.length} of {catalogue.length} exercises attempted; {scored} scored attempt
          {scored === 1 ? '' : 's'} in all
          {practice.length > 0 && `, and ${practice.length} simulator run${practice.length === 1 ? '' : 's'}`}
          {labPractice.length > 0 && `, and ${labPractice.length} lab run${labPractice.length === 1 ? '' : 's'}`}.
        </p>
        <div className="progress-chart-box">
          {scored > 0 ? (
            <ScoreChart questions={series[0]} models={series[1]} />
          ) : (
            <p className="muted">
              {hydrated
                ? 'No scored attempts yet: your scores over time will be plotted here.'
                : 'Loading your saved progress…'}
            </p>
          )}
        </div>
        <ExerciseTable progress={progress} />
      </section>

      <SkillsPractised skills={skills} stats={skillsPractised(progress)} />

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">MITRE ATLAS techniques practised</h2>
        <p className="muted">
          Each column is an ATLAS tactic; each cell a technique your own work used (the mappings of the threat models
          you submitted, the simulator's and the labs' attacks), shaded by your best score with it (darker is better).
        </p>
        <CoverageMap columns={coverage} hrefs={techniqueHrefs} />
      </section>

      <BackupPanel ready={hydrated} />
    </div>
  );
}
