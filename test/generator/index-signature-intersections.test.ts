import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateFolder } from '../support/generate.js';
import { typecheck } from '../support/typecheck.js';
import { loadSchemas, removeScratch, responseValidator } from '../support/load.js';

// An object with an index signature (additionalProperties with a schema, patternProperties) types
// the signature as the union of every value it may hold, its declared properties' types included.
// Where one of those is an intersection (an allOf of a union and an object), TypeScript 5.9 under
// exactOptionalPropertyTypes can find the property's type not assignable to that union although
// the union lists it (TS2411), and the interface does not compile: random OpenAPI document 11126
// of seed 11001 did so. Such a signature is typed `unknown`; the validator still checks the values.

const scratch: string[] = [];
afterAll(async () => {
  await removeScratch();
  for (const folder of scratch) await rm(folder, { recursive: true, force: true });
});

const either = { oneOf: [{ type: 'object', properties: { x: { const: 0 } } }, { type: 'array', items: { type: 'string' } }] };
const holder = {
  title: 'holder',
  type: 'object',
  properties: { both: { allOf: [either, { type: 'object', properties: { x: {} }, required: ['x'] }] } },
  required: ['both'],
  additionalProperties: { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'] },
};

test('an index signature beside a property typed by an intersection compiles, typed unknown', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-intersections-'));
  scratch.push(folder);
  const schemas = path.join(folder, 'schemas');
  await mkdir(schemas);
  await writeFile(path.join(schemas, 'holder.json'), JSON.stringify(holder));
  const result = await generateFolder(schemas);
  const out = path.join(folder, 'out');
  await mkdir(out);
  for (const file of result.files) await writeFile(path.join(out, file.path), file.text);
  const types = result.files.find((f) => f.path === 'types.ts')?.text ?? '';
  expect(types).toContain('both: ');
  expect(types).toMatch(/export interface Holder \{\n {2}\[key: string\]: unknown;\n/);
  expect(typecheck([path.join(out, 'index.ts')], 'Bundler')).toEqual([]);
});

test('the validator still checks the values the signature admits', async () => {
  const validate = responseValidator(await loadSchemas({ 'holder.json': holder }), 'holder');
  expect(validate({ both: { x: 0 }, extra: { kind: 'a' } }).ok).toBe(true);
  expect(validate({ both: { x: 0 }, extra: { kind: 1 } }).errors?.map((e) => e.path)).toEqual(['/extra/kind']);
  expect(validate({ both: { x: 0 }, extra: 'text' }).errors?.map((e) => e.path)).toEqual(['/extra']);
});
