/** The session and question clocks with start and pause. Times persist, so a reload keeps them. */
import { elapsedMs, formatClock, questionElapsed } from '../../lib/interview/timer';
import { useInterviewStore } from '../../stores/interview';
import { useTick } from '../hooks/useTick';

export default function Clocks({
  question,
  questionMinutes,
  sessionMinutes,
}: {
  question: string;
  questionMinutes: number;
  sessionMinutes: number;
}) {
  const run = useInterviewStore((s) => s.run);
  const startClock = useInterviewStore((s) => s.startClock);
  const pauseClock = useInterviewStore((s) => s.pauseClock);
  const now = useTick(run.running);
  const total = elapsedMs(run.total, now);
  const onQuestion = questionElapsed(run, question, now);
  const totalLeft = sessionMinutes * 60_000 - total;
  const questionLeft = questionMinutes * 60_000 - onQuestion;
  return (
    <section className="iv-clocks" aria-labelledby="iv-clocks-h">
      <h2 id="iv-clocks-h" className="visually-hidden">
        Timers
      </h2>
      <div className="iv-clock" role="timer" aria-label="Time on this question">
        <span className="iv-clock-label">This question</span>
        <span className="iv-clock-value">{formatClock(onQuestion)}</span>
        <span className={questionLeft < 0 ? 'iv-over' : 'muted'}>
          {questionLeft < 0
            ? `${formatClock(-questionLeft)} over its ${questionMinutes} min`
            : `of ${questionMinutes} min`}
        </span>
      </div>
      <div className="iv-clock" role="timer" aria-label="Time in the whole interview">
        <span className="iv-clock-label">Whole interview</span>
        <span className="iv-clock-value">{formatClock(total)}</span>
        <span className={totalLeft < 0 ? 'iv-over' : 'muted'}>
          {totalLeft < 0
            ? `${formatClock(-totalLeft)} over the plan`
            : `${formatClock(totalLeft)} left of ${sessionMinutes} min`}
        </span>
      </div>
      {run.running ? (
        <button type="button" onClick={() => pauseClock(Date.now())}>
          Pause timers
        </button>
      ) : (
        <button type="button" onClick={() => startClock(Date.now())}>
          {run.total.accumulatedMs > 0 ? 'Resume timers' : 'Start timers'}
        </button>
      )}
    </section>
  );
}
