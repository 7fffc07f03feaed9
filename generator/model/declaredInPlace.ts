import { matches } from './typed.js';
import type { ConditionalShape, ObjectShape, Property, Shape } from './types.js';

// An object may hold names its own `properties` leave out and a subschema applying at the same
// value declares: `then`, `else`, a `dependentSchemas` value (inline, or the schema a `$ref` there
// names), or that `propertyNames` allows by `enum`/`const`. The validators know them (a request may
// send them, their values are checked); the types list them too, each optional, so a valid value
// type-checks and a reader finds the name typed. A name's type is what every value valid for the
// schema holds there: a subschema constrains it only where it applies, so a `then` alone (its
// `else` case lets any value through), or a `dependentSchemas` value whose trigger may be absent,
// says nothing for certain, and the name is `unknown`; a conditional both of whose cases declare
// it, or a dependent schema of a required name, holds it to the union of what they declare. What
// holds every key `properties` leaves out (matching `patternProperties`, else `additionalProperties`)
// holds these too; a name `additionalProperties: false` forbids (and no pattern admits) is left out.
// Emitters add these names (`typeText.ts`, `types.ts`); the model itself keeps them where the schema
// declares them, as the validators read them there.

type Resolve = (shape: Shape) => Shape;

/**
 * Each part of an `all` that is an object, with the names its sibling conditionals (and its own
 * rules) declare; and where the object is a union's branch (properties without `"type": "object"`
 * admit every JSON type), that branch, since the conditions apply to an object value as well.
 */
export function partsWithDeclaredInPlace(parts: readonly Shape[], resolve: Resolve): Shape[] {
  const conditions = parts.filter((p): p is ConditionalShape => p.kind === 'conditional');
  const declaring = (shape: Shape): Shape => (shape.kind === 'object' ? withDeclaredInPlace(shape, conditions, resolve) : shape);
  return parts.map((p) => (p.kind === 'union' && conditions.length > 0 ? { ...p, branches: p.branches.map(declaring) } : declaring(p)));
}

/** The object with an optional property for each name its conditions, `dependentSchemas` and `propertyNames` declare beyond its `properties`. */
export function withDeclaredInPlace(object: ObjectShape, conditions: readonly ConditionalShape[], resolve: Resolve): ObjectShape {
  if (conditions.length === 0 && object.dependentSchemas === undefined && object.propertyNames === undefined) return object;
  const own = new Set(object.properties.map((p) => p.name));
  const dependent = (object.dependentSchemas ?? []).map(([, shape]) => shape);
  const declarers = new Map<string, Property | undefined>();
  for (const subschema of [...conditions.flatMap((c) => [c.then, c.else]), ...dependent]) {
    if (subschema !== undefined) collectNames(subschema, resolve, declarers);
  }
  const named = new Set(allowedNames(object.propertyNames, resolve).filter((name) => !declarers.has(name)));
  for (const name of named) declarers.set(name, undefined);
  const added: Property[] = [];
  for (const [name, first] of declarers) {
    if (own.has(name)) continue;
    const rest = restRule(object, name);
    if (rest === 'forbidden') continue;
    const constraints = [...certainTypes(object, conditions, name, resolve), ...rest];
    added.push(declaredProperty(name, constraints, first, named.has(name) ? 'propertyNames' : 'conditional', object));
  }
  return added.length === 0 ? object : { ...object, properties: [...object.properties, ...added] };
}

function declaredProperty(name: string, constraints: readonly Shape[], first: Property | undefined, by: 'conditional' | 'propertyNames', object: ObjectShape): Property {
  const [only] = constraints;
  const shape: Shape = constraints.length === 0 ? { kind: 'unknown', source: object.source } : constraints.length === 1 && only !== undefined ? only : { kind: 'all', parts: constraints, source: object.source };
  return {
    name,
    shape,
    required: false,
    readOnly: false,
    nullableInRequest: true,
    description: first?.description,
    versions: undefined,
    deprecated: false,
    declaredInPlace: by,
    source: first?.source ?? object.source,
  };
}

/**
 * What holds a key `properties` leaves out: the patterns it matches, or else `additionalProperties`
 * (a schema; `false` forbids the name, and it is no property of the type).
 */
function restRule(object: ObjectShape, name: string): Shape[] | 'forbidden' {
  const patterns = (object.patternProperties ?? []).filter((p) => matches(p.pattern, name)).map((p) => p.shape);
  if (patterns.length > 0) return patterns;
  if (object.additional.kind === 'closed') return 'forbidden';
  return object.additional.kind === 'schema' ? [object.additional.shape] : [];
}

/** The names `propertyNames` allows by `enum` or `const` (every other name is refused); none where it allows a pattern or any string. */
function allowedNames(shape: Shape | undefined, resolve: Resolve): string[] {
  const names = shape === undefined ? undefined : resolve(shape);
  if (names?.kind === 'literal') return typeof names.value === 'string' ? [names.value] : [];
  if (names?.kind === 'enum') return names.values.filter((v): v is string => typeof v === 'string');
  if (names?.kind === 'all') return names.parts.map((p) => allowedNames(p, resolve)).find((list) => list.length > 0) ?? [];
  return [];
}

/**
 * The names a subschema declares at its own value, at any depth of `$ref`, `allOf`, conditions,
 * `dependentSchemas` and unions, each with the first property that declares it (for its description).
 */
function collectNames(root: Shape, resolve: Resolve, names: Map<string, Property | undefined>): void {
  const queue: Shape[] = [root];
  const seen = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const shape = queue[i];
    if (shape === undefined) continue;
    if (shape.kind === 'ref') {
      if (!seen.has(shape.target)) queue.push(resolve(shape));
      seen.add(shape.target);
    } else if (shape.kind === 'object') {
      for (const p of shape.properties) if (p.implied !== true && !names.has(p.name)) names.set(p.name, p);
      queue.push(...(shape.dependentSchemas ?? []).map(([, s]) => s));
    } else if (shape.kind === 'all') queue.push(...shape.parts);
    else if (shape.kind === 'conditional') queue.push(...[shape.then, shape.else].filter((s): s is Shape => s !== undefined));
    else if (shape.kind === 'union' || shape.kind === 'choice') queue.push(...shape.branches);
  }
}

/** What the object's conditions, and its dependent schemas of required names, hold the name to wherever they apply. */
function certainTypes(object: ObjectShape, conditions: readonly ConditionalShape[], name: string, resolve: Resolve): Shape[] {
  const certain = [...conditions, ...dependentOfRequired(object)].map((s) => heldTo(s, name, resolve, new Set()));
  return certain.filter((s): s is Shape => s !== undefined);
}

function dependentOfRequired(object: ObjectShape): Shape[] {
  const required = new Set(object.properties.filter((p) => p.required && p.optionalInResponse !== true).map((p) => p.name));
  return (object.dependentSchemas ?? []).filter(([trigger]) => required.has(trigger)).map(([, shape]) => shape);
}

/**
 * What every object a subschema admits holds at `name`, where the subschema says so for every such
 * object (undefined where some case leaves it to any value). `seen` ends `$ref` cycles.
 */
function heldTo(shape: Shape, name: string, resolve: Resolve, seen: Set<string>): Shape | undefined {
  switch (shape.kind) {
    case 'ref': {
      if (seen.has(shape.target)) return undefined;
      return heldTo(resolve(shape), name, resolve, new Set([...seen, shape.target]));
    }
    case 'object': {
      const property = shape.properties.find((p) => p.name === name && p.implied !== true);
      if (property !== undefined) return property.shape;
      return intersection(dependentOfRequired(shape).map((s) => heldTo(s, name, resolve, seen)), shape);
    }
    case 'all':
      return intersection(shape.parts.map((p) => heldTo(p, name, resolve, seen)), shape);
    case 'conditional': {
      const cases = [shape.then, shape.else].map((s) => (s === undefined ? undefined : heldTo(s, name, resolve, seen)));
      return everyCase(cases, shape);
    }
    case 'union':
    case 'choice':
      return everyCase(shape.branches.filter((b) => mayHoldObjects(resolve(b))).map((b) => heldTo(b, name, resolve, seen)), shape);
    case 'never':
      return shape;
    default:
      return undefined;
  }
}

/** What every part says at once; undefined where none says. */
function intersection(held: readonly (Shape | undefined)[], at: Shape): Shape | undefined {
  const parts = held.filter((s): s is Shape => s !== undefined);
  const [only] = parts;
  if (parts.length <= 1) return only;
  return { kind: 'all', parts, source: at.source };
}

/** One of what the cases say, where each case says; undefined where one does not. */
function everyCase(held: readonly (Shape | undefined)[], at: Shape): Shape | undefined {
  if (held.length === 0 || held.some((s) => s === undefined)) return undefined;
  const branches = held.filter((s): s is Shape => s !== undefined && s.kind !== 'never');
  const [only] = branches;
  if (branches.length === 0) return { kind: 'never', source: at.source };
  return branches.length === 1 ? only : { kind: 'choice', one: false, branches, source: at.source };
}

/** Whether a union branch may admit an object (a branch of another JSON type says nothing of an object's names). */
function mayHoldObjects(shape: Shape): boolean {
  return !['string', 'number', 'boolean', 'null', 'literal', 'enum', 'array', 'never'].includes(shape.kind);
}
