import { byCodeUnit, childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { HTTP_METHODS, OPERATIONS_KEYWORD, pathPlaceholders } from '../schema/operations.js';
import type { ResolvedSchemas } from '../schema/resolve.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { versionsOf } from './annotations.js';
import { shapeOfNode, type BuildContext } from './shapes.js';
import type { HttpMethod, NamedType, Operation, OperationParameter, Shape } from './types.js';

const STRING_SOURCE = (source: Source): Shape => ({ kind: 'string', format: undefined, pattern: undefined, minLength: undefined, maxLength: undefined, source });

interface OperationContext extends BuildContext {
  /** Whether a `$ref` node was resolved (an unresolved one has been reported where it stands). */
  readonly isResolved: (node: JsonObject) => boolean;
}

/**
 * The operations of every `x-operations` in the folder, sorted by name. Malformed entries were
 * reported by the keyword check and are skipped here; what only the model can see (names used
 * twice in the folder, bodies that name no type, parameters that are not scalars) is reported.
 */
export function buildOperations(resolved: ResolvedSchemas, buildContext: BuildContext): Operation[] {
  const context: OperationContext = { ...buildContext, isResolved: (node) => resolved.targetOf.has(node) };
  const operations: Operation[] = [];
  for (const document of resolved.documents) {
    const declared = isJsonObject(document.root) ? document.root[OPERATIONS_KEYWORD] : undefined;
    if (!isJsonObject(declared)) continue;
    const source = { file: document.file, pointer: `/${OPERATIONS_KEYWORD}` };
    for (const name of Object.keys(declared)) {
      const operation = operationOf(name, declared[name], childSource(source, name), context);
      if (operation !== undefined) operations.push(operation);
    }
  }
  operations.sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.source.file, b.source.file));
  context.problems.push(...duplicateNames(operations));
  return operations;
}

function operationOf(name: string, node: unknown, source: Source, context: OperationContext): Operation | undefined {
  if (!isJsonObject(node)) return undefined;
  const { method, path } = node;
  if (typeof method !== 'string' || !HTTP_METHODS.has(method) || typeof path !== 'string') return undefined;
  const requestBody = isJsonObject(node['requestBody']) ? typeOfBody(node['requestBody'], childSource(source, 'requestBody'), context) : undefined;
  return {
    name,
    method: method as HttpMethod,
    path,
    description: typeof node['description'] === 'string' ? node['description'] : undefined,
    parameters: parametersOf(node, path, source, context),
    requestBody,
    responses: responsesOf(node['responses'], childSource(source, 'responses'), context),
    versions: versionsOf(node),
    source,
  };
}

function typeOfBody(node: JsonObject, source: Source, context: OperationContext): string | undefined {
  const name = context.nameOfTarget(node);
  // An unresolvable `$ref` was reported where it stands; a target that is no type is reported here.
  if (name === undefined && typeof node['$ref'] === 'string' && context.isResolved(node)) {
    context.problems.push(problemAt(source, `"$ref": "${node['$ref']}" names an operations file, not a schema type; refer to a type`));
  }
  return name;
}

function responsesOf(node: unknown, source: Source, context: OperationContext): (readonly [string, string | undefined])[] {
  if (!isJsonObject(node)) return [];
  return Object.keys(node)
    .sort(byCodeUnit)
    .flatMap((status) => {
      const response = node[status];
      if (response === null) return [[status, undefined] as const];
      return isJsonObject(response) ? [[status, typeOfBody(response, childSource(source, status), context)] as const] : [];
    });
}

/** Path parameters in template order (declared or not: an undeclared one is a string), then query parameters. */
function parametersOf(node: JsonObject, path: string, source: Source, context: BuildContext): OperationParameter[] {
  const declared = Array.isArray(node['parameters']) ? (node['parameters'] as unknown[]) : [];
  const listed = declared.flatMap((parameter, i) => {
    const at = childSource(source, 'parameters', i);
    if (!isJsonObject(parameter) || typeof parameter['name'] !== 'string' || !isJsonObject(parameter['schema'])) return [];
    const where = parameter['in'] === 'path' || parameter['in'] === 'header' ? parameter['in'] : 'query';
    const shape = shapeOfNode(parameter['schema'], childSource(at, 'schema'), context);
    return [
      {
        name: parameter['name'],
        in: where,
        required: where === 'path' || parameter['required'] === true,
        shape: checkedShape(shape, where, childSource(at, 'schema'), context),
        description: typeof parameter['description'] === 'string' ? parameter['description'] : undefined,
        source: at,
      } satisfies OperationParameter,
    ];
  });
  const inPath = pathPlaceholders(path).map(
    (name): OperationParameter =>
      listed.find((p) => p.name === name && p.in === 'path') ?? {
        name,
        in: 'path',
        required: true,
        shape: STRING_SOURCE(childSource(source, 'path')),
        description: undefined,
        source: childSource(source, 'path'),
      },
  );
  return [...inPath, ...listed.filter((p) => p.in === 'query'), ...listed.filter((p) => p.in === 'header')];
}

/** What each place can carry; anything else is reported and typed as a string. */
const CARRIES = {
  path: 'a string, number, integer, boolean or enum, or a union of those: only scalars fit in a URL',
  header: 'a string, number, integer, boolean or enum, or a union of those (or null, which leaves it unset): a header carries one value, as text',
  query: 'a string, number, integer, boolean or enum, or a union of those (or null, which leaves it unset), or an array of those (sent as one name=value pair per item)',
} as const;

/**
 * A path parameter goes into a URL as text, a header into one field: only scalars (and references
 * to them) can. A query parameter may also be an array of scalars, sent the way OpenAPI's default
 * for the query (`style: form`, `explode: true`) sends it: one `name=value` pair per item. A null
 * query or header parameter is not sent, like an unset one (OpenAPI 3.0 `nullable`; FastAPI writes
 * an optional parameter as `anyOf: [T, null]`).
 */
function checkedShape(shape: Shape, where: OperationParameter['in'], source: Source, context: BuildContext): Shape {
  // A schema that says nothing of the value (`{ example: ... }` only): text, as an undeclared path parameter is.
  if (shape.kind === 'unknown') return STRING_SOURCE(source);
  const sent = where === 'query' ? withTextItems(shape) : shape;
  const fits = isSendable(sent, where, context, new Set());
  if (fits) return sent;
  context.problems.push(problemAt(source, `a ${where} parameter must be ${CARRIES[where]}`));
  return STRING_SOURCE(source);
}

/** A query array whose schema says nothing of its items (`type: array` alone, nullable or not): text items, as a parameter that says nothing is text. */
function withTextItems(shape: Shape): Shape {
  if (shape.kind === 'array' && shape.items.kind === 'unknown') return { ...shape, items: STRING_SOURCE(shape.items.source) };
  if (shape.kind === 'union') return { ...shape, branches: shape.branches.map(withTextItems) };
  if (shape.kind === 'all') return { ...shape, parts: shape.parts.map(withTextItems) };
  return shape;
}

/** What a parameter can carry: scalars and unions of them; in the query and headers null too (not sent); in the query arrays of scalars. */
function isSendable(shape: Shape, where: OperationParameter['in'], context: BuildContext, seen: Set<string>): boolean {
  if (shape.kind === 'ref' && !seen.has(shape.target)) {
    seen.add(shape.target);
    const target = context.shapeOfNamed(shape.target);
    return target !== undefined && isSendable(target, where, context, seen);
  }
  // An item is sent as a path parameter is: a scalar or a union of scalars, never null or an array.
  if (shape.kind === 'array') return where === 'query' && shape.prefixItems === undefined && isSendable(shape.items, 'path', context, new Set());
  // `oneOf: [integer, string]` (an id or a name) is as sendable as its branches.
  if (shape.kind === 'union' || shape.kind === 'choice') return shape.branches.every((branch) => isSendable(branch, where, context, seen));
  // A value meets every part: one part that only sendable values meet is enough (an enum of strings
  // with a maxLength beside it; `items` beside `oneOf: [{ type: array }, { type: string }]`).
  if (shape.kind === 'all') return shape.parts.some((part) => isSendable(part, where, context, seen));
  return isScalar(shape, context, new Set(), where !== 'path');
}

/** `orNull`: null is allowed too (a query or header parameter's). */
function isScalar(shape: Shape, context: BuildContext, seen: Set<string>, orNull = false): boolean {
  switch (shape.kind) {
    case 'enum':
      // A null member is no scalar where null cannot be sent (a path segment, an item of a query array).
      return orNull || !shape.values.includes(null);
    case 'string':
    case 'number':
    case 'boolean':
    // No value (an enum none of whose members is of its type): the parameter can only be left out.
    case 'never':
      return true;
    case 'literal':
      return orNull || shape.value !== null;
    case 'null':
      return orNull;
    case 'ref': {
      if (seen.has(shape.target)) return false;
      seen.add(shape.target);
      const target = context.shapeOfNamed(shape.target);
      return target !== undefined && isScalar(target, context, seen, orNull);
    }
    default:
      return false;
  }
}

function duplicateNames(operations: readonly Operation[]): Problem[] {
  return operations.flatMap((operation) => {
    const holders = operations.filter((o) => o.name === operation.name);
    if (holders.length < 2) return [];
    const places = holders.map((o) => `${o.source.file}#${o.source.pointer}`).join(', ');
    return [problemAt(operation.source, `the operation name "${operation.name}" is used ${holders.length} times (${places}); operation names are unique in a folder`)];
  });
}

/** The names `operations.ts` exports besides the schemas' types (and `operations`, the builder name of `Operations`). */
export const OPERATIONS_MODULE_TYPES: readonly string[] = ['HttpMethod', 'Operation', 'OperationName', 'OperationParameter', 'Operations', 'ParametersOf', 'RequestOf', 'ResponsesOf'];

/**
 * What only the finished types can tell: a request body needs a request shape, a response a
 * response shape, and no schema type may take a name `operations.ts` exports.
 */
export function operationShapeProblems(operations: readonly Operation[], types: readonly NamedType[]): Problem[] {
  if (operations.length === 0) return [];
  const byName = new Map(types.map((t) => [t.name, t]));
  const taken = types
    .filter((t) => OPERATIONS_MODULE_TYPES.includes(t.name))
    .map((t) => problemAt(t.source, `the type name "${t.name}" is one the operations table exports; give this schema another "title" (in an OpenAPI document, another component name)`));
  return [...taken, ...operations.flatMap((operation) => [...responseProblems(operation, byName)])];
}


function responseProblems(operation: Operation, byName: ReadonlyMap<string, NamedType>): Problem[] {
  return operation.responses.flatMap(([status, name]) => {
    const type = name === undefined ? undefined : byName.get(name);
    if (type === undefined || !type.requestBody) return [];
    const at = childSource(operation.source, 'responses', status);
    return [problemAt(at, `the response names "${type.schemaName}", a request body root ("x-request-body"), which has no response shape; refer to a response type`)];
  });
}
