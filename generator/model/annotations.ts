import type { JsonObject } from '../schema/walk.js';
import type { ApiVersion } from './types.js';

/** `x-graph-versions`, sorted; undefined when the node exists in every version. */
export function versionsOf(node: JsonObject): readonly ApiVersion[] | undefined {
  const versions = node['x-graph-versions'];
  return Array.isArray(versions) ? (versions as ApiVersion[]).slice().sort() : undefined;
}

export function descriptionOf(node: JsonObject): string | undefined {
  return typeof node['description'] === 'string' ? node['description'] : undefined;
}

/** Annotation keywords: they may stand beside `$ref` and composition keywords without changing validation. */
export const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$defs',
  'definitions',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$anchor',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'x-graph-versions',
  'x-nullable-in-request',
  'x-optional-in-response',
  'x-request-body',
  'x-operations',
  'x-drift-decisions',
]);
