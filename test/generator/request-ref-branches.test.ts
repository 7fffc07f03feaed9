import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts } from '../support/ajv-verdicts.js';
import { loadSchemas, removeScratch, requestValidator, responseValidator } from '../support/load.js';

// Request mode calls a key no schema at the object declares a typo. A `oneOf`/`anyOf` branch by
// `$ref` declares its names for the same object as an inline branch does: Microsoft 365 Copilot's
// declarative agent manifest types a capability as `{ "type": "object", "properties": { "name" },
// "anyOf": [{ "$ref": "#/$defs/web-search" }, ...] }`, and every request holding a web search's
// `sites` was refused at the capability ('/sites is not a known property'), though the branch
// that matched declares and checks it. On values without typos, a request is judged as JSON
// Schema (Ajv 2020) judges it; a typo is still one.

afterAll(removeScratch);

const capability = {
  title: 'capability',
  type: 'object',
  properties: { name: { type: 'string' } },
  anyOf: [{ $ref: '#/$defs/web' }, { $ref: '#/$defs/art' }],
  $defs: {
    web: { type: 'object', properties: { name: { const: 'Web' }, sites: { type: 'array', items: { type: 'string' } } }, required: ['name'], additionalProperties: false },
    art: { type: 'object', properties: { name: { const: 'Art' }, style: { type: 'string' } }, required: ['name'], additionalProperties: false },
  },
};
// Untagged branches by `$ref`, one of them reached through a `$ref` to a union, and items that
// refer back to the schema itself: the names are read through every `$ref`, each schema once.
const node = {
  title: 'node',
  type: 'object',
  properties: { id: { type: 'string' } },
  oneOf: [{ $ref: '#/$defs/leaf' }, { $ref: '#/$defs/branchy' }],
  $defs: {
    leaf: { properties: { id: {}, value: { type: 'number' } }, required: ['value'] },
    branchy: { anyOf: [{ $ref: '#/$defs/parent' }] },
    parent: { properties: { id: {}, children: { type: 'array', items: { $ref: 'node.json' } } }, required: ['children'] },
  },
};
const files = { 'capability.json': capability, 'node.json': node };
// Each value holds only names its schema declares somewhere: no typos.
const VALUES: Readonly<Record<'capability' | 'node', readonly unknown[]>> = {
  capability: [{ name: 'Web', sites: ['a'] }, { name: 'Art', style: 's' }, { name: 'Art' }, { name: 'Web', sites: [1] }, { name: 'Art', sites: [] }, { name: 'Other' }],
  node: [{ id: 'a', value: 1 }, { id: 'a', children: [{ value: 2 }] }, { value: 'x' }, { id: 'a', children: [{ children: 1 }] }, { id: 1, value: 1 }],
};

test('a branch by $ref declares its names for the object around it in a request: JSON Schema\'s verdicts on values without typos', async () => {
  const loaded = await loadSchemas(files);
  for (const name of ['capability', 'node'] as const) {
    const values = VALUES[name];
    const expected = ajvVerdicts(files, `${name}.json`, values);
    expect(new Set(expected).size, name).toBe(2);
    expect(values.map((value) => requestValidator(loaded, name)(value).ok), `${name}, request`).toEqual(expected);
    expect(values.map((value) => responseValidator(loaded, name)(value).ok), `${name}, response`).toEqual(expected);
  }
});

test('a typo beside branches by $ref is still one in a request', async () => {
  const loaded = await loadSchemas(files);
  const errors = requestValidator(loaded, 'capability')({ name: 'Web', sties: [] }).errors?.map((e) => `${e.path} ${e.keyword}`) ?? [];
  expect(errors).toContain('/sties additionalProperties');
  expect(requestValidator(loaded, 'node')({ id: 'a', value: 1, vlaue: 2 }).ok).toBe(false);
});
