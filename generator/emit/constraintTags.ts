import type { ArrayShape, NumberShape, Shape, StringShape } from '../model/types.js';
import type { JSDocTag } from './print.js';
import { coversEveryJsonType } from './typeText.js';

// The constraints of a declared value that its TypeScript type cannot say (a string's format,
// pattern and length, a number's integer type and bounds, an array's length), as JSDoc block tags
// on its declaration: `@format uuid`, `@pattern ^https://`, `@maxLength 256`, `@type int32`,
// `@maxItems 20`. An editor shows them beside the description, and tools that read types rather
// than schemas take the constraints from them: typia's comment tags, ts-json-schema-generator's and
// typescript-json-schema's annotations use these names. The validators check the constraints either
// way; the tags only say them.
//
// A tag speaks of the declared value itself, so it is written only where that is unambiguous and
// the declared type has a member of the tag's kind (typia refuses `@minimum` on a type without
// `number`): for a string, number or array shape, or for a union that is not written `unknown` and
// in which that shape is the one branch admitting its JSON type (a nullable property's string,
// say). Not written: constraints on array items, on the properties of an object typed inline (an
// interface's properties get their own), where two branches admit the same JSON type, a tuple's length (its
// type says it, and typia reads array tags on arrays only), and a pattern that a comment cannot
// carry verbatim, or a number bound that is not a whole number.

/** Every tag this module writes (a tool that must tell them from other tags reads this list). */
export const CONSTRAINT_TAG_NAMES = ['format', 'pattern', 'minLength', 'maxLength', 'type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems'] as const;
type ConstraintTagName = (typeof CONSTRAINT_TAG_NAMES)[number];

/** typia's word for an integer whose bounds are exactly a 32-bit signed integer's. */
const INT32 = { minimum: -2147483648, maximum: 2147483647 };

/**
 * The tags for the constraints of a property's or a type alias's shape, in a fixed order.
 * `resolve` follows a reference to the named type's shape: a property typed by an alias of a
 * constrained string (`Guid`) gets the alias's tags too, since typia reads tags on properties and
 * not on type aliases.
 */
export function constraintTags(declared: Shape, resolve: (shape: Shape) => Shape = (shape) => shape): JSDocTag[] {
  const shape = resolve(declared);
  if (shape.kind !== 'union') return tagsOf(shape);
  if (coversEveryJsonType(shape)) return [];
  const tags: JSDocTag[] = [];
  for (const kind of ['string', 'number', 'array'] as const) {
    // Only where one branch alone admits values of that JSON type: beside a second one (a plain
    // string, an alias of one) the tag would hold for values the union accepts without it.
    const admitting = shape.byJsonType.find(([type]) => type === kind)?.[1] ?? [];
    const [index] = admitting;
    const branch = admitting.length === 1 && index !== undefined ? shape.branches[index] : undefined;
    const only = branch === undefined ? undefined : resolve(branch);
    if (only?.kind === kind) tags.push(...tagsOf(only));
  }
  return tags;
}

function tagsOf(shape: Shape): JSDocTag[] {
  switch (shape.kind) {
    case 'string':
      return stringTags(shape);
    case 'number':
      return numberTags(shape);
    case 'array':
      return (shape.prefixItems ?? []).length > 0 ? [] : arrayTags(shape);
    default:
      return [];
  }
}

function stringTags(shape: StringShape): JSDocTag[] {
  const tags: JSDocTag[] = [];
  if (shape.format !== undefined) tags.push(tag('format', shape.format));
  if (shape.pattern !== undefined && writableInComment(shape.pattern)) tags.push(tag('pattern', shape.pattern));
  if (shape.minLength !== undefined) tags.push(tag('minLength', shape.minLength));
  if (shape.maxLength !== undefined) tags.push(tag('maxLength', shape.maxLength));
  return tags;
}

function numberTags(shape: NumberShape): JSDocTag[] {
  const int32 = shape.integer && shape.minimum === INT32.minimum && shape.maximum === INT32.maximum;
  const tags: JSDocTag[] = [];
  // Any other integer is typia's int64: an integer test, with the bounds the schema gives beside it.
  if (int32) tags.push(tag('type', 'int32'));
  else if (shape.integer) tags.push(tag('type', 'int64'));
  const bounds = [
    ['minimum', int32 ? undefined : shape.minimum],
    ['maximum', int32 ? undefined : shape.maximum],
    ['exclusiveMinimum', shape.exclusiveMinimum],
    ['exclusiveMaximum', shape.exclusiveMaximum],
    ['multipleOf', shape.multipleOf],
  ] as const;
  // Whole numbers only: typia reads each of these tags for bigints too, and refuses to compile a
  // type whose tag holds a fraction (`@minimum -0.5`). A fractional bound stays in the schema and the
  // validator; a fractional `multipleOf` is also named in the doc comment's note.
  for (const [name, value] of bounds) if (value !== undefined && Number.isInteger(value)) tags.push(tag(name, value));
  return tags;
}

function arrayTags(shape: ArrayShape): JSDocTag[] {
  const tags: JSDocTag[] = [];
  if (shape.minItems !== undefined) tags.push(tag('minItems', shape.minItems));
  if (shape.maxItems !== undefined) tags.push(tag('maxItems', shape.maxItems));
  // With its value: ts-json-schema-generator reads a tag without one as nothing; typia takes either.
  if (shape.uniqueItems === true) tags.push(tag('uniqueItems', 'true'));
  return tags;
}

function tag(tagName: ConstraintTagName, value: string | number): JSDocTag {
  return { tagName, text: String(value) };
}

/**
 * Whether a tag's text reads back as exactly this pattern. TypeScript's JSDoc parser ends a tag at
 * a line break and at an `@` that follows white space (the next tag), trims the text, and reads
 * `{@` as an inline tag; the printer writes `*\/` as `*\\/`, so the comment cannot close early.
 */
function writableInComment(pattern: string): boolean {
  return !/[\n\r\u2028\u2029]|\*\/|\{@|(?:^|\s)@/.test(pattern) && pattern.trim() === pattern && pattern !== '';
}
