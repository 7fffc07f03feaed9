import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, loadSchemas, removeScratch, responseValidator } from '../support/load.js';
import * as fixture from './__snapshots__/known-type-subschemas/index.js';

// Subschemas applied where the value's JSON type is already known, or where no value passes. Each
// of these once generated code the strictest consumer flags refuse (an unread constant, a
// comparison TypeScript knows cannot hold, a line after an unconditional return), or, for a list of
// types, the wrong verdict; random schemas run against Ajv and tsc found them. The snapshots
// are type-checked with those flags by consumer.test.ts; here, the verdicts.
type Result = { ok: boolean; errors?: readonly { path: string; keyword: string }[] };
const issues = (result: Result): string[] => (result.ok ? [] : (result.errors ?? [])).map((e) => `${e.path} ${e.keyword}`);

afterAll(removeScratch);

test('a list of types admits a value of any of them: an integer is a number too, not a match of two', () => {
  expect([1, 0, 1.5, 2 ** 53].map((n) => fixture.validateAmount(n).ok)).toEqual([true, true, true, true]);
  expect([fixture.isAmount(1), fixture.isAmount(-1), fixture.isAmount('1')]).toEqual([true, false, false]);
  expect(issues(fixture.validateAmount(-1))).toEqual([' minimum']);
});

test('a property whose schema is "not" of the empty schema takes no value', () => {
  expect(fixture.validateRetired({ name: 'a' }).ok).toBe(true);
  expect(issues(fixture.validateRetired({ name: 'a', legacyId: null }))).toEqual(['/legacyId not']);
  expect([fixture.isRetired({ name: 'a' }), fixture.isRetired({ legacyId: 1 })]).toEqual([true, false]);
});

test('a tagged union inside "not" is tested, its tags never reported', () => {
  expect(issues(fixture.validateUntagged({ kind: 'opened' }))).toEqual([' not']);
  expect([fixture.isUntagged({ kind: 'closed' }), fixture.isUntagged({ kind: 'moved' }), fixture.isUntagged('opened')]).toEqual([false, true, true]);
});

test('subschemas of an object (dependentSchemas, if) compare it with a string literal as JSON Schema does: never equal', () => {
  expect(fixture.validateGuarded({ mode: 'mode' }).ok).toBe(true);
  expect(fixture.isGuarded({ mode: 'x' })).toBe(true);
  expect(issues(fixture.validateGuarded('never a string here'))).toEqual([' type', ' false']);
});

test('an anyOf branch that requires several names together is tried as a branch: one branch met is enough', () => {
  expect([fixture.validateContact({ street: 'Main St 1', city: 'Oslo' }).ok, fixture.validateContact({ email: 'a@b.c' }).ok]).toEqual([true, true]);
  // Each branch lacks one name; the first is the nearest, and its error follows the union's.
  expect(issues(fixture.validateContact({ street: 'Main St 1' }))).toEqual([' anyOf', '/city required']);
  expect([fixture.isContact({}), fixture.isContact({ city: 'Oslo', email: 'a@b.c' })]).toEqual([false, true]);
  expect([fixture.validateContactInput({ email: 'a@b.c' }).ok, fixture.validateContactInput({ email: 'a@b.c', phone: '1' }).ok]).toEqual([true, false]);
  // The type says the same: one branch's names, each present.
  const postal: fixture.Contact = { street: 'Main St 1', city: 'Oslo' };
  // @ts-expect-error a street alone meets no branch
  const partial: fixture.Contact = { street: 'Main St 1' };
  expect([fixture.isContact(postal), fixture.isContact(partial)]).toEqual([true, false]);
});

// CycloneDX's license: a branch without "type" admits every JSON value, but beside "type": "object"
// only an object passes, so the union is typed as objects; it was typed
// `(null | boolean | number | string | unknown[] | { id: unknown } | { name: unknown }) & {...}`,
// which a string met.
const license = {
  title: 'License',
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
  oneOf: [{ required: ['id'] }, { required: ['name'] }],
};

test('branches without "type" beside "type": "object" are typed as objects only, and judged as before', async () => {
  const { text, diagnostics } = await generateAndTypecheck({ 'license.json': license });
  expect(text('types.ts')).toContain('export type License = ({ id: unknown } | { name: unknown }) & { id?: string; name?: string };');
  expect(diagnostics).toEqual([]);
  const validate = responseValidator(await loadSchemas({ 'license.json': license }), 'License');
  expect([{ id: 'MIT' }, { name: 'MIT' }, { id: 'MIT', name: 'MIT' }, {}, 'MIT', null].map((v) => validate(v).ok)).toEqual([true, true, false, false, false, false]);
});

test('beside a list of types, the branches keep each JSON type it admits', async () => {
  const { text } = await generateAndTypecheck({ 'license.json': { ...license, type: ['object', 'null'] } });
  expect(text('types.ts')).toContain('export type License = (null | { id: unknown } | { name: unknown }) & ({ id?: string; name?: string } | null);');
});

// The same rule for a branch that lists its types: beside "type": "object", `["string", "object"]`
// is an object branch; it was typed `string | { id: unknown }`, a string member nothing could meet.
test('a branch listing types beside "type": "object" is typed for the types both admit, and judged as before', async () => {
  const listed = { ...license, oneOf: [{ type: ['string', 'object'], required: ['id'] }, { type: ['integer', 'null'] }] };
  const { text, diagnostics } = await generateAndTypecheck({ 'license.json': listed });
  // The second branch admits no type the schema does: it is left whole (no value passes it and "type": "object" both).
  expect(text('types.ts')).toContain('export type License = ({ id: unknown } | number | null) & { id?: string; name?: string };');
  expect(diagnostics).toEqual([]);
  const validate = responseValidator(await loadSchemas({ 'license.json': listed }), 'License');
  expect([{ id: 'MIT' }, { name: 'MIT' }, 'MIT', 5, null].map((v) => validate(v).ok)).toEqual([true, false, false, false, false]);
});
