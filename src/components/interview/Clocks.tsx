/** The session and question clocks with start and pause. Times persist, so a reload keeps them. */
import { clockReadings, type ClockReading } from '../../lib/interview/clock-readings';
import { useInterviewStore } from '../../stores/interview';
import { useTick } from '../hooks/useTick';

interface Props {
  question: string;
  questionMinutes: number;
  sessionMinutes: number;
}

function Clock({ name, label, reading }: { name: string; label: string; reading: ClockReading }) {
  return (
    <div className="iv-clock" role="timer" aria-label={name}>
      <span className="iv-clock-label">{label}</span>
      <span className="iv-clock-value">{reading.value}</span>
      <span className={reading.over ? 'iv-over' : 'muted'}>{reading.note}</span>
    </div>
  );
}

export default function Clocks({ question, questionMinutes, sessionMinutes }: Props) {
  const run = useInterviewStore((s) => s.run);
  const startClock = useInterviewStore((s) => s.startClock);
  const pauseClock = useInterviewStore((s) => s.pauseClock);
  const now = useTick(run.running);
  const readings = clockReadings(run, question, now, { questionMinutes, sessionMinutes });
  return (
    <section className="iv-clocks" aria-labelledby="iv-clocks-h">
      <h2 id="iv-clocks-h" className="visually-hidden">
        Timers
      </h2>
      <Clock name="Time on this question" label="This question" reading={readings.question} />
      <Clock name="Time in the whole interview" label="Whole interview" reading={readings.total} />
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
