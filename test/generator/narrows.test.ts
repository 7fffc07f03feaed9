import { describe, expect, test } from 'vitest';
import { conjoin } from '../../generator/model/narrows.js';
import type { NumberShape, Shape } from '../../generator/model/types.js';

// What allOf makes of a property two members declare: the later rule alone only where it admits
// nothing the earlier rejects; otherwise both (one shape where one can hold both, else `all`).
// Each expectation was worked out by hand.
const source = { file: 'x.json', pointer: '' };
const number = (rules: Partial<NumberShape>): NumberShape => ({
  kind: 'number', integer: false, minimum: undefined, maximum: undefined, exclusiveMinimum: undefined, exclusiveMaximum: undefined, ...rules, source,
});
const keepsLater = (earlier: Shape, later: Shape): boolean => conjoin(earlier, later, source) === later;

describe('conjoin', () => {
  test('a tag or enum of a plain string, or a string with more rules, narrows a plain string', () => {
    const plain: Shape = { kind: 'string', format: undefined, pattern: undefined, minLength: undefined, maxLength: undefined, source };
    expect(keepsLater(plain, { kind: 'literal', value: '#dog', source })).toBe(true);
    expect(keepsLater(plain, { ...plain, minLength: 1 })).toBe(true);
    expect(keepsLater({ ...plain, pattern: '^#' }, { kind: 'literal', value: 'dog', source })).toBe(false);
    expect(keepsLater(plain, { kind: 'literal', value: 1, source })).toBe(false);
  });

  test('number bounds: tighter or equal keeps the later; looser, missing or fractional for an integer keeps both', () => {
    expect(keepsLater(number({ minimum: 0 }), number({ minimum: 3, maximum: 4 }))).toBe(true);
    expect(keepsLater(number({ minimum: 0 }), number({ exclusiveMinimum: 0 }))).toBe(true);
    expect(keepsLater(number({ exclusiveMinimum: 0 }), number({ minimum: 0 }))).toBe(false);
    expect(keepsLater(number({ exclusiveMaximum: 10 }), number({ maximum: 9.5 }))).toBe(true);
    expect(keepsLater(number({ minimum: 0 }), number({ maximum: 2 }))).toBe(false);
    expect(keepsLater(number({ integer: true }), number({}))).toBe(false);
    expect(keepsLater(number({ integer: true, minimum: 0 }), { kind: 'enum', values: [0, 2], open: false, responseOnly: [], memberVersions: new Map(), source })).toBe(true);
    expect(keepsLater(number({ integer: true }), { kind: 'literal', value: 0.5, source })).toBe(false);
  });

  test('two numbers or two strings that keep both become one shape with the tighter of each bound, so a wrong type is told once', () => {
    expect(conjoin(number({ integer: true, minimum: 0 }), number({ maximum: 2, exclusiveMinimum: -1 }), source)).toEqual(
      number({ integer: true, minimum: 0, maximum: 2, exclusiveMinimum: -1, multipleOf: undefined }),
    );
    const text = (rules: Partial<Shape & { kind: 'string' }>): Shape => ({ kind: 'string', format: undefined, pattern: undefined, minLength: undefined, maxLength: undefined, ...rules, source });
    expect(conjoin(text({ format: 'uuid', maxLength: 40 }), text({ minLength: 36, maxLength: 36 }), source)).toEqual(text({ format: 'uuid', minLength: 36, maxLength: 36 }));
  });

  test('rules one shape cannot hold together keep both: two multipleOf, two patterns, two formats', () => {
    expect(conjoin(number({ multipleOf: 2 }), number({ multipleOf: 3 }), source)).toMatchObject({ kind: 'all' });
    const text = (rules: Partial<Shape & { kind: 'string' }>): Shape => ({ kind: 'string', format: undefined, pattern: undefined, minLength: undefined, maxLength: undefined, ...rules, source });
    expect(conjoin(text({ pattern: '^a' }), text({ pattern: 'b$' }), source)).toMatchObject({ kind: 'all' });
    expect(conjoin(text({ format: 'uuid' }), text({ format: 'email' }), source)).toMatchObject({ kind: 'all' });
  });

  // Figma's nodes fix `type` in an inline member before the trait that declares it a plain string:
  // both apply, so the enum says it all, in that order too. It was kept as both ('FRAME' & string),
  // and a union of such nodes found no tag in it.
  test('an earlier rule that narrows the later one says it all, in either order', () => {
    const plain: Shape = { kind: 'string', format: undefined, pattern: undefined, minLength: undefined, maxLength: undefined, source };
    const frame: Shape = { kind: 'enum', values: ['FRAME'], open: false, responseOnly: [], memberVersions: new Map(), source };
    expect(conjoin(frame, plain, source)).toBe(frame);
    expect(conjoin(number({ minimum: 3, maximum: 4 }), number({ minimum: 0 }), source)).toEqual(number({ minimum: 3, maximum: 4 }));
    expect(conjoin({ ...plain, pattern: '^#' }, { kind: 'literal', value: 'dog', source }, source)).toMatchObject({ kind: 'all' });
  });

  test('anything else keeps both rules', () => {
    const both = conjoin({ kind: 'boolean', source }, { kind: 'null', source }, source);
    expect(both).toEqual({ kind: 'all', parts: [{ kind: 'boolean', source }, { kind: 'null', source }], source });
  });
});
