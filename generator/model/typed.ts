import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import { plainWrittenFrom } from '../schema/drafts.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { descriptionOf, versionsOf } from './annotations.js';
import { declaredAround, inPlace } from './inplace.js';
import { isRequiredOneOf, shapeOfNode, type BuildContext } from './shapes.js';
import type { Additional, ArrayShape, NumberShape, ObjectShape, Property, Shape, StringFormat, StringShape } from './types.js';

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

export function stringShape(node: JsonObject, source: Source): StringShape {
  return {
    kind: 'string',
    format: node['format'] as StringFormat | undefined,
    pattern: node['pattern'] as string | undefined,
    minLength: numberOr(node['minLength']),
    maxLength: numberOr(node['maxLength']),
    source,
  };
}

export function numberShape(node: JsonObject, integer: boolean, source: Source): NumberShape {
  const multipleOf = numberOr(node['multipleOf']);
  return {
    kind: 'number',
    integer,
    minimum: numberOr(node['minimum']),
    maximum: numberOr(node['maximum']),
    exclusiveMinimum: numberOr(node['exclusiveMinimum']),
    exclusiveMaximum: numberOr(node['exclusiveMaximum']),
    ...(multipleOf === undefined ? {} : { multipleOf }),
    source,
  };
}

export function arrayShape(node: JsonObject, source: Source, context: BuildContext): ArrayShape {
  const prefix = Array.isArray(node['prefixItems']) ? node['prefixItems'] : [];
  const contains = Object.hasOwn(node, 'contains') ? shapeOfNode(node['contains'], childSource(source, 'contains'), context) : undefined;
  return {
    kind: 'array',
    items: Object.hasOwn(node, 'items') ? shapeOfNode(node['items'], childSource(source, 'items'), context) : { kind: 'unknown', source },
    ...(prefix.length === 0 ? {} : { prefixItems: prefix.map((item, i) => shapeOfNode(item, childSource(source, 'prefixItems', i), context)) }),
    ...(node['uniqueItems'] === true ? { uniqueItems: true } : {}),
    ...(contains === undefined ? {} : { contains: { shape: contains, min: numberOr(node['minContains']) ?? 1, max: numberOr(node['maxContains']) } }),
    minItems: numberOr(node['minItems']),
    maxItems: numberOr(node['maxItems']),
    source,
  };
}

export function objectShape(node: JsonObject, source: Source, context: BuildContext): ObjectShape {
  const declared = isJsonObject(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? (node['required'] as string[]) : []);
  const additional = additionalOf(node, source, context);
  const patterns = isJsonObject(node['patternProperties']) ? node['patternProperties'] : {};
  // Where `properties` lists what the object holds, a required name missing from it is a typo.
  const guarded = isJsonObject(node['properties']) && Object.keys(patterns).length === 0 && (additional.kind === 'closed' || additional.kind === 'mode-dependent');
  const implied: string[] = [];
  // An in-place subschema (a branch, a condition, an `allOf` member) may require what encloses it declares,
  // and an object may require what its own in-place subschemas declare (a name each `anyOf` branch types
  // its own way), unless its `additionalProperties` forbids every name `properties` does not list.
  const around = declaredAround(source, context);
  const inside = guarded && additional.kind !== 'closed' ? namesInPlace(node, context) : NO_NAMES;
  for (const name of required) {
    if (Object.hasOwn(declared, name)) continue;
    // The standard reading is built either way; a schema folder is refused, a document is told.
    if (guarded && !around.has(name) && !inside.has(name)) context.problems.push(undeclaredRequired(childSource(source, 'required'), name, 'is not among "properties"', additional.kind === 'closed'));
    implied.push(name);
  }
  const nullableDefault = node['x-nullable-in-request'] !== false;
  const properties = Object.keys(declared).map((name) =>
    propertyOf(name, declared[name], required.has(name), nullableDefault, childSource(source, 'properties', name), context),
  );
  // Required without a declaration: it must be there, and its value is held to what holds any key
  // `properties` does not list: the patterns it matches (checked as for every key) or else
  // `additionalProperties` (false: no value), not let through as if declared.
  for (const name of implied) {
    const rule = undeclaredRule(node, name, patterns, additional.kind);
    const at = childSource(source, rule === undefined ? 'required' : 'additionalProperties');
    properties.push({ ...propertyOf(name, rule === undefined ? true : rule.schema, true, nullableDefault, at, context), implied: true });
  }
  return {
    kind: 'object',
    properties,
    additional,
    requiresOneOf: requiresOneOf(node, declared, source, context.problems),
    ...objectRules(node, patterns, source, context),
    ...conditionalNames(node, declared, context),
    ...surroundingNames(declared, around),
    ...(additional.kind === 'mode-dependent' && openedByBranches(node) ? { openedInPlace: true } : {}),
    source,
  };
}

/**
 * Whether one of the node's inline unions opens every object it matches: each branch that can hold
 * an object (one whose `type` admits objects, or that says none) has an `additionalProperties`
 * other than false, which evaluates every key its `properties` leave out. A branch by `$ref`, a
 * `true` branch or one without `additionalProperties` evaluates no other key: where one can match,
 * whether a key is evaluated depends on which branch matched, and the object stays closed to requests.
 */
function openedByBranches(node: JsonObject): boolean {
  return ['oneOf', 'anyOf'].some((keyword) => {
    const branches = node[keyword];
    if (!Array.isArray(branches)) return false;
    const holdingObjects = branches.filter((branch) => branch !== false && !(isJsonObject(branch) && !admitsObjects(branch['type'])));
    return holdingObjects.length > 0 && holdingObjects.every((branch) => isJsonObject(branch) && !Object.hasOwn(branch, '$ref') && Object.hasOwn(branch, 'additionalProperties') && branch['additionalProperties'] !== false);
  });
}

function admitsObjects(type: unknown): boolean {
  return type === undefined || type === 'object' || (Array.isArray(type) && type.includes('object'));
}

/**
 * A required name where the object says what it holds is almost always a typo, so it is a problem;
 * JSON Schema's reading, which the model builds all the same, is what an OpenAPI document is told.
 */
export function undeclaredRequired(at: Source, name: string, where: string, closed: boolean): Problem {
  const reading = closed
    ? 'no value is valid there, as "additionalProperties": false forbids it (JSON Schema\'s reading)'
    : 'it must be present, with any value (JSON Schema\'s reading)';
  return { ...problemAt(at, `"required" lists "${name}", which ${where}; declare it or remove it`), otherwise: `"required" lists "${name}", which ${where}: ${reading}` };
}

/** A property only `required` names, whose value `shape` (what holds undeclared keys) checks. */
export function impliedProperty(name: string, shape: Shape, source: Source): Property {
  return { name, shape, required: true, readOnly: false, nullableInRequest: true, description: undefined, versions: undefined, deprecated: false, implied: true, source };
}

/** The `additionalProperties` schema a required name that `properties` lacks is held to, unless a pattern matches it. */
function undeclaredRule(node: JsonObject, name: string, patterns: JsonObject, additional: string): { readonly schema: unknown } | undefined {
  if (Object.keys(patterns).some((pattern) => matches(pattern, name))) return undefined;
  if (additional !== 'schema' && additional !== 'closed') return undefined;
  return { schema: node['additionalProperties'] };
}

export function matches(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return false; // an invalid pattern is reported where it stands
  }
}

/**
 * The property names the subschemas applying at this value declare inline, beyond the object's own:
 * those subschemas' own, and those of the subschemas they apply there in turn (a `oneOf` inside an
 * `anyOf` branch), level by level without recursion, so any depth of nesting costs no stack.
 */
function conditionalNames(node: JsonObject, declared: JsonObject, context: BuildContext): Partial<ObjectShape> {
  const names = [...namesInPlace(node, context)].filter((name) => !Object.hasOwn(declared, name));
  return names.length === 0 ? {} : { conditional: names };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The names the `properties` of a schema's in-place subschemas declare, at any depth: inline, or
 * in the schema a `$ref` among them (or beside the node's own keywords) names, since a branch by
 * `$ref` (`"anyOf": [{ "$ref": "#/$defs/webSearch" }]`) declares its names for the same object as
 * an inline one. Level by level without recursion, each schema once, so cycles end.
 */
export function namesInPlace(node: JsonObject, context: BuildContext): ReadonlySet<string> {
  const names = new Set<string>();
  const queue = [...referred(node, context), ...inPlaceSubschemas(node)];
  const seen = new Set<unknown>([node]);
  for (let i = 0; i < queue.length; i++) {
    const schema = queue[i];
    if (!isJsonObject(schema) || seen.has(schema)) continue;
    seen.add(schema);
    if (isJsonObject(schema['properties'])) for (const name of Object.keys(schema['properties'])) names.add(name);
    queue.push(...referred(schema, context), ...inPlaceSubschemas(schema));
  }
  return names;
}

/** The schema a node's `$ref` names, if it has one. */
function referred(schema: JsonObject, context: BuildContext): unknown[] {
  return typeof schema['$ref'] === 'string' ? [context.targetOf(schema)] : [];
}

/** An in-place subschema describes part of the object around it: what that object declares (and checks) is no unknown key here either. */
function surroundingNames(declared: JsonObject, around: ReadonlySet<string>): Partial<ObjectShape> {
  const names = [...around].filter((name) => !Object.hasOwn(declared, name));
  return names.length === 0 ? {} : { surrounding: names };
}

/** The subschemas that apply at a schema's own value and may declare its properties: `if`/`then`/`else`, `dependentSchemas`, the compositions' members. */
function inPlaceSubschemas(schema: JsonObject): unknown[] {
  const dependent = isJsonObject(schema['dependentSchemas']) ? Object.values(schema['dependentSchemas']) : [];
  const members = ['oneOf', 'anyOf', 'allOf'].flatMap((keyword) => (Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : []));
  return [schema['if'], schema['then'], schema['else'], ...dependent, ...members];
}

/** The object keywords beyond properties: only those the node has, so plain objects stay plain data. */
function objectRules(node: JsonObject, patterns: JsonObject, source: Source, context: BuildContext): Partial<ObjectShape> {
  const rules: { -readonly [K in keyof ObjectShape]?: ObjectShape[K] } = {};
  const patternNames = Object.keys(patterns);
  if (patternNames.length > 0) {
    rules.patternProperties = patternNames.map((pattern) => ({ pattern, shape: shapeOfNode(patterns[pattern], childSource(source, 'patternProperties', pattern), context) }));
  }
  if (Object.hasOwn(node, 'propertyNames')) rules.propertyNames = shapeOfNode(node['propertyNames'], childSource(source, 'propertyNames'), context);
  if (typeof node['minProperties'] === 'number') rules.minProperties = node['minProperties'];
  if (typeof node['maxProperties'] === 'number') rules.maxProperties = node['maxProperties'];
  const dependentRequired = node['dependentRequired'];
  if (isJsonObject(dependentRequired)) {
    rules.dependentRequired = Object.keys(dependentRequired).map((name) => [name, dependentRequired[name] as string[]] as const);
  }
  const dependentSchemas = node['dependentSchemas'];
  if (isJsonObject(dependentSchemas)) {
    const enter = inPlace(node, source, context);
    rules.dependentSchemas = Object.keys(dependentSchemas).map((name) => {
      const at = childSource(source, 'dependentSchemas', name);
      return [name, shapeOfNode(dependentSchemas[name], at, enter(at))] as const;
    });
  }
  return rules;
}

function propertyOf(name: string, node: unknown, required: boolean, nullableDefault: boolean, source: Source, context: BuildContext): Property {
  const annotations = isJsonObject(node) ? node : {};
  return {
    name,
    shape: shapeOfNode(node, source, context),
    required,
    readOnly: annotations['readOnly'] === true,
    nullableInRequest: typeof annotations['x-nullable-in-request'] === 'boolean' ? annotations['x-nullable-in-request'] : nullableDefault,
    ...(annotations['writeOnly'] === true ? { writeOnly: true } : {}),
    ...(annotations['x-optional-in-response'] === true ? { optionalInResponse: true } : {}),
    description: descriptionOf(annotations),
    versions: versionsOf(annotations),
    deprecated: annotations['deprecated'] === true,
    source,
  };
}

function additionalOf(node: JsonObject, source: Source, context: BuildContext): Additional {
  // Where the file wrote `unevaluatedProperties` (read as this keyword), an unknown key's error names it.
  const keyword = plainWrittenFrom(node, 'additionalProperties') === 'unevaluatedProperties' ? 'unevaluatedProperties' : 'additionalProperties';
  return additionalFrom(node['additionalProperties'], childSource(source, 'additionalProperties'), context, keyword);
}

/** What a schema for the properties nothing else declares says of them; `at` is where it stands, under `keyword`. */
export function additionalFrom(schema: unknown, at: Source, context: BuildContext, keyword: 'additionalProperties' | 'unevaluatedProperties' = 'additionalProperties'): Additional {
  if (schema === undefined) return { kind: 'mode-dependent' };
  if (schema === false) return { kind: 'closed', keyword };
  if (schema === true) return { kind: 'open' };
  return { kind: 'schema', shape: shapeOfNode(schema, at, context) };
}

export function requiresOneOf(node: JsonObject, declared: JsonObject, source: Source, problems: Problem[]): string[][] {
  const anyOf = node['anyOf'];
  if (!isRequiredOneOf(anyOf)) return [];
  const names: string[] = [];
  (anyOf as JsonObject[]).forEach((branch, i) => {
    const list = branch['required'];
    const at = childSource(source, 'anyOf', i);
    if (!Array.isArray(list) || list.length !== 1 || typeof list[0] !== 'string') {
      problems.push(problemAt(at, 'each "anyOf" branch of required properties must list exactly one property ("at least one of" these)'));
    } else if (!Object.hasOwn(declared, list[0])) {
      problems.push(problemAt(at, `"${list[0]}" is not among "properties"; declare it or remove the branch`));
    } else names.push(list[0]);
  });
  return names.length > 0 ? [names] : [];
}

