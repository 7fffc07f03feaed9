import { defineConfig } from 'vitest/config';

/**
 * The package suite (`npm run test:package`, run by `.ci/run`): packs callgen, installs the tarball
 * from the registry into a fresh npm-workspaces monorepo and builds it. Slow, and it needs the npm
 * registry, so it is not part of `npm test`.
 */
export default defineConfig({
  test: {
    // Every temporary folder a test makes goes into one per run, removed at its end.
    globalSetup: ['test/support/temp-root.ts'],
    include: ['test/package/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
