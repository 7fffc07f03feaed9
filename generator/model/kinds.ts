import { isJsonObject } from '../schema/walk.js';
import type { BuildContext } from './shapes.js';
import type { JsonType } from './types.js';

const EVERY: readonly JsonType[] = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/**
 * The JSON types a schema node admits, read from its keywords (`type`, `const`, `enum`, `$ref`,
 * `allOf`, `oneOf`/`anyOf`) without building its shape: what a union asks of the types its
 * branches name, also of a type still being built (`items: { anyOf: [{ type: string }, { $ref:
 * "#" }] }` in an array type), and without recursing down chains of types. A node that says nothing of its type admits every
 * type, as JSON Schema says; a cycle of references narrows nothing.
 */
export function kindsOfNode(node: unknown, context: Pick<BuildContext, 'targetOf'>, visiting = new Set<unknown>()): readonly JsonType[] {
  if (node === false) return [];
  if (!isJsonObject(node) || visiting.has(node)) return EVERY;
  visiting.add(node);
  let kinds = EVERY;
  const narrow = (admitted: readonly JsonType[]): void => {
    kinds = kinds.filter((k) => admitted.includes(k));
  };
  const type = node['type'];
  if (typeof type === 'string' || Array.isArray(type)) narrow((Array.isArray(type) ? type : [type]).map((t) => (t === 'integer' ? 'number' : (t as JsonType))));
  if (Object.hasOwn(node, 'const')) narrow([kindOfValue(node['const'])]);
  if (Array.isArray(node['enum'])) narrow(node['enum'].map(kindOfValue));
  if (typeof node['$ref'] === 'string') narrow(kindsOfNode(context.targetOf(node), context, visiting));
  if (Array.isArray(node['allOf'])) for (const member of node['allOf']) narrow(kindsOfNode(member, context, visiting));
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches = node[keyword];
    if (Array.isArray(branches)) narrow(branches.flatMap((branch) => kindsOfNode(branch, context, visiting)));
  }
  visiting.delete(node);
  return kinds;
}

function kindOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : (typeof value as 'boolean' | 'number' | 'string');
}
