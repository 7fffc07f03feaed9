import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, loadSchemas, removeScratch, responseValidator } from '../support/load.js';

// An object with an index signature (additionalProperties with a schema, patternProperties) types
// the signature as the union of every value it may hold, its declared properties' types included.
// Where one of those is an intersection (an allOf of a union and an object), TypeScript 5.9 under
// exactOptionalPropertyTypes can find the property's type not assignable to that union although
// the union lists it (TS2411), and the interface does not compile: random OpenAPI document 11126
// of seed 11001 did so. Such a signature is typed `unknown`; the validator still checks the values.

afterAll(removeScratch);

const either = { oneOf: [{ type: 'object', properties: { x: { const: 0 } } }, { type: 'array', items: { type: 'string' } }] };
const holder = {
  title: 'holder',
  type: 'object',
  properties: { both: { allOf: [either, { type: 'object', properties: { x: {} }, required: ['x'] }] } },
  required: ['both'],
  additionalProperties: { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'] },
};

test('an index signature beside a property typed by an intersection compiles, typed unknown', async () => {
  const { text, diagnostics } = await generateAndTypecheck({ 'holder.json': holder });
  expect(text('types.ts')).toMatch(/export interface Holder \{\n {2}\[key: string\]: unknown;\n/);
  expect(diagnostics).toEqual([]);
});

test('the validator still checks the values the signature admits', async () => {
  const validate = responseValidator(await loadSchemas({ 'holder.json': holder }), 'holder');
  expect(validate({ both: { x: 0 }, extra: { kind: 'a' } }).ok).toBe(true);
  expect(validate({ both: { x: 0 }, extra: { kind: 1 } }).errors?.map((e) => e.path)).toEqual(['/extra/kind']);
  expect(validate({ both: { x: 0 }, extra: 'text' }).errors?.map((e) => e.path)).toEqual(['/extra']);
});
