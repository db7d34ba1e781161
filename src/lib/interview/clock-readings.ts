/**
 * What the console's two clocks read: the time on the current question against its suggested
 * minutes, and the time in the whole interview against the planned length. Pure.
 */
import { elapsedMs, formatClock, questionElapsed, type RunState } from './timer';

export interface ClockReading {
  /** The time counted, "m:ss". */
  value: string;
  /** Against the plan: what is left, or by how much it is over. */
  note: string;
  over: boolean;
}

export function clockReadings(
  run: RunState,
  question: string,
  now: number,
  plan: { questionMinutes: number; sessionMinutes: number },
): { question: ClockReading; total: ClockReading } {
  const onQuestion = questionElapsed(run, question, now);
  const total = elapsedMs(run.total, now);
  const questionLeft = plan.questionMinutes * 60_000 - onQuestion;
  const totalLeft = plan.sessionMinutes * 60_000 - total;
  return {
    question: {
      value: formatClock(onQuestion),
      over: questionLeft < 0,
      note:
        questionLeft < 0
          ? `${formatClock(-questionLeft)} over its ${plan.questionMinutes} min`
          : `of ${plan.questionMinutes} min`,
    },
    total: {
      value: formatClock(total),
      over: totalLeft < 0,
      note:
        totalLeft < 0
          ? `${formatClock(-totalLeft)} over the plan`
          : `${formatClock(totalLeft)} left of ${plan.sessionMinutes} min`,
    },
  };
}
