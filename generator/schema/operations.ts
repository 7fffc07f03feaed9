import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from './walk.js';

/**
 * The `x-operations` keyword: HTTP operations declared as data at a file root. Its value is not a
 * schema but a map of operations; their `requestBody`, `responses` and parameter `schema`s are
 * schema positions (see `operationSchemaPositions`).
 */
export const OPERATIONS_KEYWORD = 'x-operations';

export const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Keys a root may carry beside `x-operations` and still be an operations file rather than a type. */
const OPERATIONS_FILE_KEYS = new Set(['$schema', '$id', '$comment', 'title', 'description', OPERATIONS_KEYWORD]);

const OPERATION_KEYS = new Set(['method', 'path', 'description', 'parameters', 'requestBody', 'responses', 'x-graph-versions', '$comment']);
const PARAMETER_KEYS = new Set(['name', 'in', 'required', 'schema', 'description']);
const VERSIONS = new Set(['v1.0', 'beta']);
/**
 * Starts with a letter, so it is never `__proto__` and always reads as a key of the generated table;
 * letters, marks and digits of any script (an OpenAPI operationId `注文作成` or `créerClient`).
 */
const OPERATION_NAME = /^\p{L}[\p{L}\p{M}\p{N}_.-]*$/u;

/** Whether a name can key an operation in the operations table (`x-operations`, or an OpenAPI operationId kept as it is). */
export function isOperationName(name: string): boolean {
  return OPERATION_NAME.test(name);
}
/** A status code, a range of them (`4XX`) or `default` (any other), as OpenAPI keys responses. */
const STATUS = /^(?:[1-5][0-9][0-9]|[1-5]XX|default)$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** An HTTP field name (RFC 9110 \"token\"). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers an HTTP client sets from the request itself; OpenAPI ignores parameters of these names too. */
export const CLIENT_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization']);

/** A file root that declares operations and nothing of a schema: it defines no type. */
export function isOperationsFile(root: unknown): boolean {
  return isJsonObject(root) && OPERATIONS_KEYWORD in root && Object.keys(root).every((key) => OPERATIONS_FILE_KEYS.has(key));
}

/** The parameter names of a path template, in order (`/calls/{call-id}` → `call-id`). */
export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** Every malformed part of an `x-operations` value, each at its own pointer. */
export function checkOperations(value: unknown, source: Source, atRoot: boolean): Problem[] {
  if (!atRoot) return [problemAt(source, `"${OPERATIONS_KEYWORD}" belongs at the root of a file, not inside a schema`)];
  if (!isJsonObject(value)) return [problemAt(source, `"${OPERATIONS_KEYWORD}" must map operation names to operations`)];
  return Object.keys(value).flatMap((name) => {
    const at = childSource(source, name);
    const nameProblems = isOperationName(name)
      ? []
      : [problemAt(at, `"${name}" is not a usable operation name; start with a letter and use letters, digits, "_", "." or "-"`)];
    return [...nameProblems, ...checkOperation(value[name], at)];
  });
}

function checkOperation(operation: unknown, source: Source): Problem[] {
  if (!isJsonObject(operation)) return [problemAt(source, 'an operation must be an object with "method", "path" and "responses"')];
  const problems = unknownKeys(operation, OPERATION_KEYS, source, 'an operation');
  for (const key of ['method', 'path', 'responses']) {
    if (!(key in operation)) problems.push(problemAt(source, `an operation needs "${key}"`));
  }
  const method = operation['method'];
  if ('method' in operation && (typeof method !== 'string' || !HTTP_METHODS.has(method))) {
    problems.push(problemAt(childSource(source, 'method'), `"method" must be one of ${[...HTTP_METHODS].join(', ')}`));
  }
  if ('description' in operation && typeof operation['description'] !== 'string') {
    problems.push(problemAt(childSource(source, 'description'), '"description" must be a string'));
  }
  if ('$comment' in operation && typeof operation['$comment'] !== 'string') {
    problems.push(problemAt(childSource(source, '$comment'), '"$comment" must be a string'));
  }
  problems.push(...checkVersions(operation, source));
  const placeholders = 'path' in operation ? checkPath(operation['path'], childSource(source, 'path'), problems) : [];
  if ('parameters' in operation) problems.push(...checkParameters(operation['parameters'], childSource(source, 'parameters'), placeholders));
  if ('requestBody' in operation) problems.push(...checkReference(operation['requestBody'], childSource(source, 'requestBody'), false));
  if ('responses' in operation) problems.push(...checkResponses(operation['responses'], childSource(source, 'responses')));
  return problems;
}

function unknownKeys(node: JsonObject, known: ReadonlySet<string>, source: Source, what: string): Problem[] {
  return Object.keys(node)
    .filter((key) => !known.has(key))
    .map((key) => problemAt(childSource(source, key), `"${key}" is not a property of ${what}; use ${[...known].map((k) => `"${k}"`).join(', ')}`));
}

function checkVersions(operation: JsonObject, source: Source): Problem[] {
  if (!('x-graph-versions' in operation)) return [];
  const versions = operation['x-graph-versions'];
  const ok = Array.isArray(versions) && versions.length > 0 && versions.every((v) => typeof v === 'string' && VERSIONS.has(v));
  return ok ? [] : [problemAt(childSource(source, 'x-graph-versions'), '"x-graph-versions" must be a non-empty array of API versions ("v1.0", "beta")')];
}

/** Checks the template and returns its placeholders (empty when the template is unusable). */
function checkPath(path: unknown, source: Source, problems: Problem[]): string[] {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    problems.push(problemAt(source, '"path" must be a string starting with "/", parameters in braces: /communications/calls/{call-id}'));
    return [];
  }
  if (path.replace(PLACEHOLDER, '').includes('{') || path.replace(PLACEHOLDER, '').includes('}')) {
    problems.push(problemAt(source, `"path" "${path}" has an unmatched or nested brace; write each parameter as {name}`));
    return [];
  }
  const names = pathPlaceholders(path);
  const empty = names.some((name) => name === '');
  if (empty) problems.push(problemAt(source, `"path" "${path}" has an empty parameter "{}"; name it`));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) problems.push(problemAt(source, `"path" "${path}" names the parameter "${twice}" twice`));
  return names;
}

function checkParameters(parameters: unknown, source: Source, placeholders: readonly string[]): Problem[] {
  if (!Array.isArray(parameters)) return [problemAt(source, '"parameters" must be an array of { "name", "in", "schema" } objects')];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const headers = new Set<string>();
  parameters.forEach((parameter: unknown, i) => {
    const at = childSource(source, i);
    if (!isJsonObject(parameter)) {
      problems.push(problemAt(at, 'a parameter must be an object with "name", "in" and "schema"'));
      return;
    }
    problems.push(...unknownKeys(parameter, PARAMETER_KEYS, at, 'a parameter'), ...checkParameter(parameter, at, placeholders));
    const name = parameter['name'];
    if (typeof name !== 'string') return;
    if (seen.has(name)) problems.push(problemAt(childSource(at, 'name'), `the parameter "${name}" is listed twice`));
    else if (parameter['in'] === 'header' && headers.has(name.toLowerCase())) {
      problems.push(problemAt(childSource(at, 'name'), `the header "${name}" is listed twice: header names do not tell case apart`));
    }
    seen.add(name);
    if (parameter['in'] === 'header') headers.add(name.toLowerCase());
  });
  return problems;
}

function checkParameter(parameter: JsonObject, source: Source, placeholders: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const { name, in: where, required } = parameter;
  if (typeof name !== 'string' || name === '') problems.push(problemAt(childSource(source, 'name'), '"name" must be a non-empty string'));
  if (where !== 'path' && where !== 'query' && where !== 'header') problems.push(problemAt(childSource(source, 'in'), '"in" must be "path", "query" or "header"'));
  if ('required' in parameter && typeof required !== 'boolean') problems.push(problemAt(childSource(source, 'required'), '"required" must be true or false'));
  if (!('schema' in parameter)) problems.push(problemAt(source, 'a parameter needs a "schema"'));
  else if (!isJsonObject(parameter['schema'])) problems.push(problemAt(childSource(source, 'schema'), '"schema" must be a schema object'));
  if ('description' in parameter && typeof parameter['description'] !== 'string') {
    problems.push(problemAt(childSource(source, 'description'), '"description" must be a string'));
  }
  if (where === 'path' && typeof name === 'string' && !placeholders.includes(name)) {
    problems.push(problemAt(childSource(source, 'name'), `the path parameter "${name}" does not appear in "path"; write it there as {${name}}`));
  }
  if (where === 'path' && required === false) problems.push(problemAt(childSource(source, 'required'), 'a path parameter is always required'));
  if ((where === 'query' || where === 'header') && typeof name === 'string' && placeholders.includes(name)) {
    problems.push(problemAt(childSource(source, 'in'), `"${name}" stands in "path", so it is a path parameter, not a ${where} parameter`));
  }
  if (where === 'header' && typeof name === 'string' && name !== '') problems.push(...checkHeaderName(name, childSource(source, 'name')));
  return problems;
}

function checkHeaderName(name: string, source: Source): Problem[] {
  if (!HEADER_NAME.test(name)) return [problemAt(source, `"${name}" is not an HTTP header name; use letters, digits and !#$%&'*+-.^_\`|~`)];
  if (CLIENT_HEADERS.has(name.toLowerCase())) {
    return [problemAt(source, `"${name}" is set by the HTTP client from the request itself, not by an operation's parameters (OpenAPI ignores it too); leave it out`)];
  }
  return [];
}

function checkResponses(responses: unknown, source: Source): Problem[] {
  // May be empty, as in OpenAPI 3.1: an operation whose answers are not described.
  if (!isJsonObject(responses)) return [problemAt(source, '"responses" must map status codes to { "$ref": ... } or null (no body)')];
  return Object.keys(responses).flatMap((status) => {
    const at = childSource(source, status);
    if (!STATUS.test(status)) return [problemAt(at, `"${status}" is not an HTTP status code (100-599), a range of them (4XX) or "default"`)];
    return checkReference(responses[status], at, true);
  });
}

function checkReference(value: unknown, source: Source, nullable: boolean): Problem[] {
  if (nullable && value === null) return [];
  if (isJsonObject(value) && typeof value['$ref'] === 'string' && Object.keys(value).every((k) => k === '$ref' || k === 'description' || k === '$comment')) {
    return [];
  }
  const what = nullable ? '{ "$ref": "<schema file>" } or null (no body)' : '{ "$ref": "<schema file>" } (leave it out for no body)';
  return [problemAt(source, `must be ${what}: a body names one schema type`)];
}
