import { pointerChild, type Problem, type Source } from '../diagnostics.js';
import { didYouMean } from '../hints.js';
import { isReadDraft, readAsDeclared, writePlainFrom } from '../schema/drafts.js';
import { checkPattern, SUPPORTED_FORMATS, SUPPORTED_KEYWORDS } from '../schema/keywords.js';
import { INT32 } from '../schema/numberFormats.js';
import { besideMembersAlone, evaluatorsBeside, UNEVALUATED } from '../schema/unevaluated.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { referenceTo, tagFixes } from './discriminator.js';
import type { OpenApiVersion } from './documents.js';
import { sourceOf, type Anchor, type Origin, type Roots } from './roots.js';
import { canonicalJson } from '../json/canonical.js';
import { setOwn } from '../json/own.js';

/** Keywords whose value is one schema, an array of schemas, or a map of names to schemas. */
const ONE = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema']);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const MAP = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);

/** callgen's own keywords: an OpenAPI document may use them, and they mean what they mean in a schema folder. */
const CALLGEN_EXTENSIONS = new Set(['x-graph-versions', 'x-enum-versions', 'x-open-enum', 'x-response-only-members', 'x-nullable-in-request', 'x-optional-in-response', 'x-request-body', 'x-drift-decisions']);

/** Annotations of OpenAPI's own that say nothing about a JSON value: XML mapping and links to docs. */
const DROPPED_ANNOTATIONS = new Set(['xml', 'externalDocs']);

/**
 * The keywords of JSON Schema (drafts 4 to 2020-12) and of OpenAPI's schema object. A key that is
 * none of them (a property written one level too high, a keyword misspelt) is ignored by JSON
 * Schema, as every unknown keyword is; this reader leaves it out with a note, so a document written
 * for other tools is not refused for it. A keyword the dialect does not read is still refused there.
 */
const SCHEMA_KEYWORDS = new Set([
  ...SUPPORTED_KEYWORDS,
  ...['$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$vocabulary', '$comment', '$defs', 'definitions'],
  ...['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'dependencies', 'prefixItems', 'items', 'additionalItems', 'contains'],
  ...['properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'type', 'enum', 'const', 'multipleOf'],
  ...['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains'],
  ...['maxProperties', 'minProperties', 'required', 'format', 'contentEncoding', 'contentMediaType', 'contentSchema', 'title', 'description', 'default', 'deprecated'],
  ...['readOnly', 'writeOnly', 'examples', 'example', 'nullable', 'discriminator', 'xml', 'externalDocs'],
]);

/** OpenAPI's number formats become bounds or nothing; `byte` (base64) becomes a pattern. */
const BASE64 = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$';
const ANNOTATION_FORMATS = new Set(['int64', 'float', 'double', 'password']);
/** The formats `numberFormat` translates; any other that callgen does not check is left out with a note. */
const OPENAPI_FORMATS = new Set([...ANNOTATION_FORMATS, 'int32', 'byte']);

export interface SchemaContext {
  readonly roots: Roots;
  readonly version: OpenApiVersion;
  /** The generated document the schema is written into (its `$ref`s are relative to it). */
  readonly file: string;
  readonly anchor: Anchor;
  readonly problems: Problem[];
  /** Extensions of other tools that were left out, each where it stood. */
  readonly notes: Problem[];
}

/**
 * Translates one OpenAPI Schema Object (and everything below it) into callgen's dialect: 3.0's
 * `nullable`, `example`, boolean `exclusiveMinimum`/`exclusiveMaximum`, `discriminator`, OpenAPI's
 * formats and extensions. `$ref`s are rewritten to the generated documents. `at` is the node's
 * pointer relative to the anchor in the translated document, `origin` where it stands in the file.
 */
export function translateSchema(given: unknown, origin: Origin, at: string, context: SchemaContext): unknown {
  if (!isJsonObject(given)) return given;
  // A schema's own `$schema`, or at a schema's root the document's `jsonSchemaDialect`, names its draft.
  const node = context.version === '3.1' ? asDeclared(given, origin, at === '' ? documentDialect(origin) : undefined, context) : given;
  if (typeof node['$ref'] === 'string') return translateRef(node, origin, at, context);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) translateEntry(key, node, out, origin, at, context);
  numberFormat(out);
  unevaluated(out, origin, context);
  closedAround(out, origin, context);
  declareRequiredOneOf(out, origin, context);
  enumOfType(node, out, origin, context);
  tagFixes(node, origin, at, out, context);
  return nullable(node, origin, out, at, context);
}

/**
 * A 3.1 Schema Object may name its dialect with `$schema` (by default the document's
 * `jsonSchemaDialect`): one that declares an older draft callgen reads (draft-04 to 2019-09) is
 * rewritten into 2020-12's keywords, as a schema file that declares it is (boolean bounds, tuple
 * `items`, `dependencies`; what those drafts ignore beside a `$ref` is left out, with a note). The rewriting works on a copy: the document's own nodes stay as written.
 */
function asDeclared(node: JsonObject, origin: Origin, fallback: string | undefined, context: SchemaContext): JsonObject {
  const declared = node['$schema'];
  const uri = typeof declared === 'string' ? declared : fallback;
  if (uri === undefined || OPENAPI_DIALECTS.includes(uri.replace(/#$/, '')) || !isReadDraft(uri)) return node;
  const copy = structuredClone(node) as Record<string, unknown>;
  copy['$schema'] = uri;
  const reading = readAsDeclared(copy, origin.document.file);
  for (const note of reading.notes) context.notes.push({ ...note, pointer: origin.pointer + note.pointer });
  delete copy['$schema'];
  return copy as JsonObject;
}

/** The default dialect of the schemas of the document a schema stands in (3.1's `jsonSchemaDialect`). */
function documentDialect(origin: Origin): string | undefined {
  const root = origin.document.root;
  const dialect = isJsonObject(root) ? root['jsonSchemaDialect'] : undefined;
  return typeof dialect === 'string' ? dialect : undefined;
}

/** One key of a schema: a keyword holding schemas is translated as schemas, any other by `translateKeyword`. */
function translateEntry(key: string, node: JsonObject, out: Record<string, unknown>, origin: Origin, at: string, context: SchemaContext): void {
  const value = node[key];
  const child = { document: origin.document, pointer: pointerChild(origin.pointer, key) };
  if (ONE.has(key)) out[key] = translateSchema(value, child, pointerChild(at, key), context);
  else if (LIST.has(key) && Array.isArray(value)) out[key] = value.map((v, i) => translateSchema(v, { ...child, pointer: pointerChild(child.pointer, i) }, pointerChild(pointerChild(at, key), i), context));
  else if (MAP.has(key) && isJsonObject(value)) out[key] = mapOf(value, child, pointerChild(at, key), context);
  else translateKeyword(key, value, node, out, child, context);
}

function mapOf(value: JsonObject, origin: Origin, at: string, context: SchemaContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(value)) {
    setOwn(out, name, translateSchema(value[name], { document: origin.document, pointer: pointerChild(origin.pointer, name) }, pointerChild(at, name), context));
  }
  return out;
}

/** The dialects an OpenAPI 3.1 schema is read in: 2020-12, and OpenAPI's own default (2020-12 with discriminator, xml, example). */
export const OPENAPI_DIALECTS: readonly string[] = ['https://json-schema.org/draft/2020-12/schema', 'https://spec.openapis.org/oas/3.1/dialect/base'];

/** A keyword whose value is not a schema: copied, translated, or (extensions of other tools) left out with a note. */
function translateKeyword(key: string, value: unknown, node: JsonObject, out: Record<string, unknown>, origin: Origin, context: SchemaContext): void {
  const at: Source = sourceOf(origin);
  switch (key) {
    case 'nullable':
    case 'x-nullable':
      if (typeof value !== 'boolean') context.problems.push({ ...at, message: `"${key}" must be true or false` });
      // JSON Schema 2020-12 knows no `nullable`, but 3.1 documents converted from 3.0, or written by
      // tools that kept the 3.0 spelling, mean by it what 3.0 does; read so (by nullable()), said with a note.
      else if (value && key === 'nullable' && context.version === '3.1') context.notes.push({ ...at, message: '"nullable" is OpenAPI 3.0 (3.1 writes "type": ["<type>", "null"]); read as 3.0 reads it: null is allowed' });
      return;
    case 'example':
      if (!('examples' in node)) out['examples'] = [value];
      return;
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      exclusiveBound(key, value, node, out, at, context);
      return;
    case 'discriminator':
    case 'x-discriminator-value':
    case 'x-ms-discriminator-value':
      return; // read by the discriminator translation (tagFixes)
    case 'format':
      if (typeof value === 'string' && !SUPPORTED_FORMATS.has(value) && !OPENAPI_FORMATS.has(value)) {
        // Documents written for other tools use every format there is (binary, decimal, color...);
        // JSON Schema reads one callgen cannot check as an annotation, and so does this reader.
        context.notes.push({ ...at, message: `"format": "${value}" was left out, unchecked: callgen checks ${[...SUPPORTED_FORMATS].join(', ')}` });
        return;
      }
      setOwn(out, key, value);
      return;
    case 'pattern':
      if (typeof value !== 'string') {
        // JSON Schema: "MUST be a string"; a number here (api.video writes 0) checks nothing anyone could mean.
        context.notes.push({ ...at, message: `"pattern" is not a string (it is ${JSON.stringify(value)}), so it was left out, unchecked` });
        return;
      }
      if (checkPattern(value) !== undefined) {
        // Written for a regex engine that takes `\:` or `\%` as the character itself; JSON Schema's
        // (ECMA-262 with the u flag, as Ajv also compiles it) refuses such escapes.
        context.notes.push({ ...at, message: `"pattern" is not a regular expression JSON Schema can run (in unicode mode), so it was left out, unchecked` });
        return;
      }
      setOwn(out, key, value);
      return;
    case 'x-extensible-enum':
      if (Array.isArray(value)) Object.assign(out, { enum: value, 'x-open-enum': true });
      else context.problems.push({ ...at, message: '"x-extensible-enum" must be an array of the known members' });
      return;
    case '$schema':
      // A 3.1 schema may name its dialect: OpenAPI's own or 2020-12 is the one read; another is for the keyword check to refuse.
      if (typeof value === 'string' && OPENAPI_DIALECTS.includes(value.replace(/#$/, ''))) return;
      setOwn(out, key, value);
      return;
    case '$id':
    case '$anchor':
    case '$dynamicAnchor':
    case '$dynamicRef':
      context.problems.push({ ...at, message: `"${key}" changes how references resolve; callgen resolves "$ref"s against the document, so refer to schemas by JSON Pointer instead` });
      return;
    default:
      if (DROPPED_ANNOTATIONS.has(key) || (key.startsWith('x-') && !CALLGEN_EXTENSIONS.has(key))) {
        context.notes.push({ ...at, message: `"${key}" says nothing callgen checks or types, so it was left out`, unknownKey: key });
        return;
      }
      if (!SCHEMA_KEYWORDS.has(key)) {
        context.notes.push({ ...at, message: `"${key}" is no keyword of JSON Schema or OpenAPI, which JSON Schema ignores, so it was left out${didYouMean(key, [...SCHEMA_KEYWORDS])}`, unknownKey: key });
        return;
      }
      setOwn(out, key, value);
  }
}

/**
 * `unevaluatedProperties` (`unevaluatedItems`) applies to what no keyword of the schema evaluated,
 * those of its subschemas included, which callgen's dialect cannot generate. Where nothing but
 * `properties` and `patternProperties` (`prefixItems`) evaluates, it means what
 * `additionalProperties` (`items`) means, and becomes it; beside `additionalProperties` (`items`),
 * which evaluates everything else, it checks nothing. Beside `allOf`, a `$ref` and one `oneOf` or
 * `anyOf` alone it stays, for the model's merge to read (or leave out with a note: model/allof.ts,
 * model/unevaluated.ts). Beside `if`, `dependentSchemas`... it is left out, unchecked, with a note: a document written for other tools is not refused for
 * it, as for a format callgen cannot check. Which keywords evaluate more is the table schema
 * folders read by (schema/unevaluated.ts).
 */
function unevaluated(out: Record<string, unknown>, origin: Origin, context: SchemaContext): void {
  for (const rule of UNEVALUATED) {
    const { keyword, plain } = rule;
    if (!(keyword in out)) continue;
    if (keyword === 'unevaluatedProperties' && besideMembersAlone(out)) continue;
    const value = out[keyword];
    delete out[keyword];
    if (plain in out) continue;
    // `{}` and `true` let every other property (item) through: so does the plain `true`, and
    // beside a composition they check nothing, so leaving them out needs no note.
    const everything = value === true || (isJsonObject(value) && Object.keys(value).length === 0);
    const composed = evaluatorsBeside(out, rule);
    if (composed.length === 0) {
      out[plain] = everything ? true : value;
      writePlainFrom(out, plain, keyword);
    } else if (!everything) context.notes.push({ ...sourceOf(origin, keyword), message: `"${keyword}" beside ${composed.map((k) => `"${k}"`).join(', ')} depends on what ${composed.length === 1 ? 'it evaluates' : 'they evaluate'}, which callgen cannot generate, so it was left out, unchecked` });
  }
}

/**
 * `additionalProperties: false` beside a `$ref`, `anyOf` or `oneOf` (how documents try to close
 * the object those name) counts only the `properties` beside it: with none, an object there may
 * have no property at all, as JSON Schema (and Ajv) read it, and so do callgen's validators. That
 * is seldom what the document means, so it is said where it stands. (Beside `allOf` the dialect
 * merges the members into one object, and the keyword closes that: docs/dialect.md.)
 */
function closedAround(out: Record<string, unknown>, origin: Origin, context: SchemaContext): void {
  if (out['additionalProperties'] !== false || 'properties' in out || 'patternProperties' in out) return;
  const composed = ['$ref', 'anyOf', 'oneOf'].filter((key) => key in out);
  if (composed.length === 0) return;
  const beside = composed.map((k) => `"${k}"`).join(', ');
  context.notes.push({ ...sourceOf(origin, 'additionalProperties'), message: `"additionalProperties": false has no "properties" beside it, so an object here may have no property at all, as JSON Schema reads it: what ${beside} declares is not counted` });
}

/**
 * An "at least one of" `anyOf` of `required` lists may name a property that `properties` does not
 * declare: JSON Schema reads it as a property with any value. callgen's dialect refuses that as a
 * typo, which a document written for other tools cannot be asked to fix (GitHub's does it), so
 * here the name is declared with any value, with a note. (A name `required` itself lists is the
 * model's to judge: its guard becomes a note for a document; see `Problem.otherwise`.)
 */
function declareRequiredOneOf(out: Record<string, unknown>, origin: Origin, context: SchemaContext): void {
  const properties = out['properties'];
  const anyOf = out['anyOf'];
  if (!isJsonObject(properties) || out['additionalProperties'] === false || !Array.isArray(anyOf)) return;
  anyOf.forEach((branch, i) => {
    if (!isJsonObject(branch) || !Object.keys(branch).every((key) => key === 'required')) return;
    for (const name of Array.isArray(branch['required']) ? branch['required'] : []) {
      if (typeof name !== 'string' || Object.hasOwn(properties, name)) continue;
      setOwn(properties, name, {});
      context.notes.push({ ...sourceOf(origin, 'anyOf', String(i), 'required'), message: `"${name}" is required but not among "properties"; it was declared with any value, as JSON Schema reads it` });
    }
  });
}

/**
 * An `enum` whose members are not of the schema's `type` can match nothing, as JSON Schema reads
 * it; callgen's dialect refuses it. Documents written for other tools say what they mean this way
 * often enough to read it so, each time with a note: `null` among the members allows null (3.0
 * asks for `nullable` beside it); an `enum` on an array is the items' (`type: array, enum: [a, b]`;
 * where the items have one too, as Swagger generators repeat it, the members both list);
 * and members written as the wrong scalar (`type: string, enum: [1, 2]`, `type: boolean, enum:
 * ["true", "false"]`) are the declared type's values. A member no reading makes one of the type
 * (`"created"` under `type: integer`, an array under `type: string`) is left out with a note: it
 * could never match, so the schema means the same without it (and with no member left, no value
 * is valid, as JSON Schema reads it). A member listed more than once is kept once.
 */
function enumOfType(node: JsonObject, out: Record<string, unknown>, origin: Origin, context: SchemaContext): void {
  if (!Array.isArray(out['enum'])) return;
  const at: Source = sourceOf(origin, 'enum');
  const members = withoutRepeats(out['enum'], at, context);
  out['enum'] = members;
  const type = out['type'];
  if (typeof type !== 'string') return;
  if (type === 'array') {
    const items = out['items'];
    if (!members.every((m) => m === null || typeof m !== 'object')) return;
    if (items === undefined || (isJsonObject(items) && !('enum' in items))) {
      out['items'] = { ...(isJsonObject(items) ? items : {}), enum: members };
      delete out['enum'];
      context.notes.push({ ...at, message: '"enum" stands on an array; it was read as the enum of its items' });
    } else if (isJsonObject(items) && Array.isArray(items['enum'])) {
      // Swagger generators repeat the items' enum on the array: the members both list.
      const listed = new Set(members.map(canonicalJson));
      const both = items['enum'].filter((m) => listed.has(canonicalJson(m)));
      if (both.length === 0) return;
      out['items'] = { ...items, enum: both };
      delete out['enum'];
      context.notes.push({ ...at, message: '"enum" stands on an array whose items have an "enum" too; it was read as theirs, keeping the members both list' });
    }
    return;
  }
  const coerced = members.map((m) => (isOfType(m, type) ? m : asType(m, type)));
  const unfit = members.filter((_, i) => coerced[i] === undefined);
  if (unfit.length > 0) {
    const none = unfit.length === members.length ? '; none is left, so no value is valid here' : '';
    context.notes.push({ ...at, message: `${quoteSome(unfit)} ${unfit.length === 1 ? 'is' : 'are'} not of "type": "${type}" and can never match, as JSON Schema reads it; left out${none}` });
  }
  out['enum'] = withoutRepeats(coerced.filter((m) => m !== undefined), at, context);
  if (coerced.includes(null)) {
    out['type'] = [type, 'null'];
    // 3.0.3's own spelling (`nullable: true` beside the null member) needs no note.
    if (node['nullable'] !== true && node['x-nullable'] !== true) context.notes.push({ ...at, message: `null is among the members, so null is allowed ("type": ["${type}", "null"])` });
  }
  const written = members.flatMap((m, i) => (m !== null && coerced[i] !== undefined && coerced[i] !== m ? [`${JSON.stringify(m)} as ${JSON.stringify(coerced[i])}`] : []));
  if (written.length > 0) context.notes.push({ ...at, message: `members not of "type": "${type}" were read as its values: ${written.join(', ')}` });
}

/**
 * The members, each once. A member listed twice changes nothing JSON Schema matches (it only
 * "SHOULD" be unique); callgen's dialect refuses it as a slip, and documents written for other
 * tools have it often enough (or get it by the reading above: `"1"` and `1`) to keep one, with a note.
 */
function withoutRepeats(members: readonly unknown[], at: Source, context: SchemaContext): unknown[] {
  const seen = new Set<string>();
  return members.filter((member) => {
    const key = canonicalJson(member);
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    context.notes.push({ ...at, message: `"enum" lists ${JSON.stringify(member)} more than once; it is kept once` });
    return false;
  });
}

/** A member as a value of `type`: itself when it is one, null (which allows null), or the same scalar written as another; undefined when it is none. */
/** Whether a member is of a JSON Schema `type` as it stands. */
function isOfType(member: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(member);
  if (type === 'object') return isJsonObject(member);
  if (type === 'array') return Array.isArray(member);
  if (type === 'null') return member === null;
  return typeof member === type;
}

/** The first few values as JSON, and how many more there are: a note stays a line. */
function quoteSome(values: readonly unknown[]): string {
  const shown = values.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

function asType(member: unknown, type: string): unknown {
  if (member === null) return null;
  switch (type) {
    case 'string':
      return typeof member === 'string' ? member : typeof member === 'number' || typeof member === 'boolean' ? String(member) : undefined;
    case 'integer':
    case 'number': {
      const value = typeof member === 'string' && member.trim() !== '' ? Number(member) : member;
      return typeof value === 'number' && Number.isFinite(value) && (type === 'number' || Number.isInteger(value)) ? value : undefined;
    }
    case 'boolean':
      return typeof member === 'boolean' ? member : member === 'true' ? true : member === 'false' ? false : undefined;
    default:
      return undefined;
  }
}

/** 3.0's boolean form (`maximum: 5, exclusiveMaximum: true`) becomes 2020-12's number form. */
function exclusiveBound(key: 'exclusiveMinimum' | 'exclusiveMaximum', value: unknown, node: JsonObject, out: Record<string, unknown>, at: Source, context: SchemaContext): void {
  if (typeof value !== 'boolean') {
    out[key] = value;
    return;
  }
  const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
  if (context.version === '3.1') context.problems.push({ ...at, message: `"${key}" is a number in OpenAPI 3.1 (JSON Schema 2020-12), not true or false` });
  else if (value && typeof node[bound] !== 'number') context.problems.push({ ...at, message: `"${key}": true needs a "${bound}" beside it` });
  else if (value) out[key] = node[bound];
}

function numberFormat(out: Record<string, unknown>): void {
  const format = out['format'];
  if (typeof out['exclusiveMinimum'] === 'number') delete out['minimum'];
  if (typeof out['exclusiveMaximum'] === 'number') delete out['maximum'];
  if (format === 'int32') {
    delete out['format'];
    const type = out['type'];
    if (type === undefined) out['type'] = 'integer';
    // `type: number, format: int32` (ideal-postcodes' UMPRN) is still a whole number, as in a schema folder.
    else if (!(Array.isArray(type) ? type.includes('integer') && !type.includes('number') : type === 'integer') && !('multipleOf' in out)) out['multipleOf'] = 1;
    out['minimum'] = Math.max(INT32.minimum, typeof out['minimum'] === 'number' ? out['minimum'] : -Infinity);
    out['maximum'] = Math.min(INT32.maximum, typeof out['maximum'] === 'number' ? out['maximum'] : Infinity);
    if (typeof out['exclusiveMinimum'] === 'number' && out['exclusiveMinimum'] >= INT32.minimum) delete out['minimum'];
    if (typeof out['exclusiveMaximum'] === 'number' && out['exclusiveMaximum'] <= INT32.maximum) delete out['maximum'];
  } else if (typeof format === 'string' && ANNOTATION_FORMATS.has(format)) {
    delete out['format'];
  } else if (format === 'byte') {
    delete out['format'];
    if (!('pattern' in out)) out['pattern'] = BASE64;
  }
}

/** Whether a translated schema says by itself that null is not among its values (its `type`, `enum` or `const`). */
function excludesNull(schema: unknown): boolean {
  if (!isJsonObject(schema)) return schema === false;
  const type = schema['type'];
  if (typeof type === 'string') return type !== 'null';
  if (Array.isArray(type)) return !type.includes('null');
  if (Array.isArray(schema['enum'])) return !schema['enum'].includes(null);
  return Object.hasOwn(schema, 'const') && schema['const'] !== null;
}

/** Keys that say nothing of which values a schema accepts: one holding only these accepts any. */
const ANNOTATIONS_OF_ANY_VALUE = new Set(['title', 'description', 'deprecated', 'readOnly', 'writeOnly', 'examples', 'default', '$comment']);

/** 3.0's `nullable: true` (and Swagger's `x-nullable`): `null` joins the accepted values. */
function nullable(node: JsonObject, origin: Origin, out: Record<string, unknown>, at: string, context: SchemaContext): unknown {
  if (node['nullable'] !== true && node['x-nullable'] !== true) return out;
  const type = out['type'];
  if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  if (typeof type === 'string') out['type'] = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) out['type'] = [...type, 'null'];
  if (type !== undefined || Array.isArray(out['enum'])) return out;
  // Nothing but annotations (`{ nullable: true }` alone, NSwag's `object?`): any value already, null too.
  if (Object.keys(out).every((key) => ANNOTATIONS_OF_ANY_VALUE.has(key))) return out;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = out[keyword];
    // A null branch joins a `oneOf` only where no branch admits null (each says a type, or members,
    // without it): NSwag's `oneOf: [{ $ref }]` to a nullable schema would have null match twice.
    if (Array.isArray(branches) && !('allOf' in out) && !('$ref' in out) && (keyword === 'anyOf' || branches.every(excludesNull))) {
      out[keyword] = [...branches, { type: 'null' }];
      return out;
    }
  }
  // `allOf` (or a `$ref`) with `nullable`: the node becomes one branch of a union with null. It
  // keeps the same object, so a `$ref` in it is still filled in when every root is known.
  const wrapper: Record<string, unknown> = {};
  for (const key of ANNOTATIONS_OF_ANY_VALUE) {
    if (key in out) {
      wrapper[key] = out[key];
      delete out[key];
    }
  }
  const original = origin.pointer.slice(context.anchor.origin.pointer.length);
  // `anyOf`, not `oneOf`: the node may itself allow null (no `type`, as NSwag writes `object?`:
  // `{ nullable: true }` alone; or a `$ref` to a nullable schema), and null is then still one value.
  const content = pointerChild(pointerChild(at, 'anyOf'), 0);
  const members = out['allOf'];
  // `allOf: [{ $ref }], nullable: true` is how 3.0 writes "this type or null": keep the type's name.
  const only = Array.isArray(members) && members.length === 1 && Object.keys(out).length === 1 ? members[0] : undefined;
  if (isJsonObject(only) && '$ref' in only) {
    context.anchor.wraps.push({ original: pointerChild(pointerChild(original, 'allOf'), 0), content });
    wrapper['anyOf'] = [only, { type: 'null' }];
    return wrapper;
  }
  context.anchor.wraps.push({ original, content });
  wrapper['anyOf'] = [out, { type: 'null' }];
  return wrapper;
}

/** A `$ref` names a place in some file; it becomes a reference to the generated document holding that place. */
function translateRef(node: JsonObject, origin: Origin, at: string, context: SchemaContext): unknown {
  const target = context.roots.resolve(node['$ref'] as string, origin.document, sourceOf(origin, '$ref'));
  if (target === undefined) return {};
  // A `$ref` to a discriminated base means one of the schemas extending it (discriminator.ts).
  const out = referenceTo(target, { origin, at }, context);
  for (const key of Object.keys(node)) {
    // OpenAPI 3.0 ignores what stands beside a `$ref`; callgen reads it as a schema file does, and
    // in 3.1 (JSON Schema 2020-12) it applies beside the reference: schemas there (`properties`,
    // `$defs`, `items`...) are translated like any other, their own `$ref`s rewritten.
    if (key !== '$ref') translateEntry(key, node, out, origin, at, context);
  }
  unevaluated(out, origin, context);
  closedAround(out, origin, context);
  return nullable(node, origin, out, at, context);
}
