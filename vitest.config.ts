import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores, which on CI's 2-core machines is a
    // single worker: the suite then runs serially while the second core idles. Use every core.
    maxWorkers: availableParallelism(),
  },
});
