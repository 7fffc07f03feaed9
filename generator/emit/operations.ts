import { requestName } from '../model/reach.js';
import { propertyKey, quote } from '../model/names.js';
import type { Model, NamedType, Operation, OperationParameter } from '../model/types.js';
import { builderName } from './builders.js';
import type { Statement } from './print.js';
import { docsFor } from './types.js';
import { TypeIndex, typeText } from './typeText.js';

/**
 * `operations.ts`: the API's operations as one typed table (`x-operations`). Per operation: method,
 * path template, parameters, a `url` function that fills the template in, the request validator and
 * builder, and a response validator per status, so a typed client is a few lines. Written only when
 * the folder declares operations.
 */
export function operationStatements(model: Model): Statement[] {
  if (model.operations.length === 0) return [];
  const index = new TypeIndex(model);
  const entries = model.operations.map((operation) => entryOf(operation, index));
  const uses = (pick: (entry: Entry) => boolean): boolean => entries.some(pick);
  // Tables without header parameters keep the shape they always had: no `headers` member to call.
  const headers = uses((e) => e.operation.parameters.some((p) => p.in === 'header'));
  return [
    ...imports(uses((e) => e.typesUsed), uses((e) => e.validatorsUsed), uses((e) => e.builder !== undefined)),
    ...(uses((e) => e.operation.parameters.some((p) => p.in === 'query')) ? [queryValueType(), withQueryHelper()] : []),
    ...(headers ? [setHeadersHelper()] : []),
    ...genericDeclarations(headers),
    {
      kind: 'interface',
      name: 'Operations',
      isExported: true,
      docs: ['Every operation of the API, by name.'],
      properties: entries.map((entry) => ({
        name: propertyKey(entry.operation.name),
        isReadonly: true,
        type: entry.typeText,
        docs: docsFor(entry.operation.description, entry.operation.versions, false),
      })),
    },
    {
      kind: 'const',
      isExported: true,
      docs: ['The operations table: how to call each operation and how to check what goes in and comes back.'],
      declarations: [{ name: 'operations', type: 'Operations', initializer: `{\n${entries.map((e) => `${propertyKey(e.operation.name)}: ${e.value(headers)},`).join('\n')}\n}` }],
    },
    ...helperTypes(),
  ];
}

interface Entry {
  readonly operation: Operation;
  readonly typeText: string;
  /** The entry's object literal; `headers`: whether the table's entries have a `headers` function. */
  readonly value: (headers: boolean) => string;
  readonly typesUsed: boolean;
  readonly validatorsUsed: boolean;
  readonly builder: string | undefined;
}

/** What an entry names: its body type and builder, and each status's response type. */
interface Parts {
  readonly body: NamedType | undefined;
  /** The body's type name as sent: its request shape, or its one shape for a scalar body (a string enum, a number). */
  readonly sent: string | undefined;
  readonly builder: string | undefined;
  readonly responses: readonly { readonly status: string; readonly type: NamedType | undefined }[];
}

function entryOf(operation: Operation, index: TypeIndex): Entry {
  const body = operation.requestBody === undefined ? undefined : index.get(operation.requestBody);
  const parts: Parts = {
    body,
    sent: body === undefined ? undefined : body.hasRequestShape ? requestName(body) : body.name,
    builder: body === undefined ? undefined : builderName(body, index),
    responses: operation.responses.map(([status, name]) => ({ status, type: name === undefined ? undefined : index.get(name) })),
  };
  const hasTypes = body !== undefined || parts.responses.some((r) => r.type !== undefined);
  return {
    operation,
    typeText: entryType(operation, parts, index),
    // One member a line, the brackets on lines of their own: the layout indents by the brackets a line leaves open.
    value: (headers) => `{\n${entryFields(operation, parts, headers).join('\n')}\n}`,
    typesUsed: hasTypes || operation.parameters.some((p) => typeText(p.shape, 'request', index, 'T.').includes('T.')),
    validatorsUsed: hasTypes,
    builder: parts.builder,
  };
}

/**
 * An object literal (`separator` ',') or type (';') of these members on one line, as a person
 * writes one: no separator after the last; `{}` when there are none (an operation whose document
 * lists no responses).
 */
function braces(members: readonly string[], separator: ',' | ';'): string {
  return members.length === 0 ? '{}' : `{ ${members.join(`${separator} `)} }`;
}

/** `Operation<…>`, and where the entry has them, its validator and builder typed as present so a caller need not test for undefined. */
function entryType(operation: Operation, { sent, builder, responses }: Parts, index: TypeIndex): string {
  const responseTypes = responses.map(({ status, type }) => `readonly ${propertyKey(status)}: ${type === undefined ? 'undefined' : `T.${type.name}`}`);
  const typeArguments = [parametersType(operation.parameters, index), sent === undefined ? 'undefined' : `T.${sent}`, braces(responseTypes, ';')];
  if (builder !== undefined) typeArguments.push(`Parameters<typeof B.${builder}>[0]`);
  const present = [
    ...(sent === undefined ? [] : [`readonly validateRequest: Validator<T.${sent}>`]),
    ...(builder === undefined ? [] : [`readonly build: typeof B.${builder}`]),
  ];
  return `Operation<${typeArguments.join(', ')}>${present.length === 0 ? '' : ` & ${braces(present, ';')}`}`;
}

function entryFields(operation: Operation, { sent, builder, responses }: Parts, headers: boolean): string[] {
  const orUndefined = (value: string | undefined): string => value ?? 'undefined';
  return [
    `name: ${quote(operation.name)},`,
    `method: ${quote(operation.method)},`,
    `path: ${quote(operation.path)},`,
    `description: ${orUndefined(operation.description === undefined ? undefined : quote(operation.description))},`,
    `parameters: [${operation.parameters.map((p) => `{ name: ${quote(p.name)}, in: ${quote(p.in)}, required: ${String(p.required)} }`).join(', ')}],`,
    `url: ${urlFunction(operation)},`,
    ...(headers ? [`headers: ${headersFunction(operation)},`] : []),
    `validateRequest: ${orUndefined(sent === undefined ? undefined : `V.validate${sent}`)},`,
    `build: ${orUndefined(builder === undefined ? undefined : `B.${builder}`)},`,
    `responses: ${braces(responses.map(({ status, type }) => `${propertyKey(status)}: ${orUndefined(type === undefined ? undefined : `V.validate${type.name}`)}`), ',')},`,
    `versions: ${orUndefined(operation.versions === undefined ? undefined : `[${operation.versions.map(quote).join(', ')}]`)},`,
  ];
}

function parametersType(parameters: readonly OperationParameter[], index: TypeIndex): string {
  if (parameters.length === 0) return '{}';
  // An array parameter is only read, so a caller's readonly array fits too.
  const text = (p: OperationParameter): string => `${p.shape.kind === 'array' ? 'readonly ' : ''}${typeText(p.shape, 'request', index, 'T.')}`;
  return braces(parameters.map((p) => `readonly ${propertyKey(p.name)}${p.required ? '' : '?'}: ${text(p)}`), ';');
}

/** `(parameters) => \`/calls/${…}\``: path parameters encoded into the template, set query parameters appended. */
function urlFunction(operation: Operation): string {
  const pathParts = operation.path.split(/\{([^{}]*)\}/);
  const template = pathParts
    .map((part, i) => (i % 2 === 0 ? templateText(part) : `\${encodeURIComponent(String(parameters[${quote(part)}]))}`))
    .join('');
  const query = operation.parameters.filter((p) => p.in === 'query');
  const path = `\`${template}\``;
  if (query.length === 0) return pathParts.length === 1 ? `() => ${path}` : `(parameters) => ${path}`;
  // Names are encoded here, once; `$` stays as OData writes it (`$top`), being legal in a query.
  const pairs = query.map((p) => `[${quote(encodeURIComponent(p.name).replaceAll('%24', '$'))}, ${optionalParameter(p.name)}]`).join(', ');
  return `(parameters) => withQuery(${path}, [${pairs}])`;
}

/** `(parameters) => setHeaders([...])`: the header parameters that are set, by the name the schema gives them. */
function headersFunction(operation: Operation): string {
  const headers = operation.parameters.filter((p) => p.in === 'header');
  if (headers.length === 0) return '() => ({})';
  return `(parameters) => setHeaders([${headers.map((p) => `[${quote(p.name)}, ${optionalParameter(p.name)}]`).join(', ')}])`;
}

/**
 * Reads an optional parameter. One named like an Object.prototype member (`constructor`,
 * `toString`, `__proto__`) is read as the object's own only: left unset, `parameters.constructor`
 * would be Object and go into the URL as `constructor=function%20Object()...`.
 */
function optionalParameter(name: string): string {
  const read = `parameters[${quote(name)}]`;
  return name in Object.prototype ? `(Object.prototype.hasOwnProperty.call(parameters, ${quote(name)}) ? ${read} : undefined)` : read;
}

/** Literal text inside a template literal: backslashes, backticks and `${` are escaped. */
function templateText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

function imports(types: boolean, validators: boolean, builders: boolean): Statement[] {
  return [
    { kind: 'import', moduleSpecifier: './runtime.js', isTypeOnly: true, namedImports: ['Validator'] },
    ...(types ? [{ kind: 'import', moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' } as const] : []),
    ...(validators ? [{ kind: 'import', moduleSpecifier: './validators.js', namespaceImport: 'V' } as const] : []),
    ...(builders ? [{ kind: 'import', moduleSpecifier: './builders.js', namespaceImport: 'B' } as const] : []),
  ];
}

function queryValueType(): Statement {
  return { kind: 'typeAlias', name: 'QueryValue', type: 'string | number | boolean', docs: ['What a query parameter, or an item of an array one, can be.'] };
}

function withQueryHelper(): Statement {
  return {
    kind: 'function',
    name: 'withQuery',
    docs: [
      'Appends the query parameters that are set, in the order the schema lists them; names come encoded, values are encoded here. ' +
        'An array sends one `name=value` pair per item (OpenAPI\'s `style: form`, `explode: true`); null is not sent, as for an unset parameter.',
    ],
    parameters: [
      { name: 'path', type: 'string' },
      { name: 'query', type: 'readonly (readonly [name: string, value: QueryValue | readonly QueryValue[] | null | undefined])[]' },
    ],
    returnType: 'string',
    statements: [
      'const set = query.flatMap(([name, value]) => (value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map((item) => `${name}=${encodeURIComponent(String(item))}`)));',
      "return set.length === 0 ? path : `${path}?${set.join('&')}`;",
    ],
  };
}

function setHeadersHelper(): Statement {
  return {
    kind: 'function',
    name: 'setHeaders',
    docs: [
      "The header parameters that are set, each value as text; null is not sent, as for an unset parameter. Object.fromEntries defines each name as the object's own, `__proto__` included.",
    ],
    parameters: [{ name: 'headers', type: 'readonly (readonly [name: string, value: string | number | boolean | null | undefined])[]' }],
    returnType: 'Readonly<Record<string, string>>',
    statements: ['return Object.fromEntries(headers.flatMap(([name, value]) => (value === undefined || value === null ? [] : [[name, String(value)]])));'],
  };
}

function genericDeclarations(headers: boolean): Statement[] {
  return [
    { kind: 'typeAlias', name: 'HttpMethod', isExported: true, type: "'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'" },
    {
      kind: 'interface',
      name: 'OperationParameter',
      isExported: true,
      docs: [
        'A parameter of an operation: in the path template (always required) or the query string (a scalar, or an array of scalars sent as one pair per item)' +
          (headers ? ', or a request header (a scalar).' : '.'),
      ],
      properties: [
        { name: 'name', isReadonly: true, type: 'string' },
        { name: 'in', isReadonly: true, type: headers ? "'path' | 'query' | 'header'" : "'path' | 'query'" },
        { name: 'required', isReadonly: true, type: 'boolean' },
      ],
    },
    {
      kind: 'interface',
      name: 'Operation',
      isExported: true,
      docs: [
        `One HTTP operation. \`Parameters\` are its path${headers ? ', query and header' : ' and query'} parameters, \`Body\` its request body (\`undefined\`: none), ` +
          '`Responses` the body type per status (`undefined`: no body), `BuildInput` what its builder takes.',
      ],
      typeParameters: [{ name: 'Parameters' }, { name: 'Body' }, { name: 'Responses' }, { name: 'BuildInput', default: 'never' }],
      properties: [
        { name: 'name', isReadonly: true, type: 'string' },
        { name: 'method', isReadonly: true, type: 'HttpMethod' },
        { name: 'path', isReadonly: true, type: 'string', docs: ['The path template, parameters in braces.'] },
        { name: 'description', isReadonly: true, type: 'string | undefined' },
        { name: 'parameters', isReadonly: true, type: 'readonly OperationParameter[]' },
        { name: 'url', isReadonly: true, type: '(parameters: Parameters) => string', docs: ['The path with its parameters filled in (URI-encoded) and the query parameters that are set.'] },
        ...(headers
          ? [{ name: 'headers', isReadonly: true, type: '(parameters: Parameters) => Readonly<Record<string, string>>', docs: ["The header parameters that are set, as text: spread them into a request's headers beside your own."] }]
          : []),
        { name: 'validateRequest', isReadonly: true, type: 'Validator<Body> | undefined', docs: ['Validates a request body in request mode; undefined when the operation sends none.'] },
        { name: 'build', isReadonly: true, type: '((properties: BuildInput) => Body) | undefined', docs: ["The request body's builder (it fills in the fixed `@odata.type`); undefined when the body has no fixed properties."] },
        {
          name: 'responses',
          isReadonly: true,
          type: '{ readonly [Status in keyof Responses]: Responses[Status] extends undefined ? ([Responses[Status]] extends [never] ? Validator<never> : undefined) : Validator<Responses[Status]> }',
          // `never` (a body no value can be) also extends undefined, so it is told apart from "no body".
          docs: ['A response-mode validator per documented status; undefined for a status without a JSON body.'],
        },
        { name: 'versions', isReadonly: true, type: "readonly ('v1.0' | 'beta')[] | undefined", docs: ['The API versions that have it; undefined: every version.'] },
      ],
    },
  ];
}

function helperTypes(): Statement[] {
  // The parts not picked are inferred under `_` names, which noUnusedParameters lets pass.
  const infer = (picked: string): string => {
    const parts = ['Params', 'Body', 'Responses', 'BuildInput'].map((part) => `infer ${part === picked ? '' : '_'}${part}`);
    return `Operations[Name] extends Operation<${parts.join(', ')}> ? ${picked} : never`;
  };
  return [
    { kind: 'typeAlias', name: 'OperationName', isExported: true, type: 'keyof Operations' },
    { kind: 'typeAlias', name: 'ParametersOf', isExported: true, typeParameters: [{ name: 'Name', constraint: 'OperationName' }], type: infer('Params'), docs: ['The path and query parameters of an operation.'] },
    { kind: 'typeAlias', name: 'RequestOf', isExported: true, typeParameters: [{ name: 'Name', constraint: 'OperationName' }], type: infer('Body'), docs: ['The request body of an operation (`undefined`: none).'] },
    { kind: 'typeAlias', name: 'ResponsesOf', isExported: true, typeParameters: [{ name: 'Name', constraint: 'OperationName' }], type: infer('Responses'), docs: ['The response body type per status of an operation.'] },
  ];
}
