import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, loadSchemas, removeScratch, validator, type Loaded, type Validate } from '../support/load.js';

// A `$ref` to a named object type that applies in place (a `oneOf` branch, `then`) checks the value
// with that type's request check, which called the names the schemas around the reference declare
// unknown, where an inline object there knows them: no request could be valid
// (`/carrier is not a known property`). The target's request functions now take those names from
// such a reference, and report only the keys nobody declares, once.

afterAll(removeScratch);

const parcel = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.com/parcel.json',
  title: 'Parcel',
  'x-request-body': true,
  type: 'object',
  properties: { carrier: { enum: ['post', 'courier'] }, next: { $ref: '#/$defs/courier' } },
  required: ['carrier'],
  if: { properties: { carrier: { const: 'courier' } } },
  then: { $ref: '#/$defs/courier' },
  oneOf: [{ $ref: '#/$defs/courier' }, { $ref: '#/$defs/postal' }],
  $defs: {
    courier: { title: 'Courier', type: 'object', properties: { speed: { type: 'string' } } },
    postal: { title: 'Postal', type: 'object', properties: { stamp: { type: 'string' } } },
  },
};

const paths = (validate: Validate, value: unknown): string[] => (validate(value).errors ?? []).map((e) => `${e.path} ${e.keyword}`);

/** The request validator and the `isX` guard of a request body, which must agree on every value. */
function requestPair(loaded: Loaded, schema: string, type: string): { validate: Validate; is: (value: unknown) => boolean } {
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  // A request body's type is its request shape, named as the type.
  const is = loaded.exports[`is${type}`];
  if (typeof is !== 'function') throw new Error(`no is${type}`);
  return { validate: validator(loaded, schema, 'request'), is: is as (value: unknown) => boolean };
}

test('a request may hold the names around a oneOf branch and a then by $ref', async () => {
  const { validate, is } = requestPair(await loadSchemas({ 'parcel.json': parcel }), 'Parcel', 'Parcel');
  const valid = [{ carrier: 'courier', speed: 'fast' }, { carrier: 'post', stamp: 'x' }, { carrier: 'courier', speed: 'fast', next: { speed: 'slow' } }];
  for (const value of valid) expect(paths(validate, value), JSON.stringify(value)).toEqual([]);
  for (const value of valid) expect(is(value), JSON.stringify(value)).toBe(true);
});

test('a key nobody declares is refused once; one only the sibling branch by $ref declares, by the branch that lacks it', async () => {
  const { validate, is } = requestPair(await loadSchemas({ 'parcel.json': parcel }), 'Parcel', 'Parcel');
  // Parcel refuses /bogus, and so does the nearest branch, in place: the runtime keeps one.
  expect(paths(validate, { carrier: 'post', stamp: 'x', bogus: 1 })).toEqual([' oneOf', '/bogus additionalProperties']);
  // The then's Courier does not know Postal's stamp (a branch by $ref is not read for its names); the oneOf's Postal matches.
  expect(paths(validate, { carrier: 'courier', speed: 'fast', stamp: 'x' })).toEqual([' oneOf', '/stamp additionalProperties']);
  for (const value of [{ carrier: 'post', stamp: 'x', bogus: 1 }, { carrier: 'courier', speed: 'fast', stamp: 'x' }, { carrier: 'courier', speed: 1 }]) {
    expect(is(value), JSON.stringify(value)).toBe(validate(value).ok);
  }
});

test('the same type standing alone, as a property value or validated itself, still refuses the outer names', async () => {
  const loaded = await loadSchemas({ 'parcel.json': parcel });
  const { validate } = requestPair(loaded, 'Parcel', 'Parcel');
  expect(paths(validate, { carrier: 'courier', speed: 'fast', next: { carrier: 'post' } })).toEqual(['/next/carrier additionalProperties']);
  expect(paths(validator(loaded, 'Courier', 'request'), { carrier: 'post', speed: 'x' })).toEqual(['/carrier additionalProperties']);
});

test('a then by $ref alone, as AsyncAPI picks a binding version', async () => {
  const binding = {
    title: 'Binding',
    'x-request-body': true,
    type: 'object',
    properties: { bindingVersion: { enum: ['0.1.0', '0.2.0'] } },
    if: { properties: { bindingVersion: { const: '0.1.0' } } },
    then: { $ref: '#/$defs/v010' },
    else: { $ref: '#/$defs/v020' },
    $defs: {
      v010: { title: 'V010', type: 'object', properties: { method: { type: 'string' } } },
      v020: { title: 'V020', type: 'object', properties: { method: { type: 'string' }, query: { type: 'object' } } },
    },
  };
  const { validate, is } = requestPair(await loadSchemas({ 'binding.json': binding }), 'Binding', 'Binding');
  const cases: [unknown, string[]][] = [
    [{ bindingVersion: '0.1.0', method: 'GET' }, []],
    [{ bindingVersion: '0.2.0', method: 'GET', query: {} }, []],
    [{ bindingVersion: '0.1.0', query: {} }, ['/query additionalProperties']],
    [{ bindingVersion: '0.2.0', mehtod: 'GET' }, ['/mehtod additionalProperties']],
  ];
  for (const [value, expected] of cases) {
    expect(paths(validate, value), JSON.stringify(value)).toEqual(expected);
    expect(is(value), JSON.stringify(value)).toBe(expected.length === 0);
  }
});

test('a dependentSchemas value by $ref', async () => {
  const order = {
    title: 'Order',
    'x-request-body': true,
    type: 'object',
    properties: { id: { type: 'string' }, card: { type: 'string' } },
    dependentSchemas: { card: { $ref: '#/$defs/billing' } },
    $defs: { billing: { title: 'Billing', type: 'object', properties: { address: { type: 'string' } }, required: ['address'] } },
  };
  const { validate, is } = requestPair(await loadSchemas({ 'order.json': order }), 'Order', 'Order');
  const cases: [unknown, string[]][] = [
    [{ id: '1', card: 'x', address: 'a' }, []],
    [{ id: '1', card: 'x', address: 'a', zzz: 1 }, ['/zzz additionalProperties']],
    [{ id: '1', card: 'x' }, ['/address required']],
  ];
  for (const [value, expected] of cases) {
    expect(paths(validate, value), JSON.stringify(value)).toEqual(expected);
    expect(is(value), JSON.stringify(value)).toBe(expected.length === 0);
  }
});

test('a recursive type in place, at its own value and below a property, tested and checked alike', async () => {
  const tree = {
    title: 'Tree',
    'x-request-body': true,
    type: 'object',
    properties: { name: { type: 'string' } },
    anyOf: [{ $ref: '#/$defs/kin' }],
    $defs: {
      kin: {
        title: 'Kin',
        type: 'object',
        properties: { kids: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } }, anyOf: [{ $ref: '#/$defs/kin' }] } } },
      },
    },
  };
  const loaded = await loadSchemas({ 'tree.json': tree });
  const { validate, is } = requestPair(loaded, 'Tree', 'Tree');
  const cases: [unknown, string[]][] = [
    [{ name: 'a', kids: [{ label: 'b', kids: [{ label: 'c' }] }] }, []],
    [{ name: 'a', kids: [{ label: 'b', kids: [{ name: 'c' }] }] }, ['/kids/0/kids/0/name additionalProperties']],
    [{ name: 'a', typo: 1 }, ['/typo additionalProperties']],
  ];
  for (const [value, expected] of cases) {
    expect(paths(validate, value), JSON.stringify(value)).toEqual(expected);
    expect(is(value), JSON.stringify(value)).toBe(expected.length === 0);
  }
  // Kin alone still refuses a name only the schemas around its references declare.
  expect(paths(validator(loaded, 'Kin', 'request'), { name: 'a' })).toEqual(['/name additionalProperties']);
});

test('the type is the object and the union of its branches, as before, and compiles', async () => {
  const { text, diagnostics } = await generateAndTypecheck({ 'parcel.json': parcel });
  expect(diagnostics).toEqual([]);
  expect(text('types.ts')).toContain("export type Parcel = (CourierInput | PostalInput) & ({ carrier: 'post' | 'courier'; next?: CourierInput; speed?: unknown });");
});
