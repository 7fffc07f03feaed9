// Random OpenAPI 3.0 and 3.1 documents, from a seed, for test/openapi/random-documents.test.ts.
// Component and body schemas come from the random JSON Schema grammar (random-schemas.ts), written
// in the document's spelling (3.0: `nullable`, `enum` for `const`, boolean exclusive bounds, only
// the keywords 3.0's Schema Object has). Around them: paths with path, query, header and cookie
// parameters (styles, arrays, required or not, some by `$ref` to components.parameters), request
// bodies (some in components.requestBodies), several responses per operation (`default`, 204,
// `2XX`, some in components.responses), discriminated unions with and without `mapping`,
// `readOnly`/`writeOnly` properties, operationIds that clash or are missing, and odd names
// (keywords, digits first, unicode, dashes) for components, parameters, properties and paths.
//
// `oracleSchema` reads a body schema as OpenAPI means it, in JSON Schema 2020-12 for Ajv: 3.0's
// spellings undone, a discriminator's branches held to their tag, and `readOnly` (in a request) or
// `writeOnly` (in a response) properties neither required nor checked, as OpenAPI says.

import { Grammar, type Json, type Random } from './random-schemas.js';

export type Version = '3.0' | '3.1';
type JsonObject = { [key: string]: Json };

/** Property names: the grammar's own kinds, and names that are keywords, start with a digit, or are not ASCII. */
export const PROPERTY_NAMES = ['a', 'b', 'kind', 'id', 'class', '1st', 'x-1', 'ünï', 'x y', 'default'];
/** Component names: some a type name clashes with (`pet`, `Pet`; the operations table's `Operation`), one OpenAPI refuses (`Ünï`: not [A-Za-z0-9._-]). */
const COMPONENT_NAMES = ['Pet', 'pet', 'class', '1Thing', 'order-item', 'Operation', 'a.b', 'Order_Item'];
const TEMPLATES = ['/items', '/items/', '/items/{id}', '/a-b/{item-id}/sub', '/ünï/{class}', '/1st/{2nd}/{id}', '/{id}'];
const OPERATION_IDS: (string | undefined)[] = [undefined, undefined, 'listItems', 'listItems', 'class', '1st-op', 'get items', 'ünïcode', 'delete', 'a.b', '', 'Operation'];
const QUERY_NAMES = ['limit', 'tags', 'class', 'filter[x]', 'a-b', 'ünï', '1st', 'id'];
const HEADER_NAMES = ['X-Request-Id', 'x-count', 'Accept', 'If-Match'];
const STATUSES = ['200', '201', '204', '400', '404', '2XX', '4XX', 'default'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
const TAGS = ['cat', 'dog', 'bird'];

/** What the document holds besides its text, for the oracle: its version and whether a discriminated base is extended through `allOf`. */
export interface RandomDocument {
  readonly document: JsonObject;
  readonly version: Version;
  /** A base extended through `allOf`: a `$ref` to it means one of its children (callgen's reading), which the oracle does not model. */
  readonly inheritance: boolean;
}

export function randomOpenApi(random: Random): RandomDocument {
  const version: Version = random.chance(0.5) ? '3.0' : '3.1';
  return new DocumentGrammar(random, version).document();
}

class DocumentGrammar {
  private readonly schemas: JsonObject = {};
  private readonly components: { parameters: JsonObject; responses: JsonObject; requestBodies: JsonObject } = { parameters: {}, responses: {}, requestBodies: {} };
  private readonly grammar: Grammar;
  private inheritance = false;

  constructor(
    private readonly random: Random,
    private readonly version: Version,
  ) {
    const names = random.chance(0.05) ? [...COMPONENT_NAMES, 'Ünï'] : COMPONENT_NAMES;
    this.grammar = new Grammar(random, this.schemas, { names: PROPERTY_NAMES, defName: (r) => r.pick(names), ref: (name) => `#/components/schemas/${name}`, closedAllOf: false });
  }

  document(): RandomDocument {
    const r = this.random;
    if (r.chance(0.4)) this.discriminated();
    const paths: JsonObject = {};
    for (let i = 1 + r.int(4); i > 0; i--) {
      const template = r.pick(TEMPLATES);
      paths[template] = this.pathItem(template);
    }
    for (let i = r.int(3); i > 0; i--) this.schemas[r.pick(COMPONENT_NAMES)] ??= this.schema(1);
    const schemas = Object.fromEntries(Object.entries(this.schemas).map(([name, schema]) => [name, this.spelled(schema)]));
    const components: JsonObject = { schemas };
    for (const [key, map] of Object.entries(this.components)) if (Object.keys(map).length > 0) components[key] = map;
    const document: JsonObject = { openapi: this.version === '3.0' ? '3.0.3' : '3.1.0', info: { title: 'random', version: '1' }, paths, components };
    return { document, version: this.version, inheritance: this.inheritance };
  }

  private schema(depth: number): Json {
    return this.grammar.schema(depth);
  }

  /** A `$ref` to a component schema, made when it is not there yet. */
  private component(name: string): JsonObject {
    if (!(name in this.schemas)) {
      this.schemas[name] = {}; // as the grammar does: a $ref back to it while it is built is a cycle
      this.schemas[name] = this.schema(2);
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  /** The whole components map in the document's spelling; readOnly and writeOnly marked at random. */
  private spelled(value: Json): Json {
    return spell(value, this.version, this.random);
  }

  private discriminated(): void {
    const r = this.random;
    const branches = TAGS.slice(0, 2 + r.int(2)).map((tag) => `${tag[0]?.toUpperCase()}${tag.slice(1)}`);
    for (const name of branches) {
      this.schemas[name] = { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, [r.pick(PROPERTY_NAMES)]: this.schema(2) } };
    }
    const mapping: JsonObject = {};
    for (const name of branches) {
      if (r.chance(0.5)) mapping[name.toLowerCase()] = r.chance(0.5) ? `#/components/schemas/${name}` : name;
    }
    const discriminator = { propertyName: 'petType', ...(Object.keys(mapping).length > 0 ? { mapping } : {}) };
    if (r.chance(0.25)) {
      // The inheritance form: the base carries the discriminator and each branch extends it.
      this.inheritance = true;
      this.schemas['Animal'] = { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator };
      for (const name of branches) this.schemas[name] = { allOf: [{ $ref: '#/components/schemas/Animal' }, this.schemas[name] ?? {}] };
      return;
    }
    this.schemas['Animal'] = { oneOf: branches.map((name) => ({ $ref: `#/components/schemas/${name}` })), discriminator };
  }

  private pathItem(template: string): JsonObject {
    const r = this.random;
    const item: JsonObject = {};
    const placeholders = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const shared = r.chance(0.5);
    const pathParameters = placeholders.filter(() => r.chance(0.97)).map((name) => this.parameter(name, 'path'));
    if (shared && pathParameters.length > 0) item['parameters'] = pathParameters;
    for (const method of METHODS) {
      if (!r.chance(method === 'head' ? 0.1 : 0.35)) continue;
      item[method] = this.operation(method, shared ? [] : pathParameters);
    }
    if (Object.keys(item).length === 0) item['get'] = this.operation('get', shared ? [] : pathParameters);
    return item;
  }

  private operation(method: string, pathParameters: Json[]): JsonObject {
    const r = this.random;
    const id = r.pick(OPERATION_IDS);
    const parameters = [...pathParameters];
    for (let i = r.int(4); i > 0; i--) parameters.push(r.chance(0.75) ? this.parameter(r.pick(QUERY_NAMES), 'query') : this.parameter(r.pick(HEADER_NAMES), r.chance(0.85) ? 'header' : 'cookie'));
    const responses: JsonObject = {};
    for (let i = 1 + r.int(3); i > 0; i--) {
      const status = r.pick(STATUSES);
      responses[status] = this.response(status);
    }
    return {
      ...(id === undefined ? {} : { operationId: id }),
      ...(r.chance(0.3) ? { summary: 'Does it.' } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(method !== 'get' && method !== 'head' && r.chance(0.7) ? { requestBody: this.requestBody() } : {}),
      responses,
    };
  }

  private parameter(name: string, where: 'path' | 'query' | 'header' | 'cookie'): Json {
    const r = this.random;
    const schema = where === 'query' && r.chance(0.35) ? { type: 'array', items: this.scalar() } : r.chance(0.1) ? this.schema(2) : this.scalar();
    const styles: JsonObject[] = [{}, { style: 'form', explode: false }, { style: 'spaceDelimited' }, { style: 'pipeDelimited' }, { style: 'deepObject', explode: true }];
    const parameter: JsonObject = {
      name,
      in: where,
      ...(where === 'path' ? { required: true } : r.chance(0.4) ? { required: r.chance(0.7) } : {}),
      ...(where === 'query' && r.chance(0.3) ? r.pick(styles) : {}),
      ...(r.chance(0.08) ? { content: { 'application/json': { schema } } } : { schema: this.spelled(schema) }),
    };
    if (!r.chance(0.2)) return parameter;
    const key = `${name.replace(/[^A-Za-z0-9._-]/g, '_')}${where}`;
    this.components.parameters[key] = parameter;
    return { $ref: `#/components/parameters/${key}` };
  }

  private scalar(): JsonObject {
    const r = this.random;
    const type = r.pick(['string', 'integer', 'number', 'boolean']);
    const schema: JsonObject = { type };
    if (type === 'string' && r.chance(0.3)) schema['enum'] = ['a', 'b'];
    if (type === 'integer' && r.chance(0.3)) schema['format'] = r.pick(['int32', 'int64']);
    if (type === 'string' && r.chance(0.2)) schema['format'] = r.pick(['uuid', 'date-time', 'binary', 'byte']);
    if (r.chance(0.2)) schema['type'] = [type, 'null'];
    if (r.chance(0.05)) return this.component(r.pick(COMPONENT_NAMES));
    return schema;
  }

  private requestBody(): Json {
    const r = this.random;
    const body: JsonObject = { ...(r.chance(0.6) ? { required: true } : {}), content: this.content(true) };
    if (!r.chance(0.2)) return body;
    const key = r.pick(['Body', 'class', '1Body']);
    this.components.requestBodies[key] = body;
    return { $ref: `#/components/requestBodies/${key}` };
  }

  private response(status: string): Json {
    const r = this.random;
    const response: JsonObject = { description: `status ${status}`, ...(status === '204' || r.chance(0.1) ? {} : { content: this.content(false) }) };
    if (!r.chance(0.2)) return response;
    const key = r.pick(['Error', 'class', '1Error']);
    this.components.responses[key] = response;
    return { $ref: `#/components/responses/${key}` };
  }

  private content(request: boolean): JsonObject {
    const r = this.random;
    const content: JsonObject = {};
    const json = r.pick(['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/json']);
    const schema = r.chance(0.45) ? this.component(r.chance(0.3) && 'Animal' in this.schemas ? 'Animal' : r.pick(COMPONENT_NAMES)) : this.schema(1);
    content[json] = r.chance(0.05) ? {} : { schema: this.spelled(schema) };
    if (r.chance(0.2)) content[request ? 'multipart/form-data' : 'text/plain'] = { schema: { type: 'string' } };
    if (r.chance(0.1)) content['application/vnd.other+json'] = { schema: { type: 'object' } };
    return content;
  }
}

/**
 * A 2020-12 schema of the grammar in the document's spelling: 3.0 writes null in a type list as
 * `nullable`, `const` as a one-member `enum`, a number `exclusiveMaximum` as a boolean beside
 * `maximum`, and has no boolean schemas nor 2019-09's or 2020-12's keywords, left out. Properties
 * are marked `readOnly` or `writeOnly` at random.
 */
function spell(value: Json, version: Version, random: Random): Json {
  if (typeof value === 'boolean') return version === '3.0' ? (value ? {} : { not: {} }) : value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (version === '3.0' && DROPPED_IN_30.has(key)) continue;
    if (ONE.has(key)) out[key] = spell(child, version, random);
    else if (LIST.has(key) && Array.isArray(child)) out[key] = child.map((s) => spell(s, version, random));
    else if (MAP.has(key) && child !== null && typeof child === 'object' && !Array.isArray(child)) {
      out[key] = Object.fromEntries(Object.entries(child).map(([name, s]) => [name, key === 'properties' ? marked(spell(s, version, random), random) : spell(s, version, random)]));
    } else out[key] = child;
  }
  return version === '3.0' ? as30(out) : out;
}

/** The keywords of the grammar whose value is a schema, a list of schemas, or a map of names to schemas. */
const ONE = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else']);
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);

const DROPPED_IN_30 = new Set(['prefixItems', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'propertyNames', 'contains', 'patternProperties', '$defs', 'unevaluatedProperties']);

/** A property read-only or write-only now and then; never a tag (`kind`, a `const`), which the union picks its branch by in either mode. */
function marked(schema: Json, random: Random): Json {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || '$ref' in schema) return schema;
  const r = random.next();
  if ('const' in schema || ('enum' in schema && Array.isArray(schema['enum']) && schema['enum'].length === 1)) return schema;
  return r < 0.1 ? { ...schema, readOnly: true } : r < 0.2 ? { ...schema, writeOnly: true } : schema;
}

function as30(node: JsonObject): JsonObject {
  const out = { ...node };
  if ('const' in out) {
    out['enum'] = [out['const'] ?? null];
    delete out['const'];
  }
  if (typeof out['exclusiveMaximum'] === 'number') {
    out['maximum'] = out['exclusiveMaximum'];
    out['exclusiveMaximum'] = true;
  }
  if (out['items'] === false) delete out['items'];
  const type = out['type'];
  if (type === 'null') {
    delete out['type'];
    out['enum'] = [null];
  } else if (Array.isArray(type)) {
    const others = type.filter((t) => t !== 'null');
    delete out['type'];
    if (others.length < type.length) out['nullable'] = true;
    if (others.length === 1) out['type'] = others[0] ?? null;
    else if (others.length > 1) out['anyOf'] = [...(Array.isArray(out['anyOf']) ? out['anyOf'] : []), ...others.map((t) => ({ type: t }))];
    else out['enum'] = [null];
  }
  return out;
}

/**
 * A schema of the document as OpenAPI means it, in JSON Schema 2020-12 for Ajv: `$ref`s to
 * components go to the oracle's own copy for the mode (`#/$defs/<mode>/<name>`).
 */
export function oracleSchema(
  value: Json,
  version: Version,
  mode: 'request' | 'response',
  components: JsonObject = {},
  around: readonly string[] = [],
  variants?: Variants,
  refAround: readonly string[] = around,
): Json {
  if (Array.isArray(value)) return value.map((v) => oracleSchema(v, version, mode, components, [], variants));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  // An in-place subschema is part of the object around it: what that object declares is no typo there.
  const declared = declaredBy(value, components);
  const inner = [...new Set([...around, ...declared])];
  const refInner = [...new Set([...refAround, ...declared])];
  const apart = (s: Json): Json => oracleSchema(s, version, mode, components, [], variants);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'enum' || key === 'const' || key === 'required' || key === 'type' || key === 'examples' || key === 'example') out[key] = child;
    else if (key === '$ref' && typeof child === 'string') out[key] = referenceOf(child, version, mode, components, refAround, variants);
    else if (key === 'properties' && child !== null && typeof child === 'object' && !Array.isArray(child)) out[key] = Object.fromEntries(Object.entries(child).map(([n, s]) => [n, apart(s)]));
    else if (IN_PLACE_LISTS.has(key) && Array.isArray(child)) out[key] = child.map((s) => oracleSchema(s, version, mode, components, inner, variants, refInner));
    else if (IN_PLACE.has(key)) out[key] = oracleSchema(child, version, mode, components, inner, variants, refInner);
    else out[key] = apart(child);
  }
  // Where `nullable` wrapped the schema, its own keywords stand one level down.
  const own = version === '3.0' ? undo30(out) : out;
  hidden(own, mode);
  tagged(own, mode, components);
  if (mode === 'request') closed(own, around, declaredInPlace(value, components));
  return out;
}

/**
 * The component copies of a request that an in-place `$ref` names, each closed as callgen's request
 * check of its type is where that reference calls it: knowing the names around the reference
 * (docs/dialect.md, `additionalProperties`). Each is a schema of its own (by id), which the oracle
 * adds to Ajv beside the components.
 */
export interface Variants {
  readonly ids: Map<string, string>;
  readonly schemas: Map<string, Json>;
}

/**
 * A `$ref` to a component: the oracle's copy for the mode, or in a request, where the reference
 * applies in place with names around it (`refAround`: those the model records on the reference;
 * not those a copy of this kind was itself given, which callgen's checks pass on no further), that
 * component translated with those names around it.
 */
function referenceOf(ref: string, version: Version, mode: 'request' | 'response', components: JsonObject, refAround: readonly string[], variants: Variants | undefined): string {
  const plain = ref.replace(/^#\/components\/schemas\//, `#/$defs/${mode}/`);
  const name = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
  const target = name === undefined ? undefined : components[name];
  if (mode !== 'request' || variants === undefined || refAround.length === 0 || name === undefined || !isMap(target)) return plain;
  const key = JSON.stringify([name, [...new Set(refAround)].sort()]);
  const known = variants.ids.get(key);
  if (known !== undefined) return known;
  // The id ends in the component's name, which a discriminator's branches are read by (`tagged`).
  const id = `${AROUND_IDS}${variants.ids.size + 1}/${encodeURIComponent(name)}`;
  variants.ids.set(key, id);
  variants.schemas.set(id, oracleSchema(target, version, mode, components, refAround, variants, []));
  return id;
}

const AROUND_IDS = 'https://callgen.test/around/';

/** The component a translated `$ref` names: the oracle's copy for the mode, or a copy for the names around an in-place reference. */
function componentOf(ref: string, mode: 'request' | 'response'): string {
  return ref.startsWith(AROUND_IDS) ? decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1)) : ref.slice(`#/$defs/${mode}/`.length);
}

function isMap(value: Json | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}

const IN_PLACE_LISTS = new Set(['allOf', 'oneOf', 'anyOf']);
const IN_PLACE = new Set(['not', 'if', 'then', 'else']);

/**
 * The names a schema declares for the object it describes, as callgen counts them for its in-place
 * subschemas: its own properties, its `allOf` members' (inline, or the components they refer to,
 * with theirs), the names each inline member's own subschemas declare in place (callgen merges the
 * members into one object, which knows them: a member's `oneOf` branch, an `allOf` inside a member),
 * and its branches' inline ones.
 */
function declaredBy(schema: JsonObject, components: JsonObject, seen = new Set<string>()): string[] {
  const own = (s: Json): string[] => (isMap(s) && isMap(s['properties']) ? Object.keys(s['properties']) : []);
  const referred = (s: Json): string[] => {
    const ref = isMap(s) ? s['$ref'] : undefined;
    const name = typeof ref === 'string' ? ref.replace(/^#\/components\/schemas\//, '') : undefined;
    const target = name === undefined || seen.has(name) ? undefined : components[name];
    if (name === undefined || !isMap(target)) return [];
    seen.add(name);
    // A component's branches are not built for their names (model/inplace.ts): its own and its members' only.
    return declaredBy({ ...target, oneOf: [], anyOf: [] }, components, seen);
  };
  const list = (key: string): Json[] => (Array.isArray(schema[key]) ? (schema[key] as Json[]) : []);
  return [
    ...[schema, ...list('allOf')].flatMap((s) => [...own(s), ...referred(s)]),
    ...list('allOf').flatMap((member) => (isMap(member) ? declaredInPlace(member, components) : [])),
    ...[...list('oneOf'), ...list('anyOf')].flatMap(own),
  ];
}

/**
 * callgen's request mode rejects unknown properties of an object that says `"type": "object"` and
 * declares properties (or pattern properties), where `additionalProperties` is absent (docs/dialect.md): what the object's
 * own keywords and its subschemas do not evaluate.
 */
function closed(out: JsonObject, around: readonly string[], inPlace: readonly string[]): void {
  const type = out['type'];
  const object = type === 'object' || (Array.isArray(type) && type.includes('object'));
  // A required name no property declares is declared with any value (README, "A required property `properties` ... declares").
  const declares = ['properties', 'patternProperties', 'required'].some((key) => {
    const map = out[key];
    return map !== null && typeof map === 'object' && Object.keys(map).length > 0;
  });
  if (!object || !declares || 'additionalProperties' in out || 'unevaluatedProperties' in out) return;
  out['unevaluatedProperties'] = false;
  const properties = (out['properties'] ?? {}) as JsonObject;
  const required = Array.isArray(out['required']) ? out['required'] : [];
  // What the schemas around an in-place object declare, they check; here any value passes. So do
  // the names its own in-place subschemas declare (declaredInPlace): known whether or not that
  // subschema applies, where unevaluatedProperties alone would credit them only when it does.
  const names = [...around, ...required.flatMap((name) => (typeof name === 'string' ? [name] : [])), ...inPlace];
  out['properties'] = { ...Object.fromEntries(names.map((name) => [name, true])), ...properties };
  // Ajv 8 forgets what `properties` evaluated when a `dependentSchemas` beside it does not apply
  // (ajv-validator/ajv#2483, open), so a declared name would count as unevaluated; in an `allOf`
  // member of its own the same rule keeps the object's own annotations.
  if ('dependentSchemas' in out) {
    out['allOf'] = [...(Array.isArray(out['allOf']) ? out['allOf'] : []), { dependentSchemas: out['dependentSchemas'] ?? {} }];
    delete out['dependentSchemas'];
  }
}

/**
 * The property names an object's in-place subschemas declare (docs/dialect.md, `additionalProperties`),
 * read as model/typed.ts `namesInPlace` reads them: `if`, `then`, `else`, each `dependentSchemas`
 * value and each member or branch, and theirs in turn, inline or in the component a `$ref` among
 * them (or beside the schema's own keywords) names; each schema once, so cycles end.
 */
function declaredInPlace(schema: JsonObject, components: JsonObject): string[] {
  const inPlace = (s: JsonObject): Json[] => [
    ...['if', 'then', 'else'].flatMap((key) => (key in s ? [s[key] ?? null] : [])),
    ...(isMap(s['dependentSchemas']) ? Object.values(s['dependentSchemas']) : []),
    ...['allOf', 'oneOf', 'anyOf'].flatMap((key) => (Array.isArray(s[key]) ? (s[key] as Json[]) : [])),
  ];
  const referred = (s: JsonObject): Json[] => {
    const ref = s['$ref'];
    return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? [components[ref.slice('#/components/schemas/'.length)] ?? null] : [];
  };
  const names: string[] = [];
  const seen = new Set<Json>([schema]);
  const queue = [...referred(schema), ...inPlace(schema)];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (!isMap(node) || seen.has(node)) continue;
    seen.add(node);
    if (isMap(node['properties'])) names.push(...Object.keys(node['properties']));
    queue.push(...referred(node), ...inPlace(node));
  }
  return names;
}

/**
 * 3.0's spellings in 2020-12. `nullable: true` means the schema or null: null joins a type or an
 * enum, and is one more branch of an `anyOf`; any other schema (a `oneOf`, an `allOf`, a `$ref`,
 * object keywords without a type) becomes the first branch of an `anyOf` beside null, and that
 * branch, where the schema's own keywords now stand, is returned (else `out` itself).
 */
function undo30(out: JsonObject): JsonObject {
  for (const [key, bound] of [['exclusiveMaximum', 'maximum'], ['exclusiveMinimum', 'minimum']] as const) {
    if (out[key] === true) out[key] = out[bound] ?? null;
    if (typeof out[key] === 'boolean') delete out[key];
  }
  if (out['nullable'] !== true) return out;
  delete out['nullable'];
  if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
  if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  if ('type' in out || Array.isArray(out['enum']) || Object.keys(out).length === 0) return out;
  if (Array.isArray(out['anyOf'])) {
    out['anyOf'] = [...out['anyOf'], { type: 'null' }];
    return out;
  }
  const own: JsonObject = { ...out };
  for (const key of Object.keys(out)) delete out[key];
  out['anyOf'] = [own, { type: 'null' }];
  return own;
}

/** OpenAPI: a `readOnly` property is not sent in a request (nor required there), a `writeOnly` one not in a response. */
function hidden(out: JsonObject, mode: 'request' | 'response'): void {
  const properties = out['properties'];
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return;
  const keyword = mode === 'request' ? 'readOnly' : 'writeOnly';
  const names = Object.keys(properties).filter((name) => {
    const s = properties[name];
    return s !== null && typeof s === 'object' && !Array.isArray(s) && s[keyword] === true;
  });
  for (const name of names) properties[name] = true;
  if (Array.isArray(out['required'])) out['required'] = out['required'].filter((name) => typeof name !== 'string' || !names.includes(name));
}

/**
 * A discriminator's `oneOf` of `$ref`s: each branch holds its tag to its mapped values, else its
 * component name. Where every branch marks the tag `writeOnly`, a response may leave it out, as
 * callgen reads it (docs/dialect.md, `discriminator`): a response without it is any branch it
 * matches (`anyOf`), and one with it is the branch it names.
 */
function tagged(out: JsonObject, mode: 'request' | 'response', components: JsonObject): void {
  const discriminator = out['discriminator'];
  delete out['discriminator'];
  if (discriminator === null || typeof discriminator !== 'object' || Array.isArray(discriminator) || !Array.isArray(out['oneOf'])) return;
  const property = String(discriminator['propertyName']);
  const mapping = (discriminator['mapping'] ?? {}) as JsonObject;
  const names = out['oneOf'].map((branch) => (isMap(branch) && typeof branch['$ref'] === 'string' ? componentOf(branch['$ref'], mode) : undefined));
  const writeOnly = (name: string | undefined): boolean => {
    const component = name === undefined ? undefined : components[name];
    const properties = isMap(component) ? component['properties'] : undefined;
    const tag = isMap(properties) ? properties[property] : undefined;
    return isMap(tag) && tag['writeOnly'] === true;
  };
  const optional = mode === 'response' && names.every(writeOnly);
  out['oneOf'] = out['oneOf'].map((branch, i) => {
    const name = names[i];
    if (name === undefined) return branch;
    const mapped = Object.keys(mapping).filter((key) => mapping[key] === name || mapping[key] === `#/components/schemas/${name}`);
    const values = mapped.length > 0 ? mapped : [name];
    return { allOf: [branch, { properties: { [property]: { enum: values } }, ...(optional ? {} : { required: [property] }) }] };
  });
  if (optional) {
    out['allOf'] = [...(Array.isArray(out['allOf']) ? out['allOf'] : []), { anyOf: out['oneOf'] }];
    delete out['oneOf'];
  }
}
