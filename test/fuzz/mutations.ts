import fc from 'fast-check';
import { NEAR_MISS_NUMBERS, NEAR_MISS_STRINGS } from './near-misses.js';
import { isObject, type Json, type SchemaSet } from './schemas.js';

// Mutations that turn a (mostly) valid payload into a near miss. Each one names a place in the
// payload by an index into its nodes, so fast-check can shrink both the payload and the mutation.

export type Mutation =
  | { readonly kind: 'drop'; readonly at: number; readonly pick: number } // drop a property (required or not)
  | { readonly kind: 'replace'; readonly at: number; readonly value: Json } // wrong JSON type, null, a pool value
  | { readonly kind: 'tag'; readonly at: number; readonly tag: Json } // another, unknown or malformed @odata.type
  | { readonly kind: 'string'; readonly at: number; readonly value: string } // an enum member of elsewhere, a near-miss format, ...
  | { readonly kind: 'number'; readonly at: number; readonly value: number } // a fraction, out of int32, -0, ...
  | { readonly kind: 'extra'; readonly at: number; readonly key: string; readonly value: Json } // a property the type does not declare
  | { readonly kind: 'array'; readonly at: number; readonly how: 'empty' | 'duplicate' | 'wrap' | 'push'; readonly value: Json };

/** Strings taken from the schemas themselves, so mutations land near what the validators know. */
export interface Pools {
  readonly tags: readonly string[];
  readonly members: readonly string[];
  readonly propertyNames: readonly string[];
}

export function poolsOf(set: SchemaSet): Pools {
  const tags = new Set<string>();
  const members = new Set<string>();
  const names = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isObject(node)) return;
    const properties = node['properties'];
    if (isObject(properties)) {
      for (const [name, schema] of Object.entries(properties)) {
        names.add(name);
        if (name === '@odata.type' && isObject(schema)) for (const t of [schema['const'], ...(Array.isArray(schema['enum']) ? schema['enum'] : [])]) if (typeof t === 'string') tags.add(t);
      }
    }
    if (Array.isArray(node['enum'])) for (const m of node['enum']) if (typeof m === 'string' && !m.startsWith('#')) members.add(m);
    for (const [key, child] of Object.entries(node)) if (key !== 'enum' && key !== 'const') visit(child);
  };
  for (const file of set.files) visit(file.schema);
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { tags: sorted(tags), members: sorted(members), propertyNames: sorted(names) };
}

/** Small JSON values of every type: a wrong type for most places. */
const SAMPLES: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, 1.5, -1, '', 'x', [], {}, [null], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

export function mutationArbitrary(pools: Pools): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const string = fc.oneof(
    fc.constantFrom(...NEAR_MISS_STRINGS),
    fc.constantFrom(...pools.members),
    fc.constantFrom(...pools.tags),
    fc.string({ maxLength: 8 }),
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at, pick: fc.nat() }),
    fc.record({ kind: fc.constant('replace' as const), at, value: SAMPLES }),
    fc.record({ kind: fc.constant('tag' as const), at, tag: fc.oneof({ arbitrary: fc.constantFrom<Json>(...pools.tags), weight: 4 }, { arbitrary: fc.constantFrom<Json>('#microsoft.graph.unknownType', '', null, 1, 'microsoft.graph.call'), weight: 1 }) }),
    fc.record({ kind: fc.constant('string' as const), at, value: string }),
    fc.record({ kind: fc.constant('number' as const), at, value: fc.oneof(fc.constantFrom(...NEAR_MISS_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true })) }),
    fc.record({
      kind: fc.constant('extra' as const),
      at,
      key: fc.oneof({ arbitrary: fc.constantFrom(...pools.propertyNames), weight: 3 }, { arbitrary: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', '@odata.context', ''), weight: 1 }),
      value: SAMPLES,
    }),
    fc.record({ kind: fc.constant('array' as const), at, how: fc.constantFrom('empty' as const, 'duplicate' as const, 'wrap' as const, 'push' as const), value: SAMPLES }),
  );
}

interface Place {
  readonly value: Json;
  readonly set: (replacement: Json) => void;
}

/** Every node of a payload with a way to replace it; the root's setter replaces the result. */
function places(root: { value: Json }): Place[] {
  const found: Place[] = [{ value: root.value, set: (v) => (root.value = v) }];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      const items = node as Json[];
      items.forEach((child, i) => {
        found.push({ value: child, set: (v) => (items[i] = v) });
        visit(child);
      });
    } else if (isObject(node)) {
      const object = node as Record<string, Json>;
      for (const [key, child] of Object.entries(object)) {
        found.push({ value: child, set: (v) => define(object, key, v) });
        visit(child);
      }
    }
  };
  visit(root.value);
  return found;
}

/** Sets an own, enumerable property, even for keys such as `__proto__`, as JSON.parse does. */
function define(object: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies mutations in order to a deep copy of `payload`; a mutation with no place to act is a no-op. */
export function mutate(payload: Json, mutations: readonly Mutation[]): Json {
  // structuredClone keeps -0 and own `__proto__` keys, both of which JSON.parse can produce.
  const root = { value: structuredClone(payload) };
  for (const mutation of mutations) apply(root, mutation);
  return root.value;
}

function apply(root: { value: Json }, original: Mutation): void {
  // The mutation's values belong to fast-check, which replays them while shrinking: insert copies.
  const mutation = structuredClone(original);
  const all = places(root);
  const where = <T extends Place>(candidates: T[]): T | undefined => (candidates.length === 0 ? undefined : candidates[mutation.at % candidates.length]);
  switch (mutation.kind) {
    case 'drop': {
      const place = where(all.filter((p) => isObject(p.value) && Object.keys(p.value).length > 0));
      if (place === undefined) return;
      const object = place.value as Record<string, Json>;
      const keys = Object.keys(object);
      delete object[keys[mutation.pick % keys.length] as string];
      return;
    }
    case 'replace':
      where(all)?.set(mutation.value);
      return;
    case 'tag': {
      const place = where(all.filter((p) => isObject(p.value)));
      if (place !== undefined) define(place.value as Record<string, Json>, '@odata.type', mutation.tag);
      return;
    }
    case 'string':
      where(all.filter((p) => typeof p.value === 'string'))?.set(mutation.value);
      return;
    case 'number':
      where(all.filter((p) => typeof p.value === 'number'))?.set(mutation.value);
      return;
    case 'extra': {
      const place = where(all.filter((p) => isObject(p.value)));
      if (place !== undefined) define(place.value as Record<string, Json>, mutation.key, mutation.value);
      return;
    }
    case 'array': {
      const place = mutation.how === 'wrap' ? where(all) : where(all.filter((p) => Array.isArray(p.value)));
      if (place === undefined) return;
      const items = place.value as Json[];
      if (mutation.how === 'wrap') place.set([place.value]);
      else if (mutation.how === 'empty') place.set([]);
      else if (mutation.how === 'push') place.set([...items, mutation.value]);
      else place.set(items.length === 0 ? [mutation.value] : [...items, items[0] as Json]);
      return;
    }
  }
}
