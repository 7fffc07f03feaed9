import path from 'node:path';
import { stringify } from 'yaml';
import { pointerChild, type Problem } from '../diagnostics.js';
import { pathPlaceholders } from '../schema/operations.js';
import type { SchemaDocument } from '../schema/read.js';
import type { ResolvedSchemas } from '../schema/resolve.js';
import { isJsonObject, SUBSCHEMA_MAP_KEYWORDS, type JsonObject } from '../schema/walk.js';
import { pointerTokens } from './documents.js';
import { setOwn } from '../json/own.js';
import { typeName } from '../model/names.js';

const COMPONENT_KEY = /^[A-Za-z0-9._-]+$/;
/** Keys of a schema file that name or place the file, not the schema: an OpenAPI component has neither. */
const FILE_KEYS = new Set(['$schema', '$id']);

export interface ExportResult {
  readonly document: JsonObject;
  readonly problems: readonly Problem[];
}

/**
 * A schema folder as one OpenAPI 3.1 document: every type file a component schema (keyed by the
 * name callgen gives it, so reading the document back names every type the same), `$ref`s between
 * files rewritten to `#/components/schemas/...`, and every `x-operations` entry a path operation
 * with JSON bodies. callgen's own `x-` keywords stay, so nothing of the dialect is lost.
 */
export function exportOpenApi(documents: readonly SchemaDocument[], title: string, resolved?: Pick<ResolvedSchemas, 'namedBy' | 'sourceOf'>): ExportResult {
  const problems: Problem[] = [];
  const keyOf = new Map<string, string>();
  for (const document of documents) {
    if (!isOperationsFile(document.root)) keyOf.set(document.file, componentKey(document, problems));
  }
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const document of documents) {
    const rewrite = (ref: string, node?: JsonObject): string => resolvedRef(node, resolved, keyOf) ?? rewriteRef(ref, document.file, keyOf);
    const key = keyOf.get(document.file);
    if (key !== undefined) setOwn(schemas, key, withoutFileKeys(rewriteRefs(document.root, rewrite)));
    else addOperations(document, rewrite, paths, problems);
  }
  const sortedPaths = Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]]));
  const document = {
    openapi: '3.1.0',
    info: { title, version: '1.0.0' },
    ...(Object.keys(paths).length > 0 ? { paths: sortedPaths } : {}),
    components: { schemas },
  };
  return { document, problems };
}

/** The document as text: YAML for a `.yaml`/`.yml` file, JSON otherwise. */
export function documentText(document: JsonObject, file: string | undefined): string {
  return file !== undefined && /\.ya?ml$/i.test(file) ? stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }) : `${JSON.stringify(document, null, 2)}\n`;
}

function isOperationsFile(root: unknown): boolean {
  return isJsonObject(root) && 'x-operations' in root && Object.keys(root).every((k) => ['$schema', '$id', '$comment', 'title', 'description', 'x-operations'].includes(k));
}

/** The type's schema name (its title, else its file name), or where that is no component name its type name: the reader turns either back into the same type name. */
function componentKey(document: SchemaDocument, problems: Problem[]): string {
  const title = isJsonObject(document.root) && typeof document.root['title'] === 'string' && document.root['title'].trim() !== '' ? document.root['title'] : undefined;
  const name = title ?? path.posix.basename(document.file, '.json');
  if (COMPONENT_KEY.test(name)) return name;
  // A title is free text ("Open Source Vulnerability"); the type name made of it reads back as the same type.
  const key = typeName(name);
  if (!COMPONENT_KEY.test(key)) {
    problems.push({ file: document.file, pointer: title === undefined ? '' : '/title', message: `"${name}" cannot be an OpenAPI component name, nor can its type name "${key}" (letters, digits, ".", "-", "_"); rename it` });
  }
  return key;
}

function withoutFileKeys(root: unknown): unknown {
  if (!isJsonObject(root)) return root;
  return Object.fromEntries(Object.entries(root).filter(([key]) => !FILE_KEYS.has(key)));
}

/**
 * The pointer into the document of the schema a `$ref` node names, as the resolver found it: a
 * reference by `$id` (an absolute URI, or `#/...` inside an embedded resource) is one only the
 * folder's URIs answer, which the document no longer has.
 */
function resolvedRef(node: JsonObject | undefined, resolved: Pick<ResolvedSchemas, 'namedBy' | 'sourceOf'> | undefined, keyOf: ReadonlyMap<string, string>): string | undefined {
  const target = node === undefined ? undefined : resolved?.namedBy.get(node);
  const at = target === undefined ? undefined : resolved?.sourceOf.get(target);
  const key = at === undefined ? undefined : keyOf.get(at.file);
  return at === undefined || key === undefined ? undefined : `#${encodeURI(pointerChild('/components/schemas', key) + at.pointer)}`;
}

/** `other.json#/p` from `dir/file.json` → `#/components/schemas/<other's key>/p`. */
function rewriteRef(ref: string, from: string, keyOf: ReadonlyMap<string, string>): string {
  const [filePart = '', fragment = ''] = ref.split('#', 2);
  const target = filePart === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(filePart)));
  const key = keyOf.get(target);
  if (key === undefined) return ref;
  const inside = pointerTokens(decodeURIComponent(fragment)).reduce(pointerChild, '');
  return `#${encodeURI(pointerChild('/components/schemas', key) + inside)}`;
}

/**
 * A deep copy with every `$ref` string rewritten (values of `enum`, `const` and examples are copied
 * as they are). The keys of a map of subschemas (`properties`, `$defs`...) are names, not keywords:
 * a property named `examples` or `default` holds a schema whose `$ref`s are rewritten too.
 */
function rewriteRefs(node: unknown, rewrite: (ref: string, node: JsonObject) => string, data = false, names = false): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, rewrite, data));
  if (!isJsonObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (names) setOwn(out, key, rewriteRefs(value, rewrite, data));
    else if (!data && key === '$ref' && typeof value === 'string') out[key] = rewrite(value, node);
    // Every reference is a pointer now: an embedded resource's `$id` would only move their base.
    else if (!data && key === '$id' && typeof value === 'string') continue;
    else setOwn(out, key, rewriteRefs(value, rewrite, data || DATA_KEYWORDS.has(key), !data && SCHEMA_MAPS.has(key)));
  }
  return out;
}

/** Keywords whose values are data, copied as they are. */
const DATA_KEYWORDS: ReadonlySet<string> = new Set(['enum', 'const', 'examples', 'default']);
const SCHEMA_MAPS: ReadonlySet<string> = new Set<string>(SUBSCHEMA_MAP_KEYWORDS);

function addOperations(document: SchemaDocument, rewrite: (ref: string) => string, paths: Record<string, Record<string, unknown>>, problems: Problem[]): void {
  const operations = (document.root as JsonObject)['x-operations'];
  if (!isJsonObject(operations)) return;
  for (const name of Object.keys(operations)) {
    const operation = operations[name];
    if (!isJsonObject(operation) || typeof operation['path'] !== 'string' || typeof operation['method'] !== 'string') continue;
    const item = (paths[operation['path']] ??= {});
    const method = operation['method'].toLowerCase();
    if (method in item) {
      problems.push({ file: document.file, pointer: pointerChild('/x-operations', name), message: `a second ${operation['method']} ${operation['path']}; OpenAPI has one operation per method and path` });
      continue;
    }
    item[method] = pathOperation(name, operation, rewrite);
  }
}

function pathOperation(name: string, operation: JsonObject, rewrite: (ref: string) => string): Record<string, unknown> {
  const listed = Array.isArray(operation['parameters']) ? (operation['parameters'] as JsonObject[]) : [];
  const implicit = pathPlaceholders(operation['path'] as string)
    .filter((p) => !listed.some((q) => q['name'] === p && q['in'] === 'path'))
    .map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string' } }));
  const parameters = [...listed.map((p) => rewriteRefs(p, rewrite)), ...implicit];
  const body = operation['requestBody'];
  const responses = isJsonObject(operation['responses']) ? operation['responses'] : {};
  return {
    operationId: name,
    ...(typeof operation['description'] === 'string' ? { description: operation['description'] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(isJsonObject(body) ? { requestBody: { required: true, content: { 'application/json': { schema: rewriteRefs(body, rewrite) } } } } : {}),
    responses: Object.fromEntries(
      Object.keys(responses).map((status) => {
        const response = responses[status];
        const content = isJsonObject(response) ? { content: { 'application/json': { schema: rewriteRefs(response, rewrite) } } } : {};
        return [status, { description: isJsonObject(response) ? 'The response body.' : 'No body.', ...content }];
      }),
    ),
    ...('x-graph-versions' in operation ? { 'x-graph-versions': operation['x-graph-versions'] } : {}),
  };
}
