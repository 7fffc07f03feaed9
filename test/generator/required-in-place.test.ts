import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, responseValidator as validator, type Validate } from '../support/load.js';

// A subschema that applies at the same value (an `allOf` member, a `oneOf`/`anyOf` branch,
// `if`/`then`/`else`, a `dependentSchemas` value) describes part of the object around it, so its
// `required` may name a property the schemas around it declare, as Camunda's element-template
// schema writes it. The typo guard ("required" lists a name "properties" does not) holds such a
// name to all of them, and to nothing a property's own schema stands beside. Each verdict is Ajv 2020's.
// The other way round, a node may require what its in-place subschemas declare (the tests at the end).

afterAll(removeScratch);

const ok = (validate: Validate, values: readonly unknown[]): boolean[] => values.map((v) => validate(v).ok);

async function verdicts(schema: object, values: readonly unknown[]): Promise<boolean[]> {
  return ok(validator(await loadSchemas({ 's.json': { title: 's', ...schema } }), 's'), values);
}

test("an allOf extension's required may name a property the node declares", async () => {
  const extended = { type: 'object', properties: { kind: { type: 'string' } }, allOf: [{ properties: { name: { type: 'string' } }, required: ['name', 'kind'] }] };
  expect(await verdicts(extended, [{ name: 'x' }, { name: 'x', kind: 1 }, { name: 'x', kind: 'k' }])).toEqual([false, false, true]);
});

test("an allOf extension's required may name a property of the type another member refers to", async () => {
  const base = { title: 'base', type: 'object', properties: { id: { type: 'string' } } };
  const derived = { title: 'derived', allOf: [{ $ref: 'base.json' }, { properties: { extra: { type: 'number' } }, required: ['id', 'extra'] }] };
  const loaded = await loadSchemas({ 'base.json': base, 'derived.json': derived });
  expect(ok(validator(loaded, 'derived'), [{ extra: 1 }, { id: 'a', extra: 1 }, { id: 2, extra: 1 }])).toEqual([false, true, false]);
});

test("a typed oneOf branch's required may name a property the node declares", async () => {
  const branches = [{ type: 'object', properties: { kind: { const: 'a' } }, required: ['kind', 'name'] }, { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'] }];
  const schema = { type: 'object', properties: { kind: { type: 'string' }, name: { type: 'string' } }, oneOf: branches };
  expect(await verdicts(schema, [{ kind: 'a' }, { kind: 'a', name: 'n' }, { kind: 'b' }, { kind: 'a', name: 1 }])).toEqual([false, true, true, false]);
});

test('if and then may require what the node declares', async () => {
  const schema = {
    type: 'object',
    properties: { kind: { type: 'string' }, name: { type: 'string' }, extra: { type: 'number' } },
    if: { type: 'object', properties: { kind: { const: 'a' } }, required: ['kind', 'name'] },
    then: { type: 'object', properties: { kind: true }, required: ['extra'] },
  };
  expect(await verdicts(schema, [{ kind: 'a', name: 'x' }, { kind: 'a', name: 'x', extra: 1 }, { kind: 'a' }, { kind: 'b', name: 'x' }])).toEqual([false, true, true, true]);
});

test('a condition two allOf levels down may require what the outer node declares', async () => {
  const condition = { if: { type: 'object', properties: { type: { const: 'Number' } }, required: ['type', 'value'] }, then: { properties: { value: { maximum: 100 } } } };
  const schema = { type: 'object', properties: { value: { type: 'number' }, type: { type: 'string' } }, allOf: [{ allOf: [condition] }] };
  expect(await verdicts(schema, [{ type: 'Number', value: 101 }, { type: 'Number', value: 5 }, { type: 'Text', value: 101 }])).toEqual([false, true, true]);
});

test('a dependentSchemas value may require what the node declares', async () => {
  const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, dependentSchemas: { a: { type: 'object', properties: { a: true }, required: ['b'] } } };
  expect(await verdicts(schema, [{ a: 'x' }, { a: 'x', b: 'y' }, { b: 'y' }])).toEqual([false, true, true]);
});

test('a name nothing around declares is still a typo, and a property holds its own object to its own properties', async () => {
  const extension = { type: 'object', properties: { kind: { type: 'string' } }, allOf: [{ properties: { name: { type: 'string' } }, required: ['name', 'knd'] }] };
  const branch = { type: 'object', properties: { name: { type: 'string' } }, oneOf: [{ type: 'object', properties: { kind: { const: 'a' } }, required: ['kind', 'nmae'] }] };
  const inner = { type: 'object', properties: { name: { type: 'string' }, inner: { type: 'object', properties: { x: { type: 'string' } }, required: ['name'] } } };
  const loaded = await loadSchemas({ 'extension.json': extension, 'branch.json': branch, 'inner.json': inner });
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    'branch.json#/oneOf/0/required: "required" lists "nmae", which is not among "properties"; declare it or remove it',
    'extension.json#/allOf/0/required: "required" lists "knd", which is not among "properties"; declare it or remove it',
    'inner.json#/properties/inner/required: "required" lists "name", which is not among "properties"; declare it or remove it',
  ]);
});

// A node may require a name that only its own in-place subschemas declare: each `anyOf` branch types
// it its own way (FIRST's CVSS v4.0.1 schema requires `baseScore` so). Verdicts are Ajv 2020's.
const typedByBranches = [{ properties: { b: { type: 'number', maximum: 5 } } }, { properties: { b: { type: 'number', minimum: 10 } } }];

test('a node may require a name only its anyOf branches declare', async () => {
  const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'], anyOf: typedByBranches };
  expect(await verdicts(schema, [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: 7 }, { a: 'x', b: 12 }, { a: 'x', b: 'y' }])).toEqual([false, true, false, true, false]);
});

test('a node may require a name an anyOf inside its allOf declares', async () => {
  const schema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'], allOf: [{ anyOf: [{ properties: { b: { type: 'number' } } }] }] };
  expect(await verdicts(schema, [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: 'y' }])).toEqual([false, true, false]);
});

test('beside unevaluatedProperties, a required name only branches declare is evaluated where a branch declaring it matches', async () => {
  const same = { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'], unevaluatedProperties: false, anyOf: typedByBranches };
  expect(await verdicts(same, [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: 7 }, { a: 'x', b: 12 }, { a: 'x', b: 1, c: 1 }])).toEqual([false, true, false, true, false]);
  // The anyOf holds by its second branch while the first, the one declaring b, fails: b is unevaluated.
  const other = { ...same, anyOf: [{ properties: { b: { type: 'number' } } }, { properties: { c: { type: 'string' } } }] };
  expect(await verdicts(other, [{ a: 'x', b: 's', c: 'y' }, { a: 'x', b: 1, c: 'y' }, { a: 'x', b: 1 }, { a: 'x', c: 'y' }])).toEqual([false, true, true, false]);
});

test('beside additionalProperties false, which forbids every name properties does not list, such a name is still refused', async () => {
  const schema = { title: 's', type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'], additionalProperties: false, anyOf: [{ properties: { b: { type: 'number' } } }] };
  const loaded = await loadSchemas({ 's.json': schema });
  expect(loaded.ok ? [] : loaded.problems).toEqual(['s.json#/required: "required" lists "b", which is not among "properties"; declare it or remove it']);
});
