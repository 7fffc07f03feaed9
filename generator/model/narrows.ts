import type { Source } from '../diagnostics.js';
import type { Literal, NumberShape, Shape } from './types.js';

/**
 * The shape of a property two `allOf` members both declare. JSON Schema applies both; where the
 * later one provably admits only values the earlier one admits (the usual inheritance: a `const`
 * tag for a plain string, tighter bounds for a number, the same rules again) it alone says it all,
 * so tags stay literals for discriminators and builders. Otherwise both apply (`all`).
 */
export function conjoin(earlier: Shape, later: Shape, source: Source): Shape {
  return narrows(later, earlier) ? later : { kind: 'all', parts: [earlier, later], source };
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
