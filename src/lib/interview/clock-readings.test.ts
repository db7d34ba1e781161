import { describe, expect, it } from 'vitest';
import { clockReadings } from './clock-readings';
import { initialRun, pauseRun, startRun } from './timer';

const questions = ['q1', 'q2'];
const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const plan = { questionMinutes: 10, sessionMinutes: 45 };

describe('clockReadings', () => {
  it('read zero and the whole plan before the clocks start', () => {
    expect(clockReadings(initialRun(), 'q1', T0, plan)).toEqual({
      question: { value: '0:00', note: 'of 10 min', over: false },
      total: { value: '0:00', note: '45:00 left of 45 min', over: false },
    });
  });

  it('count while running (worked by hand: 7 min 30 s in, 37:30 left of 45)', () => {
    const run = startRun(initialRun(), questions, T0);
    expect(clockReadings(run, 'q1', T0 + 450_000, plan)).toEqual({
      question: { value: '7:30', note: 'of 10 min', over: false },
      total: { value: '7:30', note: '37:30 left of 45 min', over: false },
    });
  });

  it('say by how much a question and the interview are over (12:05 on a 10-minute question)', () => {
    const run = startRun(initialRun(), questions, T0);
    const r = clockReadings(run, 'q1', T0 + 725_000, { questionMinutes: 10, sessionMinutes: 12 });
    expect(r.question).toEqual({ value: '12:05', note: '2:05 over its 10 min', over: true });
    expect(r.total).toEqual({ value: '12:05', note: '0:05 over the plan', over: true });
  });

  it('read exactly the plan as not over (0 left)', () => {
    const run = startRun(initialRun(), questions, T0);
    const r = clockReadings(run, 'q1', T0 + 600_000, { questionMinutes: 10, sessionMinutes: 10 });
    expect([r.question.over, r.total.note]).toEqual([false, '0:00 left of 10 min']);
  });

  it('stand still once paused, and read 0 for a question never started', () => {
    const paused = pauseRun(startRun(initialRun(), questions, T0), T0 + 60_000);
    const later = clockReadings(paused, 'q1', T0 + 3_600_000, plan);
    expect([later.question.value, later.total.value]).toEqual(['1:00', '1:00']);
    expect(clockReadings(paused, 'q2', T0 + 3_600_000, plan).question.value).toBe('0:00');
  });
});
