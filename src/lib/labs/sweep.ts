/**
 * A sweep: one experiment per setting, in order, with progress counted over the whole sweep
 * (each experiment's share given by `steps`) and each point reported as it finishes. Shared by
 * the accuracy-against-ε and the success-against-rate sweeps.
 */
export interface SweepHooks<P> {
  onPoint?: (p: P, done: number) => void;
  onProgress?: (done: number, of: number) => void;
}

export async function runSweep<S, P>(
  settings: readonly S[],
  steps: (s: S) => number,
  run: (s: S, onStep: (done: number) => void) => Promise<P>,
  hooks: SweepHooks<P> = {},
): Promise<P[]> {
  const total = settings.reduce((n, s) => n + steps(s), 0);
  let before = 0;
  const points: P[] = [];
  for (const s of settings) {
    const p = await run(s, (d) => hooks.onProgress?.(before + d, total));
    before += steps(s);
    points.push(p);
    hooks.onPoint?.(p, points.length);
  }
  return points;
}
