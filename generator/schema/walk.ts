import { childSource, type Source } from '../diagnostics.js';

/** Keywords whose value is one subschema. */
export const SUBSCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames'] as const;
/** Keywords whose value is an array of subschemas. */
export const SUBSCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value maps names to subschemas. */
export const SUBSCHEMA_MAP_KEYWORDS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;

export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Visits every schema position below `schema` (not `enum`/`const`/`examples` values, which are data),
 * parents before children, in document order.
 */
export function walkSchemas(schema: unknown, source: Source, visit: (node: unknown, source: Source) => void): void {
  visit(schema, source);
  if (!isJsonObject(schema)) return;
  for (const keyword of SUBSCHEMA_KEYWORDS) {
    if (keyword in schema) walkSchemas(schema[keyword], childSource(source, keyword), visit);
  }
  for (const keyword of SUBSCHEMA_ARRAY_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((item, i) => walkSchemas(item, childSource(source, keyword, i), visit));
  }
  for (const keyword of SUBSCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isJsonObject(map)) {
      for (const key of Object.keys(map)) walkSchemas(map[key], childSource(source, keyword, key), visit);
    }
  }
  for (const [node, at] of operationSchemaPositions(schema, source)) walkSchemas(node, at, visit);
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
