import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';
import { OPENAPI_FIXTURES } from './support.js';

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-openapi-cli-'));
  cpSync(path.join(OPENAPI_FIXTURES, 'read-write'), path.join(folder, 'api'), { recursive: true });
  return folder;
}

test('generate --openapi writes the output and notes what it left out', async () => {
  const cwd = workspace();
  const io = captureIo(cwd);
  expect(await main(['generate', '--openapi', 'api/openapi.yaml', '--out', 'src/api'], io)).toBe(0);
  expect(readdirSync(path.join(cwd, 'src/api')).sort()).toEqual(['.callgen-manifest.json', 'index.ts', 'operations.ts', 'runtime.ts', 'types.ts', 'validators.ts']);
  expect(io.stderr()).toBe(
    'note: api/openapi.yaml#/components/schemas/User/properties/manager/x-internal-note: "x-internal-note" says nothing callgen checks or types, so it was left out\n',
  );
  expect(await main(['generate', '--openapi', 'api/openapi.yaml', '--out', 'src/api', '--check'], captureIo(cwd))).toBe(0);
});

test('a config target may read an OpenAPI document; naming a folder too is refused', async () => {
  const cwd = workspace();
  writeFileSync(path.join(cwd, 'callgen.config.json'), JSON.stringify({ targets: [{ name: 'api', openapi: 'api/openapi.yaml', out: 'api/generated' }] }));
  expect(await main(['generate'], captureIo(cwd))).toBe(0);
  expect(existsSync(path.join(cwd, 'api/generated/types.ts'))).toBe(true);
  writeFileSync(path.join(cwd, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'api', openapi: 'api/openapi.yaml', out: 'out' }] }));
  const io = captureIo(cwd);
  expect(await main(['generate'], io)).toBe(2);
  expect(io.stderr()).toContain('callgen.config.json#/targets/0/openapi: a target reads "schemas" or "openapi", not both; remove one');
});

test('--schemas with --openapi, and an output folder that holds the document, are usage errors', async () => {
  const cwd = workspace();
  const both = captureIo(cwd);
  expect(await main(['generate', '--schemas', 'api', '--openapi', 'api/openapi.yaml'], both)).toBe(2);
  expect(both.stderr()).toContain('give either --schemas or --openapi, not both');
  const inside = captureIo(cwd);
  expect(await main(['generate', '--openapi', 'api/openapi.yaml', '--out', 'api'], inside)).toBe(2);
  expect(inside.stderr()).toContain('holds the OpenAPI document');
});
