import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, responseValidator as validator, type Validate } from '../support/load.js';

// An `allOf` extension (an inline member of properties and required) describes part of one object,
// so its `required` may name a property the node itself or another member declares, as Camunda's
// element-template schema writes it. The typo guard ("required" lists a name "properties" does not)
// holds such a name to everything the object declares. Each verdict here is Ajv 2020's.

afterAll(removeScratch);

const ok = (validate: Validate, values: readonly unknown[]): boolean[] => values.map((v) => validate(v).ok);

test("an extension's required may name a property the node declares", async () => {
  const extended = { title: 'extended', type: 'object', properties: { kind: { type: 'string' } }, allOf: [{ properties: { name: { type: 'string' } }, required: ['name', 'kind'] }] };
  const loaded = await loadSchemas({ 'extended.json': extended });
  expect(ok(validator(loaded, 'extended'), [{ name: 'x' }, { name: 'x', kind: 1 }, { name: 'x', kind: 'k' }])).toEqual([false, false, true]);
});

test("an extension's required may name a property of the type another member refers to", async () => {
  const base = { title: 'base', type: 'object', properties: { id: { type: 'string' } } };
  const derived = { title: 'derived', allOf: [{ $ref: 'base.json' }, { properties: { extra: { type: 'number' } }, required: ['id', 'extra'] }] };
  const loaded = await loadSchemas({ 'base.json': base, 'derived.json': derived });
  expect(ok(validator(loaded, 'derived'), [{ extra: 1 }, { id: 'a', extra: 1 }, { id: 2, extra: 1 }])).toEqual([false, true, false]);
});

test('a name no part of the object declares is still a typo, refused where the extension lists it', async () => {
  const typo = { title: 'typo', type: 'object', properties: { kind: { type: 'string' } }, allOf: [{ properties: { name: { type: 'string' } }, required: ['name', 'knd'] }] };
  const loaded = await loadSchemas({ 'typo.json': typo });
  expect(loaded.ok ? [] : loaded.problems).toEqual(['typo.json#/allOf/0/required: "required" lists "knd", which is not among "properties"; declare it or remove it']);
});
