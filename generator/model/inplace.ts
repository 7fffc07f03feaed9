import type { Source } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { asObject } from './allof.js';
import type { BuildContext } from './shapes.js';
import type { JsonType } from './types.js';

// A subschema that applies in place, at the same value (an `allOf` member, a `oneOf`/`anyOf`
// branch, `if`/`then`/`else`, `not`, a `dependentSchemas` value), describes part of the object its
// enclosing schema describes, so its `required` may name a property the enclosing schemas declare
// (`"oneOf": [{ "type": "object", "properties": { "kind": { "const": "a" } }, "required": ["kind", "name"] }]`
// beside `"properties": { "name": ... }`). The typo guard (typed.ts) holds such a name to those
// too; the build context carries them to the one subschema they are for, found by its place.
// Its value is also of a JSON type the `type` of every schema around it admits: beside
// `"type": "object"`, a value of another type fails whatever a branch says, so a branch without
// "type" (`{ "required": ["id"] }`) need not admit it either (`typesAround`).

/** The names the schemas around an in-place subschema declare, the JSON types they admit (undefined: any), and the place of that subschema. */
export interface Around {
  readonly file: string;
  readonly pointer: string;
  readonly names: ReadonlySet<string>;
  readonly types: ReadonlySet<JsonType> | undefined;
}

const NONE: ReadonlySet<string> = new Set();

/** The JSON types the schemas enclosing the one at `source` in place admit by their `type`; undefined where none says. */
export function typesAround(source: Source, context: BuildContext): ReadonlySet<JsonType> | undefined {
  const around = context.around;
  return around !== undefined && around.file === source.file && around.pointer === source.pointer ? around.types : undefined;
}

/** The names the schemas enclosing the one at `source` in place declare; none for a schema that is no in-place subschema. */
export function declaredAround(source: Source, context: BuildContext): ReadonlySet<string> {
  const around = context.around;
  return around !== undefined && around.file === source.file && around.pointer === source.pointer ? around.names : NONE;
}

/** The context for each in-place subschema of `node` (at `source`): it carries what `node`, and what encloses `node` in place, declares. */
export function inPlace(node: JsonObject, source: Source, context: BuildContext): (at: Source) => BuildContext {
  let names: ReadonlySet<string> | undefined;
  const types = admitted(typesAround(source, context), typesOf(node));
  return (at) => {
    names ??= new Set([...declaredAround(source, context), ...declaredBy(node, context)]);
    return { ...context, around: { file: at.file, pointer: at.pointer, names, types } };
  };
}

/** The JSON types a value must be of to pass both; undefined where neither says. */
function admitted(outer: ReadonlySet<JsonType> | undefined, own: ReadonlySet<JsonType> | undefined): ReadonlySet<JsonType> | undefined {
  if (outer === undefined || own === undefined) return outer ?? own;
  return new Set([...own].filter((type) => outer.has(type)));
}

/** The JSON types a node's `type` admits ("integer" values are numbers); undefined without a `type`. */
function typesOf(node: JsonObject): ReadonlySet<JsonType> | undefined {
  const type = node['type'];
  const listed = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  return listed === undefined ? undefined : new Set(listed.map((t) => (t === 'integer' ? 'number' : t)).filter(isJsonType));
}

/** Every JSON type, in the order a union of them lists its branches (shapes.ts, `anyJsonType`). */
export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'number', 'string', 'array', 'object'];
const isJsonType = (value: unknown): value is JsonType => typeof value === 'string' && (JSON_TYPES as readonly string[]).includes(value);

/**
 * The property names a schema declares: its own, those of its `allOf` members, inline or the
 * objects they refer to, and those its `oneOf`/`anyOf` branches declare inline. A branch's names
 * are part of the same object too: a request holding them is no typo in a sibling branch, which
 * then matches as JSON Schema says it does. (A branch by `$ref` is not built for its names: a
 * union reads its branches' types without building them, however long a chain they make.)
 */
function declaredBy(node: JsonObject, context: BuildContext): string[] {
  const members = Array.isArray(node['allOf']) ? (node['allOf'] as unknown[]) : [];
  // The inline branches of the node's own unions, and of its members' (an `allOf` of a `oneOf` and an object).
  const branches = [node, ...members].flatMap(unionBranches);
  return [...[node, ...members].flatMap((schema) => [...ownNames(schema), ...referredNames(schema, context)]), ...branches.flatMap(ownNames)];
}

function unionBranches(schema: unknown): unknown[] {
  if (!isJsonObject(schema)) return [];
  return ['oneOf', 'anyOf'].flatMap((keyword) => (Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : []));
}

function ownNames(schema: unknown): string[] {
  return isJsonObject(schema) && isJsonObject(schema['properties']) ? Object.keys(schema['properties']) : [];
}

function referredNames(schema: unknown, context: BuildContext): string[] {
  if (!isJsonObject(schema) || typeof schema['$ref'] !== 'string') return [];
  const name = context.nameOfTarget(schema);
  const shape = name === undefined ? undefined : context.shapeOfNamed(name);
  return (shape === undefined ? undefined : asObject(shape, context))?.properties.map((p) => p.name) ?? [];
}
