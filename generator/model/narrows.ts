import type { Source } from '../diagnostics.js';
import type { Literal, NumberShape, Shape } from './types.js';

/**
 * The shape of a property two `allOf` members both declare. JSON Schema applies both; where the
 * later one provably admits only values the earlier one admits (the usual inheritance: a `const`
 * tag for a plain string, tighter bounds for a number, the same rules again), or the earlier one
 * does of the later (an inline member's tag before a trait's plain string), that one alone says it all,
 * so tags stay literals for discriminators and builders. Otherwise both apply: as one shape where
 * one can hold both (`merged`), else as `all`.
 */
export function conjoin(earlier: Shape, later: Shape, source: Source): Shape {
  if (narrows(later, earlier)) return later;
  // Both apply, in either order: an inline member's enum [FRAME] before a trait's plain string is that enum.
  if (narrows(earlier, later)) return earlier;
  return merged(earlier, later) ?? { kind: 'all', parts: [earlier, later], source };
}

/**
 * Two numbers, or two strings, as one shape holding both's bounds (the tighter of each), so a
 * value of the wrong type is told so once, not once per member. Undefined where one shape cannot
 * say both: two different `multipleOf`, formats or patterns.
 */
function merged(earlier: Shape, later: Shape): Shape | undefined {
  if (earlier.kind === 'number' && later.kind === 'number') {
    if (earlier.multipleOf !== undefined && later.multipleOf !== undefined && earlier.multipleOf !== later.multipleOf) return undefined;
    return {
      kind: 'number',
      integer: earlier.integer || later.integer,
      minimum: tighter(earlier.minimum, later.minimum, Math.max),
      maximum: tighter(earlier.maximum, later.maximum, Math.min),
      exclusiveMinimum: tighter(earlier.exclusiveMinimum, later.exclusiveMinimum, Math.max),
      exclusiveMaximum: tighter(earlier.exclusiveMaximum, later.exclusiveMaximum, Math.min),
      multipleOf: later.multipleOf ?? earlier.multipleOf,
      source: later.source,
    };
  }
  if (earlier.kind === 'string' && later.kind === 'string') {
    const one = <T>(a: T | undefined, b: T | undefined): T | undefined | false => (a === undefined || b === undefined || a === b ? (b ?? a) : false);
    const format = one(earlier.format, later.format);
    const pattern = one(earlier.pattern, later.pattern);
    if (format === false || pattern === false) return undefined;
    return {
      kind: 'string',
      format,
      pattern,
      minLength: tighter(earlier.minLength, later.minLength, Math.max),
      maxLength: tighter(earlier.maxLength, later.maxLength, Math.min),
      source: later.source,
    };
  }
  return undefined;
}

function tighter(a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number): number | undefined {
  return a === undefined ? b : b === undefined ? a : pick(a, b);
}

function narrows(later: Shape, earlier: Shape): boolean {
  if (earlier.kind === 'unknown' || sameRules(later, earlier)) return true;
  const values = literalValues(later);
  switch (earlier.kind) {
    case 'string':
      return plainString(earlier) && (later.kind === 'string' || (values !== undefined && values.every((v) => typeof v === 'string')));
    case 'boolean':
      return later.kind === 'boolean' || (values !== undefined && values.every((v) => typeof v === 'boolean'));
    case 'number':
      if (later.kind === 'number') return numberWithin(later, earlier);
      return values !== undefined && values.every((v) => typeof v === 'number' && numberAdmits(earlier, v));
    case 'enum':
      // One of an inherited tag's values (a base mapped two values to this schema, a union picks one).
      // A member the earlier enum refuses in requests keeps that rule: both stay.
      return !earlier.open && values !== undefined && values.every((v) => earlier.values.includes(v)) && !earlier.responseOnly.some((m) => values.includes(m));
    default:
      return false;
  }
}

function literalValues(shape: Shape): readonly Literal[] | undefined {
  if (shape.kind === 'literal') return [shape.value];
  if (shape.kind === 'enum' && !shape.open) return shape.values;
  return undefined;
}

function plainString(shape: Shape & { kind: 'string' }): boolean {
  return shape.format === undefined && shape.pattern === undefined && shape.minLength === undefined && shape.maxLength === undefined;
}

function numberAdmits(shape: NumberShape, value: number): boolean {
  return (
    (!shape.integer || Number.isInteger(value)) &&
    shape.multipleOf === undefined &&
    (shape.minimum === undefined || value >= shape.minimum) &&
    (shape.maximum === undefined || value <= shape.maximum) &&
    (shape.exclusiveMinimum === undefined || value > shape.exclusiveMinimum) &&
    (shape.exclusiveMaximum === undefined || value < shape.exclusiveMaximum)
  );
}

/** Whether every number `later` admits, `earlier` admits too (judged on the bounds alone). */
function numberWithin(later: NumberShape, earlier: NumberShape): boolean {
  if (earlier.integer && !later.integer) return false;
  if (earlier.multipleOf !== undefined && later.multipleOf !== earlier.multipleOf) return false;
  const lowest = later.minimum ?? -Infinity;
  const lowestExclusive = later.exclusiveMinimum ?? -Infinity;
  const highest = later.maximum ?? Infinity;
  const highestExclusive = later.exclusiveMaximum ?? Infinity;
  const above = (bound: number, inclusive: boolean): boolean => lowest > bound || lowestExclusive >= bound || (inclusive && lowest === bound);
  const below = (bound: number, inclusive: boolean): boolean => highest < bound || highestExclusive <= bound || (inclusive && highest === bound);
  return (
    (earlier.minimum === undefined || above(earlier.minimum, true)) &&
    (earlier.exclusiveMinimum === undefined || above(earlier.exclusiveMinimum, false)) &&
    (earlier.maximum === undefined || below(earlier.maximum, true)) &&
    (earlier.exclusiveMaximum === undefined || below(earlier.exclusiveMaximum, false))
  );
}

/** The same rules, wherever they were written (sources aside). */
function sameRules(a: Shape, b: Shape): boolean {
  const text = (shape: Shape): string => JSON.stringify(shape, (key, value: unknown) => (key === 'source' ? undefined : value instanceof Map ? [...value] : value));
  return a.kind === b.kind && text(a) === text(b);
}
