import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    // The CLI tests spawn the built CLI; on a loaded shared machine 5 s is too tight for a few of them.
    testTimeout: 20_000,
  },
});
