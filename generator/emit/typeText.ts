import { assertNever } from '../diagnostics.js';
import { requestMembers } from '../model/members.js';
import { requestName } from '../model/reach.js';
import type { ArrayShape, EnumShape, UnionShape, JsonValue, Literal, Model, NamedType, ObjectShape, Property, Shape } from '../model/types.js';
import { partsWithDeclaredInPlace, withDeclaredInPlace } from '../model/declaredInPlace.js';
import { propertyKey, quote } from '../model/names.js';

/** Which of a type's two shapes is being written. */
export type View = 'response' | 'request';

/** Looks named types up by name; emitters share one per model. */
export class TypeIndex {
  readonly #byName: ReadonlyMap<string, NamedType>;
  constructor(model: Model) {
    this.#byName = new Map(model.types.map((t) => [t.name, t]));
  }
  get(name: string): NamedType {
    const type = this.#byName.get(name);
    if (type === undefined) throw new Error(`callgen bug: no named type ${name}`);
    return type;
  }
  /** `resolve`, bound, for the model's functions that take one. */
  readonly resolver = (shape: Shape): Shape => this.resolve(shape);
  /** The shape behind a reference chain (aliases of aliases), for emitters that need the concrete kind. */
  resolve(shape: Shape): Shape {
    const seen = new Set<string>();
    let current = shape;
    while (current.kind === 'ref' && !seen.has(current.target)) {
      seen.add(current.target);
      current = this.get(current.target).shape;
    }
    return current;
  }
}

export function literalText(value: Literal): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

/** The name to use for a named type in a view, qualified with the types module alias when given. */
export function refName(type: NamedType, view: View, qualifier = ''): string {
  const name = view === 'request' && type.hasRequestShape ? requestName(type) : type.name;
  return `${qualifier}${name}`;
}

/** An enum's members as a union of literals; a request's leave out those the service only sends. */
export function enumMembersText(shape: EnumShape, view: View): string {
  const members = view === 'request' ? requestMembers(shape) : shape.values;
  return members.map(literalText).join(' | ');
}

/** Renders a shape as a TypeScript type expression. Open enums widen in the response view only. */
export function typeText(shape: Shape, view: View, index: TypeIndex, qualifier = ''): string {
  switch (shape.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'unknown':
    case 'never':
      return shape.kind;
    case 'number':
      return 'number';
    case 'literal':
      return literalText(shape.value);
    case 'enum': {
      const members = enumMembersText(shape, view);
      return shape.open && view === 'response' ? `${qualifier}OpenEnum<${members}>` : members;
    }
    case 'ref': {
      const target = index.get(shape.target);
      const name = refName(target, view, qualifier);
      const resolved = index.resolve(shape);
      return resolved.kind === 'enum' && resolved.open && view === 'response' ? `${qualifier}OpenEnum<${name}>` : name;
    }
    case 'array':
      return arrayType(shape, view, index, qualifier);
    case 'union':
      return coversEveryJsonType(shape) ? 'unknown' : unionText(shape.branches, view, index, qualifier);
    case 'choice':
      return unionText(shape.branches, view, index, qualifier);
    case 'object':
      return objectLiteralType(withDeclaredInPlace(shape, [], index.resolver), view, index, qualifier);
    case 'values':
      return shape.values.map(jsonValueType).join(' | ');
    case 'all':
      return intersectionType(partsWithDeclaredInPlace(shape.parts, index.resolver), view, index, qualifier);
    // What a value must not be, or must be under a condition, has no TypeScript form: any value types.
    case 'not':
    case 'conditional':
      return 'unknown';
    default:
      return assertNever(shape);
  }
}

function unionText(branches: readonly Shape[], view: View, index: TypeIndex, qualifier: string): string {
  return [...new Set(branches.flatMap((b) => memberTexts(b, view, index, qualifier)))].join(' | ');
}

/**
 * A union branch's members, with a branch that is itself a union spread into its own members, so each
 * member is written once: two untyped branches each allow every non-object type, and
 * `null | string | { kind: 'a' } | null | string | { kind: 'b' }` says no more than the set.
 */
function memberTexts(branch: Shape, view: View, index: TypeIndex, qualifier: string): string[] {
  const spread = (branch.kind === 'union' && !coversEveryJsonType(branch)) || branch.kind === 'choice';
  return spread ? branch.branches.flatMap((b) => memberTexts(b, view, index, qualifier)) : [typeText(branch, view, index, qualifier)];
}

/**
 * Rules for some JSON types without a `type`: every JSON value is allowed, so the type is `unknown`
 * (checks do the rest). Not so a union of tagged objects without `type` (model/typeless.ts), whose
 * branches each say what objects they hold.
 */
export function coversEveryJsonType(shape: UnionShape): boolean {
  return shape.byJsonType.length === 6 && shape.typeless === undefined && shape.branches.every((b) => b.kind !== 'object' || (b.properties.length === 0 && b.additional.kind !== 'schema'));
}

function arrayType(shape: ArrayShape, view: View, index: TypeIndex, qualifier: string): string {
  const items = typeText(shape.items, view, index, qualifier);
  const prefix = shape.prefixItems ?? [];
  if (prefix.length === 0) return /^[A-Za-z0-9_.<>']+$/.test(items) ? `${items}[]` : `(${items})[]`;
  // A tuple: the first items by position (optional past minItems), then the rest.
  const elements = prefix.map((item, i) => {
    const text = typeText(item, view, index, qualifier);
    if (i < (shape.minItems ?? 0)) return text;
    // An optional element binds tighter than `|` and `&`: `A | B?` is no type, `(A | B)?` is.
    return /[|&]/.test(text) ? `(${text})?` : `${text}?`;
  });
  if (shape.items.kind !== 'never') elements.push(`...(${items})[]`);
  return `[${elements.join(', ')}]`;
}

function intersectionType(parts: readonly Shape[], view: View, index: TypeIndex, qualifier: string): string {
  // Each text once: `number & number` (two members' rules for one property) says no more than `number`.
  const texts = [...new Set(parts.map((p) => typeText(p, view, index, qualifier)))].filter((t) => t !== 'unknown');
  if (texts.includes('never')) return 'never';
  if (texts.length === 0) return 'unknown';
  return texts.map((t) => (texts.length > 1 && /[|&]/.test(t) ? `(${t})` : t)).join(' & ');
}

/** A JSON value as a TypeScript type: strings, numbers, `true`, `null`, tuples and object literals. */
export function jsonValueType(value: JsonValue): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `readonly [${value.map(jsonValueType).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return literalType(Object.keys(value).map((key) => `readonly ${propertyKey(key)}: ${jsonValueType((value as Record<string, JsonValue>)[key] ?? null)};`));
  }
  return String(value);
}

/** The properties a view shows: requests do not send what the service sets. */
export function visibleProperties(shape: ObjectShape, view: View): readonly Property[] {
  return shape.properties.filter((p) => (view === 'request' ? !p.readOnly : p.writeOnly !== true));
}

/** Whether a view's shape requires a property: a response may leave out one required of requests alone. */
export function requiredIn(property: Property, view: View): boolean {
  return property.required && !(view === 'response' && property.optionalInResponse === true);
}

/** A property's type in a view: `null` is dropped from requests where it only means "not set". */
export function propertyTypeText(property: Property, view: View, index: TypeIndex, qualifier = ''): string {
  return typeText(propertyShape(property, view), view, index, qualifier);
}

export function propertyShape(property: Property, view: View): Shape {
  const { shape } = property;
  if (view !== 'request' || property.nullableInRequest || shape.kind !== 'union') return shape;
  const branches = shape.branches.filter((b) => b.kind !== 'null');
  return branches.length === 1 && branches[0] !== undefined ? branches[0] : { ...shape, branches };
}

function objectLiteralType(shape: ObjectShape, view: View, index: TypeIndex, qualifier: string): string {
  const members = visibleProperties(shape, view).map(
    (p) => `${p.readOnly ? 'readonly ' : ''}${propertyKey(p.name)}${requiredIn(p, view) ? '' : '?'}: ${propertyTypeText(p, view, index, qualifier)};`,
  );
  const extra = indexSignature(shape, view, index, qualifier);
  if (extra !== undefined) members.push(extra);
  return literalType(members);
}

/** A type literal of members that each end in `;`, on one line as a person writes one: no `;` after the last. */
function literalType(members: readonly string[]): string {
  return members.length === 0 ? '{}' : `{ ${members.join(' ').slice(0, -1)} }`;
}

/**
 * `additionalProperties` with a schema becomes an index signature. Its type must admit the declared
 * properties too, or TypeScript rejects the interface.
 */
export function indexSignature(shape: ObjectShape, view: View, index: TypeIndex, qualifier = ''): string | undefined {
  const patterns = shape.patternProperties ?? [];
  // An object that declares nothing holds any keys (JSON Schema's `{ type: object }`, OpenAPI's
  // free-form object), or none when it is closed: say so, where `{}` would admit a string or a number too.
  // (The names only its conditional subschemas or `propertyNames` declare leave it that: optional, they hold no key back.)
  const declared = shape.properties.filter((p) => p.declaredInPlace === undefined);
  if (declared.length === 0 && patterns.length === 0 && shape.additional.kind !== 'schema') return `[key: string]: ${shape.additional.kind === 'closed' ? 'never' : 'unknown'};`;
  if (shape.additional.kind !== 'schema' && patterns.length === 0) return undefined;
  // Keys matching a pattern may stand beside the declared ones, so they need a place in the type.
  const extra = [...(shape.additional.kind === 'schema' ? [shape.additional.shape] : []), ...patterns.map((p) => p.shape)];
  const types = new Set(extra.map((s) => typeText(s, view, index, qualifier)));
  for (const p of visibleProperties(shape, view)) types.add(propertyTypeText(p, view, index, qualifier));
  if (visibleProperties(shape, view).some((p) => !requiredIn(p, view))) types.add('undefined');
  // TypeScript 5.9 under exactOptionalPropertyTypes can find an intersection (`{ x?: 0 } & { x: unknown }`)
  // not assignable to a union that lists that same intersection beside another type, so the interface
  // would not compile (TS2411). Such an index signature admits anything; the validator still checks the values.
  if ([...types].some((text) => text.includes('&'))) return '[key: string]: unknown;';
  return `[key: string]: ${[...types].join(' | ')};`;
}
