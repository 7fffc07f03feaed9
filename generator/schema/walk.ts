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
}
