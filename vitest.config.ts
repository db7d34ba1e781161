import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // A limit for a test that has hung, not a speed budget (speed is `npm run bench`): the
    // simulator's seeds 1–5 experiments take a few seconds alone and several times that on a
    // 2-core machine that is also building; a tighter limit fails correct code there.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Vitest's default is one worker fewer than the cores, which on CI's 2-core machines is a
    // single worker: the suite then runs serially while the second core idles. Use every core.
    maxWorkers: availableParallelism(),
  },
});
