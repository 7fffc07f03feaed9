import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/generate.js';
import { RESOLUTIONS, typecheck } from '../support/typecheck.js';

const SNAPSHOTS = fileURLToPath(new URL('./__snapshots__/', import.meta.url));
const entryPoints = [
  ...readdirSync(SNAPSHOTS).map((fixture) => path.join(SNAPSHOTS, fixture, 'index.ts')),
  path.join(REPO, 'generated', 'index.ts'),
  path.join(REPO, 'generated', 'v1.0', 'index.ts'),
  path.join(REPO, 'generated', 'beta', 'index.ts'),
].filter((file) => existsSync(file));

// The generated modules must compile in a consumer's repo under its strictest flags, whether it
// resolves modules the Node way (relative imports need `.js`) or the bundler way, and publishes
// declarations from them with isolatedDeclarations.
describe.each(Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[])('moduleResolution %s', (resolution) => {
  test('every generated module type-checks with the strictest flags', () => {
    expect(typecheck(entryPoints, resolution, { declaration: true, isolatedDeclarations: true })).toEqual([]);
  });
});

test('a consumer type error is reported (the check is not vacuous)', () => {
  const broken = path.join(SNAPSHOTS, 'nullable', 'index.ts');
  // `lib` without ES2015 promises the generated code would not need: it must fail loudly, not pass silently.
  expect(typecheck([broken], 'NodeNext', { lib: ['lib.es5.d.ts'] }).length).toBeGreaterThan(0);
});
