import { byCodeUnit, type Source } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { ANNOTATIONS } from './annotations.js';
import { JSON_TYPES } from './inplace.js';
import type { BuildContext } from './shapes.js';
import type { Shape, UnionShape } from './types.js';
import { objectOnly } from './unevaluated.js';

/**
 * The union of branches that are each, for an object, an object requiring a `const` tag of its own,
 * and that admit every other JSON value only because they say no `type`: FHIR R4's resources,
 * `{ properties: { resourceType: { const: "Patient" }, ... }, required: ["resourceType"] }`, 146 of
 * them in one `oneOf`. No JSON type tells such branches apart, yet an object can match only the
 * branch its tag names (every other requires another value there), and a value of another JSON type
 * matches every branch. So objects are told apart by the tag, as in a union of typed objects, and a
 * value of another type is admitted by each branch (`typeless`: a `oneOf` refuses it as matching
 * several, an `anyOf` takes it). Undefined where any branch is typed, says more than object keywords,
 * or has no tag of its own (with `nodes`, the branches' schemas, inline branches are read too; a
 * `$ref` branch is read from the schema it names, as kinds.ts does, never from a shape being built).
 */
export function typelessTaggedUnion(branches: readonly Shape[], nodes: readonly unknown[] | undefined, source: Source, context: BuildContext, one: boolean): UnionShape | undefined {
  if (branches.length < 2) return undefined;
  const tags: ReadonlyMap<string, string>[] = [];
  for (const [i, branch] of branches.entries()) {
    const node = branchNode(branch, nodes?.[i], context);
    if (node === undefined) return undefined;
    tags.push(tagsOf(node));
  }
  const values = (name: string): string[] => tags.map((t) => t.get(name) ?? '');
  const property = [...(tags[0]?.keys() ?? [])]
    .filter((name) => tags.every((t) => t.has(name)) && new Set(values(name)).size === branches.length)
    .sort(byCodeUnit)[0];
  if (property === undefined) return undefined;
  const every = branches.map((_, i) => i);
  return {
    kind: 'union',
    branches,
    byJsonType: JSON_TYPES.map((type) => [type, every] as const),
    discriminator: { property, values: values(property).map((v, i) => [v, i] as const).sort(([a], [b]) => byCodeUnit(a, b)), defaultBranch: undefined },
    typeless: one ? 'oneOf' : 'anyOf',
    source,
  };
}

/**
 * The schema of a branch that says no `type` and only object keywords: the one a `$ref` names
 * (through references alone), or an inline branch's own, where it was built admitting every JSON
 * type (not narrowed by a `type` around it, which makes it an object branch like any other).
 */
function branchNode(branch: Shape, inline: unknown, context: BuildContext): JsonObject | undefined {
  if (branch.kind === 'ref') return objectOnlyTarget(context.nodeOfNamed(branch.target), context, new Set());
  const everyType = branch.kind === 'union' && branch.byJsonType.length === JSON_TYPES.length && branch.discriminator === undefined;
  return everyType && objectOnly(inline) ? inline : undefined;
}

function objectOnlyTarget(node: unknown, context: BuildContext, seen: Set<unknown>): JsonObject | undefined {
  if (!isJsonObject(node) || seen.has(node)) return undefined;
  seen.add(node);
  const reference = typeof node['$ref'] === 'string' && Object.keys(node).every((key) => key === '$ref' || ANNOTATIONS.has(key));
  if (reference) return objectOnlyTarget(context.targetOf(node), context, seen);
  return objectOnly(node) ? node : undefined;
}

/** Keys a tag's schema may hold beside its value without changing what it admits in either mode. */
const TAG_KEYS = new Set(['const', 'enum', 'type', 'title', 'description', '$comment', 'examples', 'default']);

/**
 * The tags a branch requires: each required name whose schema is one string (`const`, or `enum`
 * of one). A name read-only, write-only, optional in a response or of some versions is required
 * in one mode or version alone, so it tells no branch apart in every one: no tag.
 */
function tagsOf(node: JsonObject): ReadonlyMap<string, string> {
  const tags = new Map<string, string>();
  const properties = isJsonObject(node['properties']) ? node['properties'] : {};
  const required = Array.isArray(node['required']) ? node['required'] : [];
  for (const name of required) {
    const schema = typeof name === 'string' && Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!isJsonObject(schema) || !Object.keys(schema).every((key) => TAG_KEYS.has(key))) continue;
    // Whatever else the schema says, a value it admits is this one, so no other branch's tag admits it.
    const value = Object.hasOwn(schema, 'const') ? schema['const'] : Array.isArray(schema['enum']) && schema['enum'].length === 1 ? schema['enum'][0] : undefined;
    if (typeof value === 'string') tags.set(name as string, value);
  }
  return tags;
}
