import { childSource, type Problem, type Source } from '../diagnostics.js';
import { besideMembersAlone } from '../schema/unevaluated.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { ANNOTATIONS } from './annotations.js';
import { asObject, isInheritance, mergeAllOf, refThenAllOf, unevaluatedRefused } from './allof.js';
import { inPlace } from './inplace.js';
import { anyJsonType, isRequiredOneOf, refPart, shapeOfNode, TYPE_KEYWORDS, type BuildContext } from './shapes.js';
import { impliedProperty, matches, objectShape } from './typed.js';
import { buildUnion } from './unions.js';
import type { ObjectShape, Property, Shape } from './types.js';

// `unevaluatedProperties` beside in-place members that the plain `allOf` merge (allof.ts) does not
// read: a `$ref` beside it (2019-09 on), an `allOf` of typeless members, and one `oneOf`/`anyOf`.
// Each is read by merging the members into one object whose `additionalProperties` the keyword
// becomes (beside a union: that merge closed and the union beside it, each branch merged in
// turn and closed, or a rule per name the branches declare), or refused with the reason (an
// OpenAPI document gets a note and the keyword left out).

/** The node's shape with the keyword read, or the refusal that says why it cannot be. */
export type UnevaluatedRead = { readonly shape: Shape } | { readonly refusal: Problem };

/**
 * `unevaluatedProperties` beside `allOf` (already built: `members`), `$ref` and at most one union,
 * where the merge of a plain `allOf` did not read it.
 */
export function readUnevaluated(node: JsonObject, members: readonly Shape[], source: Source, context: BuildContext): UnevaluatedRead {
  const at = childSource(source, 'unevaluatedProperties');
  const union = unionKeyword(node);
  if (union !== undefined) return unionMerge(node, union, members, source, context);
  const shape = refMerge(node, members, source, context);
  return shape === undefined ? { refusal: unevaluatedRefused(at, unmergedReason(node, members, context)) } : { shape };
}

/** Which part kept `refMerge` from reading the node, named for the author to find. */
function unmergedReason(node: JsonObject, members: readonly Shape[], context: BuildContext): string {
  const { $ref: _ref, ...rest } = node;
  if (!isInheritance(rest)) return 'the schema itself is not only an object schema';
  const list = Array.isArray(node['allOf']) ? node['allOf'] : [];
  // A union is read beside the keyword in the schema itself only, where it stands beside the other members.
  const union = list.findIndex((member) => isJsonObject(member) && unionKeyword(member) !== undefined);
  if (union >= 0) {
    const keyword = unionKeyword(list[union] as JsonObject) ?? 'oneOf';
    return `"allOf" member ${union} holds ${keyword === 'anyOf' ? 'an' : 'a'} "${keyword}", which is read beside the keyword only in the schema itself: move it there (one "oneOf" or "anyOf" may stand beside "unevaluatedProperties")`;
  }
  const member = members.findIndex((shape) => asObject(shape, context) === undefined);
  if (member >= 0) return `"allOf" member ${member} is not only an object schema`;
  return Object.hasOwn(node, '$ref') ? 'the "$ref" target is not only an object schema' : 'a member, or the schema itself, is not only an object schema';
}

/**
 * Whether the node's `allOf` members are read as extensions of one object, as in inheritance
 * (allof.ts), where `unevaluatedProperties` stands beside them with a `$ref` or a union: what
 * evaluates properties is then merged, so an inline member of object keywords extends the object.
 */
export function mergesAroundUnevaluated(node: JsonObject): boolean {
  if (!Object.hasOwn(node, 'unevaluatedProperties') || !besideMembersAlone(node)) return false;
  const union = unionKeyword(node);
  return isInheritance(Object.fromEntries(Object.entries(node).filter(([key]) => key !== '$ref' && key !== union)));
}

/** The union beside the keyword: `oneOf`, or an `anyOf` that is no "at least one of" list. */
function unionKeyword(node: JsonObject): 'oneOf' | 'anyOf' | undefined {
  if (Array.isArray(node['oneOf'])) return 'oneOf';
  return Array.isArray(node['anyOf']) && !isRequiredOneOf(node['anyOf']) ? 'anyOf' : undefined;
}

/**
 * A `$ref` beside the keyword is one more in-place member, merged first; an `allOf` of typeless
 * members is read by `typelessMerge`; beside an "at least one of" `anyOf` alone, which evaluates
 * nothing, the node's own properties are all it evaluated. Undefined where none reads it.
 */
function refMerge(node: JsonObject, members: readonly Shape[], source: Source, context: BuildContext): Shape | undefined {
  const ref = refPart(node, source, context);
  if (ref.length === 0 && members.length === 0 && isInheritance(node)) {
    const own = mergeAllOf(node, [], source, context);
    // Without "type", any other JSON value passes the object keywords.
    return own === undefined || node['type'] === 'object' ? own : anyJsonType({}, source, context, own);
  }
  if (ref.length === 0) return members.length > 0 && isInheritance(node) ? typelessMerge(node, source, context) : undefined;
  const { $ref: _ref, ...rest } = node;
  if (!isInheritance(rest)) return undefined;
  return mergeAllOf(rest, [...ref, ...members], source, context, refThenAllOf);
}

/**
 * `unevaluatedProperties` beside an `allOf` whose members, like the node, name no type and hold
 * object keywords only (or are `true`, which evaluates nothing): an object value is read through
 * the members' merge, as with `"type": "object"`, and any other JSON value passes, as the object
 * keywords let it. Undefined where a member says more.
 */
function typelessMerge(node: JsonObject, source: Source, context: BuildContext): Shape | undefined {
  const list = node['allOf'];
  if (Object.hasOwn(node, 'type') || !Array.isArray(list)) return undefined;
  if (!list.every((member) => member === true || objectOnly(member))) return undefined;
  // Each member may require what the node or a sibling declares (inplace.ts); a refusal names it by its place in the list.
  const enter = inPlace(node, source, context);
  const places = list.flatMap((member, i) => (objectOnly(member) ? [i] : []));
  const kept = places.map((i) => objectShape(list[i] as JsonObject, childSource(source, 'allOf', i), enter(childSource(source, 'allOf', i))));
  const merged = mergeAllOf({ ...node, type: 'object', allOf: [] }, kept, source, context, (k) => `"allOf" member ${places[k] ?? k}`);
  return merged === undefined ? undefined : anyJsonType({}, source, context, merged);
}

/**
 * Beside a union, what the node evaluated is its own properties, its other members' and those of
 * the branches that matched. Three readings say that without a set of names kept at run time:
 * - branches that declare no property the node and its members do not (`[{ "required": ["a"] },
 *   { "required": ["b"] }]`, "exactly one of") evaluate nothing more, whichever match: the node's
 *   merge is closed by the keyword, and the union checked beside it;
 * - where a tag tells the object branches apart (one property with distinct `const` values, which
 *   at most one branch may leave out: see unions.ts), at most one branch matches a value: the union
 *   of each branch merged with the node (and its `$ref` and `allOf` members), each closed by the
 *   keyword, is what the node means.
 * - otherwise several branches may match; where each is an inline object schema without "type"
 *   that evaluates by `properties` alone, a name only branches declare is evaluated where a branch
 *   declaring it matched: a rule per name (`dependentUnion`).
 * Branches that evaluate otherwise leave what was evaluated to run time: refused.
 */
function unionMerge(node: JsonObject, keyword: 'oneOf' | 'anyOf', members: readonly Shape[], source: Source, context: BuildContext): UnevaluatedRead {
  const at = childSource(source, 'unevaluatedProperties');
  const { [keyword]: list, $ref: _ref, ...rest } = node;
  if (!Array.isArray(list) || !isInheritance(rest)) return { refusal: unevaluatedRefused(at, 'the schema itself is not only an object schema') };
  // Built apart, so that a refusal leaves the problems to the plain reading, which builds the union again.
  const scratch: BuildContext = { ...context, problems: [] };
  const ref = refPart(node, source, scratch);
  const nameMember = (branch: string) => (i: number) => (i < ref.length ? '"$ref"' : i < ref.length + members.length ? `"allOf" member ${i - ref.length}` : branch);
  const read =
    declaresNothingMore(node, list, [...ref, ...members], scratch)
      ? besideUnion(node, keyword, rest, [...ref, ...members], source, scratch, nameMember(''))
      : taggedUnion(node, keyword, list, rest, ref, members, source, scratch, nameMember);
  if ('refusal' in read) return read;
  const refused = scratch.problems.find((p) => p.file === at.file && p.pointer === at.pointer);
  if (refused !== undefined) return { refusal: refused };
  context.problems.push(...distinct(scratch.problems));
  return read;
}

/** The node's merge closed by the keyword, and beside it the union as it stands (its branches evaluate nothing more). */
function besideUnion(node: JsonObject, keyword: 'oneOf' | 'anyOf', rest: JsonObject, members: readonly Shape[], source: Source, context: BuildContext, nameMember: (i: number) => string): UnevaluatedRead {
  const merged = mergeAllOf(rest, members, source, context, nameMember);
  if (merged === undefined) return { refusal: unevaluatedRefused(childSource(source, 'unevaluatedProperties'), 'a member is not only an object schema') };
  const enter = inPlace(node, source, context);
  const list = node[keyword] as unknown[];
  const object = isObjectValue(node, members, context);
  const branches = list.map((branch, i) => {
    const at = childSource(source, keyword, i);
    // On an object, a branch of object keywords is that object's rules: open to the properties it
    // does not name, as a schema without "type" is (no request closes it).
    return object && objectOnly(branch) ? objectShape({ additionalProperties: true, ...branch }, at, enter(at)) : shapeOfNode(branch, at, enter(at));
  });
  // Where nothing makes the value an object, any other JSON value passes the object keywords, and the union decides.
  const own = object ? merged : anyJsonType({}, source, context, merged);
  return { shape: { kind: 'all', parts: [own, buildUnion(branches, childSource(source, keyword), context, keyword === 'oneOf')], source } };
}

/** Whether the node or one of its members (a `$ref` target, an `allOf` member) makes the value an object. */
function isObjectValue(node: JsonObject, members: readonly Shape[], context: BuildContext): boolean {
  return node['type'] === 'object' || members.some((shape) => asObject(shape, context) !== undefined);
}

/** The union of each branch merged with the rest and closed, where a tag tells the branches apart. */
function taggedUnion(
  node: JsonObject,
  keyword: 'oneOf' | 'anyOf',
  list: readonly unknown[],
  rest: JsonObject,
  ref: readonly Shape[],
  members: readonly Shape[],
  source: Source,
  context: BuildContext,
  nameMember: (branch: string) => (i: number) => string,
): UnevaluatedRead {
  const at = childSource(source, 'unevaluatedProperties');
  const branches = branchShapes(node, keyword, list, source, context);
  const notObject = branches.findIndex((branch) => asObject(branch, context) === undefined);
  if (notObject >= 0) return { refusal: unevaluatedRefused(at, `"${keyword}" branch ${notObject} is not only an object schema`) };
  if (branches.length === 0) return { shape: { kind: 'never', source } };
  // One branch is one member more; among several, a tag must say which one matches.
  const union = branches.length === 1 ? undefined : buildUnion(branches, childSource(source, keyword), context, keyword === 'oneOf');
  if (union !== undefined && (union.kind !== 'union' || union.discriminator === undefined || union.branches.length !== branches.length)) {
    return dependentUnion(node, keyword, list, rest, [...ref, ...members], source, context, nameMember(''));
  }
  const merged = branches.map((branch, k) => mergeAllOf(rest, [...ref, ...members, branch], source, context, nameMember(`"${keyword}" branch ${k}`)));
  if (!merged.every((shape): shape is Shape => shape !== undefined)) return { refusal: unevaluatedRefused(at, 'a member is not only an object schema') };
  const objects = union === undefined ? (merged[0] ?? { kind: 'never', source }) : { ...union, branches: merged };
  // Where nothing else makes the value an object, any other JSON value passes each branch without
  // "type" (and the node's object keywords): it is valid where as many branches pass as the union asks.
  const typeless = isObjectValue(node, [...ref, ...members], context) ? 0 : list.filter(objectOnly).length;
  const othersPass = keyword === 'oneOf' ? typeless === 1 : typeless > 0;
  return { shape: othersPass ? anyJsonType({}, source, context, objects) : objects };
}

/** The object keywords by which a branch evaluates properties beyond the names its `properties` declare. */
const EVALUATING = ['patternProperties', 'additionalProperties', 'dependentSchemas'];

/**
 * Where no tag tells the branches apart, several may match, and the node evaluated its own
 * properties and those of every branch that matched. Where each branch is an inline schema of
 * object keywords (no "type", so it is open) that evaluates by "properties" alone, that is a rule
 * per name: a name only branches declare may stand where one of the branches that declare it
 * matches (a `dependentSchemas` entry holding the `anyOf` of them, or the value the keyword
 * admits), and any name neither the node nor a branch declares is what the keyword holds (the
 * merge's `additionalProperties`). Refused, with the branch that is not, elsewhere.
 */
function dependentUnion(node: JsonObject, keyword: 'oneOf' | 'anyOf', list: readonly unknown[], rest: JsonObject, members: readonly Shape[], source: Source, context: BuildContext, nameMember: (i: number) => string): UnevaluatedRead {
  const at = childSource(source, 'unevaluatedProperties');
  const odd = list.findIndex((branch) => !objectOnly(branch) || EVALUATING.some((key) => Object.hasOwn(branch, key)));
  if (odd >= 0) {
    const branch = list[odd];
    const how = objectOnly(branch) ? `evaluates properties by "${EVALUATING.find((key) => Object.hasOwn(branch, key))}"` : 'is not an inline schema of object keywords without "type"';
    return {
      refusal: unevaluatedRefused(
        at,
        `no tag tells the "${keyword}" branches apart (one property with a distinct "const" in each branch, required in all but one), so more than one may match, and "${keyword}" branch ${odd} ${how}: which properties the matching branches evaluated is then known only at run time`,
      ),
    };
  }
  // What a branch's "properties" declare, not the names its "required" alone adds: those it does not evaluate.
  const declares = (list as JsonObject[]).map((branch) => new Set(isJsonObject(branch['properties']) ? Object.keys(branch['properties']) : []));
  // A name the node requires and only branches declare is no typo: it must be there, and it is evaluated where a
  // branch declaring it matches, like any name they declare. It is taken out of the merge, which would refuse it.
  const required = Array.isArray(rest['required']) ? (rest['required'] as unknown[]).filter((name): name is string => typeof name === 'string') : [];
  const byBranches = new Set(required.filter((name) => declares.some((declared) => declared.has(name))));
  const merged = mergeAllOf(byBranches.size === 0 ? rest : { ...rest, required: required.filter((name) => !byBranches.has(name)) }, members, source, context, nameMember);
  if (merged?.kind !== 'object') return { refusal: unevaluatedRefused(at, 'a member is not only an object schema') };
  const enter = inPlace(node, source, context);
  const branches = (list as JsonObject[]).map((branch, i) => {
    const place = childSource(source, keyword, i);
    return objectShape({ additionalProperties: true, ...branch }, place, enter(place));
  });
  const evaluated = (name: string): boolean => merged.properties.some((p) => p.name === name) || (merged.patternProperties ?? []).some((p) => matches(p.pattern, name));
  // Where the keyword lets every other property through (`true`, or a member open to them), a name no matching branch declares passes too.
  const holds = merged.additional.kind === 'closed' || merged.additional.kind === 'schema';
  const names = holds ? [...new Set(declares.flatMap((declared) => [...declared]))].filter((name) => !evaluated(name)) : [];
  // A name every branch declares is evaluated wherever the union holds, which is checked beside: a rule for it
  // would only repeat the union's errors (a branch's failure reported twice). It is still a known name.
  const dependents = names.filter((name) => !declares.every((declared) => declared.has(name))).map((name) => {
    const declaring: Shape[] = branches.filter((_, i) => declares[i]?.has(name) === true);
    // Where no declaring branch matches, the name is unevaluated: what the keyword holds decides.
    if (merged.additional.kind === 'schema') declaring.push(holding(name, merged.additional.shape, at));
    return [name, declaring.length === 1 && declaring[0] !== undefined ? declaring[0] : buildUnion(declaring, at, context, false)] as const;
  });
  // The names required here that only branches declare: required where the merge declares them too, else present with any value.
  const properties = merged.properties.map((p) => (byBranches.has(p.name) ? { ...p, required: true } : p));
  const unlisted = [...new Set([...names, ...[...byBranches].filter((name) => !evaluated(name))])];
  const own: ObjectShape = {
    ...merged,
    properties: [...properties, ...unlisted.map((name) => ({ ...optionalAny(name, at), required: byBranches.has(name) }))],
    dependentSchemas: [...(merged.dependentSchemas ?? []), ...dependents],
  };
  // The union first: where it fails, its explanation leads, and the rules per name after it repeat none of it.
  const shape: Shape = { kind: 'all', parts: [buildUnion(branches, childSource(source, keyword), context, keyword === 'oneOf'), own], source };
  // Where nothing else makes the value an object, any other JSON value passes each branch (and the
  // node's object keywords): an anyOf lets it through, a oneOf of several branches does not.
  const othersPass = !isObjectValue(node, members, context) && keyword === 'anyOf';
  return { shape: othersPass ? anyJsonType({}, source, context, shape) : shape };
}

/** An object whose property `name`, where present, is held to `shape`; other properties pass. */
function holding(name: string, shape: Shape, source: Source): ObjectShape {
  return { kind: 'object', properties: [{ ...optionalAny(name, source), shape }], additional: { kind: 'open' }, requiresOneOf: [], source };
}

/** A property of any value that may be absent: a name the rules beside it (`dependentSchemas`) check, and a branch's `properties` declares. */
function optionalAny(name: string, source: Source): Property {
  return { ...impliedProperty(name, { kind: 'unknown', source }, source), required: false, implied: false };
}

/**
 * Whether every branch is an inline schema of object keywords that declares (or matches) no
 * property beyond those the node and its members declare: it then evaluates nothing more.
 */
function declaresNothingMore(node: JsonObject, list: readonly unknown[], members: readonly Shape[], context: BuildContext): boolean {
  const own = isJsonObject(node['properties']) ? Object.keys(node['properties']) : [];
  const declared = new Set([...own, ...members.flatMap((member) => asObject(member, context)?.properties.map((p) => p.name) ?? [])]);
  return list.every((branch) => {
    if (branch === true || !isJsonObject(branch)) return branch === true;
    const names = isJsonObject(branch['properties']) ? Object.keys(branch['properties']) : [];
    const keys = Object.keys(branch).every((key) => ANNOTATIONS.has(key) || (key === 'type' && branch['type'] === 'object') || (TYPE_KEYWORDS.object.includes(key) && !EVALUATING.includes(key)));
    return keys && names.every((name) => declared.has(name));
  });
}

/**
 * The union's branches: a branch without "type" that holds only object keywords is read, for an
 * object value, as the object schema it then is (as an `allOf` member extends an object: shapes.ts);
 * the caller says what other JSON values do.
 */
function branchShapes(node: JsonObject, keyword: string, list: readonly unknown[], source: Source, context: BuildContext): Shape[] {
  const enter = inPlace(node, source, context);
  return list.map((branch, i) => {
    const at = childSource(source, keyword, i);
    return objectOnly(branch) ? objectShape(branch, at, enter(at)) : shapeOfNode(branch, at, enter(at));
  });
}

/** A schema without "type" of object keywords alone: for an object value, it is the object schema it would be with "type": "object". */
export function objectOnly(schema: unknown): schema is JsonObject {
  return isJsonObject(schema) && !Object.hasOwn(schema, 'type') && Object.keys(schema).every((key) => ANNOTATIONS.has(key) || TYPE_KEYWORDS.object.includes(key));
}

/** The problems once each: the node's own keywords are built once a branch. */
function distinct(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = [p.file, p.pointer, p.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
