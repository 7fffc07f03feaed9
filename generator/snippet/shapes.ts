import { pointerChild } from '../diagnostics.js';
import { builderName, fixedValue } from '../emit/builders.js';
import type { TypeIndex } from '../emit/typeText.js';
import type { JsonType, Literal, NamedType, Shape, UnionShape } from '../model/types.js';

/** A generated builder: its name, the properties it fills in, and whether its argument may be left out. */
export interface Builder {
  readonly name: string;
  readonly fixed: readonly (readonly [property: string, value: Literal])[];
  readonly optionalArgument: boolean;
}

/**
 * Where a value lands in the model once references and unions are followed: the concrete shape,
 * and the named types passed through on the way (outermost first), which decide the builder.
 */
export type Settled =
  | { readonly fits: true; readonly shape: Shape; readonly types: readonly NamedType[] }
  | { readonly fits: false; readonly pointer: string; readonly message: string };

/** The JSON type of a parsed JSON value; anything else is a bug in the caller. */
export function jsonTypeOf(value: unknown, pointer: string): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'boolean' || type === 'number' || type === 'string' || type === 'object') return type;
  throw new TypeError(`callgen snippet: ${pointer === '' ? 'the payload' : pointer} holds a value of type ${type}, which JSON cannot hold`);
}

/**
 * Follows references and picks union branches for `value` exactly as the generated validators do:
 * by JSON type, then by the discriminator's value, or the default branch when the tag is absent.
 */
export function settle(shape: Shape, value: unknown, pointer: string, index: TypeIndex): Settled {
  const types: NamedType[] = [];
  const seen = new Set<string>();
  let current = shape;
  for (;;) {
    if (current.kind === 'ref') {
      if (seen.has(current.target)) return { fits: true, shape: current, types };
      seen.add(current.target);
      const type = index.get(current.target);
      types.push(type);
      current = type.shape;
    } else if (current.kind === 'union') {
      const branch = pickBranch(current, value, pointer);
      if (typeof branch !== 'number') return branch;
      const next = current.branches[branch];
      if (next === undefined) throw new Error(`callgen bug: union branch ${branch} missing`);
      types.length = 0; // the union's own names are not the value's type
      current = next;
    } else return { fits: true, shape: current, types };
  }
}

function pickBranch(union: UnionShape, value: unknown, pointer: string): number | Extract<Settled, { fits: false }> {
  const type = jsonTypeOf(value, pointer);
  const branches = union.byJsonType.find(([t]) => t === type)?.[1] ?? [];
  const [first] = branches;
  if (first === undefined) {
    const expected = union.byJsonType.map(([t]) => article(t)).join(' or ');
    return { fits: false, pointer, message: `is ${article(type)} where the schema expects ${expected}` };
  }
  const discriminator = union.discriminator;
  if (branches.length === 1 || type !== 'object' || discriminator === undefined) return first;
  const object = value as Readonly<Record<string, unknown>>;
  const at = pointerChild(pointer, discriminator.property);
  if (!Object.hasOwn(object, discriminator.property)) {
    if (discriminator.defaultBranch !== undefined) return discriminator.defaultBranch;
    return { fits: false, pointer: at, message: 'is absent, and nothing else tells which type this object is' };
  }
  const tag = object[discriminator.property];
  const chosen = discriminator.values.find(([v]) => v === tag);
  if (chosen !== undefined) return chosen[1];
  return { fits: false, pointer: at, message: `${JSON.stringify(tag)} names no type that may stand here` };
}

/**
 * The builder of the first named type on the way that has one: the one `emit/builders.ts` names
 * (`builderName`: a type with a request shape, an object, writable properties whose value is
 * fixed; an alias such as a union of one branch has none, its target's builder stands).
 */
export function builderOf(types: readonly NamedType[], index: TypeIndex): Builder | undefined {
  for (const type of types) {
    const name = builderName(type, index);
    const shape = name === undefined ? undefined : index.resolve(type.shape);
    if (name === undefined || shape?.kind !== 'object') continue;
    const writable = shape.properties.filter((p) => !p.readOnly);
    const fixed = writable.flatMap((p) => {
      const value = fixedValue(p, index);
      return value === undefined ? [] : [[p.name, value] as const];
    });
    if (fixed.length === 0) continue;
    const rest = writable.filter((p) => !fixed.some(([name]) => name === p.name));
    return { name, fixed, optionalArgument: rest.every((p) => !p.required) };
  }
  return undefined;
}


export function article(type: JsonType): string {
  return type === 'null' ? 'null' : type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
