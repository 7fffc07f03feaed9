import { pointerChild, type Problem } from '../diagnostics.js';
import { evaluatorsBeside, UNEVALUATED } from './unevaluated.js';
import { isJsonObject, schemaChildren, type JsonObject } from './walk.js';

// A file (or an `$id` resource) that declares draft-04, draft-06, draft-07 or 2019-09 is read as
// that draft means, by rewriting its few keywords whose meaning changed into their 2020-12 spelling
// as it is read:
//   `items: [A, B]` (a tuple)   -> `prefixItems: [A, B]`
//   `additionalItems: S`        -> `items: S` beside them; with no tuple it has no effect (dropped)
//   `dependencies` (draft-04 to draft-07) -> `dependentRequired` (array values) / `dependentSchemas` (schemas)
//   `$ref` siblings (draft-04 to draft-07) -> ignored, as those drafts say ("All other properties in
//                                  a "$ref" object MUST be ignored"); kept: the annotations, and
//                                  `definitions`/`$defs`, which stay places a pointer may name.
//   `id` (draft-04)             -> `$id`
//   `exclusiveMinimum: true` beside `minimum: n` (draft-04) -> `exclusiveMinimum: n`; `false`
//                                  (or no bound beside it) has no effect (dropped); the same for maximum
//   `deprecated: "reason"` (draft-04 to draft-07, where it is no keyword) -> `deprecated: true`,
//                                  the reason appended to `description`
// and, in every draft, `unevaluatedProperties`/`unevaluatedItems` where nothing but the schema's own
// `properties`/`patternProperties` (`prefixItems`) evaluates -> `additionalProperties` (`items`),
// which then means the same; beside `additionalProperties` (`items`) it checks nothing (dropped).
// Beside `allOf` and `$ref` alone it stays for the model to read (model/allof.ts); beside another
// composition, the keyword check refuses it.
// Every later stage then reads one dialect. Each move is recorded, so a later problem is placed
// where the user wrote it (`locateMoved`), and a `$ref` pointer through a moved key still arrives.

type Draft = '2020-12' | '2019-09' | 'draft-07' | 'draft-06' | 'draft-04';

const DRAFTS: ReadonlyMap<string, Draft> = new Map([
  ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
  ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
  ['http://json-schema.org/draft-07/schema', 'draft-07'],
  ['http://json-schema.org/draft-06/schema', 'draft-06'],
  ['http://json-schema.org/draft-04/schema', 'draft-04'],
]);

/** Whether callgen reads files that declare this meta-schema URI (an empty fragment, `...schema#`, names the same one). */
export function isReadDraft(uri: string): boolean {
  return DRAFTS.has(uri.replace(/#$/, ''));
}

/** How a meta-schema URI is compared to find the one it misspells: no scheme, `www.`, case, or trailing `#`, `/` or `.json`. */
const spelling = (uri: string): string => uri.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/#$/, '').replace(/\/$/, '').replace(/\.json$/, '');

/**
 * The URI of a draft callgen reads that `uri` is another spelling of (`https://json-schema.org/draft-07/schema`
 * for draft-07's `http://...`), as the file writes it; undefined when none. Validators know each
 * draft's meta-schema by that one URI (Ajv refuses the others), so the refusal names it.
 */
export function draftMisspelt(uri: string): string | undefined {
  const known = [...DRAFTS.keys()].find((candidate) => spelling(candidate) === spelling(uri));
  // The drafts before 2019-09 are written with their empty fragment (`...schema#`), as their meta-schemas' ids are.
  return known === undefined ? undefined : known.startsWith('http://') ? `${known}#` : known;
}

/** Whether a `$schema` names the newest draft, whichever that is when it is read (`http://json-schema.org/schema#`), rather than one draft. */
export function isNewestAlias(uri: string): boolean {
  return spelling(uri) === 'json-schema.org/schema';
}

/** The drafts before 2019-09: `$ref` siblings are ignored and `dependencies` is one keyword. */
const BEFORE_2019 = new Set<Draft>(['draft-07', 'draft-06', 'draft-04']);

/** What stays beside a `$ref` of draft-04 to draft-07: annotations (they say nothing about validity) and places. */
const KEPT_BESIDE_REF = new Set(['$ref', '$schema', '$comment', 'title', 'description', 'examples', 'default', 'deprecated', 'definitions', '$defs']);

/** What now stands at `to` (a pointer in the document as read) was written at `from`. */
export interface Move {
  readonly to: string;
  readonly from: string;
}

export interface DraftReading {
  readonly moves: readonly Move[];
  readonly notes: readonly Problem[];
}

/** The keys the rewriting took off a node, with their values: a `$ref` pointer may still pass through them. */
const removedKeys = new WeakMap<object, JsonObject>();

/** What a pointer token names on `node` as it was written, before the rewriting moved it; undefined when nothing. */
export function removedKey(node: unknown, token: string): unknown {
  const removed = typeof node === 'object' && node !== null ? removedKeys.get(node) : undefined;
  return removed !== undefined && Object.hasOwn(removed, token) ? removed[token] : undefined;
}

/** Per node, the plain keywords the rewriting wrote from an `unevaluated*` keyword, and which. */
const writtenFrom = new WeakMap<object, Map<string, string>>();

/** Records that `plain` on `node` was written from `keyword` (the OpenAPI reader's rewriting says so too). */
export function writePlainFrom(node: JsonObject, plain: string, keyword: string): void {
  writtenFrom.set(node, (writtenFrom.get(node) ?? new Map<string, string>()).set(plain, keyword));
}

/** The keyword the rewriting read `plain` on `node` from (`unevaluatedProperties` for `additionalProperties`), or undefined when the file wrote it so. */
export function plainWrittenFrom(node: JsonObject, plain: string): string | undefined {
  return writtenFrom.get(node)?.get(plain);
}

/**
 * Rewrites, in place, the draft-04 to 2019-09 parts of one parsed document into 2020-12 keywords
 * (see above); a document with no `$schema`, or 2020-12's, is left as it is.
 */
export function readAsDeclared(root: unknown, file: string): DraftReading {
  const moves: Move[] = [];
  const notes: Problem[] = [];
  // Each node with its pointer as read and as written.
  const stack: [node: unknown, pointer: string, written: string, draft: Draft][] = [[root, '', '', '2020-12']];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, pointer, written, inherited] = next;
    if (!isJsonObject(node)) continue;
    const draft = declaredDraft(node) ?? inherited;
    const here: Move[] = [];
    const at = (to: string, from: string = to): Move => ({ to: pointerChild(pointer, to), from: pointerChild(written, from) });
    if (BEFORE_2019.has(draft)) {
      const ignored = ignoreRefSiblings(node);
      if (ignored.length > 0) notes.push({ file, pointer: written, message: refSiblingsNote(draft, ignored) });
      here.push(...splitDependencies(node, at));
      readDeprecationReason(node);
    }
    if (draft === 'draft-04') here.push(...idToDollarId(node, at), ...booleanBounds(node, at));
    if (draft !== '2020-12') here.push(...tupleToPrefixItems(node, at));
    here.push(...unevaluatedAsPlain(node, at));
    moves.push(...here);
    for (const [child, source] of schemaChildren(node, { file, pointer }).reverse()) {
      const undone = locateMoved(here, source.pointer);
      stack.push([child, source.pointer, undone === source.pointer ? written + source.pointer.slice(pointer.length) : undone, draft]);
    }
  }
  return { moves, notes };
}

/** The draft a schema declares with `$schema` (a file root, or an embedded resource); undefined when none callgen reads. */
function declaredDraft(node: JsonObject): Draft | undefined {
  const uri = node['$schema'];
  return typeof uri === 'string' ? DRAFTS.get(uri.replace(/#$/, '')) : undefined;
}

/** Moves a tuple `items` to `prefixItems`, and `additionalItems` to `items`; drops an `additionalItems` that follows no tuple. */
function tupleToPrefixItems(node: JsonObject, at: (to: string, from?: string) => Move): Move[] {
  const target = node as Record<string, unknown>;
  const removed: Record<string, unknown> = {};
  const moves: Move[] = [];
  const tuple = Array.isArray(node['items']) && !Object.hasOwn(node, 'prefixItems');
  const additional = Object.hasOwn(node, 'additionalItems') ? node['additionalItems'] : undefined;
  if (tuple) {
    removed['items'] = target['prefixItems'] = node['items'];
    delete target['items'];
    moves.push(at('prefixItems', 'items'));
  }
  if (additional !== undefined) {
    removed['additionalItems'] = additional;
    delete target['additionalItems'];
    // Without a tuple, "additionalItems" has no effect (draft-07 9.3.1.2): nothing checks the value.
    if (tuple) {
      target['items'] = additional;
      moves.push(at('items', 'additionalItems'));
    }
  }
  if (Object.keys(removed).length > 0) remember(node, removed);
  return moves;
}

/**
 * `unevaluatedProperties: S` applies to the properties no other keyword of the schema (its in-place
 * subschemas included) evaluated. With no subschema in place, those are the ones `properties` and
 * `patternProperties` do not match: `additionalProperties: S` exactly (2020-12, 11.3). The same
 * holds for `unevaluatedItems` and `items` after `prefixItems`. Which keywords beside it evaluate
 * more, and keep it for the keyword check to refuse, is the table in unevaluated.ts, which the
 * OpenAPI reader shares.
 */
function unevaluatedAsPlain(node: JsonObject, at: (to: string, from?: string) => Move): Move[] {
  const target = node as Record<string, unknown>;
  const moves: Move[] = [];
  for (const rule of UNEVALUATED) {
    const { keyword, plain } = rule;
    if (!Object.hasOwn(node, keyword) || evaluatorsBeside(node, rule).length > 0) continue;
    const value = node[keyword];
    // A malformed value stays, so the keyword check refuses it where it stands.
    if (typeof value !== 'boolean' && !isJsonObject(value)) continue;
    delete target[keyword];
    remember(node, { [keyword]: value });
    // Beside the plain keyword, which evaluates everything else, it checks nothing. `true` stays as
    // the plain `true`: it lets every other property through in request mode too, and an allOf
    // around the schema sees that it evaluates them all (model/allof.ts).
    if (Object.hasOwn(node, plain)) continue;
    target[plain] = value;
    writePlainFrom(node, plain, keyword);
    moves.push(at(plain, keyword));
  }
  return moves;
}

/** Splits `dependencies` (draft-04 to draft-07) into `dependentRequired` (array values) and `dependentSchemas` (schemas). */
function splitDependencies(node: JsonObject, at: (to: string, from?: string) => Move): Move[] {
  const dependencies = node['dependencies'];
  // Anything else (a malformed value) stays, so the keyword check refuses it where it stands.
  if (!isJsonObject(dependencies) || Object.hasOwn(node, 'dependentRequired') || Object.hasOwn(node, 'dependentSchemas')) return [];
  const required: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const moves: Move[] = [];
  for (const name of Object.keys(dependencies)) {
    const keyword = Array.isArray(dependencies[name]) ? 'dependentRequired' : 'dependentSchemas';
    (keyword === 'dependentRequired' ? required : schemas)[name] = dependencies[name];
    const move = at(keyword, 'dependencies');
    moves.push({ to: pointerChild(move.to, name), from: pointerChild(move.from, name) });
  }
  const target = node as Record<string, unknown>;
  delete target['dependencies'];
  if (Object.keys(required).length > 0) target['dependentRequired'] = required;
  if (Object.keys(schemas).length > 0) target['dependentSchemas'] = schemas;
  remember(node, { dependencies });
  return moves;
}

/**
 * Before 2019-09 `deprecated` is no keyword, and tools wrote the reason there (`"deprecated": "Use
 * namedInputs instead"`): a string marks the schema deprecated, the reason ending its description.
 */
function readDeprecationReason(node: JsonObject): void {
  const reason = node['deprecated'];
  const description = Object.hasOwn(node, 'description') ? node['description'] : '';
  // Anything else (a number, a malformed description) stays, so the keyword check refuses it where it stands.
  if (typeof reason !== 'string' || typeof description !== 'string') return;
  const target = node as Record<string, unknown>;
  target['deprecated'] = true;
  if (reason !== '') target['description'] = description === '' ? `Deprecated: ${reason}` : `${description}\n\nDeprecated: ${reason}`;
}

/** Moves draft-04's `id` (the base URI, or a plain name `#name`) to `$id`, as draft-06 renamed it. */
function idToDollarId(node: JsonObject, at: (to: string, from?: string) => Move): Move[] {
  // Anything else (not a string, or beside a `$id`) stays, so the keyword check refuses it where it stands.
  if (typeof node['id'] !== 'string' || Object.hasOwn(node, '$id')) return [];
  const target = node as Record<string, unknown>;
  target['$id'] = node['id'];
  delete target['id'];
  return [at('$id', 'id')];
}

/** Rewrites draft-04's boolean `exclusiveMinimum`/`exclusiveMaximum` into the bound itself, as draft-06 did. */
function booleanBounds(node: JsonObject, at: (to: string, from?: string) => Move): Move[] {
  const target = node as Record<string, unknown>;
  const moves: Move[] = [];
  for (const [bound, exclusive] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    const flag = node[exclusive];
    // A malformed bound stays beside the flag, so the keyword check refuses both where they stand.
    if (typeof flag !== 'boolean' || (flag && Object.hasOwn(node, bound) && typeof node[bound] !== 'number')) continue;
    delete target[exclusive];
    // `false`, or `true` with no bound beside it, has no effect in draft-04.
    if (!flag || !Object.hasOwn(node, bound)) continue;
    target[exclusive] = node[bound];
    delete target[bound];
    moves.push(at(exclusive, bound));
  }
  return moves;
}

/** Removes what draft-04 to draft-07 ignore beside `$ref`; the keys that said something about validity, sorted. */
function ignoreRefSiblings(node: JsonObject): string[] {
  if (!Object.hasOwn(node, '$ref')) return [];
  const dropped = Object.keys(node).filter((key) => !KEPT_BESIDE_REF.has(key));
  if (dropped.length === 0) return [];
  const removed: Record<string, unknown> = {};
  for (const key of dropped) {
    removed[key] = node[key];
    delete (node as Record<string, unknown>)[key];
  }
  remember(node, removed);
  return dropped.sort();
}

function refSiblingsNote(draft: Draft, ignored: readonly string[]): string {
  const list = ignored.map((key) => `"${key}"`).join(', ');
  return `${draft} ignores every keyword beside "$ref", so ${list} ${ignored.length === 1 ? 'has' : 'have'} no effect here, in callgen as in any ${draft} validator; to apply ${ignored.length === 1 ? 'it' : 'them'} too, put the "$ref" in an "allOf" beside ${ignored.length === 1 ? 'it' : 'them'}, or declare draft 2019-09 or later`;
}

/** Records keys taken off a node with their values, so a `$ref` pointer through them still arrives (`removedKey`). */
export function remember(node: JsonObject, removed: JsonObject): void {
  removedKeys.set(node, { ...removedKeys.get(node), ...removed });
}

/** Where a pointer in a rewritten document was written: the longest move it lies in, undone. */
export function locateMoved(moves: readonly Move[], pointer: string): string {
  let best: Move | undefined;
  for (const move of moves) {
    const within = pointer === move.to || pointer.startsWith(`${move.to}/`);
    if (within && (best === undefined || move.to.length > best.to.length)) best = move;
  }
  return best === undefined ? pointer : best.from + pointer.slice(best.to.length);
}
