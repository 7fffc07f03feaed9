import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { ANNOTATIONS, descriptionOf, versionsOf } from './annotations.js';
import { mergeAllOf } from './allof.js';
import { buildUnion } from './unions.js';
import type { Additional, ApiVersion, Literal, ObjectShape, Property, Shape, StringFormat } from './types.js';

export interface BuildContext {
  readonly problems: Problem[];
  /** The named type a `$ref` node points at. */
  readonly nameOfTarget: (refNode: JsonObject) => string | undefined;
  /** The shape of a named type, built on demand; undefined while it is being built (a cycle). */
  readonly shapeOfNamed: (name: string) => Shape | undefined;
}

/** Turns one schema node into a shape. Problems are collected; the returned shape is always usable. */
export function shapeOfNode(node: unknown, source: Source, context: BuildContext): Shape {
  if (node === false) return { kind: 'never', source };
  if (!isJsonObject(node)) return { kind: 'unknown', source };
  if ('$ref' in node) return refShape(node, source, context);
  if ('allOf' in node) return mergeAllOf(node, source, context);
  const unionKeyword = 'oneOf' in node ? 'oneOf' : 'anyOf' in node && !isRequiredOneOf(node['anyOf']) ? 'anyOf' : undefined;
  if (unionKeyword !== undefined) return unionShape(node, unionKeyword, source, context);
  if ('enum' in node) return enumShape(node, source, context.problems);
  if ('const' in node) return { kind: 'literal', value: node['const'] as Literal, source };
  const types = typesOf(node);
  if (types.length === 0) return { kind: 'unknown', source };
  if (types.length === 1) return typedShape(types[0] ?? 'null', node, source, context);
  return buildUnion(types.map((type) => typedShape(type, node, source, context)), source, context);
}

function refShape(node: JsonObject, source: Source, context: BuildContext): Shape {
  rejectSiblings(node, '$ref', source, context.problems);
  const target = context.nameOfTarget(node);
  // An unresolvable reference was reported when resolving; keep building so every problem shows at once.
  return target === undefined ? { kind: 'unknown', source } : { kind: 'ref', target, source };
}

function unionShape(node: JsonObject, keyword: 'oneOf' | 'anyOf', source: Source, context: BuildContext): Shape {
  rejectSiblings(node, keyword, source, context.problems);
  const branches = (node[keyword] as unknown[]).map((branch, i) => shapeOfNode(branch, childSource(source, keyword, i), context));
  return buildUnion(branches, childSource(source, keyword), context);
}

/** Composition and `$ref` carry only annotations beside them; a validation keyword there would be lost. */
function rejectSiblings(node: JsonObject, keyword: string, source: Source, problems: Problem[]): void {
  for (const key of Object.keys(node)) {
    if (key === keyword || ANNOTATIONS.has(key)) continue;
    problems.push(
      problemAt(childSource(source, key), `"${key}" beside "${keyword}" is not supported; move the combination into "allOf": [{ ... }, { ... }]`),
    );
  }
}

/** `anyOf: [{ required: [a] }, { required: [b] }]`: "at least one of a, b" on the enclosing object. */
export function isRequiredOneOf(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((branch) => isJsonObject(branch) && Object.keys(branch).every((k) => k === 'required' || k === '$comment' || k === 'description'))
  );
}

const INFERRED: readonly (readonly [type: string, keywords: readonly string[]])[] = [
  ['object', ['properties', 'required', 'additionalProperties', 'anyOf']],
  ['array', ['items', 'minItems', 'maxItems']],
  ['string', ['minLength', 'maxLength', 'pattern', 'format']],
  ['number', ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']],
];

function typesOf(node: JsonObject): string[] {
  const type = node['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return INFERRED.filter(([, keywords]) => keywords.some((k) => k in node)).map(([t]) => t);
}

function typedShape(type: string, node: JsonObject, source: Source, context: BuildContext): Shape {
  switch (type) {
    case 'string':
      return {
        kind: 'string',
        format: node['format'] as StringFormat | undefined,
        pattern: node['pattern'] as string | undefined,
        minLength: node['minLength'] as number | undefined,
        maxLength: node['maxLength'] as number | undefined,
        source,
      };
    case 'number':
    case 'integer':
      return {
        kind: 'number',
        integer: type === 'integer',
        minimum: node['minimum'] as number | undefined,
        maximum: node['maximum'] as number | undefined,
        exclusiveMinimum: node['exclusiveMinimum'] as number | undefined,
        exclusiveMaximum: node['exclusiveMaximum'] as number | undefined,
        source,
      };
    case 'boolean':
      return { kind: 'boolean', source };
    case 'null':
      return { kind: 'null', source };
    case 'array':
      return {
        kind: 'array',
        items: 'items' in node ? shapeOfNode(node['items'], childSource(source, 'items'), context) : { kind: 'unknown', source },
        minItems: node['minItems'] as number | undefined,
        maxItems: node['maxItems'] as number | undefined,
        source,
      };
    case 'object':
      return objectShape(node, source, context);
    default:
      return { kind: 'unknown', source };
  }
}

export function objectShape(node: JsonObject, source: Source, context: BuildContext): ObjectShape {
  const declared = isJsonObject(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
  for (const name of required) {
    if (!(name in declared)) {
      context.problems.push(problemAt(childSource(source, 'required'), `"required" lists "${name}", which is not among "properties"; declare it or remove it`));
    }
  }
  const nullableDefault = node['x-nullable-in-request'] !== false;
  const properties = Object.keys(declared).map((name) =>
    propertyOf(name, declared[name], required.has(name), nullableDefault, childSource(source, 'properties', name), context),
  );
  return {
    kind: 'object',
    properties,
    additional: additionalOf(node, source, context),
    requiresOneOf: requiresOneOf(node, declared, source, context.problems),
    source,
  };
}

function propertyOf(name: string, node: unknown, required: boolean, nullableDefault: boolean, source: Source, context: BuildContext): Property {
  const annotations = isJsonObject(node) ? node : {};
  return {
    name,
    shape: shapeOfNode(node, source, context),
    required,
    readOnly: annotations['readOnly'] === true,
    nullableInRequest: typeof annotations['x-nullable-in-request'] === 'boolean' ? annotations['x-nullable-in-request'] : nullableDefault,
    description: descriptionOf(annotations),
    versions: versionsOf(annotations),
    deprecated: annotations['deprecated'] === true,
    source,
  };
}

function additionalOf(node: JsonObject, source: Source, context: BuildContext): Additional {
  const additional = node['additionalProperties'];
  if (additional === undefined) return { kind: 'mode-dependent' };
  if (additional === false) return { kind: 'closed' };
  if (additional === true) return { kind: 'open' };
  return { kind: 'schema', shape: shapeOfNode(additional, childSource(source, 'additionalProperties'), context) };
}

export function requiresOneOf(node: JsonObject, declared: JsonObject, source: Source, problems: Problem[]): string[][] {
  const anyOf = node['anyOf'];
  if (!isRequiredOneOf(anyOf)) return [];
  const names: string[] = [];
  (anyOf as JsonObject[]).forEach((branch, i) => {
    const list = branch['required'];
    const at = childSource(source, 'anyOf', i);
    if (!Array.isArray(list) || list.length !== 1 || typeof list[0] !== 'string') {
      problems.push(problemAt(at, 'each "anyOf" branch of required properties must list exactly one property ("at least one of" these)'));
    } else if (!(list[0] in declared)) {
      problems.push(problemAt(at, `"${list[0]}" is not among "properties"; declare it or remove the branch`));
    } else names.push(list[0]);
  });
  return names.length > 0 ? [names] : [];
}

function enumShape(node: JsonObject, source: Source, problems: Problem[]): Shape {
  const values = (Array.isArray(node['enum']) ? node['enum'] : []) as Literal[];
  const memberVersions = new Map<string, readonly ApiVersion[]>();
  const declared = node['x-enum-versions'];
  if (isJsonObject(declared)) {
    for (const member of Object.keys(declared)) {
      if (!values.includes(member)) {
        problems.push(problemAt(childSource(source, 'x-enum-versions', member), `"${member}" is not a member of this enum`));
      } else memberVersions.set(member, (declared[member] as ApiVersion[]).slice().sort());
    }
  }
  const type = node['type'];
  if (typeof type === 'string' && values.some((v) => jsonTypeOf(v) !== type && !(type === 'number' && jsonTypeOf(v) === 'integer'))) {
    problems.push(problemAt(childSource(source, 'enum'), `every member must be of "type": "${type}"`));
  }
  return { kind: 'enum', values, open: node['x-open-enum'] === true, memberVersions, source };
}

function jsonTypeOf(value: Literal): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
