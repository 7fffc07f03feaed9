import { byCodeUnit, problemAt, type Problem, type Source } from '../diagnostics.js';
import { didYouMean } from '../hints.js';
import { MEMBERS, UNEVALUATED, type UnevaluatedRule } from './unevaluated.js';

// What a key outside the dialect's keyword table is told: a JSON Schema keyword callgen refuses
// says why and what to write instead; another dialect's spelling names the standard one; any
// other key may be a typo or another tool's annotation, and is told how to declare the latter.

/** Where a keyword error sends the user: the dialect page that ships with the package. */
export const DIALECT_DOC = "callgen's docs/dialect.md";

/**
 * Why `unevaluatedProperties`/`unevaluatedItems` is refused where it stands: the keywords beside it
 * (unevaluated.ts) that the dialect reads. `unevaluatedProperties` beside `allOf`, `$ref` and one
 * union alone reaches the model, which reads it or says why not (model/allof.ts, model/unevaluated.ts).
 */
function besideEvaluators(keyword: UnevaluatedRule['keyword']): string {
  const properties = keyword === 'unevaluatedProperties';
  const readable = UNEVALUATED.find((rule) => rule.keyword === keyword)?.evaluators.filter((other) => !REFUSED_REFERENCES.has(other) && !(properties && MEMBERS.has(other))) ?? [];
  const quoted = [...readable.map((other) => `"${other}"`), ...(properties ? ['both "oneOf" and "anyOf"'] : [])];
  const members = properties ? ' (beside "allOf", "$ref" and one "oneOf" or "anyOf" alone it is read where the members allow)' : '';
  return `beside ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''} it depends on what those evaluated, which callgen cannot generate${members}`;
}

/** References callgen refuses themselves (below): the refusal of an unevaluated keyword beside them need not name them. */
const REFUSED_REFERENCES = new Set(['$dynamicRef', '$recursiveRef']);

/** Keywords of JSON Schema that stay outside the dialect, and why: the message names the way out. */
const REFUSED: ReadonlyMap<string, string> = new Map([
  ['$dynamicRef', 'its target depends on the path the validator took, which generated straight-line code cannot know; use "$ref"'],
  ['$dynamicAnchor', 'it only serves "$dynamicRef", which callgen does not read; use "$anchor"'],
  ['$recursiveRef', 'it is the 2019-09 form of "$dynamicRef", which callgen does not read; use "$ref"'],
  ['$recursiveAnchor', 'it only serves "$recursiveRef", which callgen does not read; use "$anchor"'],
  ['$vocabulary', 'callgen reads one fixed dialect (the 2020-12 keywords its dialect page lists), not custom vocabularies'],
  // Alone beside "properties" ("prefixItems") it is read as "additionalProperties" ("items"): see drafts.ts.
  ['unevaluatedProperties', `${besideEvaluators('unevaluatedProperties')}; list the properties and use "additionalProperties" on one object schema`],
  ['unevaluatedItems', `${besideEvaluators('unevaluatedItems')}; use "items" beside "prefixItems" on one array schema`],
  ['dependencies', 'it is the draft-07 keyword; write "dependentRequired" or "dependentSchemas" (or declare "$schema": "http://json-schema.org/draft-07/schema#" if the file is written in draft-07)'],
  ['additionalItems', 'it is the draft-07 keyword for the items after a tuple; write "prefixItems" for the positions and "items" for the rest (or declare the draft the file is written in, draft-04 to 2019-09)'],
]);

interface NearMiss {
  /** The standard spelling callgen reads. */
  readonly instead: string;
  /** Whether the keyword changes which values are valid: such a keyword cannot be declared an annotation. */
  readonly meaningful: boolean;
}

const NULLABLE: NearMiss = { instead: 'for a value that may be null, write "type": [..., "null"] (or "anyOf": [{ "$ref": ... }, { "type": "null" }], which stays right where the target admits null too)', meaningful: true };

/** Keywords of other dialects that have a standard spelling callgen reads (docs/dialect.md, "Near misses"). */
const NEAR_MISSES: ReadonlyMap<string, NearMiss> = new Map([
  ['nullable', NULLABLE],
  ['x-nullable', NULLABLE],
  // OpenAPI's hint for choosing a branch: validation does not read it, so other tools' copy of it may stay.
  ['discriminator', { instead: 'a union is told apart by a "const" property in each "oneOf" branch (e.g. "@odata.type"); remove "discriminator"', meaningful: false }],
]);

/** The problem of a key at `source` that is not in the dialect's keyword table; `supported` lists the table. */
export function unsupported(keyword: string, supported: readonly string[], source: Source): Problem {
  const refused = REFUSED.get(keyword);
  if (refused !== undefined) return problemAt(source, `unsupported keyword "${keyword}": ${refused} (see ${DIALECT_DOC})`);
  const nearMiss = NEAR_MISSES.get(keyword);
  if (nearMiss?.meaningful === true) return problemAt(source, `unsupported keyword "${keyword}": ${nearMiss.instead} (see ${DIALECT_DOC})`);
  if (nearMiss !== undefined) {
    const message = `unsupported keyword "${keyword}": ${nearMiss.instead}, or, where another tool reads it, ${declaration(keyword)} (see ${DIALECT_DOC})`;
    return { ...problemAt(source, message), unknownKey: keyword };
  }
  return { ...problemAt(source, unknownKeyword(keyword, supported)), unknownKey: keyword };
}

function unknownKeyword(keyword: string, supported: readonly string[]): string {
  const typo = didYouMean(keyword, supported);
  const why =
    typo !== ''
      ? `${typo.slice(2)} Or, if it is an annotation of another tool,`
      : keyword.startsWith('x-')
        ? `the x- keywords callgen reads are ${supported.filter((k) => k.startsWith('x-')).join(', ')}; if it is an annotation of another tool,`
        : 'callgen reads only the keywords of its dialect, and refuses others rather than ignore a misspelt one; if it is an annotation of another tool,';
  return `unknown keyword "${keyword}": ${why} ${declaration(keyword)} (see ${DIALECT_DOC})`;
}

/**
 * After many refusals of unknown keys: each key once, with how often it stands, and the list to
 * declare them with; empty when the refusals are few enough to read. Whether a key is another
 * tool's annotation or a misspelt keyword only the user can tell, so the list is offered, not taken.
 */
export function unknownKeysSummary(problems: readonly Problem[]): string {
  const counts = new Map<string, number>();
  for (const { unknownKey } of problems) if (unknownKey !== undefined) counts.set(unknownKey, (counts.get(unknownKey) ?? 0) + 1);
  if ([...counts.values()].reduce((a, b) => a + b, 0) < 2) return '';
  const byCount = [...counts].sort(([a, m], [b, n]) => n - m || byCodeUnit(a, b));
  const keys = byCount.map(([key]) => key).sort(byCodeUnit);
  const list = byCount.map(([key, n]) => `${key} (${n} ${n === 1 ? 'place' : 'places'})`).join(', ');
  return `${counts.size} ${counts.size === 1 ? 'key' : 'keys'} callgen does not read: ${list}. Those that are annotations of other tools, not misspelt keywords, can be declared: "annotations": [${keys.map((key) => JSON.stringify(key)).join(', ')}] in callgen.config.json, or --annotation for each.\n`;
}

/** How to declare `key` an annotation, in both places a user can. */
function declaration(key: string): string {
  return `declare it so callgen ignores it: "annotations": [${JSON.stringify(key)}] in callgen.config.json, or --annotation ${shellWord(key)}`;
}

/** A key as it is typed in a shell: quoted unless it is plain. */
function shellWord(key: string): string {
  return /^[\w@%+=:,./-]+$/.test(key) ? key : `'${key.replaceAll("'", `'\\''`)}'`;
}

/**
 * Why a key of JSON Schema or another dialect that callgen refuses cannot be declared an annotation
 * (ignoring it would change which values are valid); undefined for any other key.
 */
export function refusedAsAnnotation(key: string): string | undefined {
  if (REFUSED.has(key)) return `"${key}" is a keyword of JSON Schema that callgen refuses where it stands (${REFUSED.get(key) ?? ''}), not an annotation`;
  const nearMiss = NEAR_MISSES.get(key);
  if (nearMiss?.meaningful === true) return `"${key}" changes which values are valid, so ignoring it would drop a rule; ${nearMiss.instead}`;
  return undefined;
}
