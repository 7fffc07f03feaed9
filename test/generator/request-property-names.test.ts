import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts } from '../support/ajv-verdicts.js';
import { loadSchemas, removeScratch, requestValidator, responseValidator } from '../support/load.js';

// Request mode calls a key no schema at the object declares a typo. A `propertyNames` that lists
// names by `enum` or `const` names the keys the object may hold: Microsoft 365 Copilot's
// declarative agent manifest closes its objects so, and lists "$schema" there with no entry in
// `properties`, so every manifest that points an editor at its schema was refused in a request
// ('/$schema is not a known property'). On values without typos, a request is judged as JSON
// Schema (Ajv 2020) judges it; a name the list lacks is still refused, by `propertyNames`.

afterAll(removeScratch);

const manifest = {
  title: 'manifest',
  type: 'object',
  properties: { name: { type: 'string' }, version: { const: 'v1' } },
  required: ['name'],
  propertyNames: { enum: ['name', 'version', '$schema'] },
};
const single = {
  title: 'single',
  type: 'object',
  properties: { id: { type: 'string' } },
  propertyNames: { const: 'note' },
};
const files = { 'manifest.json': manifest, 'single.json': single };
const VALUES: Readonly<Record<'manifest' | 'single', readonly unknown[]>> = {
  manifest: [{ name: 'a', $schema: 'https://example.com/schema.json' }, { name: 'a', version: 'v1', $schema: 1 }, { name: 'a', version: 'v2' }, { $schema: 'x' }],
  // `id` is declared but not among the names `propertyNames` allows: JSON Schema refuses it.
  single: [{ note: 'n' }, {}, { note: 1 }, { id: 'x' }],
};

test('a name propertyNames lists is no typo in a request: JSON Schema\'s verdicts', async () => {
  const loaded = await loadSchemas(files);
  for (const name of ['manifest', 'single'] as const) {
    const values = VALUES[name];
    const expected = ajvVerdicts(files, `${name}.json`, values);
    expect(new Set(expected).size, name).toBe(2);
    expect(values.map((value) => requestValidator(loaded, name)(value).ok), `${name}, request`).toEqual(expected);
    expect(values.map((value) => responseValidator(loaded, name)(value).ok), `${name}, response`).toEqual(expected);
  }
});

test('a name propertyNames does not list is still refused in both modes', async () => {
  const loaded = await loadSchemas(files);
  const request = requestValidator(loaded, 'manifest')({ name: 'a', nmae: 'b' }).errors?.map((e) => `${e.path} ${e.keyword}`) ?? [];
  expect(request).toContain('/nmae propertyNames');
  expect(responseValidator(loaded, 'manifest')({ name: 'a', nmae: 'b' }).ok).toBe(false);
});
