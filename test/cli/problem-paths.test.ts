import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A schema problem names its file as the user would type it, in every command that reads a schema
// folder or an OpenAPI document: `schemas/thing.json#/...`, never `thing.json#/...` (which file of
// that name?) nor the document's name twice.

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-problem-paths-'));
  await mkdir(path.join(dir, 'schemas'));
  await writeFile(path.join(dir, 'schemas', 'thing.json'), '{ "type": "object", "properties": { "name": { "type": "string", "minLength": -1 } } }');
  await writeFile(path.join(dir, 'payload.json'), '{}');
  await writeFile(path.join(dir, 'metadata.xml'), '<Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm"></Schema>');
  await mkdir(path.join(dir, 'api'));
  await writeFile(path.join(dir, 'api', 'api.yaml'), 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Thing:\n      type: string\n      minLength: -1\n');
  await writeFile(path.join(dir, 'callgen.config.json'), '{ "targets": [{ "name": "api", "openapi": "api/api.yaml", "out": "gen" }] }');
  return dir;
}

const THING = 'schemas/thing.json#/properties/name/minLength: "minLength" must be a whole number, 0 or more\n';

test.each([
  ['generate', ['generate', '--schemas', 'schemas', '--out', 'gen']],
  ['export', ['export', '--openapi', '--schemas', 'schemas']],
  ['snippet', ['snippet', '--schemas', 'schemas', '--type', 'thing', 'payload.json']],
  ['validate', ['validate', '--schemas', 'schemas', '--type', 'thing', 'payload.json']],
  ['drift', ['drift', '--schemas', 'schemas', '--metadata', 'metadata.xml', '--api-version', 'v1.0']],
])('%s names the schema file below its folder, exit 2', async (_name, argv) => {
  const io = captureIo(await project());
  expect(await main(argv, io)).toBe(2);
  expect(io.stderr().startsWith(THING)).toBe(true);
  expect(io.stdout()).toBe('');
});

test('validate --target with an OpenAPI document names the document once, as generate does', async () => {
  const dir = await project();
  const expected = 'api/api.yaml#/components/schemas/Thing/minLength: "minLength" must be a whole number, 0 or more\n';
  const validate = captureIo(dir);
  expect(await main(['validate', '--target', 'api', '--type', 'Thing', 'payload.json'], validate)).toBe(2);
  expect(validate.stderr()).toBe(`${expected}\n1 problem(s) in api/api.yaml; no payload was validated.\n`);
  const generate = captureIo(dir);
  expect(await main(['generate', '--target', 'api'], generate)).toBe(2);
  expect(generate.stderr()).toBe(`${expected}\n1 problem(s) in api/api.yaml; nothing was written.\n`);
});
