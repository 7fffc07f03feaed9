import fc from 'fast-check';
import { STRING_MISSES } from './near-misses.js';
import { ANNOTATIONS, isObject, jsonTypes, type Json, type JsonObject, type Located, type Mode, type SchemaSet } from './schemas.js';

// A small schema → fast-check arbitrary deriver for the curated dialect. It produces values that
// are meant to be valid for the given mode (request: no null where "x-nullable-in-request" is
// false, readOnly properties rare; response: everything the raw schema allows, open enums with
// unknown members now and then). With `nearMisses`, a leaf with a format, a bound or an enum is
// now and then a value just outside it, so that the rules deep in a payload get tested without a
// lucky mutation. Mutations (mutations.ts) then break the payloads further. Validity is never
// assumed: both validators judge every value.

const SUPPORTED = new Set([
  ...ANNOTATIONS,
  '$ref',
  '$defs',
  'allOf',
  'oneOf',
  'anyOf',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'const',
  'enum',
  // Its members are near misses in a request (#enum).
  'x-response-only-members',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
]);

/** Lets fast-check shrink a choice to its first option (a valid leaf, an absent property). */
export const SHRINK_TO_FIRST = { withCrossShrink: true } as const;

/** Longest generated array: keeps nested payloads (notifications of rosters of streams) small. */
const MAX_ITEMS = 3;

interface PropertyModel {
  readonly name: string;
  readonly schema: Located;
  readonly readOnly: boolean;
  /** Whether null may stand here in a request (schemas/README.md, "Nullability"). */
  readonly nullableInRequest: boolean;
}

/** An object schema flattened through `allOf`: its properties, required names and "at least one of" groups. */
export interface ObjectModel {
  readonly properties: readonly PropertyModel[];
  readonly required: ReadonlySet<string>;
  /** From `anyOf: [{ required: [...] }, ...]`: at least one group must be present. */
  readonly alternatives: readonly (readonly string[])[];
}

export interface DeriverOptions {
  /** Leaves just outside their format, bounds or enum, now and then (off: values meant to be valid). */
  readonly nearMisses: boolean;
  /** How often a request carries a readOnly property: `rare`, or `never` (the request shapes). */
  readonly readOnlyInRequest: 'rare' | 'never';
}

export class Deriver {
  readonly #set: SchemaSet;
  readonly #mode: Mode;
  readonly #options: DeriverOptions;
  readonly #cache = new Map<Json, Map<string, fc.Arbitrary<Json>>>();

  constructor(set: SchemaSet, mode: Mode, options: DeriverOptions = { nearMisses: true, readOnlyInRequest: 'rare' }) {
    this.#set = set;
    this.#mode = mode;
    this.#options = options;
  }

  /** A valid value, or with `nearMisses` one of `misses` once in `odds` times. */
  #sometimes(valid: fc.Arbitrary<Json>, misses: readonly Json[], odds = 16): fc.Arbitrary<Json> {
    if (!this.#options.nearMisses || misses.length === 0) return valid;
    return fc.oneof(SHRINK_TO_FIRST, { arbitrary: valid, weight: odds - 1 }, { arbitrary: fc.constantFrom(...misses), weight: 1 });
  }

  /** Values for a schema node; `allowNull` is false for a request property that may not be null. */
  derive(located: Located, allowNull = true, depth = 0): fc.Arbitrary<Json> {
    if (depth > 40) throw new Error('the schemas nest deeper than 40 levels: a recursive type the fuzzer does not handle');
    const { node, base } = this.#set.deref(located);
    const key = `${base} ${allowNull}`;
    const cached = this.#cache.get(node)?.get(key);
    if (cached !== undefined) return cached;
    const arbitrary = this.#derive({ node, base }, allowNull, depth);
    const byKey = this.#cache.get(node) ?? new Map<string, fc.Arbitrary<Json>>();
    byKey.set(key, arbitrary);
    this.#cache.set(node, byKey);
    return arbitrary;
  }

  #derive(located: Located, allowNull: boolean, depth: number): fc.Arbitrary<Json> {
    const { node, base } = located;
    if (node === true) return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
    if (!isObject(node)) throw new Error(`unsupported schema node ${JSON.stringify(node)}`);
    const unsupported = Object.keys(node).filter((k) => !SUPPORTED.has(k));
    if (unsupported.length > 0) throw new Error(`the fuzzer cannot derive values for the keywords ${unsupported.join(', ')} (${base})`);
    if ('const' in node) return fc.constant(node['const'] as Json);
    if (Array.isArray(node['enum'])) return this.#enum(node, allowNull);
    const union = Array.isArray(node['oneOf']) ? node['oneOf'] : Array.isArray(node['anyOf']) && !isRequiredGroups(node['anyOf']) ? node['anyOf'] : undefined;
    if (union !== undefined) {
      const branches = union.filter((b: Json) => allowNull || !isNullOnly(b)).map((b: Json) => this.derive({ node: b, base }, allowNull, depth + 1));
      return fc.oneof(...branches);
    }
    if (Array.isArray(node['allOf']) || isObject(node['properties'])) return this.#object(this.objectModel(located), depth);
    const types = jsonTypes(node).filter((t) => allowNull || t !== 'null');
    if (types.length === 0) throw new Error(`the fuzzer cannot derive values for ${JSON.stringify(node).slice(0, 200)} (${base})`);
    return fc.oneof(...types.map((type) => this.#ofType(type, located, depth)));
  }

  #enum(node: JsonObject, allowNull: boolean): fc.Arbitrary<Json> {
    const all = (node['enum'] as readonly Json[]).filter((m) => allowNull || m !== null);
    // In a request the members the service only sends are near misses.
    const responseOnly = this.#mode === 'request' && Array.isArray(node['x-response-only-members']) ? (node['x-response-only-members'] as readonly Json[]) : [];
    const members = all.filter((m) => !responseOnly.includes(m));
    const known = fc.constantFrom(...members);
    // In a response an open enum may carry a member added after these types were generated.
    if (this.#mode === 'response' && node['x-open-enum'] === true) return fc.oneof({ arbitrary: known, weight: 4 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
    const strings = members.filter((m): m is string => typeof m === 'string');
    return this.#sometimes(known, [...responseOnly, ...strings.map((m) => m.toUpperCase()), ...strings.map((m) => `${m} `), 'unknownFutureValue2', 'hologram', ...(allowNull ? [] : [null])]);
  }

  #ofType(type: string, located: Located, depth: number): fc.Arbitrary<Json> {
    const node = located.node as JsonObject;
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return this.#sometimes(integer(node), outOfBounds(node, true));
      case 'number':
        return this.#sometimes(fc.double({ noNaN: true, noDefaultInfinity: true, ...bounds(node) }), outOfBounds(node, false));
      case 'string':
        return this.#sometimes(string(node), STRING_MISSES[String(node['format'] ?? node['pattern'] ?? '')] ?? []);
      case 'array': {
        const items = node['items'];
        const item = items === undefined ? (fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>) : this.derive({ node: items, base: located.base }, true, depth + 1);
        const minLength = typeof node['minItems'] === 'number' ? node['minItems'] : 0;
        const maxLength = Math.max(minLength, Math.min(typeof node['maxItems'] === 'number' ? node['maxItems'] : MAX_ITEMS, MAX_ITEMS));
        return fc.array(item, { minLength, maxLength });
      }
      case 'object':
        return this.#object(this.objectModel(located), depth);
      default:
        throw new Error(`unknown JSON type ${type}`);
    }
  }

  /** The properties of an object schema, merged through `allOf` as the generator merges them. */
  objectModel(located: Located): ObjectModel {
    const { node, base } = this.#set.deref(located);
    if (!isObject(node)) throw new Error('an object schema that is not an object');
    const root = this.#set.fileOf(base).schema;
    const own = node['x-nullable-in-request'] ?? root['x-nullable-in-request'];
    const properties: PropertyModel[] = [];
    const required = new Set<string>();
    const alternatives: string[][] = [];
    for (const part of Array.isArray(node['allOf']) ? node['allOf'] : []) {
      const model = this.objectModel({ node: part, base });
      properties.push(...model.properties);
      for (const name of model.required) required.add(name);
      alternatives.push(...model.alternatives.map((a) => [...a]));
    }
    for (const [name, schema] of Object.entries(isObject(node['properties']) ? node['properties'] : {})) {
      const flag = isObject(schema) ? schema['x-nullable-in-request'] : undefined;
      properties.push({
        name,
        schema: { node: schema, base },
        readOnly: isObject(schema) && schema['readOnly'] === true,
        nullableInRequest: (flag ?? own) !== false,
      });
    }
    for (const name of stringsOf(node['required'])) required.add(name);
    if (Array.isArray(node['anyOf']) && isRequiredGroups(node['anyOf'])) alternatives.push(...node['anyOf'].map((group: Json) => stringsOf((group as JsonObject)['required'])));
    return { properties, required, alternatives };
  }

  #object(model: ObjectModel, depth: number): fc.Arbitrary<Json> {
    const groups = model.alternatives.length === 0 ? [[]] : model.alternatives;
    return fc.oneof(...groups.map((group) => this.#record(model, new Set([...model.required, ...group]), depth)));
  }

  #record(model: ObjectModel, required: ReadonlySet<string>, depth: number): fc.Arbitrary<Json> {
    const entries = model.properties.map(({ name, schema, readOnly, nullableInRequest }) => {
      const allowNull = this.#mode === 'response' || nullableInRequest;
      // Where a request may not carry null, null is the nearest miss (a response would accept it).
      // Rarer than other misses: nearly every request property is such a place.
      const value = allowNull ? this.derive(schema, true, depth + 1) : this.#sometimes(this.derive(schema, false, depth + 1), [null], 200);
      if (required.has(name)) return value.map((v): [string, Json] | undefined => [name, v]);
      // A request rarely carries a read-only property: the validator only warns about it.
      if (this.#mode === 'request' && readOnly && this.#options.readOnlyInRequest === 'never') return fc.constant(undefined);
      const absent = this.#mode === 'request' && readOnly ? 6 : 1;
      return fc.oneof(SHRINK_TO_FIRST, { arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: value.map((v): [string, Json] => [name, v]), weight: 1 });
    });
    return fc.tuple(...entries).map((pairs) => {
      const object: Record<string, Json> = {};
      for (const pair of pairs) if (pair !== undefined) object[pair[0]] = pair[1];
      return object;
    });
  }
}

function stringsOf(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `anyOf: [{ required: [...] }, ...]`: the dialect's "at least one of". */
function isRequiredGroups(branches: readonly Json[]): boolean {
  return branches.every((b) => isObject(b) && Object.keys(b).every((k) => k === 'required' || ANNOTATIONS.has(k)));
}

function isNullOnly(node: Json): boolean {
  return isObject(node) && node['type'] === 'null';
}

function bounds(node: JsonObject): { min?: number; max?: number } {
  return {
    ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : {}),
    ...(typeof node['maximum'] === 'number' ? { max: node['maximum'] } : {}),
  };
}

/** Numbers just outside a number's bounds, and a fraction where an integer is expected. */
function outOfBounds(node: JsonObject, integer: boolean): number[] {
  const { min, max } = bounds(node);
  return [...(min === undefined ? [] : [min - 1, min - 0.5]), ...(max === undefined ? [] : [max + 1, max + 0.5]), ...(integer ? [1.5, -0.25] : [])];
}

function integer(node: JsonObject): fc.Arbitrary<Json> {
  const { min, max } = bounds(node);
  if (min !== undefined || max !== undefined) return fc.integer({ min: min ?? Number.MIN_SAFE_INTEGER, max: max ?? Number.MAX_SAFE_INTEGER });
  return fc.oneof(fc.integer(), fc.maxSafeInteger());
}

const UNITS = fc.constantFrom('grapheme-ascii', 'grapheme-ascii', 'grapheme', 'binary') as fc.Arbitrary<'grapheme-ascii' | 'grapheme' | 'binary'>;

function string(node: JsonObject): fc.Arbitrary<Json> {
  const format = node['format'];
  const pattern = node['pattern'];
  if (format === 'uri') return pattern === '^https://' ? fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }) : fc.webUrl();
  if (pattern !== undefined && format === undefined) return fc.stringMatching(new RegExp(String(pattern), 'u'), { maxLength: 16 });
  if (pattern !== undefined) throw new Error(`format ${String(format)} with a pattern is not supported by the fuzzer`);
  if (format === 'uuid') return fc.tuple(fc.uuid(), fc.boolean()).map(([uuid, upper]) => (upper ? uuid.toUpperCase() : uuid));
  if (format === 'date-time') return dateTime();
  if (format === 'date') return fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (format === 'email') return fc.emailAddress();
  if (format !== undefined) throw new Error(`format ${String(format)} is not supported by the fuzzer`);
  const minLength = typeof node['minLength'] === 'number' ? node['minLength'] : 0;
  const maxLength = typeof node['maxLength'] === 'number' ? node['maxLength'] : Math.max(minLength, 12);
  // Lengths count code points in JSON Schema; `binary` and `grapheme` units are one or more each.
  const simple = node['minLength'] === undefined && node['maxLength'] === undefined;
  return simple ? UNITS.chain((unit) => fc.string({ unit, maxLength })) : fc.string({ unit: 'grapheme-ascii', minLength, maxLength });
}

/** RFC 3339 date-times in the spellings the RFC allows: `T`/`t`/space, fractions, `Z`/`z`/offsets. */
function dateTime(): fc.Arbitrary<Json> {
  const date = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
  const separator = fc.constantFrom('T', 't', ' ');
  const fraction = fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,9}$/));
  const offset = fc.oneof(fc.constantFrom('Z', 'z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`));
  return fc.tuple(date, separator, fraction, offset).map(([d, sep, frac, off]) => `${d.toISOString().slice(0, 10)}${sep}${d.toISOString().slice(11, 19)}${frac}${off}`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
