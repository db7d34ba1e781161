/**
 * The line on a Learn card or under a Practice question that says what the learner has done
 * there (src/lib/progress/summary.ts). It reads the saved work after hydration and draws nothing
 * before it, or when there is nothing yet, so a newcomer's index is unchanged.
 */
import { useMemo } from 'react';
import { questionDone, scenarioDone } from '../../lib/progress/summary';
import { activities as questionActivities, useAttemptsStore } from '../../stores/attempts';
import { activities as modelActivities, useThreatModelsStore } from '../../stores/threat-models';
import { useHydrated } from '../persist/useHydrated';

type Props = { scenario: string; questions: string[] } | { question: string };

export default function IndexDone(props: Props) {
  const hydrated = useHydrated(useAttemptsStore, useThreatModelsStore);
  const attempts = useAttemptsStore((s) => s.attempts);
  const work = useThreatModelsStore((s) => s.work);
  const all = useMemo(
    () => [...questionActivities({ attempts, drafts: {} }), ...modelActivities({ work })],
    [attempts, work],
  );
  const done =
    'question' in props ? questionDone(all, props.question) : scenarioDone(all, props.scenario, props.questions);
  if (!hydrated || !done) return null;
  return (
    <p className="index-done">
      <strong>Your work:</strong> {done}
    </p>
  );
}
