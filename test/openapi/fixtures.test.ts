import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { RESOLUTIONS, typecheck } from '../support/typecheck.js';
import { generateDocument, OPENAPI_FIXTURES } from './support.js';

const fixtures = readdirSync(OPENAPI_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const SNAPSHOTS = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

// Each OpenAPI fixture's output is pinned file by file under __snapshots__/<fixture>/, read and
// agreed to like the schema-folder fixtures; reader.test.ts runs their validators.
describe.each(fixtures)('OpenAPI fixture %s', (fixture) => {
  test('generates the pinned files', async () => {
    const result = await generateDocument(path.join(OPENAPI_FIXTURES, fixture, 'openapi.yaml'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    for (const file of result.files) {
      await expect(file.text).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file.path}`);
    }
    // A file pinned earlier that the generator no longer writes is stale, not a pin.
    expect(readdirSync(path.join(SNAPSHOTS, fixture)).sort()).toEqual(result.files.map((f) => f.path).sort());
  });
});

describe.each(Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[])('moduleResolution %s', (resolution) => {
  test('the code generated from every OpenAPI fixture type-checks with the strictest flags', () => {
    expect(typecheck(fixtures.map((f) => path.join(SNAPSHOTS, f, 'index.ts')), resolution)).toEqual([]);
  });
});
