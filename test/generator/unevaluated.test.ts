import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, requestValidator, responseValidator as validator, type Validate } from '../support/load.js';

// `unevaluatedProperties` (`unevaluatedItems`) applies to what no other keyword of the schema
// evaluated. Where nothing but `properties`/`patternProperties` (`prefixItems`) evaluates, that is
// what `additionalProperties` (`items`) applies to, and callgen reads it so (the official suite's
// groups of that form run in test/shared/json-schema-suite); beside a composition or a `$ref` it is
// refused (test/fixtures/bad-schemas/unsupported-keyword). Each verdict here is Ajv 2020's.

afterAll(removeScratch);

const ok = (validate: Validate, values: readonly unknown[]): boolean[] => values.map((v) => validate(v).ok);

test('beside properties and patternProperties alone, it holds the other properties, as additionalProperties would', async () => {
  const closed = { title: 'closed', type: 'object', properties: { a: { type: 'string' } }, patternProperties: { '^x-': true }, unevaluatedProperties: false };
  const typed = { title: 'typed', properties: { a: true }, unevaluatedProperties: { type: 'number' } };
  const loaded = await loadSchemas({ 'closed.json': closed, 'typed.json': typed });
  expect(ok(validator(loaded, 'closed'), [{ a: 'x' }, { a: 'x', 'x-b': 1 }, { a: 'x', b: 1 }, { a: 1 }])).toEqual([true, true, false, false]);
  expect(ok(validator(loaded, 'typed'), [{ a: 'x', b: 1 }, { b: 'x' }, 'not an object'])).toEqual([true, false, true]);
});

test('beside additionalProperties, which evaluates every other property, it checks nothing', async () => {
  const loaded = await loadSchemas({ 'open.json': { title: 'open', additionalProperties: { type: 'string' }, unevaluatedProperties: false } });
  expect(ok(validator(loaded, 'open'), [{ b: 'x' }, { b: 1 }])).toEqual([true, false]);
});

test('unevaluatedItems after prefixItems holds the items after them, also where 2019-09 writes the tuple as items', async () => {
  const pair = { title: 'pair', prefixItems: [{ type: 'string' }], unevaluatedItems: false };
  const old = { $schema: 'https://json-schema.org/draft/2019-09/schema', title: 'old', items: [{ type: 'string' }], unevaluatedItems: { type: 'number' } };
  const loaded = await loadSchemas({ 'pair.json': pair, 'old.json': old });
  expect(ok(validator(loaded, 'pair'), [[], ['a'], ['a', 'b'], [1]])).toEqual([true, true, false, false]);
  expect(ok(validator(loaded, 'old'), [['a', 1, 2], ['a', 'b']])).toEqual([true, false]);
});

test('a problem inside it is placed where the file writes it', async () => {
  const loaded = await loadSchemas({ 'bad.json': { title: 'bad', properties: { a: true }, unevaluatedProperties: { minimum: 'x' } } });
  expect(loaded.ok ? [] : loaded.problems).toEqual(['bad.json#/unevaluatedProperties/minimum: "minimum" must be a number']);
});

test('a $ref through it still finds its schema', async () => {
  const loaded = await loadSchemas({
    'ref.json': { title: 'ref', type: 'object', properties: { a: { properties: {}, unevaluatedProperties: { type: 'string' } }, b: { $ref: '#/properties/a/unevaluatedProperties' } } },
  });
  expect(ok(validator(loaded, 'ref'), [{ a: { k: 'x' }, b: 'y' }, { a: { k: 1 } }, { b: 2 }])).toEqual([true, false, false]);
});

// One table (generator/schema/unevaluated.ts) decides, for schema folders and OpenAPI documents
// alike, which keywords beside it evaluate more (test/openapi/json-schema.test.ts pins the same).
test('beside dependentSchemas, which applies to objects only and so evaluates no item, unevaluatedItems still means items', async () => {
  const pairDep = { title: 'pairDep', prefixItems: [{ type: 'string' }], unevaluatedItems: false, dependentSchemas: { a: { required: ['b'] } } };
  const loaded = await loadSchemas({ 'pairDep.json': pairDep });
  expect(ok(validator(loaded, 'pairDep'), [['a'], ['a', 'b'], [1], { a: 1 }, { a: 1, b: 2 }])).toEqual([true, false, false, false, true]);
});

test('beside a then with no if, which JSON Schema ignores, unevaluatedProperties still means additionalProperties', async () => {
  const loneThen = { title: 'loneThen', properties: { a: true }, then: { properties: { b: true } }, unevaluatedProperties: false };
  const loaded = await loadSchemas({ 'loneThen.json': loneThen });
  expect(ok(validator(loaded, 'loneThen'), [{ a: 1 }, { a: 1, b: 2 }, {}])).toEqual([true, false, true]);
});

// Ajv names the keyword that refused a key; so does callgen, wherever the model reads the keyword.
test('an unknown key is reported under the keyword that refused it: unevaluatedProperties where the file wrote it, additionalProperties otherwise', async () => {
  const member = { type: 'object', properties: { a: { type: 'string' } } };
  const loaded = await loadSchemas({
    'plain.json': { title: 'plain', type: 'object', properties: { a: true }, unevaluatedProperties: false },
    'both.json': { title: 'both', type: 'object', properties: { a: true }, additionalProperties: false, unevaluatedProperties: false },
    'closedByAdditional.json': { title: 'closedByAdditional', type: 'object', properties: { a: true }, additionalProperties: false },
    'merged.json': { title: 'merged', allOf: [member, { properties: { b: { type: 'number' } } }], unevaluatedProperties: false },
    'tagged.json': {
      title: 'tagged',
      type: 'object',
      oneOf: [
        { properties: { kind: { const: 'x' }, x: true }, required: ['kind'] },
        { properties: { kind: { const: 'y' }, y: true }, required: ['kind'] },
      ],
      unevaluatedProperties: false,
    },
    'open.json': { title: 'open', type: 'object', properties: { a: true } },
  });
  const keywords = (validate: Validate, value: unknown) => (validate(value).errors ?? []).map((e) => `${e.path} ${e.keyword}`);
  expect(keywords(validator(loaded, 'plain'), { a: 1, z: 1 })).toEqual(['/z unevaluatedProperties']);
  expect(keywords(validator(loaded, 'both'), { a: 1, z: 1 })).toEqual(['/z additionalProperties']);
  expect(keywords(validator(loaded, 'closedByAdditional'), { a: 1, z: 1 })).toEqual(['/z additionalProperties']);
  expect(keywords(validator(loaded, 'merged'), { a: 'x', b: 1, z: 1 })).toEqual(['/z unevaluatedProperties']);
  expect(keywords(validator(loaded, 'tagged'), { kind: 'x', x: 1, y: 1 })).toEqual(['/y unevaluatedProperties']);
  // Request mode refuses a key the object does not declare by its own rule, reported as additionalProperties.
  expect(keywords(requestValidator(loaded, 'open'), { a: 1, z: 1 })).toEqual(['/z additionalProperties']);
  expect(keywords(requestValidator(loaded, 'plain'), { a: 1, z: 1 })).toEqual(['/z unevaluatedProperties']);
});
