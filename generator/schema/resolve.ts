import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pointerChild, problemAt, type Problem, type Source } from '../diagnostics.js';
import { removedKey } from './drafts.js';
import { SUPPORTED_KEYWORDS } from './keywords.js';
import type { SchemaDocument } from './read.js';
import { isJsonObject, operationSchemaPositions, schemaChildren, SUBSCHEMA_ARRAY_KEYWORDS, SUBSCHEMA_KEYWORDS, SUBSCHEMA_MAP_KEYWORDS, type JsonObject } from './walk.js';

/** Every schema node of the folder, by identity, with where it stands; and each `$ref`'s target. */
export interface ResolvedSchemas {
  readonly documents: readonly SchemaDocument[];
  /** The schema a `$ref` node points at (after following `$ref`-only nodes); may be `true` or `false`. */
  readonly targetOf: ReadonlyMap<JsonObject, unknown>;
  /** The schema a `$ref` node names itself, before any `$ref`-only node is followed (`export` writes it as a pointer). */
  readonly namedBy: ReadonlyMap<JsonObject, unknown>;
  /** Where each schema object stands; targets of `$ref`s are found here by identity. */
  readonly sourceOf: ReadonlyMap<unknown, Source>;
}

interface Reference {
  readonly node: JsonObject;
  readonly ref: unknown;
  readonly base: string;
  readonly document: SchemaDocument;
  readonly source: Source;
}

/** The URIs a folder's schemas answer to: files, `$id`s (roots and embedded) and `$anchor`s. */
interface UriIndex {
  /** URI without fragment → the schema resource there. */
  readonly resources: Map<string, unknown>;
  /** `uri#anchor` → the schema carrying that `$anchor`. */
  readonly anchors: Map<string, unknown>;
}

/**
 * Resolves every `$ref` the way JSON Schema 2020-12 does, against the documents already in memory:
 * a reference is a URI reference resolved against the base URI of where it stands (the file, or the
 * nearest `$id`), its fragment a JSON Pointer or an `$anchor`. Nothing outside the schema folder is
 * read and nothing is fetched. Targets stay shared objects, so recursive schemas are safe and named
 * types keep their identity.
 */
export async function resolveRefs(folder: string, documents: readonly SchemaDocument[]): Promise<{ resolved: ResolvedSchemas; problems: Problem[] }> {
  const sourceOf = new Map<unknown, Source>();
  const index: UriIndex = { resources: new Map(), anchors: new Map() };
  const references: Reference[] = [];
  const problems: Problem[] = [];
  for (const document of documents) indexDocument(document, index, sourceOf, references, problems);
  const direct = new Map<JsonObject, unknown>();
  for (const reference of references) {
    const target = lookUp(reference, index, folder);
    if (!target.ok) {
      problems.push(problemAt(reference.source, target.message));
      continue;
    }
    const outside = outsideSchemas(target.value, target.steps, sourceOf);
    if (outside === undefined) direct.set(reference.node, target.value);
    else problems.push(problemAt(reference.source, `"$ref": "${String(reference.ref)}" points at a value that is not a schema (${outside}); point at a schema, moving it under "$defs" if it stands elsewhere`));
  }
  const targetOf = new Map<JsonObject, unknown>();
  for (const [node, target] of direct) targetOf.set(node, followRefOnly(target, direct));
  return { resolved: { documents, targetOf, namedBy: direct, sourceOf }, problems };
}

/**
 * Why a pointer's target is not a schema; undefined when it is. An object schema is known by
 * identity, `true`/`false` by standing where the nearest schema above them holds subschemas.
 * Anything else (a keyword's value, what an unknown keyword or a declared annotation holds) is
 * refused, as 2020-12 lets an implementation do (9.4.2), rather than read as "any value".
 */
function outsideSchemas(value: unknown, steps: readonly Step[], sourceOf: ReadonlyMap<unknown, Source>): string | undefined {
  if (steps.length === 0 || (isJsonObject(value) && sourceOf.has(value))) return undefined;
  const last = steps.findLastIndex((step) => sourceOf.has(step.node));
  // A file whose root is no schema (an array, a string) is refused where it stands; here, say only that.
  if (last < 0) return 'the file there is not a schema';
  const rest = steps.slice(last).map((step) => step.token);
  const restPointer = rest.reduce(pointerChild, '');
  if (typeof value === 'boolean' && standsAsSubschema(steps, sourceOf)) return undefined;
  const [first = ''] = rest;
  return SUPPORTED_KEYWORDS.includes(first)
    ? `"${restPointer.slice(1)}" there is ${rest.length > 1 ? 'inside ' : ''}the value of "${first}"`
    : `"${first}" there is no keyword but an unknown key or a declared annotation, so what it holds is not read as schemas`;
}

/** Whether the pointer's last step takes a subschema: a keyword of a schema, or an item or entry of one's list or map of them. */
function standsAsSubschema(steps: readonly Step[], sourceOf: ReadonlyMap<unknown, Source>): boolean {
  const last = steps.at(-1);
  const parent = steps.at(-2)?.node;
  if (last === undefined) return true;
  if (sourceOf.has(last.node) && (SUBSCHEMA_KEYWORDS as readonly string[]).includes(last.token)) return true;
  // Compared by identity, so a list an older draft's reading moved (`items: [...]`, now `prefixItems`) still counts.
  return isJsonObject(parent) && sourceOf.has(parent) && [...SUBSCHEMA_ARRAY_KEYWORDS, ...SUBSCHEMA_MAP_KEYWORDS].some((keyword) => Object.hasOwn(parent, keyword) && parent[keyword] === last.node);
}

/** A target that is only a `$ref` stands for what it points at. */
function followRefOnly(target: unknown, direct: ReadonlyMap<JsonObject, unknown>): unknown {
  const seen = new Set<unknown>();
  let current = target;
  while (isJsonObject(current) && Object.keys(current).length === 1 && direct.has(current) && !seen.has(current)) {
    seen.add(current);
    current = direct.get(current);
  }
  return current;
}

function indexDocument(document: SchemaDocument, index: UriIndex, sourceOf: Map<unknown, Source>, references: Reference[], problems: Problem[]): void {
  const fileUri = pathToFileURL(document.absolutePath).href;
  const rootSource = { file: document.file, pointer: '' };
  claimResource(index, fileUri, document.root, rootSource, sourceOf, problems, 'this file is');
  const stack: [node: unknown, source: Source, base: string][] = [[document.root, rootSource, fileUri]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, source, parentBase] = next;
    if (!isJsonObject(node)) continue;
    if (!sourceOf.has(node)) sourceOf.set(node, source);
    const base = baseOf(node, parentBase, source, problems);
    if (base !== parentBase) claimResource(index, base, node, source, sourceOf, problems, '"$id" makes this schema');
    for (const anchor of anchorsOf(node)) {
      const key = `${base}#${anchor}`;
      const earlier = index.anchors.get(key);
      if (earlier === undefined || earlier === node) index.anchors.set(key, node);
      else problems.push(problemAt(source, `the plain name "${anchor}" already names ${place(sourceOf.get(earlier))} in the same schema resource, so a "$ref" to it could mean either; rename one`));
    }
    if (Object.hasOwn(node, '$ref')) references.push({ node, ref: node['$ref'], base, document, source });
    for (const [child, at] of [...schemaChildren(node, source), ...operationSchemaPositions(node, source)].reverse()) stack.push([child, at, base]);
  }
}

/**
 * Records the schema resource at a URI (a file's, or an `$id`'s). Two schemas at one URI, such as
 * two files that declare one `$id` (CycloneDX ships `bom-1.2.schema.json` and its strict variant
 * so), would make every `$ref` to it, and every `#/...` inside either, mean whichever came last: that
 * is refused, as JSON Schema asks ("When multiple schemas try to identify as the same URI,
 * validators SHOULD raise an error condition") and Ajv does.
 */
function claimResource(index: UriIndex, uri: string, node: unknown, source: Source, sourceOf: ReadonlyMap<unknown, Source>, problems: Problem[], how: string): void {
  const earlier = index.resources.get(uri);
  if (earlier === undefined || earlier === node) {
    index.resources.set(uri, node);
    return;
  }
  problems.push(
    problemAt(
      source,
      `${how} ${uri}, which ${place(sourceOf.get(earlier))} already is, so a "$ref" to it (and a "#/..." inside either) could mean either; give one a distinct "$id", or generate each from a folder of its own`,
    ),
  );
}

/**
 * The plain names of a schema in its resource: its `$anchor`, and a draft-07 `"$id": "#name"` (a
 * fragment alone names the schema; 2019-09 gave that job to `$anchor`).
 */
function anchorsOf(node: JsonObject): string[] {
  const anchor = node['$anchor'];
  const id = node['$id'];
  const legacy = typeof id === 'string' && /^#[A-Za-z_][-A-Za-z0-9._]*$/.test(id) ? id.slice(1) : undefined;
  return [...(typeof anchor === 'string' ? [anchor] : []), ...(legacy !== undefined && legacy !== anchor ? [legacy] : [])];
}

function baseOf(node: JsonObject, parentBase: string, source: Source, problems: Problem[]): string {
  const id = node['$id'];
  if (typeof id !== 'string') return parentBase;
  try {
    return withoutFragment(new URL(id, parentBase).href);
  } catch {
    problems.push(problemAt(source, `"$id": "${id}" is not a valid URI reference`));
    return parentBase;
  }
}

function place(source: Source | undefined): string {
  return source === undefined ? 'another schema' : `${source.file}#${source.pointer}`;
}

function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}

/** One step of a JSON Pointer: the node it leaves, and the token (decoded) it takes there. */
interface Step {
  readonly node: unknown;
  readonly token: string;
}

/** What a `$ref` names, with the pointer steps that led there (none for a resource or an `$anchor`, always schemas). */
type LookUp = { ok: true; value: unknown; steps: readonly Step[] } | { ok: false; message: string };

function lookUp(reference: Reference, index: UriIndex, folder: string): LookUp {
  const { ref } = reference;
  if (typeof ref !== 'string') return { ok: false, message: '"$ref" must be a string' };
  const fileUri = pathToFileURL(reference.document.absolutePath).href;
  const candidates = [...new Set([reference.base, fileUri])].flatMap((base) => {
    try {
      return [new URL(ref, base)];
    } catch {
      return [];
    }
  });
  const first = candidates[0];
  if (first === undefined) return { ok: false, message: `"$ref": "${ref}" is not a valid URI reference` };
  const url = candidates.find((c) => index.resources.has(withoutFragment(c.href))) ?? first;
  const resource = withoutFragment(url.href);
  if (!index.resources.has(resource)) return { ok: false, message: nearlyNamed(ref, resource, index) ?? notInFolder(ref, url, folder) };
  const fragment = url.hash.slice(1);
  if (fragment === '') return { ok: true, value: index.resources.get(resource), steps: [] };
  if (!fragment.startsWith('/')) {
    const anchored = index.anchors.get(`${resource}#${fragment}`);
    return anchored === undefined ? { ok: false, message: `"$ref": "${ref}" names no "$anchor": "${fragment}" in that schema resource` } : { ok: true, value: anchored, steps: [] };
  }
  return followPointer(ref, index.resources.get(resource), fragment);
}

/**
 * A schema in the folder whose `$id` differs from what the `$ref` names only in its query
 * (`cvss-v2.0.json?20170531`, as FIRST's CVSS schemas write theirs): URIs that differ are different
 * resources, so the reference does not reach it, but "copy the schema into the folder" would send
 * its author looking for a file that is already there.
 */
function nearlyNamed(ref: string, resource: string, index: UriIndex): string | undefined {
  const withoutQuery = (uri: string): string => uri.replace(/\?[^#]*/, '');
  const target = withoutQuery(resource);
  const near = [...index.resources.keys()].find((id) => id !== resource && withoutQuery(id) === target);
  if (near === undefined) return undefined;
  return `"$ref": "${ref}" names no schema in the folder, but one has the "$id" ${JSON.stringify(near)}, which differs from it only in its query; URIs that differ name different schemas, so write the "$ref" as that "$id" (or make the "$id" what the "$ref" says)`;
}

function notInFolder(ref: string, url: URL, folder: string): string {
  if (url.protocol !== 'file:') {
    return /^[a-z][a-z0-9+.-]*:/i.test(ref)
      ? `"$ref": "${ref}" is an absolute URI; callgen does not fetch schemas, so copy the schema it names into the folder (a copy that keeps its "$id" answers this "$ref" as written) or refer to a copy by a path relative to this file`
      : `"$ref": "${ref}" resolves to ${withoutFragment(url.href)}, which no "$id" in the schema folder names; callgen does not fetch schemas, so copy that schema into the folder`;
  }
  let inside = false;
  try {
    inside = !path.relative(path.resolve(folder), fileURLToPath(url)).startsWith('..');
  } catch {
    // A file URI that names no path; reported as outside below.
  }
  return inside
    ? `"$ref": "${ref}" names a file that is not in the schema folder (or is not a readable *.json schema); check the path`
    : `"$ref": "${ref}" points outside the schema folder; copy that schema into the folder and refer to it there`;
}

/** An RFC 6901 pointer in a URI fragment: percent-decoded, then `~1` and `~0` unescaped. */
function followPointer(ref: string, root: unknown, fragment: string): LookUp {
  let current = root;
  let at = '';
  const steps: Step[] = [];
  for (const raw of fragment.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    } catch {
      return { ok: false, message: `"$ref": "${ref}" has a malformed percent escape in "${raw}"; write "%" as "%25"` };
    }
    // A key an older draft's reading moved (`items: [...]` is now `prefixItems`) still leads to its schema.
    const next = Array.isArray(current) ? (/^(0|[1-9][0-9]*)$/.test(token) ? current[Number(token)] : undefined) : isJsonObject(current) && Object.hasOwn(current, token) ? current[token] : removedKey(current, token);
    if (next === undefined) return { ok: false, message: `"$ref": "${ref}" points at nothing: there is no "${token}" in "${at === '' ? '#' : at}"` };
    at = `${at}/${raw}`;
    steps.push({ node: current, token });
    current = next;
  }
  return { ok: true, value: current, steps };
}
