import { childSource, type Source } from '../diagnostics.js';

/** Keywords whose value is one subschema. */
export const SUBSCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
] as const;
/** Keywords whose value is an array of subschemas. */
export const SUBSCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value maps names to subschemas. */
export const SUBSCHEMA_MAP_KEYWORDS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;

export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The subschemas directly below a schema, in document order, with where each stands. */
export function schemaChildren(schema: unknown, source: Source): [node: unknown, source: Source][] {
  if (!isJsonObject(schema)) return [];
  const children: [unknown, Source][] = [];
  for (const keyword of SUBSCHEMA_KEYWORDS) {
    if (Object.hasOwn(schema, keyword)) children.push([schema[keyword], childSource(source, keyword)]);
  }
  for (const keyword of SUBSCHEMA_ARRAY_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((item, i) => children.push([item, childSource(source, keyword, i)]));
  }
  for (const keyword of SUBSCHEMA_MAP_KEYWORDS) {
    const map = Object.hasOwn(schema, keyword) ? schema[keyword] : undefined;
    if (isJsonObject(map)) for (const key of Object.keys(map)) children.push([map[key], childSource(source, keyword, key)]);
  }
  return children;
}

/**
 * Visits every schema position below `schema` (not `enum`/`const`/`examples` values, which are data),
 * parents before children, in document order. Iterative, so no nesting depth can overflow the stack.
 */
export function walkSchemas(schema: unknown, source: Source, visit: (node: unknown, source: Source) => void): void {
  const stack: [unknown, Source][] = [[schema, source]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, at] = next;
    visit(node, at);
    // Schema children first, then the positions inside `x-operations`.
    if (isJsonObject(node)) pushReversed(stack, operationSchemaPositions(node, at));
    pushReversed(stack, schemaChildren(node, at));
  }
}

/**
 * One by one: `stack.push(...items)` passes each item as an argument, and an API of tens of
 * thousands of operations (Microsoft Graph beta) has more positions than a call takes (a RangeError).
 */
function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as T);
}

/**
 * The schema positions inside `x-operations` (request bodies, response bodies, parameter schemas),
 * so that their `$ref`s are resolved and checked like any other. Only objects: a `null` response
 * means "no body", and malformed values are reported by the keyword check.
 */
export function operationSchemaPositions(schema: JsonObject, source: Source): [node: JsonObject, source: Source][] {
  const operations = schema['x-operations'];
  if (!isJsonObject(operations)) return [];
  return Object.keys(operations).flatMap((name) => {
    const operation = operations[name];
    if (!isJsonObject(operation)) return [];
    const at = childSource(source, 'x-operations', name);
    const found: [JsonObject, Source][] = [];
    const body = operation['requestBody'];
    if (isJsonObject(body)) found.push([body, childSource(at, 'requestBody')]);
    const responses = operation['responses'];
    if (isJsonObject(responses)) {
      for (const status of Object.keys(responses)) {
        const response = responses[status];
        if (isJsonObject(response)) found.push([response, childSource(at, 'responses', status)]);
      }
    }
    const parameters = operation['parameters'];
    if (Array.isArray(parameters)) {
      parameters.forEach((parameter: unknown, i) => {
        const parameterSchema = isJsonObject(parameter) ? parameter['schema'] : undefined;
        if (isJsonObject(parameterSchema)) found.push([parameterSchema, childSource(at, 'parameters', i, 'schema')]);
      });
    }
    return found;
  });
}
