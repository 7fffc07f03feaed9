import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { besideMembersAlone } from '../schema/unevaluated.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { ANNOTATIONS } from './annotations.js';
import { asObject, isInheritance, mergeAllOf, refThenAllOf } from './allof.js';
import { mergesAroundUnevaluated, readUnevaluated } from './unevaluated.js';
import { arrayShape, numberShape, objectShape, stringShape } from './typed.js';
import { declaredAround, inPlace, JSON_TYPES, typesAround, type Around } from './inplace.js';
import { buildUnion } from './unions.js';
import type { ApiVersion, JsonType, JsonValue, Literal, Shape } from './types.js';

const RESPONSE_ONLY = 'x-response-only-members';

export { objectShape, requiresOneOf } from './typed.js';

export interface BuildContext {
  readonly problems: Problem[];
  /** The named type a `$ref` node points at. */
  readonly nameOfTarget: (refNode: JsonObject) => string | undefined;
  /** The schema a `$ref` node points at, for `true`/`false` targets, which have no name. */
  readonly targetOf: (refNode: JsonObject) => unknown;
  /** The shape of a named type, built on demand; undefined while it is being built (a cycle). */
  readonly shapeOfNamed: (name: string) => Shape | undefined;
  /** The schema node of a named type (its JSON types are read from it while its shape is being built). */
  readonly nodeOfNamed: (name: string) => unknown;
  /** What the schemas around an in-place subschema declare, for that subschema (inplace.ts). */
  readonly around?: Around;
}

/** Keywords that apply to one JSON type only; without `type` they constrain values of that type and let others pass. */
export const TYPE_KEYWORDS: Readonly<Record<'string' | 'number' | 'array' | 'object', readonly string[]>> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains'],
  object: ['properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties', 'dependentRequired', 'dependentSchemas'],
};

/**
 * Turns one schema node into a shape. A node is the conjunction of what its keywords say: its
 * reference, its composition, its values, its type rules; a node that says one of these is that
 * shape, several make an `all`. Problems are collected; the returned shape is always usable.
 */
export function shapeOfNode(node: unknown, source: Source, context: BuildContext): Shape {
  if (node === false) return { kind: 'never', source };
  if (!isJsonObject(node)) return { kind: 'unknown', source };
  // Each subschema applying at this value may require what this node declares (inplace.ts).
  const enter = inPlace(node, source, context);
  const members = allOfMembers(node, source, context, enter);
  // `allOf` of one member beside annotations alone (OpenAPI 3.0's way to describe a `$ref`) is that
  // member: a reference keeps its type's name, where a merge would copy its properties inline.
  const [only, ...others] = members;
  if (only !== undefined && others.length === 0 && Object.keys(node).every((key) => key === 'allOf' || ANNOTATIONS.has(key))) return only;
  const merged = members.length > 0 && isInheritance(node) ? mergeAllOf(node, members, source, context) : refExtension(node, members, source, context);
  if (merged !== undefined) return merged;
  // The keyword check lets it through beside "allOf", "$ref" and one union alone (and refuses it elsewhere), for a merge to read.
  if (Object.hasOwn(node, 'unevaluatedProperties') && besideMembersAlone(node)) {
    const read = readUnevaluated(node, members, source, context);
    if ('shape' in read) return read.shape;
    context.problems.push(read.refusal);
  }
  const parts = [
    ...refPart(node, source, context),
    ...members,
    ...unionParts(node, source, context, enter),
    ...valueParts(node, source, context.problems),
    ...typedParts(node, source, context),
    ...notParts(node, source, enter),
    ...conditionalParts(node, source, enter),
  ];
  if (parts.length === 0) return { kind: 'unknown', source };
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  // A part no value passes (`"enum": []`) decides the whole: no value passes, whatever the others say.
  return parts.find((part) => part.kind === 'never') ?? { kind: 'all', parts, source };
}

/**
 * A `$ref` beside `properties` is what `"allOf": [{ "$ref": ... }]` beside them is (2019-09 on),
 * and reads as the same inheritance: the target's object and the node's own keywords merged into
 * one, the `$ref` first, before any `allOf` member. Read as a plain conjunction, the target's own
 * checks refuse in a request the names only the node declares. (Beside `required` alone, which
 * declares no name, the conjunction refuses none, and a name neither declares stays a property of
 * any value, where the merge's typo guard would refuse it.) The merge applies the target's
 * `additionalProperties` to the merged object, where JSON Schema applies it to the names the
 * target lists alone: the two readings agree only where the target leaves other names open (no
 * `additionalProperties`, or `true`), so a target that closes them or holds them to a schema keeps
 * the plain reading, as does a node with an `additionalProperties` or `unevaluatedProperties` of
 * its own. Undefined where it is no such extension.
 */
function refExtension(node: JsonObject, members: readonly Shape[], source: Source, context: BuildContext): Shape | undefined {
  if (typeof node['$ref'] !== 'string' || !Object.hasOwn(node, 'properties')) return undefined;
  if (Object.hasOwn(node, 'additionalProperties') || Object.hasOwn(node, 'unevaluatedProperties')) return undefined;
  const { $ref: _ref, ...rest } = node;
  if (!isInheritance(rest)) return undefined;
  const ref = refPart(node, source, context);
  const target = ref[0] === undefined ? undefined : asObject(ref[0], context);
  if (target === undefined || (target.additional.kind !== 'mode-dependent' && target.additional.kind !== 'open')) return undefined;
  return mergeAllOf(rest, [...ref, ...members], source, context, refThenAllOf);
}

export function refPart(node: JsonObject, source: Source, context: BuildContext): Shape[] {
  if (!Object.hasOwn(node, '$ref')) return [];
  const target = context.targetOf(node);
  if (typeof target === 'boolean') return [target ? { kind: 'unknown', source } : { kind: 'never', source }];
  const name = context.nameOfTarget(node);
  // An unresolvable reference was reported when resolving; keep building so every problem shows at once.
  if (name === undefined) return [{ kind: 'unknown', source }];
  // In place, the names around are no typos of a request here, as for an inline object (typed.ts).
  const surrounding = [...declaredAround(source, context)];
  return [{ kind: 'ref', target: name, ...(surrounding.length === 0 ? {} : { surrounding }), source }];
}

/**
 * The shapes of `allOf`'s members. In inheritance (see `isInheritance`), once a member or the node
 * makes the value an object, an inline member without "type" that holds only object keywords is
 * that object's extension, and is built as an object (for an object value the two are the same).
 */
function allOfMembers(node: JsonObject, source: Source, context: BuildContext, enter: (at: Source) => BuildContext): Shape[] {
  const members = node['allOf'];
  if (!Array.isArray(members)) return [];
  const at = (i: number): Source => childSource(source, 'allOf', i);
  const inheritance = isInheritance(node) || mergesAroundUnevaluated(node);
  const deferred = members.map((member) => inheritance && isObjectExtension(member));
  const built = members.map((member, i) => (deferred[i] === true ? undefined : shapeOfNode(member, at(i), enter(at(i)))));
  // A `$ref` beside them is one more member (2019-09 on).
  const object = node['type'] === 'object' || [...built, ...refPart(node, source, context)].some((shape) => shape !== undefined && asObject(shape, context) !== undefined);
  return members.map((member, i) => built[i] ?? (object ? objectShape(member as JsonObject, at(i), enter(at(i))) : shapeOfNode(member, at(i), enter(at(i)))));
}

function isObjectExtension(member: unknown): boolean {
  return (
    isJsonObject(member) &&
    !Object.hasOwn(member, 'type') &&
    Object.keys(member).every((key) => ANNOTATIONS.has(key) || ['properties', 'required', 'additionalProperties'].includes(key))
  );
}

function unionParts(node: JsonObject, source: Source, context: BuildContext, enter: (at: Source) => BuildContext): Shape[] {
  const parts: Shape[] = [];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = node[keyword];
    if (!Array.isArray(list) || (keyword === 'anyOf' && consumesRequiredOneOf(node))) continue;
    const branches = list.map((branch, i) => shapeOfNode(branch, childSource(source, keyword, i), enter(childSource(source, keyword, i))));
    parts.push(buildUnion(branches, childSource(source, keyword), context, keyword === 'oneOf', list));
  }
  return parts;
}

/** An object type's `anyOf: [{ required: [a] }, { required: [b] }]` is "at least one of a, b" on the object. */
function consumesRequiredOneOf(node: JsonObject): boolean {
  return node['type'] === 'object' && isRequiredOneOf(node['anyOf']);
}

/**
 * `anyOf: [{ required: [a] }, { required: [b] }]`: "at least one of a, b" on the enclosing object.
 * A branch that requires several names together (`[{ required: [a, b] }, { required: [c] }]`) is
 * no such list: it stays a union, each branch tried, as JSON Schema reads it.
 */
export function isRequiredOneOf(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (branch) =>
        isJsonObject(branch) &&
        // A branch with no `required` (`{}`, any value) is a plain branch: the anyOf is a union.
        Array.isArray(branch['required']) &&
        Object.keys(branch).every((k) => k === 'required' || k === '$comment' || k === 'description') &&
        branch['required'].length <= 1,
    )
  );
}

function isLiteral(value: unknown): value is Literal {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function valueParts(node: JsonObject, source: Source, problems: Problem[]): Shape[] {
  problems.push(...strayEnumKeywords(node, source));
  const parts: Shape[] = [];
  if (Object.hasOwn(node, 'const')) {
    const value = node['const'] as JsonValue;
    parts.push(isLiteral(value) ? { kind: 'literal', value, source } : { kind: 'values', values: [value], source });
  }
  if (Array.isArray(node['enum'])) {
    const values = node['enum'] as JsonValue[];
    // An empty list allows nothing.
    if (values.length === 0) parts.push({ kind: 'never', source });
    else parts.push(values.every(isLiteral) ? enumShape(node, values, source, problems) : { kind: 'values', values, source });
  }
  return parts;
}

/** The type rules of a node: its `type`, or, without one, the type-specific keywords for values of their type. */
function typedParts(node: JsonObject, source: Source, context: BuildContext): Shape[] {
  const type = node['type'];
  const listed = typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
  // A list of types admits a value of any of them: "number" already admits every "integer".
  const types = listed.includes('number') ? listed.filter((t) => t !== 'integer') : listed;
  // A value list decides the values; its `type` only restates them, where every value is of it. A
  // value of another type (`"type": "string", "const": 5`) fails `type`, so `type` is kept and checked.
  if (types.length > 0 && listedValues(node).every((v) => types.some((t) => isOfType(v, t))) && !hasTypeKeywords(node)) return [];
  // An `anyOf` of required-only branches the object does not take as "at least one of" is a union
  // part of its own; any other `anyOf` stays, so the object knows the names its branches declare.
  const rules = consumesRequiredOneOf(node) || !isRequiredOneOf(node['anyOf']) ? node : withoutKeys(node, ['anyOf']);
  // In place beside a `type` (a branch `"type": ["string", "object"]` of an object schema), a value of
  // a type the schemas around do not admit fails them anyway, so the list keeps only those they admit
  // (as `anyJsonType` does for a node without `type`); where none is left, the node is left whole.
  const around = typesAround(source, context);
  const admitted = around === undefined ? types : types.filter((t) => around.has(t === 'integer' ? 'number' : (t as JsonType)));
  const kept = admitted.length === 0 ? types : admitted;
  if (kept.length === 1) return [typedShape(kept[0] ?? 'null', rules, source, context)];
  if (kept.length > 1) return [buildUnion(kept.map((t) => typedShape(t, rules, source, context)), source, context, false)];
  if (!hasTypeKeywords(node)) return [];
  return [anyJsonType(rules, source, context)];
}

/** The values `const` and `enum` list; none when neither is there. */
function listedValues(node: JsonObject): readonly JsonValue[] | [undefined] {
  const values = [...(Object.hasOwn(node, 'const') ? [node['const'] as JsonValue] : []), ...(Array.isArray(node['enum']) ? (node['enum'] as JsonValue[]) : [])];
  // Neither keyword: nothing decides the values, so `type` must stay (`undefined` is of no type).
  return Object.hasOwn(node, 'const') || Array.isArray(node['enum']) ? values : [undefined];
}

function isOfType(value: JsonValue | undefined, type: string): boolean {
  if (value === undefined) return false;
  if (value === null) return type === 'null';
  if (Array.isArray(value)) return type === 'array';
  if (typeof value === 'number') return type === 'number' || (type === 'integer' && Number.isInteger(value));
  return typeof value === type;
}

function hasTypeKeywords(node: JsonObject): boolean {
  return Object.values(TYPE_KEYWORDS).some((keywords) => keywords.some((k) => Object.hasOwn(node, k)));
}

function withoutKeys(node: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !keys.includes(key)));
}

/**
 * A node with rules for some JSON types and no `type`: every JSON value is allowed, and the rules
 * of a type apply to values of that type (`{ "minimum": 5 }` accepts "x"). In place beside a
 * `type` (a `oneOf` branch `{ "required": ["id"] }` of an object schema), every value of another
 * JSON type fails that `type` anyway, so only the JSON types it admits are branches (inplace.ts).
 */
export function anyJsonType(node: JsonObject, source: Source, context: BuildContext, object?: Shape): Shape {
  const has = (type: keyof typeof TYPE_KEYWORDS): boolean => TYPE_KEYWORDS[type].some((k) => Object.hasOwn(node, k));
  // Every JSON type's shape is built, those left out too, so each reports its problems (a typo in `items`) all the same.
  const shapes: Readonly<Record<JsonType, Shape>> = {
    null: { kind: 'null', source },
    boolean: { kind: 'boolean', source },
    number: has('number') ? numberShape(node, false, source) : numberShape({}, false, source),
    string: has('string') ? stringShape(node, source) : stringShape({}, source),
    array: has('array') ? arrayShape(node, source, context) : arrayShape({}, source, context),
    // Without "type": "object" there is no object type of which requests must be exact, so undeclared properties pass.
    object: object ?? objectShape(has('object') ? { additionalProperties: true, ...node } : { additionalProperties: true }, source, context),
  };
  const around = typesAround(source, context);
  // Schemas around that admit no type in common reject every value already; the node is then left whole.
  const types = around === undefined || around.size === 0 ? JSON_TYPES : JSON_TYPES.filter((type) => around.has(type));
  const [only, ...others] = types;
  if (only !== undefined && others.length === 0) return shapes[only];
  return { kind: 'union', branches: types.map((type) => shapes[type]), byJsonType: types.map((type, i) => [type, [i]] as const), discriminator: undefined, source };
}

function typedShape(type: string, node: JsonObject, source: Source, context: BuildContext): Shape {
  switch (type) {
    case 'string':
      return stringShape(node, source);
    case 'number':
    case 'integer':
      return numberShape(node, type === 'integer', source);
    case 'boolean':
      return { kind: 'boolean', source };
    case 'null':
      return { kind: 'null', source };
    case 'array':
      return arrayShape(node, source, context);
    case 'object':
      return objectShape(node, source, context);
    default:
      return { kind: 'unknown', source };
  }
}

function notParts(node: JsonObject, source: Source, enter: (at: Source) => BuildContext): Shape[] {
  if (!Object.hasOwn(node, 'not')) return [];
  const at = childSource(source, 'not');
  return [{ kind: 'not', shape: shapeOfNode(node['not'], at, enter(at)), source }];
}

function conditionalParts(node: JsonObject, source: Source, enter: (at: Source) => BuildContext): Shape[] {
  if (!Object.hasOwn(node, 'if') || !(Object.hasOwn(node, 'then') || Object.hasOwn(node, 'else'))) return [];
  const part = (keyword: 'if' | 'then' | 'else'): Shape => shapeOfNode(node[keyword], childSource(source, keyword), enter(childSource(source, keyword)));
  const branch = (keyword: 'then' | 'else'): Shape | undefined => (Object.hasOwn(node, keyword) ? part(keyword) : undefined);
  return [{ kind: 'conditional', if: part('if'), then: branch('then'), else: branch('else'), source }];
}

function enumShape(node: JsonObject, values: readonly Literal[], source: Source, problems: Problem[]): Shape {
  const memberVersions = new Map<string, readonly ApiVersion[]>();
  const declared = node['x-enum-versions'];
  if (isJsonObject(declared)) {
    for (const member of Object.keys(declared)) {
      if (!values.includes(member)) {
        problems.push(problemAt(childSource(source, 'x-enum-versions', member), `"${member}" is not a member of this enum`));
      } else memberVersions.set(member, (declared[member] as ApiVersion[]).slice().sort());
    }
  }
  const open = node['x-open-enum'] === true;
  if (open && !values.every((v) => typeof v === 'string')) {
    problems.push(problemAt(childSource(source, 'x-open-enum'), '"x-open-enum" applies to enums of strings only (a service adds string members); remove it here'));
  }
  return { kind: 'enum', values, open, responseOnly: responseOnlyMembers(node, values, source, problems), memberVersions, source };
}

/** `x-response-only-members`: members of this enum, and not all of them, or a request could hold no value. */
function responseOnlyMembers(node: JsonObject, values: readonly Literal[], source: Source, problems: Problem[]): string[] {
  const declared = node[RESPONSE_ONLY];
  if (!Array.isArray(declared)) return [];
  const members: string[] = [];
  declared.forEach((member, i) => {
    if (typeof member === 'string' && values.includes(member)) members.push(member);
    else problems.push(problemAt(childSource(source, RESPONSE_ONLY, String(i)), `${JSON.stringify(member)} is not a member of this enum`));
  });
  if (members.length > 0 && values.every((v) => typeof v === 'string' && members.includes(v))) {
    problems.push(problemAt(childSource(source, RESPONSE_ONLY), 'lists every member of the enum, so no request could hold a value; leave at least one member out'));
  }
  return members;
}

/** The keywords that describe an enum's members: each means nothing without `enum` beside it. */
const ENUM_KEYWORDS = ['x-open-enum', 'x-enum-versions', RESPONSE_ONLY] as const;

function strayEnumKeywords(node: JsonObject, source: Source): Problem[] {
  if (Array.isArray(node['enum'])) return [];
  return ENUM_KEYWORDS.filter((k) => Object.hasOwn(node, k)).map((k) => problemAt(childSource(source, k), `"${k}" describes the members of an "enum" beside it, and this schema has none; add the enum or remove "${k}"`));
}

