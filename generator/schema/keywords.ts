import { canonicalJson } from '../json/canonical.js';
import { childSource, problemAt, type Problem, type Source } from '../diagnostics.js';
import type { ResolvedSchemas } from './resolve.js';
import { checkOperations, OPERATIONS_KEYWORD } from './operations.js';
import { draftMisspelt, isNewestAlias, isReadDraft } from './drafts.js';
import { NUMBER_FORMATS } from './numberFormats.js';
import { unsupported } from './refusals.js';
import { besideMembersAlone } from './unevaluated.js';
import { isJsonObject, walkSchemas, type JsonObject } from './walk.js';

type Check = (value: unknown) => string | undefined;

const isString: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const isBoolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const isNumber: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'must be a number');
/** A number, as in 2020-12; draft-04's boolean form gets the standard spelling (docs/dialect.md, "Near misses"). */
const isExclusiveBound =
  (bound: 'minimum' | 'maximum'): Check =>
  (v) =>
    typeof v === 'boolean' ? `is the draft-04 form (a boolean beside "${bound}"); write the bound itself, "exclusive${bound.charAt(0).toUpperCase()}${bound.slice(1)}": <number>, in place of "${bound}" (or declare "$schema": "http://json-schema.org/draft-04/schema#" if the file is written in draft-04)` : isNumber(v);
/** A schema; draft-07's tuple form (an array) gets the 2020-12 spelling. */
const isItems: Check = (v) => (Array.isArray(v) ? 'is the draft-07 tuple form (an array); write "prefixItems": [...] for the positions, and "items" for the items after them (or declare the draft the file is written in, draft-04 to 2019-09)' : isSchema(v));
const isCount: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'must be a whole number, 0 or more');
const isAnything: Check = () => undefined;
const isSchemaMap: Check = (v) => (isJsonObject(v) ? undefined : 'must be an object of schemas');
const isSchema: Check = (v) => (isJsonObject(v) || typeof v === 'boolean' ? undefined : 'must be a schema (an object or true/false)');
const isSchemaList: Check = (v) =>
  Array.isArray(v) && v.length > 0 ? undefined : 'must be a non-empty array of schemas';

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
export const SUPPORTED_FORMATS = new Set(['uuid', 'uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'json-pointer', 'relative-json-pointer', 'regex']);
const VERSIONS = new Set(['v1.0', 'beta']);

const checkType: Check = (v) => {
  const names = Array.isArray(v) ? v : [v];
  if (names.length === 0) return 'must name at least one type';
  const bad = names.find((name) => typeof name !== 'string' || !TYPE_NAMES.has(name));
  if (bad !== undefined) return `"${String(bad)}" is not a JSON Schema type (string, number, integer, boolean, null, object, array)`;
  return new Set(names).size === names.length ? undefined : 'names a type twice';
};

const checkRequired: Check = (v) => {
  if (!Array.isArray(v) || v.some((name) => typeof name !== 'string')) return 'must be an array of property names';
  return new Set(v).size === v.length ? undefined : 'lists a property twice';
};

/** A JSON value JavaScript holds exactly: numbers JSON cannot carry (`1e400` parses as Infinity) are refused. */
function badNumber(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'number' && !Number.isFinite(next)) return 'holds a number too large for a 64-bit float (it would read as Infinity); use a smaller number';
    if (Array.isArray(next)) stack.push(...(next as unknown[]));
    else if (isJsonObject(next)) stack.push(...Object.values(next));
  }
  return undefined;
}

const checkEnum: Check = (v) => {
  if (!Array.isArray(v)) return 'must be an array';
  const bad = badNumber(v);
  if (bad !== undefined) return bad;
  const seen = new Set<string>();
  for (const member of v) {
    const key = canonicalJson(member);
    if (seen.has(key)) return `lists ${JSON.stringify(member)} twice; remove the duplicate`;
    seen.add(key);
  }
  return undefined;
};

const checkConst: Check = badNumber;

const isPositive: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'must be a number greater than 0');

const checkPatternMap: Check = (v) => {
  if (!isJsonObject(v)) return 'must be an object of schemas';
  for (const pattern of Object.keys(v)) {
    const complaint = checkPattern(pattern);
    if (complaint !== undefined) return `key ${JSON.stringify(pattern)} ${complaint}`;
  }
  return undefined;
};

const checkDependentRequired: Check = (v) => {
  if (!isJsonObject(v)) return 'must map property names to arrays of property names';
  const bad = Object.keys(v).find((name) => checkRequired(v[name]) !== undefined);
  return bad === undefined ? undefined : `"${bad}" must map to an array of distinct property names`;
};

const checkAnchor: Check = (v) =>
  typeof v === 'string' && /^[A-Za-z_][-A-Za-z0-9._]*$/.test(v) ? undefined : 'must be a plain name (a letter or "_", then letters, digits, "-", "_", ".")';

/** Why `v` is no pattern callgen can run (ECMA-262 with the u flag, as JSON Schema reads it); undefined when it is one. */
export function checkPattern(v: unknown): string | undefined {
  if (typeof v !== 'string') return 'must be a string';
  try {
    new RegExp(v, 'u');
    return undefined;
  } catch (error) {
    return `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}${legacyHint(v)}`;
  }
}

/**
 * A pattern that compiles only without the u flag leans on ECMA-262's legacy syntax (Annex B: a
 * lone `]`, `{` or `}`, an escaped character that needs none, `\:`), which JSON Schema does not ask
 * validators to accept (Ajv refuses it too): say what unicode mode wants instead.
 */
function legacyHint(pattern: string): string {
  try {
    new RegExp(pattern);
  } catch {
    return '';
  }
  return '; it is valid only in the legacy syntax without the "u" flag, and patterns are read in unicode mode: escape a literal "]", "{" or "}" ("\\]"), and nothing else that has no meaning ("\\:" is ":")';
}

const checkFormat: Check = (v) => {
  if (typeof v === 'string' && SUPPORTED_FORMATS.has(v)) return undefined;
  // A format another tool checks may be declared unchecked, as JSON Schema reads a format it does not assert.
  const unchecked = typeof v === 'string' && v !== '' ? `; or, to leave it unchecked, declare "annotations": ["format:${v}"] in callgen.config.json (--annotation format:${v})` : '';
  return `"${String(v)}" is not a format callgen checks (${[...SUPPORTED_FORMATS].join(', ')}; and on numbers ${NUMBER_FORMATS.join(', ')}); remove it or use "pattern"${unchecked}`;
};

const checkDialect: Check = (v) => {
  if (typeof v === 'string' && isReadDraft(v)) return undefined;
  // Another spelling of a draft's URI (`https` for draft-07's `http`) means that draft, not 2020-12.
  const meant = typeof v === 'string' ? draftMisspelt(v) : undefined;
  const fix =
    meant !== undefined
      ? `write "${meant}", the one URI that names that draft`
      : typeof v === 'string' && isNewestAlias(v)
        ? 'it names whichever draft is newest when the file is read, not the one it was written in: declare that one ("http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2020-12/schema", ...)'
        : 'use https://json-schema.org/draft/2020-12/schema';
  return `"${String(v)}" is not a dialect callgen reads (draft 2020-12, 2019-09, draft-07, draft-06 or draft-04); ${fix}`;
};

const checkVersions: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && VERSIONS.has(x))
    ? undefined
    : 'must be a non-empty array of API versions ("v1.0", "beta")';

const checkEnumVersions: Check = (v) => {
  if (!isJsonObject(v)) return 'must map enum members to arrays of API versions';
  const bad = Object.keys(v).find((member) => checkVersions(v[member]) !== undefined);
  return bad === undefined ? undefined : `member "${bad}" must map to a non-empty array of API versions ("v1.0", "beta")`;
};

const checkResponseOnly: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') && new Set(v).size === v.length
    ? undefined
    : 'must be a non-empty array of distinct enum members (strings), the ones the service sends but refuses in a request';

/** `callgen drift` keys: an aspect, and for most the property, member, derived type or action it concerns. */
const DRIFT_KEY = /^(?:type|kind|open|sentinel|(?:missing|extra|version|collection|nullable|type|derived|action|parameter|missing-member|extra-member|member-version):[^:\s]+)$/;

const checkDriftDecisions: Check = (v) => {
  if (!isJsonObject(v)) return 'must map drift keys ("missing:<property>", "extra-member:<member>", ...) to the reason for each decision';
  const badKey = Object.keys(v).find((key) => !DRIFT_KEY.test(key));
  if (badKey !== undefined) return `has "${badKey}", which is not a drift key (type, kind, open, sentinel, or missing, extra, version, collection, nullable, type, derived, action, parameter, missing-member, extra-member, member-version followed by ":<name>")`;
  const noReason = Object.keys(v).find((key) => typeof v[key] !== 'string' || (v[key] as string).trim() === '');
  return noReason === undefined ? undefined : `"${noReason}" must give the reason for the decision as a non-empty string`;
};

/** The dialect callgen generates from. Anything else is refused, never silently ignored. */
const KEYWORDS: ReadonlyMap<string, Check> = new Map<string, Check>([
  ['$schema', checkDialect],
  ['$id', isString],
  ['$ref', isString],
  ['$defs', isSchemaMap],
  ['definitions', isSchemaMap],
  ['$comment', isString],
  ['title', isString],
  ['description', isString],
  ['examples', (v) => (Array.isArray(v) ? undefined : 'must be an array')],
  ['default', isAnything],
  ['deprecated', isBoolean],
  ['readOnly', isBoolean],
  ['type', checkType],
  ['const', checkConst],
  ['enum', checkEnum],
  ['properties', isSchemaMap],
  ['required', checkRequired],
  ['additionalProperties', isSchema],
  // Beside "allOf" and "$ref" alone (see besideMembersAlone); anywhere else refused, as drafts.ts
  // reads it where nothing else evaluates.
  ['unevaluatedProperties', isSchema],
  ['items', isItems],
  ['minItems', isCount],
  ['maxItems', isCount],
  ['minLength', isCount],
  ['maxLength', isCount],
  ['pattern', checkPattern],
  ['format', checkFormat],
  ['minimum', isNumber],
  ['maximum', isNumber],
  ['exclusiveMinimum', isExclusiveBound('minimum')],
  ['exclusiveMaximum', isExclusiveBound('maximum')],
  ['oneOf', isSchemaList],
  ['anyOf', isSchemaList],
  ['allOf', isSchemaList],
  ['$anchor', checkAnchor],
  ['writeOnly', isBoolean],
  ['contentMediaType', isString],
  ['contentEncoding', isString],
  ['contentSchema', isSchema],
  ['multipleOf', isPositive],
  ['uniqueItems', isBoolean],
  ['prefixItems', isSchemaList],
  ['contains', isSchema],
  ['minContains', isCount],
  ['maxContains', isCount],
  ['minProperties', isCount],
  ['maxProperties', isCount],
  ['patternProperties', checkPatternMap],
  ['propertyNames', isSchema],
  ['dependentRequired', checkDependentRequired],
  ['dependentSchemas', isSchemaMap],
  ['not', isSchema],
  ['if', isSchema],
  ['then', isSchema],
  ['else', isSchema],
  ['x-graph-versions', checkVersions],
  ['x-enum-versions', checkEnumVersions],
  ['x-open-enum', isBoolean],
  // Each member is matched against the enum beside it when the model is built (shapes.ts).
  ['x-response-only-members', checkResponseOnly],
  ['x-nullable-in-request', isBoolean],
  ['x-optional-in-response', isBoolean],
  ['x-request-body', isBoolean],
  // Checked in depth by `checkOperations`, each problem at its own pointer.
  [OPERATIONS_KEYWORD, isAnything],
  ['x-drift-decisions', checkDriftDecisions],
]);

export const SUPPORTED_KEYWORDS: readonly string[] = [...KEYWORDS.keys()];

/** Whether a key is a keyword of the dialect (rather than one callgen refuses as unknown). */
export function isSupportedKeyword(key: string): boolean {
  return KEYWORDS.has(key);
}

const NOT_A_SCHEMA = 'a schema must be an object or true/false';

/** Every unsupported keyword and every malformed keyword value, with its file and pointer. */
export function checkKeywords(resolved: ResolvedSchemas): Problem[] {
  const problems: Problem[] = [];
  for (const document of resolved.documents) {
    const rootSource = { file: document.file, pointer: '' };
    if (!isJsonObject(document.root) && typeof document.root !== 'boolean') {
      problems.push(problemAt(rootSource, 'the file must hold one JSON Schema (an object, or true or false) at its root'));
      continue;
    }
    walkSchemas(document.root, rootSource, (node, source) => checkNode(node, source, problems));
  }
  // A keyword whose value must be one schema (`items`, `not`, ...) says so itself; the walk, which
  // visits that value as a schema position too, need not say it again at the same place.
  const saidElse = new Set(problems.filter((p) => p.message !== NOT_A_SCHEMA).map((p) => `${p.file}#${p.pointer}`));
  return problems.filter((p) => p.message !== NOT_A_SCHEMA || !saidElse.has(`${p.file}#${p.pointer}`));
}

function checkNode(node: unknown, source: Source, problems: Problem[]): void {
  if (typeof node === 'boolean') return;
  if (!isJsonObject(node)) {
    problems.push(problemAt(source, NOT_A_SCHEMA));
    return;
  }
  const group = definitionGroup(node, source);
  if (group !== undefined) {
    problems.push(group);
    return;
  }
  for (const keyword of Object.keys(node)) {
    const check = KEYWORDS.get(keyword);
    if (check === undefined || (keyword === 'unevaluatedProperties' && !besideMembersAlone(node))) {
      problems.push(unsupported(keyword, SUPPORTED_KEYWORDS, childSource(source, keyword)));
      continue;
    }
    if (keyword === OPERATIONS_KEYWORD) {
      problems.push(...checkOperations(node[keyword], childSource(source, keyword), source.pointer === ''));
      continue;
    }
    const complaint = check(node[keyword]);
    if (complaint !== undefined) problems.push(problemAt(childSource(source, keyword), `"${keyword}" ${complaint}`));
  }
}

/**
 * A member of `$defs` (`definitions`) that holds no keyword, only schemas under names of its own
 * (`"$defs": { "capabilities": { "web-search": {...} } }`, as Microsoft's declarative-agent manifest
 * groups them) is a group of definitions, not a schema with unknown keywords: JSON Schema 2020-12
 * reads schemas only directly under `$defs` (a `$ref` into the group is undefined, 9.4.2), so the
 * way out is to move them there, not to declare each name an annotation. Undefined for any other node.
 */
function definitionGroup(node: JsonObject, source: Source): Problem | undefined {
  const tokens = source.pointer.split('/');
  const names = Object.keys(node);
  const under = tokens.at(-2);
  if ((under !== '$defs' && under !== 'definitions') || names.length < 2) return undefined;
  if (names.some((name) => KEYWORDS.has(name) || !isJsonObject(node[name]))) return undefined;
  const group = (tokens.at(-1) ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
  const shown = names.slice(0, 3).map((name) => `"${name}"`).join(', ');
  const more = names.length > 3 ? `, ... (${names.length})` : '';
  return problemAt(
    source,
    `holds no keyword, only schemas under names of its own (${shown}${more}): a group of definitions, which callgen, as JSON Schema, does not read below "${under}"; move each under "${under}" itself ("${under}/${group}-${names[0] ?? ''}") and point each "$ref" there`,
  );
}
