import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../schemas/support.js';
import { isDateTime, UUID } from './formats.js';
import { ANNOTATIONS, isObject, jsonTypes, SchemaSet, type Json, type JsonObject, type Mode, type SchemaFile } from './schemas.js';

// The oracle: the curated schemas, rewritten per validation mode so that a standard JSON Schema
// validator (Ajv) means exactly what the generated validators document for that mode (README.md,
// "Validators"; schemas/README.md, "readOnly", "Nullability", "Enums"). The raw schemas describe
// what the service may ever send or accept; the two modes narrow or widen that on purpose:
//
// Request mode (validateCreateCallRequest, validate…Input):
//   R1 readOnly properties become `true`. A request carrying one gets a warning, not an error, and
//      the validator does not look at its value: the service ignores it on POST.
//   R2 null is taken out of every property of a type whose root says "x-nullable-in-request": false,
//      unless the property itself says true: in a request, null only means "not set", so the
//      validator rejects it and advises leaving the property out. Taken out of `type` arrays,
//      `oneOf`/`anyOf` branches that are `{ "type": "null" }`, and `enum`.
//   R3 `allOf` is merged into the object that holds it (properties and required lists). The
//      generator merges object inheritance into one shape (model/allof.ts), and R4 needs the merged
//      property list: `additionalProperties` cannot see properties declared inside `allOf`.
//   R4 every object gets "additionalProperties": false: unknown properties are errors in requests.
//   R5 an enum's response-only members ("x-response-only-members": Graph's unknownFutureValue) are
//      taken out of its `enum`: the service sends them, and refuses them in a request.
//   Open enums stay closed (the raw `enum` already is): requests may only use known members.
//
// Response mode (validateX):
//   S1 the `enum` of an open enum ("x-open-enum": true) is dropped, leaving "type": "string": an
//      unknown member is accepted (with a warning), since the service adds members. A non-string
//      still fails.
//   Objects stay open and readOnly stays an annotation, as in the raw schemas.
//
// Both modes: `uuid` and `date-time` use the RFC grammars of formats.ts instead of ajv-formats'
// more lenient ones (F1, F2); `uri` stays ajv-formats' RFC 3986 grammar.

export type Transformation = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'S1' | 'F1' | 'F2';

export interface OracleOptions {
  /** Transformations to leave out, to show that each one matters (oracle.test.ts). */
  readonly skip?: ReadonlySet<Transformation>;
  /** Format definitions that replace the oracle's (known-bugs.ts uses the generated code's). */
  readonly formats?: Readonly<Record<string, RegExp>>;
}

export function transformSchemas(set: SchemaSet, mode: Mode, skip: ReadonlySet<Transformation> = new Set()): SchemaFile[] {
  const unless = (t: Transformation, f: (schema: JsonObject) => JsonObject) => (schema: JsonObject) => (skip.has(t) ? schema : f(schema));
  if (mode === 'response') return set.files.map((file) => ({ ...file, schema: unless('S1', widenOpenEnums)(file.schema) }));
  const properties = set.files.map((file) => ({ ...file, schema: unless('R5', withoutResponseOnly)(requestProperties(file.schema, nullableDefault(file.schema), skip)) }));
  const rewritten = new SchemaSet(properties);
  const merge = unless('R3', (schema) => mergeAllOf(schema, rewritten, String(schema['$id'])));
  return properties.map((file) => ({ ...file, schema: unless('R4', closeObjects)(merge(file.schema)) }));
}

/** An Ajv 2020-12 instance that validates in `mode`; see the transformations above. */
export function createModeAjv(set: SchemaSet, mode: Mode, options: OracleOptions = {}): Ajv2020 {
  const skip = options.skip ?? new Set();
  const ajv = createAjv(transformSchemas(set, mode, skip));
  if (!skip.has('F1')) ajv.addFormat('uuid', UUID);
  if (!skip.has('F2')) ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  for (const [name, regex] of Object.entries(options.formats ?? {})) ajv.addFormat(name, regex);
  return ajv;
}

function nullableDefault(root: JsonObject): boolean {
  return root['x-nullable-in-request'] !== false;
}

/** Keywords whose values are data, not schemas: never rewritten. */
const DATA = new Set([...ANNOTATIONS, 'type', 'enum', 'const', 'required', 'format', 'pattern', 'x-response-only-members']);

/** Rebuilds a schema bottom-up, letting `visit` replace any schema node after its subschemas. */
function rebuild(node: Json, visit: (node: JsonObject) => Json): Json {
  if (Array.isArray(node)) return node.map((child: Json) => rebuild(child, visit));
  if (!isObject(node)) return node;
  const copy: Record<string, Json> = {};
  for (const [key, child] of Object.entries(node)) {
    if (DATA.has(key)) copy[key] = child;
    // `properties` and `$defs` map names to schemas: the map itself is not a schema.
    else if ((key === 'properties' || key === '$defs') && isObject(child)) copy[key] = Object.fromEntries(Object.entries(child).map(([k, v]) => [k, rebuild(v, visit)]));
    else copy[key] = rebuild(child, visit);
  }
  return visit(copy);
}

/** S1. */
function widenOpenEnums(schema: JsonObject): JsonObject {
  return rebuild(schema, (node) => {
    if (node['x-open-enum'] !== true) return node;
    const { enum: _members, ...rest } = node;
    return { ...rest, type: 'string' };
  }) as JsonObject;
}

/** R5. */
function withoutResponseOnly(schema: JsonObject): JsonObject {
  return rebuild(schema, (node) => {
    const responseOnly = node['x-response-only-members'];
    if (!Array.isArray(responseOnly) || !Array.isArray(node['enum'])) return node;
    return { ...node, enum: node['enum'].filter((member: Json) => !responseOnly.includes(member)) };
  }) as JsonObject;
}

/** R1 and R2 on every object node of a file; `inherited` is the file root's nullability. */
function requestProperties(schema: JsonObject, inherited: boolean, skip: ReadonlySet<Transformation>): JsonObject {
  return rebuild(schema, (node) => {
    const properties = node['properties'];
    if (!isObject(properties)) return node;
    const nullable = node['x-nullable-in-request'] === undefined ? inherited : node['x-nullable-in-request'] !== false;
    const rewritten = Object.fromEntries(
      Object.entries(properties).map(([name, property]): [string, Json] => {
        if (!isObject(property)) return [name, property];
        if (property['readOnly'] === true && !skip.has('R1')) return [name, true];
        const own = property['x-nullable-in-request'];
        return [name, (own === undefined ? nullable : own !== false) || skip.has('R2') ? property : withoutNull(property)];
      }),
    );
    return { ...node, properties: rewritten };
  }) as JsonObject;
}

function isNullBranch(node: Json): boolean {
  return isObject(node) && node['type'] === 'null' && Object.keys(node).every((k) => k === 'type' || ANNOTATIONS.has(k));
}

/** R2 for one property schema. */
function withoutNull(property: JsonObject): JsonObject {
  let result: Record<string, Json> = { ...property };
  const types = jsonTypes(property);
  if (Array.isArray(property['type']) && types.includes('null')) {
    const rest = types.filter((t) => t !== 'null');
    result['type'] = rest.length === 1 ? (rest[0] as string) : rest;
  }
  if (Array.isArray(property['enum'])) result['enum'] = property['enum'].filter((m: Json) => m !== null);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = property[keyword];
    if (!Array.isArray(branches) || !branches.some(isNullBranch)) continue;
    const rest = branches.filter((b: Json) => !isNullBranch(b));
    const { [keyword]: _dropped, ...others } = result;
    const only = rest[0];
    // A single remaining branch stands on its own; its keywords must not clash with the holder's.
    if (rest.length === 1 && isObject(only) && Object.keys(only).every((k) => !(k in others))) result = { ...others, ...only };
    else result = { ...others, [keyword]: rest };
  }
  return result;
}

/** R3: `allOf` parts (after R1 and R2) merged into the object that holds them. */
function mergeAllOf(schema: JsonObject, set: SchemaSet, base: string): JsonObject {
  return rebuild(schema, (node) => {
    const parts = node['allOf'];
    if (!Array.isArray(parts)) return node;
    const { allOf: _parts, ...merged } = node;
    const properties: Record<string, Json> = {};
    const required = new Set<string>();
    for (const part of [...parts.map((p: Json) => set.deref({ node: p, base }).node), merged]) {
      if (!isObject(part)) throw new Error('allOf part that is not an object schema');
      for (const key of Object.keys(part)) {
        if (!ANNOTATIONS.has(key) && !['type', 'properties', 'required', 'anyOf', 'oneOf'].includes(key)) throw new Error(`allOf part with "${key}" is not supported by the fuzzer`);
      }
      if (part !== merged && (part['anyOf'] !== undefined || part['oneOf'] !== undefined)) throw new Error('allOf part with anyOf/oneOf is not supported by the fuzzer');
      if (isObject(part['properties'])) Object.assign(properties, part['properties']);
      if (Array.isArray(part['required'])) for (const name of part['required']) if (typeof name === 'string') required.add(name);
    }
    return { ...merged, type: 'object', properties, required: [...required] };
  }) as JsonObject;
}

/** R4. */
function closeObjects(schema: JsonObject): JsonObject {
  return rebuild(schema, (node) => {
    const isObjectSchema = isObject(node['properties']) || jsonTypes(node).includes('object');
    return isObjectSchema && node['additionalProperties'] === undefined ? { ...node, additionalProperties: false } : node;
  }) as JsonObject;
}
