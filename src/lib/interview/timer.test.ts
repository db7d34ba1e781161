import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatClock,
  goToQuestion,
  initialRun,
  pauseRun,
  pauseWatch,
  questionElapsed,
  startRun,
  startWatch,
  stoppedWatch,
} from './timer';

const qs = ['a/one', 'b/two'];

describe('stopwatch', () => {
  it('accumulates across pauses and ignores a double start', () => {
    let w = startWatch(stoppedWatch(), 1_000);
    w = startWatch(w, 5_000);
    expect(elapsedMs(w, 4_000)).toBe(3_000);
    w = pauseWatch(w, 4_000);
    expect(elapsedMs(w, 99_000)).toBe(3_000);
    w = pauseWatch(startWatch(w, 10_000), 12_500);
    expect(elapsedMs(w, 50_000)).toBe(5_500);
  });

  it('never goes negative when the clock goes backwards', () => {
    expect(elapsedMs({ accumulatedMs: 2_000, startedAt: 10_000 }, 5_000)).toBe(2_000);
  });

  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_600_000 + 62_000, '1:01:02'],
    [-90_000, '−1:30'],
  ])('formats %d ms as %s', (ms, text) => expect(formatClock(ms)).toBe(text));
});

describe('run clocks', () => {
  it('times the session and each question, switching the running question', () => {
    let run = startRun(initialRun(), qs, 0);
    run = goToQuestion(run, qs, 1, 60_000);
    run = pauseRun(run, 90_000);
    expect(run.current).toBe(1);
    expect(questionElapsed(run, 'a/one', 1e9)).toBe(60_000);
    expect(questionElapsed(run, 'b/two', 1e9)).toBe(30_000);
    expect(elapsedMs(run.total, 1e9)).toBe(90_000);
    run = goToQuestion(run, qs, 0, 100_000);
    expect(questionElapsed(run, 'a/one', 200_000)).toBe(60_000);
  });

  it('ignores an out-of-range question', () => {
    const run = initialRun();
    expect(goToQuestion(run, qs, 2, 0)).toBe(run);
    expect(goToQuestion(run, qs, -1, 0)).toBe(run);
  });
});
