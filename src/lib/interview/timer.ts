/**
 * Stopwatch state that survives a reload: the time already counted plus, while running, the wall
 * clock instant it was started at. Times are milliseconds since the epoch, passed in by the caller.
 */
export interface Stopwatch {
  accumulatedMs: number;
  startedAt: number | null;
}

export const stoppedWatch = (): Stopwatch => ({ accumulatedMs: 0, startedAt: null });

export function elapsedMs(w: Stopwatch, now: number): number {
  // A clock that went backwards (changed system time) must not make time negative.
  return w.accumulatedMs + (w.startedAt === null ? 0 : Math.max(0, now - w.startedAt));
}

export function startWatch(w: Stopwatch, now: number): Stopwatch {
  return w.startedAt === null ? { ...w, startedAt: now } : w;
}

export function pauseWatch(w: Stopwatch, now: number): Stopwatch {
  return w.startedAt === null ? w : { accumulatedMs: elapsedMs(w, now), startedAt: null };
}

/** "m:ss", or "h:mm:ss" from an hour; negative input (time left overrun) gets a minus sign. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/** The interview's clocks: the whole session and each question. */
export interface RunState {
  current: number;
  running: boolean;
  total: Stopwatch;
  perQuestion: Record<string, Stopwatch>;
}

export const initialRun = (): RunState => ({ current: 0, running: false, total: stoppedWatch(), perQuestion: {} });

const watchOf = (run: RunState, q: string) => run.perQuestion[q] ?? stoppedWatch();

/** Starts or resumes the clocks of the whole session and of the current question. */
export function startRun(run: RunState, questions: readonly string[], now: number): RunState {
  const q = questions[run.current];
  return {
    ...run,
    running: true,
    total: startWatch(run.total, now),
    perQuestion: q ? { ...run.perQuestion, [q]: startWatch(watchOf(run, q), now) } : run.perQuestion,
  };
}

/** Pauses every clock. */
export function pauseRun(run: RunState, now: number): RunState {
  const perQuestion = Object.fromEntries(Object.entries(run.perQuestion).map(([q, w]) => [q, pauseWatch(w, now)]));
  return { ...run, running: false, total: pauseWatch(run.total, now), perQuestion };
}

/** Moves to question `index`; if the clocks run, the old question's clock stops and the new one's starts. */
export function goToQuestion(run: RunState, questions: readonly string[], index: number, now: number): RunState {
  if (!Number.isInteger(index) || index < 0 || index >= questions.length) return run;
  const from = questions[run.current];
  const to = questions[index];
  let perQuestion = run.perQuestion;
  if (run.running) {
    if (from) perQuestion = { ...perQuestion, [from]: pauseWatch(watchOf(run, from), now) };
    perQuestion = { ...perQuestion, [to]: startWatch(perQuestion[to] ?? stoppedWatch(), now) };
  }
  return { ...run, current: index, perQuestion };
}

export function questionElapsed(run: RunState, q: string, now: number): number {
  return elapsedMs(watchOf(run, q), now);
}
