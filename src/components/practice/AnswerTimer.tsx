/** The optional answer timer: off by default; counts up against the question's suggested minutes. */
import { useId, useState } from 'react';
import { formatClock } from '../../lib/interview/timer';
import { useTick } from '../hooks/useTick';

export interface Stopwatch {
  on: boolean;
  seconds: number;
  setOn(on: boolean): void;
  /** Stops the timer and returns the seconds counted. */
  stop(): number;
}

const secondsSince = (start: number | null, now: number) =>
  start === null ? 0 : Math.max(0, Math.floor((now - start) / 1000));

/** The time starts when the learner turns the timer on (an event), and is counted from the clock. */
export function useStopwatch(): Stopwatch {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const on = startedAt !== null;
  const now = useTick(on);
  return {
    on,
    seconds: secondsSince(startedAt, now),
    setOn: (next) => setStartedAt(next ? Date.now() : null),
    stop() {
      const s = secondsSince(startedAt, Date.now());
      setStartedAt(null);
      return s;
    },
  };
}

export default function AnswerTimer({ stopwatch, minutes }: { stopwatch: Stopwatch; minutes: number }) {
  const id = useId();
  const over = stopwatch.on && stopwatch.seconds >= minutes * 60;
  return (
    <span className="pr-timer">
      <input id={id} type="checkbox" checked={stopwatch.on} onChange={(e) => stopwatch.setOn(e.target.checked)} />
      <label htmlFor={id}>Time me ({minutes} min)</label>
      {stopwatch.on && (
        <span className={over ? 'pr-clock pr-over' : 'pr-clock'}>
          {formatClock(stopwatch.seconds * 1000)} / {minutes}:00{over ? ' (time is up)' : ''}
        </span>
      )}
    </span>
  );
}
