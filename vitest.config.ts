import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every temporary folder a test makes goes into one per run, removed at its end.
    globalSetup: ['test/support/temp-root.ts'],
    include: ['test/**/*.test.ts'],
    // test/shared/ reads public data from ../shared and runs as a suite of its own (vitest.shared.config.ts).
    // test/package/ packs callgen and installs the tarball from the registry: slow, `npm run test:package`.
    exclude: ['test/shared/**', 'test/package/**', '**/node_modules/**'],
    // Type-compiling tests (tsc on generated output) take seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
