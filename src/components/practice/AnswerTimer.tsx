/** The optional answer timer: off by default; counts up against the question's suggested minutes. */
import { useEffect, useId, useRef, useState } from 'react';
import { formatClock } from '../../lib/interview/timer';

export interface Stopwatch {
  on: boolean;
  seconds: number;
  setOn(on: boolean): void;
  /** Stops the timer and returns the seconds counted. */
  stop(): number;
}

export function useStopwatch(): Stopwatch {
  const [on, setOnState] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const started = useRef<number | null>(null);
  useEffect(() => {
    if (!on) return;
    started.current = Date.now();
    setSeconds(0);
    const t = setInterval(() => setSeconds(Math.floor((Date.now() - (started.current ?? Date.now())) / 1000)), 1000);
    return () => clearInterval(t);
  }, [on]);
  return {
    on,
    seconds,
    setOn: setOnState,
    stop() {
      const s = started.current === null ? 0 : Math.max(0, Math.floor((Date.now() - started.current) / 1000));
      setOnState(false);
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
