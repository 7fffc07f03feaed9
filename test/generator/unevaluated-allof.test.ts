import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts, validator } from '../support/ajv-verdicts.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// `unevaluatedProperties` beside `allOf` (the 2020-12 way to close a schema that extends others),
// and beside a `$ref`, one more member: where every member is an object schema evaluated by `properties`/`patternProperties` alone, the
// properties no member and not the schema itself evaluated are what the merged object's
// `additionalProperties` applies to, and callgen reads it so. Every verdict is compared with Ajv
// 2020's on the same files; where a member evaluates in another way the keyword is refused at its
// place, with the reason.

afterAll(removeScratch);

const base = { title: 'base', type: 'object', properties: { id: { type: 'string' } }, patternProperties: { '^x-': { type: 'number' } } };
const extra = { title: 'extra', type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } }, required: ['tags'] };
const closed = { title: 'closed', allOf: [{ $ref: 'base.json' }, { $ref: 'extra.json' }], properties: { name: { type: 'string' } }, unevaluatedProperties: false };
const typed = { title: 'typed', allOf: [{ $ref: 'base.json' }, { properties: { name: { type: 'string' } } }], unevaluatedProperties: { type: 'integer' } };
// A $ref beside it (2019-09 on) is one more member, the first.
const viaRef = { title: 'viaRef', $ref: 'base.json', allOf: [{ $ref: 'extra.json' }], properties: { name: { type: 'string' } }, unevaluatedProperties: false };
// An inline member without "type" beside a $ref to an object schema extends that object.
const refExtended = { title: 'refExtended', $ref: 'base.json', allOf: [{ properties: { name: { type: 'string' } }, required: ['name'] }], unevaluatedProperties: false };
// A name only a member's `required` lists is evaluated by no `properties`: the keyword holds it (random schema seed 13995).
const requiredOnly = { title: 'requiredOnly', allOf: [{ $ref: 'base.json' }, { type: 'object', required: ['count'] }], unevaluatedProperties: { type: 'integer' } };
const files = { 'base.json': base, 'extra.json': extra, 'closed.json': closed, 'typed.json': typed, 'viaRef.json': viaRef, 'refExtended.json': refExtended, 'requiredOnly.json': requiredOnly };

const VALUES: readonly unknown[] = [
  { id: 'a', tags: [], name: 'n' },
  { tags: ['t'], 'x-rate': 1 },
  { tags: [], other: 1 },
  { id: 'a', tags: [], 'x-rate': 'fast' },
  { id: 1, tags: [] },
  { name: 'n' },
  { id: 'a', name: 'n', count: 2 },
  { id: 'a', count: 2.5 },
  { id: 'a', count: 2 },
  { count: 'two' },
  {},
  'not an object',
  null,
];

test('beside allOf and $ref of object schemas it holds what no member evaluated, as JSON Schema reads it, in both modes', async () => {
  const loaded = await loadSchemas(files);
  for (const name of ['closed', 'typed', 'viaRef', 'refExtended', 'requiredOnly'] as const) {
    const expected = ajvVerdicts(files, `${name}.json`, VALUES);
    // Only the test's own sanity: the values tell valid from invalid on both sides.
    expect(new Set(expected).size).toBe(2);
    for (const mode of ['response', 'request'] as const) {
      const validate = validator(loaded, name, mode);
      expect(VALUES.map((value) => validate(value).ok), `${name}, ${mode} mode`).toEqual(expected);
    }
  }
});

test('a property nothing evaluated is reported at its own path', async () => {
  const loaded = await loadSchemas(files);
  const result = validator(loaded, 'closed', 'response')({ id: 'a', tags: [], other: 1 });
  expect(result.errors?.map((e) => `${e.path} ${e.keyword}`)).toEqual(['/other unevaluatedProperties']);
  const typedResult = validator(loaded, 'typed', 'response')({ id: 'a', count: 'two' });
  expect(typedResult.errors?.map((e) => `${e.path} ${e.keyword}`)).toEqual(['/count type']);
});

test('where a member evaluates in another way, or something beside allOf does, it is refused at its place with the reason', async () => {
  const open = { title: 'open', type: 'object', properties: { a: true }, additionalProperties: { type: 'string' } };
  const conditional = { title: 'conditional', type: 'object', if: { required: ['a'] }, then: { properties: { b: true } } };
  const dependent = { title: 'dependent', type: 'object', dependentSchemas: { a: { properties: { b: true } } } };
  const loaded = await loadSchemas({
    'open.json': open,
    'conditional.json': conditional,
    'dependent.json': dependent,
    'overDependent.json': { title: 'overDependent', allOf: [{ $ref: 'dependent.json' }], unevaluatedProperties: false },
    'overOpen.json': { title: 'overOpen', allOf: [{ $ref: 'open.json' }], unevaluatedProperties: false },
    'overConditional.json': { title: 'overConditional', allOf: [{ $ref: 'conditional.json' }], unevaluatedProperties: false },
    'refOpen.json': { title: 'refOpen', $ref: 'open.json', unevaluatedProperties: false },
    'overUnion.json': { title: 'overUnion', allOf: [{ properties: { a: true } }], anyOf: [{ properties: { b: true } }], unevaluatedProperties: false },
    // A union is read beside the keyword in the schema itself only; the refusal says where it is and what to do.
    'unionInMember.json': { title: 'unionInMember', type: 'object', allOf: [{ properties: { a: true } }, { anyOf: [{ properties: { b: true } }, { properties: { c: true } }] }], unevaluatedProperties: false },
  });
  const refused = (file: string, reason: string): string =>
    `${file}#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here ${reason}`;
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    refused('overConditional.json', '"allOf" member 0 is not only an object schema'),
    refused('overDependent.json', '"allOf" member 0 evaluates properties only where its "if" or "dependentSchemas" applies'),
    refused('overOpen.json', '"allOf" member 0 holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")'),
    refused('overUnion.json', 'a member is not only an object schema'),
    refused('refOpen.json', '"$ref" holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")'),
    refused('unionInMember.json', '"allOf" member 1 holds an "anyOf", which is read beside the keyword only in the schema itself: move it there (one "oneOf" or "anyOf" may stand beside "unevaluatedProperties")'),
  ]);
});

test('a member open to every other property evaluates them all, so beside it the keyword checks nothing; true alone lets them through in request mode too', async () => {
  const schemas = {
    'loose.json': { title: 'loose', type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: true },
    'over.json': { title: 'over', allOf: [{ $ref: 'loose.json' }], properties: { b: { type: 'number' } }, unevaluatedProperties: false },
  };
  const loaded = await loadSchemas(schemas);
  const values = [{ a: 'x', b: 1, c: true }, { a: 1 }, { b: 'x' }, { c: null }];
  for (const name of ['loose', 'over'] as const) {
    const expected = ajvVerdicts(schemas, `${name}.json`, values);
    for (const mode of ['response', 'request'] as const) {
      expect(values.map((value) => validator(loaded, name, mode)(value).ok), `${name}, ${mode} mode`).toEqual(expected);
    }
  }
});

test('a problem inside it is placed where the file writes it (random schema seed 204)', async () => {
  const inner = { type: 'object', properties: {}, required: ['z'] };
  const loaded = await loadSchemas({ 'placed.json': { title: 'placed', allOf: [{ type: 'object', properties: { a: true } }], unevaluatedProperties: inner } });
  expect(loaded.ok ? [] : loaded.problems).toEqual(['placed.json#/unevaluatedProperties/required: "required" lists "z", which is not among "properties"; declare it or remove it']);
});

test('members without "type" may require what a sibling declares, and a refusal names a member by its place in the list', async () => {
  const schemas = {
    'siblings.json': { title: 'siblings', allOf: [{ properties: { a: { type: 'string' } } }, { required: ['a'] }], unevaluatedProperties: false },
    'placed.json': { title: 'placed', allOf: [true, { properties: { a: true }, additionalProperties: false }], unevaluatedProperties: false },
  };
  const loaded = await loadSchemas(schemas);
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    'placed.json#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here "allOf" member 1 holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")',
  ]);
  const { 'placed.json': _refused, ...readable } = schemas;
  const values = [{ a: 'x' }, {}, { a: 'x', b: 1 }, { a: 1 }, 'text'];
  const expected = ajvVerdicts(readable, 'siblings.json', values);
  const fine = await loadSchemas(readable);
  for (const mode of ['response', 'request'] as const) expect(values.map((value) => validator(fine, 'siblings', mode)(value).ok), mode).toEqual(expected);
});
