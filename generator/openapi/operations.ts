import { pointerChild, type Problem } from '../diagnostics.js';
import { typeName, valueName } from '../model/names.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { isOperationName, pathPlaceholders } from '../schema/operations.js';
import { sourceOf, type Anchor, type Origin, type Root, type Roots } from './roots.js';
import { meansOthers } from './discriminator.js';
import { pointerTokens } from './documents.js';
import { whyLeftOut, type TableParameters } from './parameters.js';
import { translateSchema } from './schema.js';
import { setOwn } from '../json/own.js';

/** Methods the operations table (contract: `x-operations`) can hold. */
export const TABLE_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Methods OpenAPI also has, which the table cannot hold: refused where they stand. */
const OTHER_METHODS = ['options', 'head', 'trace'] as const;
/** What the table keys responses by: a status code, a range (`4XX`; OpenAPI allows `4xx` too) or `default`. */
const STATUS = /^(?:[1-5][0-9][0-9]|[1-5]XX|default)$/i;

/** `application/json`, `application/json; charset=utf-8`, `application/problem+json`: bodies that are JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  // text/json is JSON too (ASP.NET lists it beside application/json), and so is a range like application/*+json.
  return /^(?:application\/(?:[\w.*+-]*\+)?json|text\/json)\s*(?:;.*)?$/i.test(mediaType.trim());
}

/** application/json where the body offers it, else the first JSON type listed. */
function typedFirst(json: readonly string[]): string[] {
  const plain = json.find((t) => /^application\/json\s*(?:;.*)?$/i.test(t.trim()));
  return plain === undefined ? [...json] : [plain, ...json.filter((t) => t !== plain)];
}

export interface OperationsContext {
  readonly roots: Roots;
  readonly problems: Problem[];
  readonly notes: Problem[];
}

/** While the table is read: the places the responses' bodies stand. */
interface TableContext extends OperationsContext {
  readonly answered: Origin[];
}

/**
 * The operations file: every operation under `paths` as an entry of `x-operations` (method, path,
 * path and query parameters, request body and responses as `$ref`s to named types). Inline body
 * schemas become named roots of their own (`<Operation>Request`, `<Operation>Response<status>`).
 * Callbacks and webhooks are requests the API sends: their bodies become named types, and they
 * stay out of the table, which lists what a client calls.
 */
export function operationsFile(main: Origin, context: OperationsContext): Root {
  const root = context.roots.add({ document: main.document, pointer: '/paths' }, 'operations', undefined);
  root.anchors.length = 0;
  const operations: Record<string, unknown> = {};
  const paths = isJsonObject(main.document.root) ? main.document.root['paths'] : undefined;
  const table: TableContext = { ...context, answered: [] };
  if (isJsonObject(paths)) {
    for (const template of Object.keys(paths)) {
      const item = context.roots.follow(paths[template], { document: main.document, pointer: pointerChild('/paths', template) });
      if (item !== undefined) pathItem(template, item, root, operations, table);
    }
  }
  // An inline request body that a response refers to as well is sent both ways: it needs both shapes.
  for (const body of table.answered) {
    const { root: answered, rest } = context.roots.rootOf(body);
    if (rest === '') delete answered.extra['x-request-body'];
  }
  webhooks(main, context);
  root.translated = Object.keys(operations).length > 0 ? { 'x-operations': operations } : undefined;
  return root;
}

function pathItem(template: string, item: { node: unknown; origin: Origin }, root: Root, operations: Record<string, unknown>, context: TableContext): void {
  if (!isJsonObject(item.node)) return;
  const shared = Array.isArray(item.node['parameters']) ? item.node['parameters'] : [];
  for (const method of OTHER_METHODS) {
    if (method in item.node) {
      // They carry no JSON body to type: said where they stand, not a reason to refuse the document.
      context.notes.push({ ...sourceOf(item.origin, method), message: `${method.toUpperCase()} operations are left out of callgen's operations table (GET, POST, PUT, PATCH, DELETE)` });
    }
  }
  for (const method of TABLE_METHODS) {
    const node = item.node[method];
    if (!isJsonObject(node)) continue;
    const origin = { document: item.origin.document, pointer: pointerChild(item.origin.pointer, method) };
    const name = freeName(operationName(node, method, template), operations, origin, context);
    const prefix = pointerChild('/x-operations', name);
    root.anchors.push({ prefix, origin, wraps: [] });
    setOwn(operations, name, operation(node, method, template, { origin, prefix, name, template, root, shared: { list: shared, origin: item.origin } }, context));
    callbacks(node, origin, name, context);
  }
}

interface Place {
  readonly origin: Origin;
  /** Where the operation stands in the operations file. */
  readonly prefix: string;
  readonly name: string;
  /** The path template, whose placeholders name the path parameters. */
  readonly template: string;
  readonly root: Root;
  readonly shared: { readonly list: readonly unknown[]; readonly origin: Origin };
}

function operation(node: JsonObject, method: string, template: string, place: Place, context: TableContext): Record<string, unknown> {
  const notes: string[] = [];
  const parameters = parametersOf(node, place, notes, context);
  const requestBody = requestBodyOf(node, place, notes, context);
  const responses = responsesOf(node, place, notes, context);
  const text = [node['summary'], node['description']].flatMap((t) => (typeof t === 'string' && t.trim() !== '' ? [t.trim()] : []));
  const description = [...text, ...notes].join('\n\n');
  return {
    method: method.toUpperCase(),
    path: template,
    ...(description === '' ? {} : { description }),
    ...(parameters.length === 0 ? {} : { parameters }),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses,
    // callgen's own extension on an operation, as `callgen export --openapi` writes it.
    ...('x-graph-versions' in node ? { 'x-graph-versions': node['x-graph-versions'] } : {}),
  };
}

/** The operationId when it is a usable name, else it (or the method and path) in lowerCamelCase. */
export function operationName(node: JsonObject, method: string, template: string): string {
  const id = node['operationId'];
  if (typeof id === 'string' && isOperationName(id)) return id;
  const words = typeof id === 'string' && /[\p{L}\p{N}]/u.test(id) ? id : `${method} ${template}`;
  return valueName(typeName(words)).replace(/_$/, '');
}

/**
 * The operation's name, numbered when an earlier operation has it: operationIds "MUST be unique",
 * but documents repeat one often enough (or two paths make one name: `/jobs` and `/jobs/`) that
 * a note serves better than refusing the document.
 */
function freeName(name: string, operations: Record<string, unknown>, origin: Origin, context: OperationsContext): string {
  let chosen = name;
  for (let i = 2; Object.hasOwn(operations, chosen); i++) chosen = `${name}${i}`;
  if (chosen !== name) context.notes.push({ ...sourceOf(origin), message: `an earlier operation is named "${name}" too; this one is named "${chosen}"` });
  return chosen;
}

/** Path-level parameters, overridden by the operation's own of the same name and place. */
function parametersOf(node: JsonObject, place: Place, notes: string[], context: OperationsContext): Record<string, unknown>[] {
  const own = Array.isArray(node['parameters']) ? node['parameters'] : [];
  const all = [
    ...place.shared.list.map((p, i) => ({ raw: p, origin: { document: place.shared.origin.document, pointer: `${place.shared.origin.pointer}/parameters/${i}` } })),
    ...own.map((p, i) => ({ raw: p, origin: { document: place.origin.document, pointer: `${place.origin.pointer}/parameters/${i}` } })),
  ].flatMap(({ raw, origin }) => {
    const followed = context.roots.follow(raw, origin);
    return followed !== undefined && isJsonObject(followed.node) ? [{ node: followed.node, origin: followed.origin }] : [];
  });
  const chosen = all.filter((p, i) => !all.slice(i + 1).some((q) => q.node['name'] === p.node['name'] && q.node['in'] === p.node['in']));
  const taken: TableParameters = { placeholders: pathPlaceholders(place.template), names: new Set(), headers: new Set() };
  // Path parameters are judged first, so that a query or header parameter of a path parameter's name is the one left out.
  const ordered = [...chosen.filter((p) => p.node['in'] === 'path'), ...chosen.filter((p) => p.node['in'] !== 'path')];
  const why = new Map(ordered.map((p) => [p, whyLeftOut(p.node, p.origin, taken, context.roots)]));
  for (const p of chosen) {
    const note = why.get(p);
    if (note !== undefined) notes.push(note);
  }
  const out: Record<string, unknown>[] = [];
  for (const { node: parameter, origin } of chosen.filter((p) => why.get(p) === undefined)) {
    const at = pointerChild(pointerChild(place.prefix, 'parameters'), out.length);
    place.root.anchors.push({ prefix: at, origin, wraps: [] });
    out.push(parameterOf(parameter, origin, at, place, context));
  }
  return out;
}

function parameterOf(parameter: JsonObject, origin: Origin, at: string, place: Place, context: OperationsContext): Record<string, unknown> {
  const schemaOrigin = { document: origin.document, pointer: pointerChild(origin.pointer, 'schema') };
  const anchor: Anchor = { prefix: pointerChild(at, 'schema'), origin: schemaOrigin, wraps: [], schema: true };
  place.root.anchors.push(anchor);
  const schema = translateSchema(sendableValue(parameter, schemaOrigin, context), schemaOrigin, '', { ...context, version: origin.document.version ?? '3.1', file: place.root.file, anchor });
  const description = parameter['description'];
  return {
    name: parameter['name'],
    in: parameter['in'],
    ...(typeof parameter['required'] === 'boolean' ? { required: parameter['required'] } : {}),
    schema,
    ...(typeof description === 'string' ? { description } : {}),
  };
}

/**
 * The parameter's schema, without null where nothing could send it: on a path parameter (a segment
 * is always text) and on the inline items of a query array (each item is sent as a name=value pair
 * of text). Documents that mark every string nullable (3.0's `nullable`, 3.1's `"null"` in a type
 * list or an `anyOf`/`oneOf` branch `{ type: 'null' }`, as some generators write) mean a string
 * there. Said with a note.
 */
function sendableValue(parameter: JsonObject, schemaOrigin: Origin, context: OperationsContext): unknown {
  const schema = parameter['schema'];
  // A boolean schema (3.1): `true` says nothing of the value, as `{}` does (`false` is left out: nothing could be sent).
  if (schema === true) return {};
  if (!isJsonObject(schema)) return schema;
  if (parameter['in'] === 'path') {
    return withoutNull(schema, schemaOrigin, 'a path parameter cannot be null (a path segment is always text)', context);
  }
  const items = schema['items'];
  if (parameter['in'] === 'query' && schema['type'] === 'array' && isJsonObject(items)) {
    const itemsOrigin = { document: schemaOrigin.document, pointer: pointerChild(schemaOrigin.pointer, 'items') };
    return { ...schema, items: withoutNull(items, itemsOrigin, 'an item of a query array cannot be null (each is sent as name=value text)', context) };
  }
  return schema;
}

/** A schema without the null it allows, where that is said in one place of it (`nullable`, the type list, the `enum`, a union's null branch), with a note; else as it is. */
function withoutNull(schema: JsonObject, origin: Origin, why: string, context: OperationsContext): JsonObject {
  const without = (key: string, value: unknown, what: string): JsonObject => {
    context.notes.push({ ...sourceOf(origin, key), message: `${why}, so ${what} was left out` });
    const copy: Record<string, unknown> = { ...schema };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  if (schema['nullable'] === true) return without('nullable', undefined, '"nullable"');
  const type = schema['type'];
  if (Array.isArray(type) && type.includes('null') && type.length > 1) {
    const rest = type.filter((t) => t !== 'null');
    return without('type', rest.length === 1 ? rest[0] : rest, '"null" in its type');
  }
  const members = schema['enum'];
  if (Array.isArray(members) && members.includes(null) && members.length > 1) return without('enum', members.filter((m) => m !== null), 'null among its "enum" members');
  for (const keyword of ['anyOf', 'oneOf']) {
    const branches = schema[keyword];
    const isNull = (b: unknown): boolean => isJsonObject(b) && b['type'] === 'null' && Object.keys(b).length === 1;
    if (Array.isArray(branches) && branches.length > 1 && branches.some(isNull)) return without(keyword, branches.filter((b) => !isNull(b)), `its "null" branch`);
  }
  return schema;
}

function requestBodyOf(node: JsonObject, place: Place, notes: string[], context: OperationsContext): Record<string, unknown> | undefined {
  if (!('requestBody' in node)) return undefined;
  const followed = context.roots.follow(node['requestBody'], { document: place.origin.document, pointer: pointerChild(place.origin.pointer, 'requestBody') });
  if (followed === undefined || !isJsonObject(followed.node)) return undefined;
  if (followed.node['required'] !== true) notes.push('The request body is optional.');
  const body = bodyOf(followed.node, followed.origin, `${typeName(place.name)}Request`, true, context);
  for (const [types, what] of untyped(body.other)) notes.push(`Request bodies of type ${types} ${what}.`);
  if (body.moreJson.length > 0) notes.push(`Request bodies of type ${body.moreJson.join(', ')} are not typed here: only ${body.chosen} is.`);
  place.root.anchors.push({ prefix: pointerChild(place.prefix, 'requestBody'), origin: followed.origin, wraps: [] });
  return body.schema === undefined ? undefined : context.roots.reference(body.schema, place.root.file);
}

function responsesOf(node: JsonObject, place: Place, notes: string[], context: TableContext): Record<string, unknown> {
  const responses = isJsonObject(node['responses']) ? node['responses'] : {};
  // OpenAPI 3.1 lets an operation list no responses: in the table, with nothing that comes back typed.
  if (Object.keys(responses).length === 0) notes.push('The document lists no responses, so nothing that comes back is typed here.');
  const out: Record<string, unknown> = {};
  for (const status of Object.keys(responses)) {
    const origin = { document: place.origin.document, pointer: pointerChild(pointerChild(place.origin.pointer, 'responses'), status) };
    const followed = context.roots.follow(responses[status], origin);
    if (followed === undefined || !isJsonObject(followed.node)) continue;
    const label = status === 'default' ? 'Default' : status.toUpperCase().replace(/X/g, 'x');
    const body = bodyOf(followed.node, followed.origin, `${typeName(place.name)}Response${label}`, false, context);
    for (const [types, what] of untyped(body.other)) notes.push(`Response ${status}: ${types} bodies ${what}.`);
    if (body.moreJson.length > 0) notes.push(`Response ${status}: ${body.moreJson.join(', ')} bodies are not typed here: only ${body.chosen} is.`);
    if (!STATUS.test(status)) {
      notes.push(`Response "${status}" is keyed by no status code, range or "default", so it is not part of the operations table.`);
      continue;
    }
    const key = status === 'default' ? status : status.toUpperCase();
    place.root.anchors.push({ prefix: pointerChild(pointerChild(place.prefix, 'responses'), key), origin: followed.origin, wraps: [] });
    if (body.schema !== undefined) context.answered.push(body.schema);
    out[key] = body.schema === undefined ? null : context.roots.reference(body.schema, place.root.file);
  }
  return out;
}

/**
 * The media types left untyped, each group with what it is: a media range (`application/*`, or
 * the range of every type) may stand for JSON too, but names no JSON type, so nothing says its body is one.
 */
function untyped(types: readonly string[]): [string, string][] {
  const ranges = types.filter((type) => type.includes('*'));
  const others = types.filter((type) => !type.includes('*'));
  return [
    ...(others.length > 0 ? [[others.join(', '), 'are not JSON and not typed here'] as [string, string]] : []),
    ...(ranges.length > 0 ? [[ranges.join(', '), 'name no JSON media type, so they are not typed here'] as [string, string]] : []),
  ];
}

interface Body {
  /** Where the JSON body's schema stands (a component it refers to, or a new named root). */
  readonly schema: Origin | undefined;
  /** The type's name, for notes. */
  readonly name: string;
  /** Media types that are not JSON. */
  readonly other: readonly string[];
  /** JSON media types besides the one typed. */
  readonly moreJson: readonly string[];
  /** The JSON media type typed, if any. */
  readonly chosen: string | undefined;
}

/** The JSON media type of a request body or response, as a place the table can refer to. */
function bodyOf(node: JsonObject, origin: Origin, operationsName: string, request: boolean, context: OperationsContext): Body {
  // A response or request body of `components`, which many operations share, is one type named by its key.
  const tokens = pointerTokens(origin.pointer);
  const shared = tokens.length === 3 && tokens[0] === 'components' && (tokens[1] === 'responses' || tokens[1] === 'requestBodies');
  const name = shared && tokens[2] !== undefined ? tokens[2] : operationsName;
  const content = isJsonObject(node['content']) ? node['content'] : {};
  const types = Object.keys(content);
  const json = typedFirst(types.filter(isJsonMediaType));
  const other = types.filter((t) => !isJsonMediaType(t));
  const [chosen, ...moreJson] = json;
  if (chosen === undefined) return { schema: undefined, name, other, moreJson, chosen };
  const media = content[chosen];
  const mediaOrigin = { document: origin.document, pointer: pointerChild(pointerChild(origin.pointer, 'content'), chosen) };
  const given = isJsonObject(media) ? media['schema'] : undefined;
  if (given !== undefined && !isJsonObject(given) && typeof given !== 'boolean') {
    // A generator's placeholder (Directus writes null for a body it has no schema for), not a Schema Object.
    context.notes.push({ ...sourceOf(mediaOrigin, 'schema'), message: `"schema" is ${JSON.stringify(given)}, not a Schema Object; read as no schema: any JSON value` });
  }
  if (!isJsonObject(media) || given === undefined || (!isJsonObject(given) && typeof given !== 'boolean')) {
    // JSON the document does not describe: any JSON value, under a name of its own.
    if (context.roots.madeAt(mediaOrigin) !== undefined) return { schema: mediaOrigin, name, other, moreJson, chosen };
    const root = context.roots.add(mediaOrigin, `bodies/${name}`, name);
    root.translated = { title: name, description: `A ${chosen} body the OpenAPI document gives no schema for: any JSON value.` };
    return { schema: mediaOrigin, name, other, moreJson, chosen };
  }
  const schemaOrigin = { document: origin.document, pointer: pointerChild(mediaOrigin.pointer, 'schema') };
  const schema = media['schema'];
  if (isJsonObject(schema) && typeof schema['$ref'] === 'string' && Object.keys(schema).every((k) => k === '$ref' || k === 'description' || k === 'summary')) {
    const target = context.roots.resolve(schema['$ref'], origin.document, sourceOf(schemaOrigin, '$ref'));
    // A discriminated base stands for its children: the body gets a type of its own, their union.
    if (target === undefined || !meansOthers(target, context.roots)) return { schema: target, name: target === undefined ? name : (target.pointer.split('/').at(-1) ?? name), other, moreJson, chosen };
  }
  const root = context.roots.madeAt(schemaOrigin) ?? context.roots.add(schemaOrigin, `bodies/${name}`, name);
  if (request) root.extra['x-request-body'] = true;
  return { schema: schemaOrigin, name, other, moreJson, chosen };
}

/** Callbacks of an operation: what the API posts back. Their bodies become named types. */
function callbacks(node: JsonObject, origin: Origin, name: string, context: OperationsContext): void {
  const declared = isJsonObject(node['callbacks']) ? node['callbacks'] : {};
  for (const key of Object.keys(declared)) {
    const at = { document: origin.document, pointer: pointerChild(pointerChild(origin.pointer, 'callbacks'), key) };
    const callback = context.roots.follow(declared[key], at);
    if (callback === undefined || !isJsonObject(callback.node)) continue;
    for (const expression of Object.keys(callback.node)) {
      const item = context.roots.follow(callback.node[expression], { document: callback.origin.document, pointer: pointerChild(callback.origin.pointer, expression) });
      if (item !== undefined) sentItem(item, `${name} ${key}`, context);
    }
  }
}

/** OpenAPI 3.1's webhooks: requests the API sends, named by their key. */
function webhooks(main: Origin, context: OperationsContext): void {
  const declared = isJsonObject(main.document.root) ? main.document.root['webhooks'] : undefined;
  if (!isJsonObject(declared)) return;
  for (const key of Object.keys(declared)) {
    const item = context.roots.follow(declared[key], { document: main.document, pointer: pointerChild('/webhooks', key) });
    if (item !== undefined) sentItem(item, key, context);
  }
}

/** The bodies of a path item the API sends: each inline JSON body becomes a named (response-shaped) type. */
function sentItem(item: { node: unknown; origin: Origin }, prefix: string, context: OperationsContext): void {
  if (!isJsonObject(item.node)) return;
  for (const method of [...TABLE_METHODS, ...OTHER_METHODS]) {
    const node = item.node[method];
    if (!isJsonObject(node)) continue;
    const origin = { document: item.origin.document, pointer: pointerChild(item.origin.pointer, method) };
    const name = typeName(typeof node['operationId'] === 'string' ? node['operationId'] : `${prefix} ${method}`);
    const body = context.roots.follow(node['requestBody'], { document: origin.document, pointer: pointerChild(origin.pointer, 'requestBody') });
    if (body !== undefined && isJsonObject(body.node)) bodyOf(body.node, body.origin, `${name}Request`, false, context);
  }
}
