import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { isSupportedKeyword } from '../schema/keywords.js';
import type { JsonObject } from '../schema/walk.js';
import { ANNOTATIONS } from './annotations.js';
import { conjoin } from './narrows.js';
import { isRequiredOneOf, objectShape, requiresOneOf, shapeOfNode, type BuildContext } from './shapes.js';
import { additionalFrom, impliedProperty, matches, undeclaredRequired } from './typed.js';
import type { ObjectShape, Property, Shape } from './types.js';

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'unevaluatedProperties', 'anyOf']);

/** Whether a node with `allOf` reads as inheritance: object keywords beside it, and no other type. */
export function isInheritance(node: JsonObject): boolean {
  return (
    (node['type'] === undefined || node['type'] === 'object') &&
    (!Object.hasOwn(node, 'anyOf') || isRequiredOneOf(node['anyOf'])) &&
    // A key outside the dialect is refused on its own (keywords.ts); counting it here too would add a second, wrong reason.
    Object.keys(node).every((key) => key === 'allOf' || ANNOTATIONS.has(key) || OBJECT_KEYWORDS.has(key) || !isSupportedKeyword(key))
  );
}

/** Names a member of a merge whose first member is the node's `$ref`, before its `allOf` members, for a refusal. */
export const refThenAllOf = (index: number): string => (index === 0 ? '"$ref"' : `"allOf" member ${index - 1}`);

/**
 * `allOf` as inheritance, given the members' shapes (built once by the caller): when every member
 * is an object schema (inline or a named type), the node's own object keywords extend them into
 * one flat object; a property two members declare must meet both (`conjoin`). Undefined when a
 * member is not an object: the node is then the plain conjunction of its members and its own keywords.
 * The node's `unevaluatedProperties` becomes the merged object's `additionalProperties` where the
 * members allow it (`unreadableBeside`); `nameMember` names a member in the refusal where they do not.
 */
export function mergeAllOf(
  node: JsonObject,
  memberShapes: readonly Shape[],
  source: Source,
  context: BuildContext,
  nameMember: (index: number) => string = (index) => `"allOf" member ${index}`,
): Shape | undefined {
  const parts = memberShapes.map((member) => objectOrNull(member, context));
  if (!parts.every((p) => p !== undefined)) return undefined;
  const members = parts.map((p) => p.object);
  // `required` and `anyOf` may name inherited properties, so they apply after the merge.
  const { required, anyOf, allOf: _members, unevaluatedProperties, ...ownKeywords } = node;
  let own = objectShape(ownKeywords, source, context);
  // A member open to every other property evaluates them all: beside it, the keyword checks nothing;
  // beside the node's own `additionalProperties`, which evaluates the rest, neither does it.
  if (unevaluatedProperties !== undefined && !members.some((m) => m.additional.kind === 'open') && own.additional.kind === 'mode-dependent') {
    const at = childSource(source, 'unevaluatedProperties');
    const unread = unreadableBeside(members, nameMember);
    // What no member's nor the node's own `properties`/`patternProperties` evaluated is what the
    // merged object's `additionalProperties` applies to.
    if (unread === undefined) own = { ...own, additional: additionalFrom(unevaluatedProperties, at, context, 'unevaluatedProperties') };
    else context.problems.push(unevaluatedRefused(at, unread));
  }
  const merged = mergeObjects([...members, own], source);
  const declared = Object.fromEntries(merged.properties.map((p) => [p.name, true]));
  const oneOfGroups = requiresOneOf({ anyOf }, declared, source, context.problems);
  const requiredNames = Array.isArray(required) ? (required as string[]) : [];
  const undeclared = requiredNames.filter((name) => !merged.properties.some((p) => p.name === name));
  const at = childSource(source, 'required');
  for (const name of undeclared) {
    context.problems.push(undeclaredRequired(at, name, 'no "allOf" member declares', merged.additional.kind === 'closed'));
  }
  const object: ObjectShape = {
    ...merged,
    properties: [
      ...merged.properties.map((p) => withMergedRule(requiredNames.includes(p.name) ? { ...p, required: true } : p, merged)),
      ...undeclared.map((name) => impliedProperty(name, undeclaredShape(merged, name, at), at)),
    ],
    requiresOneOf: [...merged.requiresOneOf, ...oneOfGroups],
  };
  // Null passes only where every member lets it through and the node's own `type` does not say "object".
  if (memberShapes.length === 0 || parts.some((p) => !p.nullable) || node['type'] === 'object') return object;
  return { kind: 'union', branches: [{ kind: 'null', source }, object], byJsonType: [['null', [0]], ['object', [1]]], discriminator: undefined, source };
}

/**
 * A member as an object to merge: an object schema, or one that also admits null (3.0's
 * `type: object, nullable: true`, 2020-12's `type: [object, null]`, a nullable `$ref`). Null is no
 * object, so beside a member that refuses it the merge stands for the conjunction exactly; read as
 * a conjunction instead, the other members' checks refuse in a request every name it declares.
 */
function objectOrNull(shape: Shape, context: BuildContext): { readonly object: ObjectShape; readonly nullable: boolean } | undefined {
  const object = asObject(shape, context);
  if (object !== undefined) return { object, nullable: false };
  if (shape.kind !== 'union' || shape.branches.length !== 2) return undefined;
  const [first, second] = shape.branches;
  const nonNull = first?.kind === 'null' ? second : second?.kind === 'null' ? first : undefined;
  const inner = nonNull === undefined ? undefined : asObject(nonNull, context);
  return inner === undefined ? undefined : { object: inner, nullable: true };
}

/**
 * The refusal of `unevaluatedProperties` beside in-place members, for `reason`. An OpenAPI document, written
 * for other tools, gets a note instead, and the keyword is left out, unchecked.
 */
export function unevaluatedRefused(at: Source, reason: string): Problem {
  const why = `callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here ${reason}`;
  return { ...problemAt(at, `unsupported keyword "unevaluatedProperties": ${why}`), otherwise: `"unevaluatedProperties" was left out, unchecked: ${why}` };
}

/**
 * Why the members' merge cannot stand for what they evaluated, if so. Beside `allOf` of objects,
 * `unevaluatedProperties` applies to the properties no member's `properties`/`patternProperties`
 * matched, which is the merged object's `additionalProperties`, unless a member evaluates more: a
 * member's own `additionalProperties: false` or schema (or an `unevaluatedProperties` read as one)
 * applies to the properties that member does not declare, which the merge cannot say (`true`, by
 * which a member evaluates them all, is taken before this), and subschemas applied by the value
 * (`if`/`then`/`else`, `dependentSchemas`) evaluate their properties only where they apply.
 */
function unreadableBeside(members: readonly ObjectShape[], nameMember: (index: number) => string): string | undefined {
  for (const [i, member] of members.entries()) {
    if (member.additional.kind !== 'mode-dependent') return `${nameMember(i)} holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")`;
    if (member.conditional !== undefined || member.dependentSchemas !== undefined) return `${nameMember(i)} evaluates properties only where its "if" or "dependentSchemas" applies`;
  }
  // The node's own `if` or `dependentSchemas` never gets here: the keyword check refuses the keyword beside them.
  return undefined;
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
      properties.set(property.name, earlier === undefined ? property : mergedProperty(earlier, property));
    }
  }
  const additional = members.map((m) => m.additional).reduce((a, b) => (b.kind === 'mode-dependent' ? a : b), { kind: 'mode-dependent' } as ObjectShape['additional']);
  return {
    kind: 'object',
    properties: [...properties.values()],
    additional,
    requiresOneOf: members.flatMap((m) => m.requiresOneOf),
    ...mergedRules(members, source),
    ...knownNames(members, properties),
    source,
  };
}

/**
 * A property two members declare. Both rules apply (`conjoin`), and so do both annotations, which
 * JSON Schema collects from every subschema that applies: the property is read-only, write-only or
 * deprecated where either member says so, and `null` stays out of a request where either refuses
 * it there. A description, one text, is the later member's where it writes one (a redeclaration
 * says it for the type that extends), else the earlier's.
 */
function mergedProperty(earlier: Property, later: Property): Property {
  const writeOnly = earlier.writeOnly === true || later.writeOnly === true;
  // Required of a response where either member requires it there.
  const inResponse = (p: Property): boolean => p.required && p.optionalInResponse !== true;
  const optionalInResponse = (later.required || earlier.required) && !inResponse(earlier) && !inResponse(later);
  const { optionalInResponse: _laters, ...rest } = later;
  return {
    ...rest,
    shape: conjoin(earlier.shape, later.shape, later.source),
    required: later.required || earlier.required,
    readOnly: later.readOnly || earlier.readOnly,
    ...(writeOnly ? { writeOnly } : {}),
    ...(optionalInResponse ? { optionalInResponse } : {}),
    nullableInRequest: later.nullableInRequest && earlier.nullableInRequest,
    description: later.description ?? earlier.description,
    deprecated: later.deprecated || earlier.deprecated,
    // Implied only where no member declares it.
    ...(earlier.implied === true && later.implied === true ? {} : { implied: false }),
  };
}

/**
 * The names a request may hold beside the merged properties: what the members' own subschemas
 * declare (`conditional`), and, for a merge that stands in place (a branch of a union around it),
 * what the schemas around the members declare (`surrounding`). Without them the merged object
 * would call a sibling branch's name unknown, where each member alone did not.
 */
function knownNames(members: readonly ObjectShape[], declared: ReadonlyMap<string, Property>): Partial<ObjectShape> {
  const names = (pick: (m: ObjectShape) => readonly string[] | undefined): string[] => [...new Set(members.flatMap((m) => pick(m) ?? []))].filter((name) => !declared.has(name));
  const conditional = names((m) => m.conditional);
  const surrounding = names((m) => m.surrounding);
  return { ...(conditional.length === 0 ? {} : { conditional }), ...(surrounding.length === 0 ? {} : { surrounding }) };
}

/** Every member's other object rules hold for the merged object: patterns and dependencies all apply, counts take the tighter bound. */
function mergedRules(members: readonly ObjectShape[], source: Source): Partial<ObjectShape> {
  const rules: { -readonly [K in keyof ObjectShape]?: ObjectShape[K] } = {};
  const patterns = members.flatMap((m) => m.patternProperties ?? []);
  if (patterns.length > 0) rules.patternProperties = patterns;
  const names = members.flatMap((m) => (m.propertyNames === undefined ? [] : [m.propertyNames]));
  if (names.length > 0) rules.propertyNames = names.length === 1 ? names[0] : { kind: 'all', parts: names, source };
  const mins = members.flatMap((m) => (m.minProperties === undefined ? [] : [m.minProperties]));
  if (mins.length > 0) rules.minProperties = Math.max(...mins);
  const maxes = members.flatMap((m) => (m.maxProperties === undefined ? [] : [m.maxProperties]));
  if (maxes.length > 0) rules.maxProperties = Math.min(...maxes);
  const dependentRequired = members.flatMap((m) => m.dependentRequired ?? []);
  if (dependentRequired.length > 0) rules.dependentRequired = dependentRequired;
  const dependentSchemas = members.flatMap((m) => m.dependentSchemas ?? []);
  if (dependentSchemas.length > 0) rules.dependentSchemas = dependentSchemas;
  const conditional = [...new Set(members.flatMap((m) => m.conditional ?? []))];
  if (conditional.length > 0) rules.conditional = conditional;
  return rules;
}

/**
 * What holds a required name no member declares, as JSON Schema reads it: any value where a
 * pattern matches it (the pattern checks it as it checks every key) or nothing closes the object,
 * else what the merged object says of the keys it does not declare.
 */
/**
 * A member's name that only its `required` lists is none of the merged object's declared ones
 * either: what holds the merged object's undeclared keys (the `additionalProperties` it inherits,
 * or the `unevaluatedProperties` beside the `allOf`) holds it too, besides its member's own rule.
 */
function withMergedRule(property: Property, merged: ObjectShape): Property {
  if (property.implied !== true) return property;
  const rule = undeclaredShape(merged, property.name, property.source);
  return rule.kind === 'unknown' ? property : { ...property, shape: conjoin(property.shape, rule, property.source) };
}

function undeclaredShape(merged: ObjectShape, name: string, at: Source): Shape {
  if (merged.patternProperties?.some(({ pattern }) => matches(pattern, name)) === true) return { kind: 'unknown', source: at };
  const additional = merged.additional;
  if (additional.kind === 'closed') return { kind: 'never', source: at };
  return additional.kind === 'schema' ? additional.shape : { kind: 'unknown', source: at };
}
