import { defineConfig } from 'vitest/config';

/**
 * The shared-data suite: tests that read public data fetched for the project (Graph documentation
 * pages, Graph metadata, the JSON Schema test suite, OpenAPI examples) from `../shared` beside the
 * clone, or from `$CALLGEN_SHARED`. None of that data is committed; `.ci/run` runs this suite after
 * `npm test`.
 */
export default defineConfig({
  test: {
    // Every temporary folder a test makes goes into one per run, removed at its end.
    globalSetup: ['test/support/temp-root.ts'],
    include: ['test/shared/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
