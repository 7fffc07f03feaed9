import { childSource, problemAt, type Source } from '../diagnostics.js';
import type { JsonObject } from '../schema/walk.js';
import { ANNOTATIONS } from './annotations.js';
import { objectShape, requiresOneOf, shapeOfNode, type BuildContext } from './shapes.js';
import type { ObjectShape, Property, Shape } from './types.js';

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'anyOf']);

/**
 * `allOf` as inheritance: every member is an object schema (inline or a named type), and the node's
 * own object keywords extend them. The result is one flat object; a later member's property wins.
 */
export function mergeAllOf(node: JsonObject, source: Source, context: BuildContext): Shape {
  for (const key of Object.keys(node)) {
    if (key === 'allOf' || ANNOTATIONS.has(key) || OBJECT_KEYWORDS.has(key)) continue;
    context.problems.push(problemAt(childSource(source, key), `"${key}" beside "allOf" is not supported; "allOf" merges object schemas only`));
  }
  if (node['type'] !== undefined && node['type'] !== 'object') {
    context.problems.push(problemAt(childSource(source, 'type'), '"allOf" merges object schemas, so "type" must be "object" here'));
  }
  const members: ObjectShape[] = [];
  (node['allOf'] as unknown[]).forEach((member, i) => {
    const at = childSource(source, 'allOf', i);
    const object = asObject(shapeOfNode(member, at, context), context);
    if (object === undefined) context.problems.push(problemAt(at, '"allOf" members must be object schemas (or refer to one); unions and scalars cannot be merged'));
    else members.push(object);
  });
  // `required` and `anyOf` may name inherited properties, so they apply after the merge.
  const { required, anyOf, allOf: _members, ...ownKeywords } = node;
  const own = objectShape(ownKeywords, source, context);
  const merged = mergeObjects([...members, own], source);
  const declared = Object.fromEntries(merged.properties.map((p) => [p.name, true]));
  const oneOfGroups = requiresOneOf({ anyOf }, declared, source, context.problems);
  const requiredNames = Array.isArray(required) ? (required as string[]) : [];
  for (const name of requiredNames) {
    if (!merged.properties.some((p) => p.name === name)) {
      context.problems.push(problemAt(childSource(source, 'required'), `"required" lists "${name}", which no "allOf" member declares`));
    }
  }
  return {
    ...merged,
    properties: merged.properties.map((p) => (requiredNames.includes(p.name) ? { ...p, required: true } : p)),
    requiresOneOf: [...merged.requiresOneOf, ...oneOfGroups],
  };
}

/** The object behind a shape, following references; undefined for non-objects and cycles. */
export function asObject(shape: Shape, context: BuildContext, seen = new Set<string>()): ObjectShape | undefined {
  if (shape.kind === 'object') return shape;
  if (shape.kind !== 'ref' || seen.has(shape.target)) return undefined;
  seen.add(shape.target);
  const target = context.shapeOfNamed(shape.target);
  return target === undefined ? undefined : asObject(target, context, seen);
}

function mergeObjects(members: readonly ObjectShape[], source: Source): ObjectShape {
  const properties = new Map<string, Property>();
  for (const member of members) {
    for (const property of member.properties) {
      const earlier = properties.get(property.name);
      properties.set(property.name, { ...property, required: property.required || (earlier?.required ?? false) });
    }
  }
  const additional = members.map((m) => m.additional).reduce((a, b) => (b.kind === 'mode-dependent' ? a : b), { kind: 'mode-dependent' } as ObjectShape['additional']);
  return {
    kind: 'object',
    properties: [...properties.values()],
    additional,
    requiresOneOf: members.flatMap((m) => m.requiresOneOf),
    source,
  };
}
