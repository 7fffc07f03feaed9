import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts, validator } from '../support/ajv-verdicts.js';
import { generateAndTypecheck, loadSchemas, removeScratch } from '../support/load.js';

// `allOf` of one `$ref` beside annotations alone is how OpenAPI 3.0 documents describe a reference
// (a `$ref`'s siblings are ignored there): the value is the referred type, so it keeps that type's
// name, doc comments and tags, where a merge copied its properties inline (Rebilly's Search, whose
// copies made lines of 1,500 characters). A member with more beside it is still merged.

afterAll(removeScratch);

const customer = { title: 'customer', type: 'object', properties: { id: { type: 'string', format: 'uuid' }, email: { type: 'string', maxLength: 100 } }, required: ['id'] };
const search = {
  title: 'search',
  type: 'object',
  properties: {
    listed: { type: 'array', items: { allOf: [{ $ref: 'customer.json' }] } },
    described: { description: 'A customer, described here.', allOf: [{ $ref: 'customer.json' }] },
    // More than annotations beside the member: the merge reads it, as before.
    extended: { allOf: [{ $ref: 'customer.json' }], required: ['email'] },
  },
};
const files = { 'customer.json': customer, 'search.json': search };

test('a described reference keeps its type name; a member with rules beside it is merged', async () => {
  const { text, diagnostics } = await generateAndTypecheck(files);
  expect(diagnostics).toEqual([]);
  const types = text('types.ts');
  expect(types).toContain('  listed?: Customer[];\n');
  expect(types).toContain('  /** A customer, described here. */\n  described?: Customer;\n');
  expect(types).not.toContain('extended?: Customer;');
});

test('its verdicts are JSON Schema\'s, in both modes', async () => {
  const loaded = await loadSchemas(files);
  const values = [{ listed: [{ id: 'b7c9d2a4-0f3e-4d6b-9a1c-5e8f2d7b3a61' }] }, { listed: [{ email: 'a' }] }, { described: { email: 'a' } }, { described: { id: 'b7c9d2a4-0f3e-4d6b-9a1c-5e8f2d7b3a61', email: 'a'.repeat(101) } }, { extended: { id: 'b7c9d2a4-0f3e-4d6b-9a1c-5e8f2d7b3a61' } }, {}];
  const expected = ajvVerdicts(files, 'search.json', values);
  // Only the test's own sanity: the values tell valid from invalid.
  expect(expected).toEqual([true, false, false, false, false, true]);
  for (const mode of ['response', 'request'] as const) expect(values.map((value) => validator(loaded, 'search', mode)(value).ok), mode).toEqual(expected);
});
