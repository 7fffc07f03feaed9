import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts, validator } from '../support/ajv-verdicts.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// `unevaluatedProperties` beside a `oneOf` or `anyOf`. Where the branches declare nothing the
// schema does not ("exactly one of"), they evaluate nothing more: the schema's merge is closed and
// the union checked beside it. Where a tag tells the object branches apart (the 2020-12 way to
// close a discriminated union and the properties around it), at most one branch matches a value,
// so the properties evaluated are the schema's own, its members' and that branch's, and callgen
// reads the union of each branch merged with the rest and closed. Where no tag tells them apart,
// several branches may match and each evaluates its own properties: where they are inline object
// schemas without "type" that evaluate by "properties" alone, a name only branches declare may
// stand where a branch declaring it matches (a dependentSchemas rule per name), and any other is
// what the keyword holds. Every verdict is compared with Ajv 2020's on the same files; where none
// of these holds, the keyword is refused with the reason.

afterAll(removeScratch);

const dog = { title: 'dog', type: 'object', properties: { kind: { const: 'dog' }, bark: { type: 'boolean' } }, required: ['kind'] };
const named = { title: 'named', type: 'object', properties: { name: { type: 'string' } }, patternProperties: { '^x-': { type: 'number' } } };
const cat = { properties: { kind: { const: 'cat' }, lives: { type: 'integer' } }, required: ['kind'] };
// Inline branches that extend the object, a branch by reference, the node's own properties.
const pet = { title: 'pet', type: 'object', properties: { name: { type: 'string' } }, required: ['name'], oneOf: [cat, { $ref: 'dog.json' }], unevaluatedProperties: false };
// anyOf, beside an allOf member and a $ref; a branch that may leave the tag out (the default).
const animal = {
  title: 'animal',
  $ref: 'named.json',
  allOf: [{ properties: { age: { type: 'integer' } } }],
  anyOf: [{ $ref: 'dog.json' }, { type: 'object', properties: { kind: { const: 'fish' }, fins: { type: 'integer' } } }],
  unevaluatedProperties: { type: 'string' },
};
// One branch is one member more.
const single = { title: 'single', type: 'object', properties: { a: { type: 'string' } }, oneOf: [{ properties: { b: { type: 'number' } } }], unevaluatedProperties: false };
// Branches that declare nothing the schema does not ("exactly one of", refinements) evaluate nothing more, whichever match.
const exactlyOne = { title: 'exactlyOne', type: 'object', properties: { url: { type: 'string' }, path: { type: 'string' }, note: { type: 'string' } }, oneOf: [{ required: ['url'] }, { required: ['path'] }], unevaluatedProperties: false };
const refined = {
  title: 'refined',
  type: 'object',
  properties: { mode: { type: 'string' }, size: { type: 'integer' } },
  anyOf: [{ properties: { mode: { const: 'a' } } }, { properties: { size: { minimum: 10 } }, required: ['size'] }],
  unevaluatedProperties: { type: 'boolean' },
};
// Without "type", any other JSON value passes the object keywords: the union decides (two branches without "type" both match it).
const typelessOne = { title: 'typelessOne', properties: { a: { type: 'string' }, b: { type: 'string' } }, oneOf: [{ required: ['a'] }, { required: ['b'] }], unevaluatedProperties: false };
const typelessAny = { title: 'typelessAny', properties: { a: { type: 'string' }, b: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }, { properties: { a: { const: 'z' } } }], unevaluatedProperties: false };
// An "at least one of" list evaluates nothing either.
const atLeastOne = { title: 'atLeastOne', type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }], unevaluatedProperties: false };
const atLeastOneTypeless = { title: 'atLeastOneTypeless', properties: { a: { type: 'string' }, b: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }], unevaluatedProperties: false };
// Tagged branches without "type" beside no "type": any other JSON value passes each of them, so a
// oneOf of two fails it and an anyOf lets it through; beside a branch of objects only, the oneOf does too.
const typelessBranches = [{ properties: { kind: { const: 'a' }, x: { type: 'string' } }, required: ['kind'] }, { properties: { kind: { const: 'b' } }, required: ['kind'] }];
const typelessTaggedOne = { title: 'typelessTaggedOne', oneOf: typelessBranches, unevaluatedProperties: false };
const typelessTaggedAny = { title: 'typelessTaggedAny', anyOf: typelessBranches, unevaluatedProperties: false };
const halfTyped = { title: 'halfTyped', oneOf: [typelessBranches[0], { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'] }], unevaluatedProperties: false };
// No tag: any of the branches may match, and each evaluates what its "properties" declare (the
// official suite's form, with the schema's own properties, a pattern, a member and a schema for the keyword).
const untaggedBranches = [{ properties: { bar: { const: 'bar' } }, required: ['bar'] }, { properties: { baz: { const: 'baz' } }, required: ['baz'] }, { properties: { a: { minLength: 2 }, quux: { type: 'integer' } } }];
const untaggedAny = { title: 'untaggedAny', properties: { a: { type: 'string' } }, anyOf: untaggedBranches, unevaluatedProperties: false };
const untaggedOne = { title: 'untaggedOne', type: 'object', properties: { a: { type: 'string' } }, oneOf: untaggedBranches.slice(0, 2), unevaluatedProperties: false };
const untaggedHeld = {
  title: 'untaggedHeld',
  $ref: 'named.json',
  allOf: [{ properties: { age: { type: 'integer' } } }],
  anyOf: [{ properties: { bar: { const: 'bar' }, 'x-bar': true } }, { properties: { bar: { type: 'integer' }, baz: { type: 'string' } }, required: ['baz'] }],
  unevaluatedProperties: { type: 'boolean' },
};
// "required" alone evaluates nothing: a name a branch only requires is still held by the keyword.
const untaggedRequired = { title: 'untaggedRequired', type: 'object', properties: { a: { type: 'string' } }, anyOf: [untaggedBranches[0], { required: ['quux'] }], unevaluatedProperties: false };
const untaggedOpen = { title: 'untaggedOpen', properties: { a: { type: 'string' } }, anyOf: untaggedBranches, unevaluatedProperties: true };
const files = { 'untaggedRequired.json': untaggedRequired, 'untaggedOpen.json': untaggedOpen, 'untaggedAny.json': untaggedAny, 'untaggedOne.json': untaggedOne, 'untaggedHeld.json': untaggedHeld, 'typelessTaggedOne.json': typelessTaggedOne, 'typelessTaggedAny.json': typelessTaggedAny, 'halfTyped.json': halfTyped, 'atLeastOne.json': atLeastOne, 'atLeastOneTypeless.json': atLeastOneTypeless, 'typelessOne.json': typelessOne, 'typelessAny.json': typelessAny, 'dog.json': dog, 'named.json': named, 'pet.json': pet, 'animal.json': animal, 'single.json': single, 'exactlyOne.json': exactlyOne, 'refined.json': refined };

const VALUES: readonly unknown[] = [
  { name: 'Tom', kind: 'cat', lives: 9 },
  { name: 'Rex', kind: 'dog', bark: true },
  { name: 'Rex', kind: 'dog', lives: 9 },
  { name: 'Tom', kind: 'cat', bark: false },
  { name: 'Tom', kind: 'cow' },
  { name: 'Tom', kind: 'cat', other: 'x' },
  { kind: 'dog', age: 3, 'x-rate': 1 },
  { kind: 'dog', age: 3, 'x-rate': 'fast' },
  { fins: 2 },
  { fins: 2, bark: 'loud' },
  { kind: 'fish', fins: 2, lives: 'many' },
  { kind: 'fish', fins: 2, lives: 9 },
  { url: 'u' },
  { path: 'p', note: 'n' },
  { url: 'u', path: 'p' },
  { url: 'u', other: 1 },
  { note: 'n' },
  { mode: 'a' },
  { mode: 'b', size: 12, flag: true },
  { mode: 'b', size: 3 },
  { mode: 'a', flag: 'yes' },
  { kind: 'a', x: 'y' },
  { kind: 'b', x: 'y' },
  { kind: 'a', x: 1 },
  { a: 'x', b: 1 },
  { a: 'x', b: 'y' },
  { a: 'z', c: 1 },
  { b: 'y' },
  7,
  [],
  { a: 'x', b: 1, c: 2 },
  { a: 1 },
  {},
  'not an object',
  null,
  { a: 'x', bar: 'bar' },
  { a: 'x', bar: 'bar', baz: 'not-baz' },
  { a: 'x', bar: 'bar', baz: 'baz' },
  { a: 'x', bar: 'bar', baz: 'baz', quux: 'not-quux' },
  { a: 'xy', quux: 1 },
  { a: 'x', quux: 1 },
  { bar: 'bar', other: 1 },
  { baz: 'baz' },
  { bar: 2, baz: 'z', age: 3, name: 'n' },
  { bar: 'bar', baz: 'z', flag: true, 'x-bar': 1 },
  { bar: 'bar', 'x-bar': 'one' },
  { bar: 'x', baz: 'z' },
  { bar: 'x', baz: 'z', flag: 'no' },
  { baz: 1, bar: 'bar' },
  { bar: 'x', quux: 'y' },
  { a: 2, bar: 'bar' },
];

test('beside a tagged oneOf or anyOf, one whose branches declare nothing more, or one of inline object schemas, it holds what neither the schema, its members nor a matching branch evaluated, as JSON Schema reads it, in both modes', async () => {
  const loaded = await loadSchemas(files);
  for (const name of ['untaggedRequired', 'untaggedOpen', 'untaggedAny', 'untaggedOne', 'untaggedHeld', 'pet', 'animal', 'single', 'exactlyOne', 'refined', 'typelessOne', 'typelessAny', 'atLeastOne', 'atLeastOneTypeless', 'typelessTaggedOne', 'typelessTaggedAny', 'halfTyped'] as const) {
    const expected = ajvVerdicts(files, `${name}.json`, VALUES);
    // Only the test's own sanity: the values tell valid from invalid on both sides.
    expect(new Set(expected).size, name).toBe(2);
    for (const mode of ['response', 'request'] as const) {
      const validate = validator(loaded, name, mode);
      expect(VALUES.map((value) => validate(value).ok), `${name}, ${mode} mode`).toEqual(expected);
    }
  }
});

test('a property the matching branch does not evaluate is reported at its own path, with that branch chosen by the tag', async () => {
  const loaded = await loadSchemas(files);
  const errors = (name: string, value: unknown): string[] => validator(loaded, name, 'response')(value).errors?.map((e) => `${e.path} ${e.keyword}`) ?? [];
  expect(errors('pet', { name: 'Rex', kind: 'dog', lives: 9 })).toEqual(['/lives unevaluatedProperties']);
  expect(errors('animal', { kind: 'fish', lives: 9 })).toEqual(['/lives type']);
  expect(errors('exactlyOne', { url: 'u', other: 1 })).toEqual(['/other unevaluatedProperties']);
  expect(errors('exactlyOne', { url: 'u', path: 'p' })).toEqual([' oneOf']);
  // Without a tag: a name only a branch declares is checked by the branches that declare it.
  expect(errors('untaggedAny', { a: 'x', bar: 'bar', baz: 'not-baz' })).toEqual(['/baz const']);
  expect(errors('untaggedAny', { a: 'x', bar: 'bar', zz: 1 })).toEqual(['/zz unevaluatedProperties']);
});

test('the type is the union of each branch merged with what surrounds it', async () => {
  const loaded = await loadSchemas(files);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const types = loaded.result.files.find((f) => f.path === 'types.ts')?.text;
  expect(types).toContain("export type Pet = { kind: 'cat'; lives?: number; name: string } | { kind: 'dog'; bark?: boolean; name: string };");
  // Without a tag: the schema's object with the names only branches declare, and the union beside it.
  const before = types?.slice(0, types.indexOf('export type UntaggedOne ='));
  expect(before?.slice(before.lastIndexOf('/**'))).toContain('The type cannot express `oneOf (exactly one branch)`, `unevaluatedProperties`; the validator checks them.');
  expect(types).toContain("export type UntaggedOne = ({ bar: 'bar' } | { baz: 'baz' }) & { a?: string; bar?: unknown; baz?: unknown };");
});

test('where no tag tells the branches apart and a branch names a type or evaluates by more than "properties", or a branch is no object schema, it is refused at its place with the reason', async () => {
  const loaded = await loadSchemas({
    'untagged.json': { title: 'untagged', type: 'object', oneOf: [{ type: 'object', properties: { a: true }, required: ['a'] }, { properties: { b: true } }], unevaluatedProperties: false },
    'patterned.json': { title: 'patterned', type: 'object', anyOf: [{ properties: { a: true } }, { patternProperties: { '^b': true } }], unevaluatedProperties: false },
    'scalar.json': { title: 'scalar', type: 'object', anyOf: [{ properties: { a: true } }, { type: 'string' }], unevaluatedProperties: false },
    'both.json': { title: 'both', type: 'object', oneOf: [{ properties: { a: true } }], anyOf: [{ properties: { b: true } }], unevaluatedProperties: false },
    'dependent.json': {
      title: 'dependent',
      type: 'object',
      oneOf: [{ properties: { kind: { const: 'a' } }, required: ['kind'], dependentSchemas: { x: { properties: { y: true } } } }, { properties: { kind: { const: 'b' } }, required: ['kind'] }],
      unevaluatedProperties: false,
    },
  });
  const refused = (file: string, reason: string): string =>
    `${file}#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here ${reason}`;
  expect(loaded.ok ? [] : loaded.problems).toEqual([
    'both.json#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": beside "if", "dependentSchemas" or both "oneOf" and "anyOf" it depends on what those evaluated, which callgen cannot generate (beside "allOf", "$ref" and one "oneOf" or "anyOf" alone it is read where the members allow); list the properties and use "additionalProperties" on one object schema (see callgen\'s docs/dialect.md)',
    refused('dependent.json', '"oneOf" branch 0 evaluates properties only where its "if" or "dependentSchemas" applies'),
    refused('patterned.json', 'no tag tells the "anyOf" branches apart (one property with a distinct "const" in each branch, required in all but one), so more than one may match, and "anyOf" branch 1 evaluates properties by "patternProperties": which properties the matching branches evaluated is then known only at run time'),
    refused('scalar.json', '"anyOf" branch 1 is not only an object schema'),
    refused('untagged.json', 'no tag tells the "oneOf" branches apart (one property with a distinct "const" in each branch, required in all but one), so more than one may match, and "oneOf" branch 0 is not an inline schema of object keywords without "type": which properties the matching branches evaluated is then known only at run time'),
  ]);
});

test('beside unevaluatedProperties, a branch the union explains is not explained again by the rule for its names', async () => {
  // Every branch declares b: the union holding evaluates it, so no rule for b repeats the union's errors.
  const every = { title: 'every', type: 'object', unevaluatedProperties: false, anyOf: [{ properties: { b: { type: 'number' } } }, { properties: { b: { type: 'boolean' } } }] };
  // One branch declares b, the other c: b's rule explains branch 0, as the union does, each issue once, the union's first.
  const some = { title: 'some', type: 'object', unevaluatedProperties: false, anyOf: [{ properties: { b: { type: 'number' } } }, { properties: { c: { type: 'string' } } }] };
  const loaded = await loadSchemas({ 'every.json': every, 'some.json': some });
  const issues = (name: string, value: unknown): string[] => (validator(loaded, name, 'response')(value).errors ?? []).map((e) => `${e.path} ${e.keyword}`);
  expect(issues('every', { b: 's' })).toEqual([' anyOf', '/b type']);
  expect(issues('some', { b: 's', c: 1 })).toEqual([' anyOf', '/b type', '/c type']);
  // The union holds by branch 1, so b is unevaluated: its rule says why.
  expect(issues('some', { b: 's' })).toEqual(['/b type']);
  const values = [{ b: 's' }, { b: 1, c: 'x' }, { c: 'x' }];
  expect(ajvVerdicts({ 'every.json': every, 'some.json': some }, 'some.json', values)).toEqual([false, true, true]);
  expect(values.map((v) => validator(loaded, 'some', 'response')(v).ok)).toEqual([false, true, true]);
});
