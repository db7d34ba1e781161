/** The smaller sections of /progress/: the suggested next exercise and the skills practised. */
import { attemptsSummary, EXERCISE_KIND_NAMES } from '../../lib/progress/display';
import type { skillsPractised, suggestNext } from '../../lib/progress/progress';
import type { ProgressProps } from './types';

export function SuggestedNext({ next }: { next: ReturnType<typeof suggestNext> }) {
  return (
    <section aria-labelledby="next-heading" className="progress-next">
      <h2 id="next-heading">Suggested next</h2>
      {next ? (
        <p>
          <a href={next.exercise.href}>{next.exercise.title}</a> ({EXERCISE_KIND_NAMES[next.exercise.kind].prose},{' '}
          {next.exercise.level}). {next.reason}
        </p>
      ) : (
        <p>You have reached 70 or more on every exercise. Try the simulator, or run a mock interview.</p>
      )}
    </section>
  );
}

export function SkillsPractised({
  skills,
  stats,
}: {
  skills: ProgressProps['skills'];
  stats: ReturnType<typeof skillsPractised>;
}) {
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">Skills practised</h2>
      <ul className="progress-skills">
        {skills.map((s) => {
          const stat = stats.get(s.id);
          return (
            <li key={s.id}>
              <a href={s.href}>{s.title}</a>: {stat ? attemptsSummary(stat.attempts, stat.best) : 'not practised yet'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
