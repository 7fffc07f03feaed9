import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, generateFolder } from '../support/generate.js';

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Each fixture's output is pinned file by file under __snapshots__/<fixture>/. The snapshots are
// TypeScript modules, so `tsc` type-checks them with the rest of the repository (and
// consumer.test.ts again under a consumer's strictest flags).
describe.each(fixtures)('fixture %s', (fixture) => {
  test('generates the pinned files', async () => {
    const { files } = await generateFolder(path.join(FIXTURES, fixture));
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['index.ts', 'runtime.ts', 'types.ts', 'validators.ts']));
    for (const file of files) {
      await expect(file.text).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file.path}`);
    }
  });
});

test('there are at least a dozen fixtures, each a different construct', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(12);
});
