import { describe, expect, test } from 'vitest';
import * as vocab from './__snapshots__/vocabulary/index.js';

// The JSON Schema 2020-12 keywords beyond the curated schemas' own, as the generated validators of
// the `vocabulary` fixture apply them. Each expectation is the verdict the standard gives.
type Result = { ok: boolean; errors?: readonly { path: string; keyword: string }[]; warnings: readonly { path: string; keyword: string }[] };
const issues = (result: Result): string[] => (result.ok ? [] : (result.errors ?? [])).map((e) => `${e.path} ${e.keyword}`);
const order = { id: 'abc', constructor: 'c' };

describe('object keywords', () => {
  test('required names that are Object.prototype members are required like any other', () => {
    expect(issues(vocab.validateProto({}))).toEqual(['/toString required', '/constructor required', '/__proto__ required']);
    expect(vocab.validateProto(JSON.parse('{"toString": 1, "constructor": 2, "__proto__": 3}')).ok).toBe(true);
    expect(issues(vocab.validateOrder({ id: 'abc' }))).toEqual(['/constructor required', ' minProperties']);
  });

  test('patternProperties check the keys they match; additionalProperties the keys nothing matches', () => {
    expect(vocab.validateOrder({ ...order, 'x-trace': 't' }).ok).toBe(true);
    expect(issues(vocab.validateOrder({ ...order, 'x-trace': 1, other: 'o' }))).toEqual(['/x-trace type', '/other additionalProperties']);
  });

  test('propertyNames, minProperties and maxProperties', () => {
    expect(issues(vocab.validateOrder({ ...order, 'x-a-very-long-property-name': 'v' }))).toEqual(['/x-a-very-long-property-name propertyNames']);
    expect(issues(vocab.validateOrder({ id: 'abc', constructor: 'c', 'x-1': '', 'x-2': '', 'x-3': '', 'x-4': '', 'x-5': '', 'x-6': '', 'x-7': '' }))).toEqual([' maxProperties']);
  });

  test('dependentRequired and dependentSchemas apply when their property is present', () => {
    expect(issues(vocab.validateOrderInput({ ...order, card: '4111' }))).toEqual(['/billingAddress dependentRequired']);
    expect(issues(vocab.validateOrder({ id: 'ab', constructor: 'c', billingAddress: 'b' }))).toEqual(['/id minLength']);
    expect(vocab.validateOrder({ id: 'ab', constructor: 'c' }).ok).toBe(true);
  });

  test('writeOnly is the mirror of readOnly: a warning in a response, checked in a request', () => {
    const response = vocab.validateOrder({ ...order, card: 'c', billingAddress: 'b' });
    expect(response.ok).toBe(true);
    expect(response.warnings.map((w) => `${w.path} ${w.keyword}`)).toEqual(['/card writeOnly']);
    expect(issues(vocab.validateOrderInput({ ...order, card: 1, billingAddress: 'b' }))).toEqual(['/card type']);
  });
});

describe('array, number and composition keywords', () => {
  test('prefixItems with items: false is a tuple', () => {
    expect(vocab.validateMeasures({ point: [1, 2] }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ point: [1, 'y', 3] }))).toEqual(['/point/1 type', '/point/2 false']);
    expect(issues(vocab.validateMeasures({ point: [1] }))).toEqual(['/point minItems']);
  });

  test('uniqueItems, contains with minContains and maxContains, multipleOf', () => {
    expect(issues(vocab.validateMeasures({ tags: ['a', 'b', 'a'] }))).toEqual(['/tags uniqueItems']);
    expect(issues(vocab.validateMeasures({ readings: [1, 2] }))).toEqual(['/readings contains']);
    expect(issues(vocab.validateMeasures({ readings: [100, 200, 300] }))).toEqual(['/readings maxContains']);
    expect(vocab.validateMeasures({ readings: ['x', 150], step: 2.5 }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ step: 2.25 }))).toEqual(['/step multipleOf']);
  });

  test('const and enum of objects and arrays compare by deep equality, key order aside', () => {
    expect(vocab.validateMeasures({ unit: { si: true }, origin: { y: 0, x: 0 } }).ok).toBe(true);
    expect(vocab.validateMeasures({ unit: ['m', 's'] }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ unit: ['s', 'm'], origin: { x: 0 } }))).toEqual(['/unit enum', '/origin const']);
  });

  test('rules for one JSON type without "type" let other values pass', () => {
    expect(vocab.validateMeasures({ atLeastFive: 'x' }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ atLeastFive: 3 }))).toEqual(['/atLeastFive minimum']);
  });

  test('not, anyOf and oneOf that nothing tells apart are tried branch by branch', () => {
    expect(issues(vocab.validateMeasures({ notEmpty: '' }))).toEqual(['/notEmpty not']);
    expect(vocab.validateMeasures({ size: -1, parity: 4 }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ size: -1.5, parity: 6 }))).toEqual(['/size anyOf', '/size minimum', '/parity oneOf']);
    expect(issues(vocab.validateMeasures({ parity: 5 }))).toEqual(['/parity oneOf', '/parity multipleOf']);
  });

  test('if/then/else', () => {
    expect(vocab.validateMeasures({ range: { kind: 'bounded', to: 3 } }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ range: { kind: 'bounded' } }))).toEqual(['/range/to required']);
    expect(issues(vocab.validateMeasures({ range: { kind: 'open', to: 3 } }))).toEqual(['/range not']);
  });

  test('a request may hold what then, dependentSchemas or a oneOf branch declares; their checks apply', () => {
    expect(vocab.validateShipmentInput({ kind: 'freight', pallets: 2, tracking: 't1' }).ok).toBe(true);
    expect(vocab.validateShipmentInput({ kind: 'parcel', weight: 1, unit: 'kg', untracked: true }).ok).toBe(true);
    expect(issues(vocab.validateShipmentInput({ kind: 'freight', pallets: 0, tracking: 't1' }))).toEqual(['/pallets minimum']);
    expect(issues(vocab.validateShipmentInput({ kind: 'parcel', palets: 2, tracking: 't1' }))).toEqual(['/palets additionalProperties']);
  });

  test('$ref by $anchor beside other keywords applies both', () => {
    expect(vocab.validateMeasures({ label: 'ok' }).ok).toBe(true);
    expect(issues(vocab.validateMeasures({ label: '' }))).toEqual(['/label minLength']);
    expect(issues(vocab.validateMeasures({ label: 'much too long' }))).toEqual(['/label maxLength']);
  });

  test('$ref by the plain name of a draft-07 fragment-only $id', () => {
    expect(vocab.validateLegacyAnchor({ home: { city: 'Oslo' }, work: { city: 'Bergen' } }).ok).toBe(true);
    expect(issues(vocab.validateLegacyAnchor({ home: {}, work: { city: 1 } }))).toEqual(['/home/city required', '/work/city type']);
  });

  test('false anywhere allows nothing: a union of false branches, a $ref to false, a false root; a true root allows all', () => {
    expect(issues(vocab.validateMeasures({ never: 1, refused: null }))).toEqual(['/never false', '/refused false']);
    expect(issues(vocab.validateNothing({}))).toEqual([' false']);
    expect(vocab.validateAnything(Symbol('x')).ok).toBe(true);
  });
});

describe('allOf of members for different JSON types', () => {
  test('object rules beside an array type apply only to objects, so every array of strings passes and nothing else does', () => {
    expect(vocab.validateLabelledList(['a', 'b']).ok).toBe(true);
    expect(vocab.isLabelledList([])).toBe(true);
    expect(issues(vocab.validateLabelledList(['a', 1]))).toEqual(['/1 type']);
    expect(vocab.isLabelledList(['a', 1])).toBe(false);
    expect(issues(vocab.validateLabelledList({ label: 'list' }))).toEqual([' type']);
    expect(vocab.isLabelledList({ label: 'list' })).toBe(false);
  });
});
