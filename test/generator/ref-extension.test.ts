import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, loadSchemas, removeScratch, validator, type Validate } from '../support/load.js';

// A "$ref" beside "properties" (2019-09 on) extends the object it names, as
// `"allOf": [{ "$ref": ... }]` beside them does: one object holding both sets of names, each held
// to its rules. Read as two checks side by side, the target's own check refused in a request the
// names only the node declares, so no request that used them could be valid. Each verdict of
// response mode is Ajv 2020's.

afterAll(removeScratch);

const base = { title: 'base', type: 'object', properties: { a: { type: 'string' } } };
const derived = { title: 'derived', $ref: 'base.json', properties: { b: { type: 'integer' } }, required: ['a'] };

const verdicts = (validate: Validate, values: readonly unknown[]): boolean[] => values.map((v) => validate(v).ok);
const paths = (validate: Validate, value: unknown): string[] => (validate(value).errors ?? []).map((e) => `${e.path} ${e.keyword}`);

test('a request may hold the names the node and its target declare, each checked by its own rule, and no other', async () => {
  const loaded = await loadSchemas({ 'base.json': base, 'derived.json': derived });
  const request = validator(loaded, 'derived', 'request');
  expect(verdicts(request, [{ a: 'x', b: 1 }, { a: 'x' }, { b: 1 }])).toEqual([true, true, false]);
  expect(paths(request, { a: 1, b: 'y', c: true })).toEqual(['/a type', '/b type', '/c additionalProperties']);
  // A response holds other names too, as any object type's does.
  expect(verdicts(validator(loaded, 'derived', 'response'), [{ a: 'x', b: 1, c: true }, { a: 'x', b: 1.5 }])).toEqual([true, false]);
});

test('its type holds both sets of names, and the node may require a name only the target declares', async () => {
  const { text, diagnostics } = await generateAndTypecheck({ 'base.json': base, 'derived.json': derived });
  expect(diagnostics).toEqual([]);
  expect(text('types.ts')).toMatch(/export interface Derived \{\n(?:\s*\/\*\*[^]*?\*\/\n)?\s*a: string;\n(?:\s*\/\*\*[^]*?\*\/\n)?\s*b\?: number;\n\}/);
});

test("a target that closes its object refuses the node's names, as JSON Schema reads it, in both modes", async () => {
  const closed = { ...base, additionalProperties: false };
  const loaded = await loadSchemas({ 'base.json': closed, 'derived.json': derived });
  for (const mode of ['request', 'response'] as const) expect(paths(validator(loaded, 'derived', mode), { a: 'x', b: 1 })).toEqual(['/b additionalProperties']);
});

test("a target whose additionalProperties is a schema holds the node's names to it too, as JSON Schema reads it", async () => {
  const strings = { ...base, additionalProperties: { type: 'string' } };
  const loaded = await loadSchemas({ 'base.json': strings, 'derived.json': { ...derived, properties: { b: { type: ['integer', 'string'] } } } });
  expect(verdicts(validator(loaded, 'derived', 'response'), [{ a: 'x', b: 'y' }, { a: 'x', b: 1 }])).toEqual([true, false]);
});

test("the node's own additionalProperties sees only its own properties, as JSON Schema reads it", async () => {
  const loaded = await loadSchemas({ 'base.json': base, 'derived.json': { ...derived, required: [], additionalProperties: false } });
  expect(paths(validator(loaded, 'derived', 'response'), { a: 'x', b: 1 })).toEqual(['/a additionalProperties']);
});
