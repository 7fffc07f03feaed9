import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';
import * as vehicles from './__snapshots__/discriminator/index.js';
import * as orders from './__snapshots__/between-documents/index.js';
import * as people from './__snapshots__/nullable/index.js';
import * as users from './__snapshots__/read-write/index.js';
import * as prototypeNames from './__snapshots__/prototype-names/index.js';
import { generateDocument, OPENAPI_FIXTURES, problemsOfDocument } from './support.js';

function issues(result: { ok: boolean; errors?: readonly { path: string; keyword: string }[] }): string[] {
  return (result.ok ? [] : (result.errors ?? [])).map((e) => `${e.path} ${e.keyword}`);
}

describe('discriminator', () => {
  test('without mapping, each branch is chosen by its component name', () => {
    expect(vehicles.validatePet({ petType: 'Cat', name: 'Tom', huntingSkill: 'lazy' }).ok).toBe(true);
    expect(issues(vehicles.validatePet({ petType: 'Dog', name: 'Rex', packSize: -1 }))).toEqual(['/packSize minimum']);
    expect(issues(vehicles.validatePet({ petType: 'Bird', name: 'Tweety' }))).toEqual(['/petType discriminator']);
  });

  test('with mapping, the mapped values are the tags, whether the mapping names a pointer or a component', () => {
    expect(vehicles.validateShape({ kind: 'circle', radius: 1 }).ok).toBe(true);
    expect(vehicles.validateShape({ kind: 'square', side: 2 }).ok).toBe(true);
    expect(issues(vehicles.validateShape({ kind: 'Circle', radius: 1 }))).toEqual(['/kind discriminator']);
    // Two mapping values may name one schema: either selects it.
    expect(vehicles.validateShape({ kind: 'box', side: 2 }).ok).toBe(true);
    expect(issues(vehicles.validateShape({ kind: 'box', radius: 1 }))).toEqual(['/side required']);
  });

  test('by inheritance, each child of the base fixes the tag (mapped, or its component name)', () => {
    expect(vehicles.validateBicycle({ vehicleType: 'bike', gears: 3 }).ok).toBe(true);
    expect(vehicles.validateBicycle({ vehicleType: 'bicycle' }).ok).toBe(true);
    expect(issues(vehicles.validateBicycle({ vehicleType: 'Bicycle' }))).toEqual(['/vehicleType enum']);
    expect(vehicles.validateAnyVehicle({ vehicleType: 'Truck', payload: 2.5 }).ok).toBe(true);
    expect(issues(vehicles.validateAnyVehicle({ vehicleType: 'bike', gears: 'many' }))).toEqual(['/gears type']);
    // The base itself stays a plain object: any vehicleType string.
    expect(vehicles.validateVehicle({ vehicleType: 'anything' }).ok).toBe(true);
  });

  test('a $ref to a base its children extend means one of the children, chosen by the tag', () => {
    const garage = { vehicles: [{ vehicleType: 'bike', gears: 3 }, { vehicleType: 'Truck', payload: 2.5 }] };
    expect(vehicles.validateGarage(garage).ok).toBe(true);
    expect(issues(vehicles.validateGarage({ vehicles: [{ vehicleType: 'plane' }] }))).toEqual(['/vehicles/0/vehicleType discriminator']);
    expect(issues(vehicles.validateGarage({ owner: { role: 'staff', name: 'Bo' } }))).toEqual(['/owner/badge required']);
    // A body that is the base: request mode takes the children's properties, and only theirs.
    expect(vehicles.operations.addVehicle.validateRequest({ vehicleType: 'bike', gears: 3 }).ok).toBe(true);
    expect(issues(vehicles.operations.addVehicle.validateRequest({ vehicleType: 'Truck', gears: 3 }))).toEqual(['/gears additionalProperties']);
    // The base's own name is no value unless the mapping lists it.
    expect(issues(vehicles.operations.addVehicle.validateRequest({ vehicleType: 'Vehicle' }))).toEqual(['/vehicleType discriminator']);
  });

  test('a base its mapping names is one of the values itself, beside its children', () => {
    expect(vehicles.validateGarage({ owner: { role: 'person', name: 'Ann' } }).ok).toBe(true);
    expect(issues(vehicles.validateGarage({ owner: { role: 'Person', name: 'Ann' } }))).toEqual(['/owner/role discriminator']);
    // A child refers to the base in its own properties: that reference, too, means any of them.
    const manager = { role: 'Manager', name: 'Cy', reports: [{ role: 'staff', name: 'Di', badge: 1 }, { role: 'person', name: 'Ed' }] };
    expect(vehicles.validateManager(manager).ok).toBe(true);
    // The branch whose role the value names is the nearest: the staff member lacks a badge.
    expect(issues(vehicles.validateManager({ ...manager, reports: [{ role: 'staff', name: 'Di' }] }))).toEqual(['/reports/0 anyOf', '/reports/0/badge required']);
  });

  test("a child's child goes by its own value, which its parent's check admits too", () => {
    const director = { role: 'Director', name: 'Flo', badge: 2, budget: 100 };
    expect(vehicles.validateDirector(director).ok).toBe(true);
    expect(vehicles.validateEmployee(director).ok).toBe(true);
    expect(vehicles.validateGarage({ owner: director }).ok).toBe(true);
    expect(issues(vehicles.validateGarage({ owner: { role: 'Director', name: 'Flo', badge: 2 } }))).toEqual(['/owner/budget required']);
    // Among the schemas a reference means, the parent goes by its own value: "staff" needs no budget.
    expect(vehicles.validateGarage({ owner: { role: 'staff', name: 'Di', badge: 1 } }).ok).toBe(true);
    expect(issues(vehicles.validateDirector({ ...director, role: 'staff' }))).toEqual(['/role const']);
  });

  test("a child whose value the base's enum does not allow gets no tag, and is none of what the base means", async () => {
    expect(vehicles.validateGarage({ image: { flavor: 'Docker', dockerfile: 'FROM node' } }).ok).toBe(true);
    expect(issues(vehicles.validateGarage({ image: { flavor: 'Oci', layers: 3 } }))).toEqual(['/image/flavor const']);
    // The child itself is the base and its own properties: "flavor" keeps the base's values.
    expect(vehicles.validateOciImage({ flavor: 'Oci', layers: 3 }).ok).toBe(true);
    expect(issues(vehicles.validateOciImage({ flavor: 'OCI' }))).toEqual(['/flavor enum']);
    const result = await generateDocument(path.join(OPENAPI_FIXTURES, 'discriminator', 'openapi.yaml'));
    expect(result.ok && result.notes.map(formatProblem)).toEqual([
      'openapi.yaml#/components/schemas/OciImage: its discriminator value "OCI" is not among the values "flavor" allows ("Docker", "Oci"), so no value could be of it; it was given no tag ("flavor" keeps the base\'s values) and is none of the schemas a "$ref" to its base may mean',
    ]);
  });
});

describe('OpenAPI 3.0 nullable, exclusive bounds and formats', () => {
  const person = { name: 'Ann', nickname: null, age: 30, mood: null, address: { street: 'Main' }, previousAddress: null, contact: null };

  test('nullable admits null beside the type, in an enum, around a $ref and around a union', () => {
    expect(people.validatePerson(person).ok).toBe(true);
    expect(people.validatePerson({ ...person, previousAddress: { street: 'Old' }, contact: 7, mood: 'sad' }).ok).toBe(true);
    expect(issues(people.validatePerson({ ...person, name: null, address: null }))).toEqual(['/name type', '/address type']);
  });

  test('nullable admits null around a schema that admits null itself: one with no type (any value), a $ref to a nullable schema, in allOf or oneOf', () => {
    expect(people.validatePerson({ ...person, extra: null, formerNickname: null, alias: null }).ok).toBe(true);
    expect(people.isPerson({ ...person, extra: null, formerNickname: null, alias: null })).toBe(true);
    expect(people.validatePerson({ ...person, extra: { any: ['thing'] }, formerNickname: 'Bobby', alias: 'Bob' }).ok).toBe(true);
    expect(issues(people.validatePerson({ ...person, formerNickname: 7, alias: 7 }))).toEqual(['/formerNickname anyOf', '/formerNickname type', '/alias anyOf', '/alias type']);
  });

  test('exclusiveMaximum: true with maximum excludes the maximum; int32 bounds (and on a number, whole numbers) and base64 are checked', () => {
    expect(issues(people.validatePerson({ ...person, age: 150 }))).toEqual(['/age exclusiveMaximum']);
    expect(people.validatePerson({ ...person, age: 149, id: 2 ** 40, photo: 'aGVsbG8=' }).ok).toBe(true);
    expect(issues(people.validatePerson({ ...person, photo: 'not base64!' }))).toEqual(['/photo pattern']);
    expect(people.validatePerson({ ...person, score: -7 }).ok).toBe(true);
    expect(issues(people.validatePerson({ ...person, score: 9.5 }))).toEqual(['/score multipleOf']);
    expect(issues(people.validatePerson({ ...person, score: 2 ** 31 }))).toEqual(['/score maximum']);
  });
});

describe('readOnly and 3.1 schemas', () => {
  test('a readOnly property is left out of the request shape and only warned about in a request', () => {
    const input = users.validateUserInput({ id: 'u1', name: 'Ann' });
    expect(input.ok).toBe(true);
    expect(input.warnings.map((w) => `${w.path} ${w.keyword}`)).toEqual(['/id readOnly']);
    expect(issues(users.validateUser({ name: 'Ann' }))).toEqual(['/id required']);
  });

  test('a writeOnly property is left out of the response shape and only warned about in a response', () => {
    expect(users.validateUserInput({ name: 'Ann', password: 'long enough' }).ok).toBe(true);
    expect(issues(users.validateUserInput({ name: 'Ann', password: 'short' }))).toEqual(['/password minLength']);
    const response = users.validateUser({ id: 'u1', name: 'Ann', password: 'long enough' });
    expect(response.ok).toBe(true);
    expect(response.warnings.map((w) => `${w.path} ${w.keyword}`)).toEqual(['/password writeOnly']);
  });

  test('a webhook body is a type the API sends, validated like a response', () => {
    expect(users.validateUserDeletedPostRequest({ id: 'u1', reason: null, extra: 1 }).ok).toBe(true);
  });
});

describe('$refs between documents', () => {
  test('components, deep pointers, plain schema files and shared responses resolve', () => {
    expect(orders.validateOrder({ id: 'o1', lines: [{ sku: 'a', quantity: 1 }], shipTo: { city: 'Oslo', zip: null } }).ok).toBe(true);
    expect(issues(orders.validateOrder({ id: 'o1', lines: [{ sku: 'a', quantity: 0 }] }))).toEqual(['/lines/0/quantity minimum']);
    expect(issues(orders.validateReplaceOrderRequest({ lines: [{ sku: 'a' }] }))).toEqual(['/lines/0/quantity required']);
    // The shared response (shared/common.yaml's Done) is a type named by its key.
    expect(orders.validateDone({ done: true }).ok).toBe(true);
  });

  test('a schema file without a title is a type named by its file name', () => {
    expect(orders.billingRegionValues).toEqual(['eu', 'us', 'apac']);
    expect(issues(orders.validateOrder({ id: 'o1', lines: [], region: 'mars' }))).toEqual(['/region enum']);
  });

  test('a file of named schemas: each schema a $ref names is a type, refs inside it resolve', () => {
    expect(orders.validateOrder({ id: 'o1', lines: [], giftWrap: { paper: 'festive', card: 'Happy birthday' }, notes: ['fragile'] }).ok).toBe(true);
    expect(issues(orders.validateOrder({ id: 'o1', lines: [], giftWrap: { paper: 'brown', card: 'x'.repeat(141) }, notes: [1] }))).toEqual([
      '/giftWrap/paper enum',
      '/giftWrap/card maxLength',
      '/notes/0 type',
    ]);
  });
});

describe('operations', () => {
  test('paths become the operations table: parameters from path items and other documents, bodies by name', () => {
    expect(orders.operations.getOrder.url({ orderId: 'a/b' })).toBe('/orders/a%2Fb');
    expect(orders.operations.replaceOrder.validateRequest?.({ lines: [] }).ok).toBe(true);
    expect(orders.operations.replaceOrder.responses['200']({ done: 'yes' }).ok).toBe(false);
    expect(users.operations.createUser.validateRequest?.({ name: 'Ann' }).ok).toBe(true);
    expect(Object.keys(users.operations)).toEqual(['createUser']); // a webhook is sent by the API, not called
  });

  test('names Object.prototype also has are operations and properties like any other', () => {
    expect(Object.keys(prototypeNames.operations)).toEqual(['constructor', 'toString']);
    expect(prototypeNames.operations.constructor.path).toBe('/things');
    // JSON.parse makes "__proto__" an own property, as a payload on the wire is read.
    const thing = JSON.parse('{ "__proto__": "a", "constructor": 1 }') as unknown;
    expect(prototypeNames.operations.constructor.validateRequest(thing).ok).toBe(true);
    expect(issues(prototypeNames.validateThingInput({ constructor: 1 }))).toEqual(['/__proto__ required']);
  });
});

test('extensions of other tools are left out, each with a note where it stood', async () => {
  const result = await generateDocument(path.join(OPENAPI_FIXTURES, 'read-write', 'openapi.yaml'));
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/User/properties/manager/x-internal-note: "x-internal-note" says nothing callgen checks or types, so it was left out',
  ]);
});

const INFO = 'info: { title: t, version: "1" }\n';

test('a format callgen does not check is left out with a note, as JSON Schema reads it (an annotation); one it checks stays', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-formats-'));
  const document = path.join(folder, 'openapi.yaml');
  const properties = '{ id: { type: string, format: uuid }, host: { type: string, format: hostname }, file: { type: string, format: binary }, size: { type: number, format: decimal } }';
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Upload: { type: object, properties: ${properties} }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  // Sorted by pointer, as every note and problem is.
  expect(result.ok && result.notes.map(formatProblem)).toEqual(
    [
      ['file', 'binary'],
      ['size', 'decimal'],
    ].map(([name, format]) => `openapi.yaml#/components/schemas/Upload/properties/${name}/format: "format": "${format}" was left out, unchecked: callgen checks uuid, uri, uri-reference, iri, iri-reference, uri-template, date-time, date, time, duration, email, idn-email, hostname, idn-hostname, ipv4, ipv6, json-pointer, relative-json-pointer, regex`),
  );
  const validate = loaded.validators['Upload']?.response;
  expect(validate?.({ id: '7d4f3a52-9c1e-4b2a-8f00-0123456789ab', host: 'api.example.com', file: '\u0000', size: 1.5 }).ok).toBe(true);
  expect(validate?.({ id: 'not-a-uuid', host: 'not a host name!' })).toMatchObject({ ok: false, errors: [{ path: '/id', keyword: 'format' }, { path: '/host', keyword: 'format' }] });
});

test('YAML merge keys are merged, as js-yaml based tools read them; a key of the node itself wins', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-merge-'));
  const document = path.join(folder, 'openapi.yaml');
  const schemas = [
    '    Base: &base { type: object, properties: { id: { type: string } }, required: [id] }',
    '    Stamped:',
    '      <<: *base',
    '      properties: { id: { type: integer } }',
  ];
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  expect(loaded.validators['Stamped']?.response?.({ id: 7 }).ok).toBe(true);
  expect(loaded.validators['Stamped']?.response?.({})).toMatchObject({ ok: false, errors: [{ path: '/id', keyword: 'required' }] });
});

test('a body typed from application/json where it is offered, whatever comes first; text/json is JSON too', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-media-'));
  const document = path.join(folder, 'openapi.yaml');
  // ASP.NET lists application/json-patch+json first, with the same schema, for a plain JSON body.
  const content = "{ application/json-patch+json: { schema: { type: array } }, application/json: { schema: { $ref: '#/components/schemas/Item' } }, text/json: { schema: { $ref: '#/components/schemas/Item' } } }";
  const post = `post: { operationId: addItem, requestBody: { required: true, content: ${content} }, responses: { '204': { description: none } } }`;
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths:\n  /items: { ${post} }\ncomponents:\n  schemas:\n    Item: { type: object, properties: { name: { type: string } } }\n`);
  const result = await generateDocument(document);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.operations[0]).toMatchObject({ requestBody: 'Item', description: 'Request bodies of type application/json-patch+json, text/json are not typed here: only application/json is.' });
});

describe('optional query parameters', () => {
  test('a nullable one (3.0) is typed with null, and null sends nothing, as unset does; a nullable header too', () => {
    const { findPeople } = people.operations;
    expect(findPeople.url({ nickname: null, mood: null, ages: null })).toBe('/people');
    expect(findPeople.url({ nickname: 'Bo b', mood: 'sad', ages: [3, 4] })).toBe('/people?nickname=Bo%20b&mood=sad&ages=3&ages=4');
    expect(findPeople.headers({ 'X-Trace': null, 'X-Pace': null })).toEqual({});
    expect(findPeople.headers({ 'X-Trace': 't1', 'X-Pace': 'calm' })).toEqual({ 'X-Trace': 't1', 'X-Pace': 'calm' });
  });

  test("FastAPI's anyOf of a type and null (3.1), for a scalar and for an array, generates and sends like 3.0's nullable", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-optional-'));
    const document = path.join(folder, 'openapi.yaml');
    const parameters = [
      "{ name: q, in: query, schema: { anyOf: [{ type: string }, { type: 'null' }] } }",
      "{ name: page, in: query, schema: { type: [integer, 'null'] } }",
      "{ name: tags, in: query, schema: { anyOf: [{ type: array, items: { type: string } }, { type: 'null' }] } }",
    ];
    const get = `get: { operationId: search, parameters: [${parameters.join(', ')}], responses: { '204': { description: none } } }`;
    await writeFile(document, `openapi: 3.1.0\n${INFO}paths:\n  /search: { ${get} }\n`);
    const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const search = (loaded.exports['operations'] as Record<string, { url: (parameters: object) => string }>)['search'];
    expect(search?.url({ q: null, page: 2, tags: null })).toBe('/search?page=2');
    expect(search?.url({ q: 'a', tags: ['x', 'y'] })).toBe('/search?q=a&tags=x&tags=y');
  });
});

test("OpenAPI 3.1's own default dialect may be named in jsonSchemaDialect", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-dialect-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, `openapi: 3.1.0\n${INFO}jsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\npaths: {}\ncomponents:\n  schemas:\n    A: { type: string }\n`);
  const result = await generateDocument(document);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
});

describe('refused, each at file#/json/pointer', () => {
  test('two component names that make one type name: the later one gets a number, with a note (a document cannot be asked to rename)', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-alike-'));
    const file = path.join(folder, 'openapi.yaml');
    await writeFile(file, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    foo-bar: { type: object }\n    foo_bar: { type: string }\n    FooBar: { type: integer }\n`);
    const result = await generateDocument(file);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.model.types.map((t) => `${t.name} ${t.shape.kind}`)).toEqual(['FooBar object', 'FooBar2 string', 'FooBar3 number']);
    expect(result.notes.map(formatProblem)).toEqual([
      'openapi.yaml#/components/schemas/FooBar: would be the type FooBar, as "foo-bar" is; it is named FooBar3',
      'openapi.yaml#/components/schemas/foo_bar: would be the type FooBar, as "foo-bar" is; it is named FooBar2',
    ]);
  });

  test('schema problems are placed in the document, through nullable wraps and discriminator mappings', async () => {
    const document = `openapi: 3.0.3
${INFO}paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        b:
          allOf:
            - type: object
              properties:
                c: { type: array, additionalItems: false }
          nullable: true
        d: { $ref: '#/components/schemas/Missing' }
        e: { $ref: 'other.yaml#/x' }
        f: { type: number, exclusiveMinimum: true }
        g:
          oneOf: [{ $ref: '#/components/schemas/B' }]
          discriminator: { propertyName: k, mapping: { z: '#/components/schemas/A' } }
    B: { type: object, properties: { k: { type: string } } }
`;
    const problems = await problemsOfDocument({ 'openapi.yaml': document });
    expect(problems.map((p) => p.replace(/^[^#]*\/openapi\.yaml#/, 'openapi.yaml#'))).toEqual([
      `openapi.yaml#/components/schemas/A/properties/b/allOf/0/properties/c/additionalItems: unsupported keyword "additionalItems": it is the draft-07 keyword for the items after a tuple; write "prefixItems" for the positions and "items" for the rest (or declare the draft the file is written in, draft-04 to 2019-09) (see callgen's docs/dialect.md)`,
      'openapi.yaml#/components/schemas/A/properties/d/$ref: "$ref": "#/components/schemas/Missing" points at nothing in openapi.yaml',
      'openapi.yaml#/components/schemas/A/properties/e/$ref: "$ref": "other.yaml#/x" names a file that cannot be read: no such file (ENOENT)',
      'openapi.yaml#/components/schemas/A/properties/f/exclusiveMinimum: "exclusiveMinimum": true needs a "minimum" beside it',
      'openapi.yaml#/components/schemas/A/properties/g/discriminator/mapping/z: "z" maps to a schema that is not a branch of "oneOf"; callgen only picks among the branches',
    ]);
  });

  test('documents callgen does not read, and YAML that would change meaning silently', async () => {
    const strip = (lines: string[]) => lines.map((p) => p.replace(/^[^#]*\//, ''));
    expect(strip(await problemsOfDocument({ 'openapi.yaml': 'swagger: "2.0"\n' }))).toEqual([
      'openapi.yaml#: a Swagger 2.0 document; callgen reads OpenAPI 3.0 and 3.1: convert it first (for example with swagger2openapi)',
    ]);
    expect(strip(await problemsOfDocument({ 'openapi.yaml': `openapi: 3.2.0\n${INFO}` }))).toEqual([
      'openapi.yaml#/openapi: "openapi": "3.2.0" is not a version callgen reads (3.0.x, 3.1.x)',
    ]);
    expect(strip(await problemsOfDocument({ 'openapi.yaml': `openapi: 3.1.0\n${INFO}components:\n  schemas:\n    A: { type: string }\n    A: { type: number }\n` }))).toEqual([
      'openapi.yaml#: not valid YAML or JSON: Map keys must be unique at line 6, column 5; fix the syntax there',
    ]);
    expect(strip(await problemsOfDocument({ 'openapi.yaml': `openapi: 3.1.0\n${INFO}components:\n  schemas:\n    A: { type: string, nullable: true }\n    B: { type: string, format: int32, x-a: !custom 1 }\n` }))).toEqual([
      'openapi.yaml#: not valid YAML or JSON: Unresolved tag: !custom at line 6, column 44; fix the syntax there',
    ]);
    // A message with no place to fix gets no "fix the syntax there".
    expect(strip(await problemsOfDocument({ 'openapi.json': '' }, 'openapi.json'))).toEqual(['openapi.json#: not valid JSON: the file is empty: it holds no JSON value']);
    expect(strip(await problemsOfDocument({ 'openapi.yaml': `openapi: 3.1.0\n${INFO}components:\n  schemas:\n    "B c": { type: string }\n` }))).toEqual([
      'openapi.yaml#/components/schemas/B c: "B c" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"), nor one callgen reads: whitespace, "/", "#", "?", "%" and "\\" have a meaning in a "$ref"',
    ]);
  });

  test('a value that never ends (an alias inside its own anchor) or nests past the limit is refused, not a stack overflow', async () => {
    const strip = (lines: string[]) => lines.map((p) => p.replace(/^[^#]*\//, ''));
    const endless = `openapi: 3.1.0\n${INFO}components:\n  schemas:\n    A: &a { type: object, properties: { b: *a } }\n`;
    expect(strip(await problemsOfDocument({ 'openapi.yaml': endless }))).toEqual([
      'openapi.yaml#: not valid YAML or JSON: the alias *a at line 5, column 44 stands inside the node its anchor names, so the value never ends; use a "$ref" instead; fix the syntax there',
    ]);
    const deep = `${'{ "type": "object", "properties": { "a": '.repeat(100)}{}${' } }'.repeat(100)}`;
    const json = `{ "openapi": "3.1.0", "info": { "title": "t", "version": "1" }, "components": { "schemas": { "Deep": ${deep} } } }`;
    expect(strip(await problemsOfDocument({ 'openapi.json': json }, 'openapi.json'))).toEqual([
      `openapi.json#/components/schemas/Deep${'/properties/a'.repeat(62)}/properties: nests more than 128 levels deep; callgen reads at most 128: move inner schemas to "components/schemas" and refer to them with "$ref"`,
    ]);
    // Deeper than the YAML library's own recursion reaches: said as nesting, not as a syntax error.
    const deeper = `openapi: 3.1.0\n${INFO}components:\n  schemas:\n    A: { default: ${'['.repeat(20_000)}${']'.repeat(20_000)} }\n`;
    expect(strip(await problemsOfDocument({ 'openapi.yaml': deeper }))).toEqual([
      expect.stringMatching(/^openapi\.yaml#: nests deeper than the YAML reader can follow at line 5, column \d+; callgen reads at most 128 levels: move inner schemas to "components\/schemas" and refer to them with "\$ref"$/),
    ]);
  });

  test('HEAD, OPTIONS and TRACE operations are left out of the table with a note where they stand', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-head-'));
    const file = path.join(folder, 'openapi.yaml');
    const ok = "{ responses: { '200': { description: ok } } }";
    await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /a:\n    get: ${ok}\n    head: ${ok}\n    options: ${ok}\ncomponents:\n  schemas:\n    A: { type: string }\n`);
    const result = await generateDocument(file);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.model.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /a']);
    expect(result.notes.map(formatProblem)).toEqual(
      ['head', 'options'].map((m) => `openapi.yaml#/paths/~1a/${m}: ${m.toUpperCase()} operations are left out of callgen's operations table (GET, POST, PUT, PATCH, DELETE)`),
    );
  });
});

test('what the operations table cannot hold is written into the operation description, not dropped', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-openapi-notes-'));
  const file = path.join(folder, 'openapi.yaml');
  writeFileSync(
    file,
    `openapi: 3.0.3
${INFO}paths:
  /items/{id}:
    get:
      operationId: get item
      summary: Reads an item.
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: fields, in: query, schema: { type: array, items: { type: string } } }
        - { name: sort, in: query, style: pipeDelimited, schema: { type: array, items: { type: string } } }
        - { name: ids, in: query, explode: false, schema: { type: array, items: { type: integer } } }
        - { name: X-Trace, in: header, schema: { type: string } }
        - { name: X-Version, in: header, schema: { type: integer, nullable: true } }
        - { name: X-Tenant, in: header, schema: { $ref: '#/components/schemas/TenantId' } }
        - { name: filter, in: query, style: deepObject, schema: { $ref: '#/components/schemas/Filter' } }
        - { name: Accept, in: header, schema: { type: string } }
        - { name: X-Tags, in: header, schema: { type: array, items: { type: string } } }
        - { name: session, in: cookie, schema: { type: string } }
        - { name: where, in: query, content: { 'application/json': { schema: { type: object } } } }
      responses:
        '200':
          description: the item
          content:
            application/json: { schema: { type: object, properties: { id: { type: string } } } }
            text/csv: { schema: { type: string } }
            application/hal+json: { schema: { type: object } }
        '4XX':
          description: a client error
          content:
            application/problem+json: { schema: { type: object, properties: { title: { type: string } } } }
        default:
          description: anything else
components:
  schemas:
    TenantId: { type: string, format: uuid }
    Filter: { type: object, properties: { owner: { type: string } } }
`,
  );
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  // A range of statuses and "default" are keys of the table too (here with a body, and without).
  expect(operation).toMatchObject({
    name: 'getItem',
    method: 'GET',
    path: '/items/{id}',
    responses: [
      ['200', 'GetItemResponse200'],
      ['4XX', 'GetItemResponse4xx'],
      ['default', undefined],
    ],
  });
  // A query array sent as repeated pairs (the default form style) is in the table; other styles are
  // not. A scalar header is too; one the client sets (Accept), an array header and a cookie are not.
  // A $ref is judged by what it names: a scalar component is held, an object one written off.
  expect(operation?.parameters.map((p) => `${p.in} ${p.name} ${p.shape.kind}`)).toEqual([
    'path id string',
    'query fields array',
    'header X-Trace string',
    'header X-Version union',
    'header X-Tenant ref',
  ]);
  expect(operation?.description).toBe(
    [
      'Reads an item.',
      'The query parameter "sort" is not a scalar or an array of scalars sent as repeated name=value pairs (it is serialised by its "style"), so it is not part of the operations table.',
      'The query parameter "ids" is not a scalar or an array of scalars sent as repeated name=value pairs (it is serialised by its "style"), so it is not part of the operations table.',
      'The query parameter "filter" is not a scalar or an array of scalars sent as repeated name=value pairs (it is serialised by its "style"), so it is not part of the operations table.',
      'The header parameter "Accept" is ignored, as OpenAPI says: the HTTP client sets it.',
      'The header parameter "X-Tags" is not a scalar (it is serialised by its "style"), so it is not part of the operations table.',
      'The cookie parameter "session" is not part of the operations table.',
      'The query parameter "where" is described by "content", not "schema", so it is not part of the operations table.',
      'Response 200: text/csv bodies are not JSON and not typed here.',
      'Response 200: application/hal+json bodies are not typed here: only application/json is.',
    ].join('\n\n'),
  );
  expect(result.model.types.map((t) => t.name)).toEqual(['Filter', 'GetItemResponse200', 'GetItemResponse4xx', 'TenantId']);
});

test('a status whose bodies are none of them JSON is in the table with no body to validate, so an operation that answers only text generates', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-text-'));
  const file = path.join(folder, 'openapi.yaml');
  const text = "{ description: a quote, content: { 'text/plain': { schema: { type: string } } } }";
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /zen:\n    get:\n      operationId: getZen\n      responses:\n        '200': ${text}\n`);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  expect(operation?.responses).toEqual([['200', undefined]]);
  expect(operation?.description).toBe('Response 200: text/plain bodies are not JSON and not typed here.');
});

test('a body listed only by a media range is not typed, and its note says the range names no JSON type rather than that it is no JSON', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-range-'));
  const file = path.join(folder, 'openapi.yaml');
  const body = "{ content: { '*/*': { schema: { type: object } }, 'text/plain': { schema: { type: string } } } }";
  const answer = "{ description: an echo, content: { 'application/*': { schema: { type: object } } } }";
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /echo:\n    post:\n      operationId: echo\n      requestBody: ${body}\n      responses:\n        '200': ${answer}\n`);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  expect(operation?.description).toBe(
    [
      'The request body is optional.',
      'Request bodies of type text/plain are not JSON and not typed here.',
      'Request bodies of type */* name no JSON media type, so they are not typed here.',
      'Response 200: application/* bodies name no JSON media type, so they are not typed here.',
    ].join('\n\n'),
  );
});

test('a path parameter may be a union of scalars (an id or a name), as GitHub writes workflow_id', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-path-union-'));
  const file = path.join(folder, 'openapi.yaml');
  const parameter = '{ name: workflow_id, in: path, required: true, schema: { oneOf: [{ type: integer }, { type: string }] } }';
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /workflows/{workflow_id}:\n    get:\n      parameters: [${parameter}]\n      responses:\n        '204': { description: none }\n`);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  expect(operation?.parameters.map((p) => `${p.in} ${p.name} ${p.shape.kind}`)).toEqual(['path workflow_id union']);
});

test('a required name "properties" does not declare is read as JSON Schema reads it, with a note: any value, or none in a closed object', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-required-'));
  const document = path.join(folder, 'openapi.yaml');
  const docker = '{ type: object, properties: { tag: { type: array, items: { type: string } } }, required: [tags] }';
  const pages = '{ type: object, properties: { cname: { type: string } }, anyOf: [{ required: [cname] }, { required: [public] }] }';
  const closed = '{ type: object, additionalProperties: false, properties: { a: { type: string } }, required: [b] }';
  const derived = "{ allOf: [{ $ref: '#/components/schemas/Docker' }], required: [tag, digest] }";
  const schemas = `    Docker: ${docker}\n    Pages: ${pages}\n    Closed: ${closed}\n    Derived: ${derived}\n`;
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n${schemas}`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Closed/required: "required" lists "b", which is not among "properties": no value is valid there, as "additionalProperties": false forbids it (JSON Schema\'s reading)',
    'openapi.yaml#/components/schemas/Derived/required: "required" lists "digest", which no "allOf" member declares: it must be present, with any value (JSON Schema\'s reading)',
    'openapi.yaml#/components/schemas/Docker/required: "required" lists "tags", which is not among "properties": it must be present, with any value (JSON Schema\'s reading)',
    'openapi.yaml#/components/schemas/Pages/anyOf/1/required: "public" is required but not among "properties"; it was declared with any value, as JSON Schema reads it',
  ]);
  const docker1 = loaded.validators['Docker']?.response;
  expect(docker1?.({ tags: 1 }).ok).toBe(true);
  expect(docker1?.({ tag: ['v1'] })).toMatchObject({ ok: false, errors: [{ path: '/tags', keyword: 'required' }] });
  expect(loaded.validators['Docker']?.request?.({ tags: 1 }).ok).toBe(true);
  const pages1 = loaded.validators['Pages']?.response;
  expect(pages1?.({ public: true }).ok).toBe(true);
  expect(pages1?.({}).ok).toBe(false);
  const closed1 = loaded.validators['Closed']?.response;
  expect(closed1?.({ a: 'x' })).toMatchObject({ ok: false, errors: [{ path: '/b', keyword: 'required' }] });
  expect(closed1?.({ a: 'x', b: 1 }).ok).toBe(false);
  const derived1 = loaded.validators['Derived']?.response;
  expect(derived1?.({ tag: [], tags: 0, digest: null }).ok).toBe(true);
  expect(derived1?.({ tag: [], tags: 0 })).toMatchObject({ ok: false, errors: [{ path: '/digest', keyword: 'required' }] });
});

test('a schema named by its place yields the name a component has, numbered, with a note that a title would name it', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-placed-'));
  const document = path.join(folder, 'openapi.yaml');
  const order = "{ type: object, properties: { status: { enum: [open, closed] }, next: { $ref: '#/components/schemas/Order/properties/status' } } }";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Order: ${order}\n    OrderStatus: { type: integer }\n`);
  const result = await generateDocument(document);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Order/properties/status: this schema, named by its place, would become the type "OrderStatus", which openapi.yaml#/components/schemas/OrderStatus is; it is named "OrderStatus2" (give it a distinct "title" to choose its name)',
  ]);
  expect(result.model.types.map((t) => t.name).sort()).toEqual(['Order', 'OrderStatus', 'OrderStatus2']);
});

test('schemas no value can match are read as JSON Schema reads them, each with a note, and the rest generates', async () => {
  const document = path.join(OPENAPI_FIXTURES, 'unmatchable', 'openapi.yaml');
  const result = await generateDocument(document);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.notes.map((n) => `${n.pointer}: ${n.message}`)).toEqual([
    '/components/schemas/Change/properties/status: this schema, named by its place, would become the type "ChangeStatus", which openapi.yaml#/components/schemas/ChangeStatus is; it is named "ChangeStatus2" (give it a distinct "title" to choose its name)',
    '/components/schemas/ChangeKind/enum: "created", "found" are not of "type": "integer" and can never match, as JSON Schema reads it; left out; none is left, so no value is valid here',
    '/components/schemas/Token/required: "required" lists "token", which is not among "properties": no value is valid there, as "additionalProperties": false forbids it (JSON Schema\'s reading)',
    '/paths/~1changes/get/parameters/1/schema/enum: ["a","b"] is not of "type": "string" and can never match, as JSON Schema reads it; left out',
    '/paths/~1changes/get/parameters/2/schema/enum: "0", "1" are not of "type": "boolean" and can never match, as JSON Schema reads it; left out',
  ]);
  const loaded = await loadValidators({ schemas: path.dirname(document), out: path.join(tmpdir(), 'callgen-unmatchable'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const kind = loaded.validators['ChangeKind']?.response;
  expect([kind?.(1).ok, kind?.('created').ok]).toEqual([false, false]);
  const token = loaded.validators['Token']?.response;
  expect([token?.({ accessToken: 'a' }).ok, token?.({ accessToken: 'a', token: 'b' }).ok]).toEqual([false, false]);
  const change = loaded.validators['Change']?.response;
  expect([change?.({ status: 'open', previous: 'closed' }).ok, change?.({ kind: 1 }).ok]).toEqual([true, false]);
});

test('an operation whose only response is "default" generates, its body validated under that key', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-default-'));
  const file = path.join(folder, 'openapi.yaml');
  const reply = "{ description: whatever comes back, content: { 'application/json': { schema: { type: object, properties: { message: { type: string } } } } } }";
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /request:\n    post:\n      operationId: send\n      responses:\n        default: ${reply}\n`);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.operations.map((o) => [o.name, o.responses])).toEqual([['send', [['default', 'SendResponseDefault']]]]);
});

test('a component that is only a $ref to another is an alias of it (it was read as a reference to itself)', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-alias-'));
  const document = path.join(folder, 'openapi.yaml');
  const schemas = "    Compact: { type: object, properties: { gid: { type: string } } }\n    Base: { $ref: '#/components/schemas/Compact' }\n";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n${schemas}`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const base = loaded.validators['Base']?.response;
  expect(base?.({ gid: 'g1' }).ok).toBe(true);
  expect(base?.({ gid: 1 })).toMatchObject({ ok: false, errors: [{ path: '/gid', keyword: 'type' }] });
});

test('a query parameter whose enum carries a maxLength is sent like the enum, and one whose schema says nothing is text', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-query-rules-'));
  const file = path.join(folder, 'openapi.yaml');
  const parameters = [
    '{ name: direction, in: query, schema: { type: string, enum: [BEFORE, AFTER], maxLength: 2048 } }',
    "{ name: range, in: query, schema: { example: '20180526,null' } }",
  ];
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /conversations:\n    get:\n      parameters: [${parameters.join(', ')}]\n      responses:\n        '204': { description: none }\n`);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.operations[0]?.parameters.map((p) => `${p.in} ${p.name} ${p.shape.kind}`)).toEqual(['query direction all', 'query range string']);
});

test('an enum whose members are not of its type is read as the document means it, each time with a note', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-enum-types-'));
  const document = path.join(folder, 'openapi.yaml');
  const properties = [
    'state: { type: string, enum: [approved, null] }',
    'spelled: { type: string, nullable: true, enum: [approved, null] }',
    'page: { type: string, enum: [1, 2] }',
    'flag: { type: boolean, enum: ["true", "false"] }',
    'size: { type: integer, enum: ["8", "16"] }',
    'tags: { type: array, items: { type: string }, enum: [live, promotions] }',
    'kinds: { type: array, items: { type: string, enum: [a, b, c] }, enum: [a, b] }',
  ];
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { ${properties.join(', ')} } }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  const at = (name: string): string => `openapi.yaml#/components/schemas/Thing/properties/${name}/enum`;
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    `${at('flag')}: members not of "type": "boolean" were read as its values: "true" as true, "false" as false`,
    `${at('kinds')}: "enum" stands on an array whose items have an "enum" too; it was read as theirs, keeping the members both list`,
    `${at('page')}: members not of "type": "string" were read as its values: 1 as "1", 2 as "2"`,
    `${at('size')}: members not of "type": "integer" were read as its values: "8" as 8, "16" as 16`,
    `${at('state')}: null is among the members, so null is allowed ("type": ["string", "null"])`,
    `${at('tags')}: "enum" stands on an array; it was read as the enum of its items`,
  ]);
  const thing = loaded.validators['Thing']?.response;
  expect(thing?.({ state: null, spelled: null, page: '2', flag: false, size: 16, tags: ['live'], kinds: ['b', 'a'] }).ok).toBe(true);
  expect(thing?.({ page: 2, flag: 'false', size: '16', tags: ['sport'], kinds: ['c'] })).toMatchObject({
    ok: false,
    errors: [{ path: '/page' }, { path: '/flag' }, { path: '/size' }, { path: '/tags/0' }, { path: '/kinds/0' }],
  });
});

test('a pattern JSON Schema cannot run (an escape unicode mode refuses, or no string at all) is left out with a note; a valid one stays', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-pattern-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Stamp: { type: object, properties: { at: { type: string, pattern: '^\\d{2}\\:\\d{2}$' }, id: { type: string, pattern: '^[a-z]+$' }, code: { type: string, pattern: 0 } } }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Stamp/properties/at/pattern: "pattern" is not a regular expression JSON Schema can run (in unicode mode), so it was left out, unchecked',
    'openapi.yaml#/components/schemas/Stamp/properties/code/pattern: "pattern" is not a string (it is 0), so it was left out, unchecked',
  ]);
  const stamp = loaded.validators['Stamp']?.response;
  expect(stamp?.({ at: 'any text', id: 'abc', code: '0:00' }).ok).toBe(true);
  expect(stamp?.({ id: 'ABC' })).toMatchObject({ ok: false, errors: [{ path: '/id', keyword: 'pattern' }] });
});

test('parameters the table cannot key by name are left out with a note: a query or header parameter of a path parameter\'s name, a second of one name, one without a name, a path parameter the path lacks', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-same-name-'));
  const file = path.join(folder, 'openapi.yaml');
  const parameters = [
    '{ name: token, in: query, schema: { type: string } }',
    '{ name: token, in: path, required: true, schema: { type: string } }',
    '{ name: Last-Event-ID, in: header, schema: { type: string } }',
    '{ name: last-event-id, in: header, schema: { type: string } }',
    '{ name: Last-Event-ID, in: query, schema: { type: string } }',
    "{ name: '', in: query, schema: { type: string } }",
    '{ name: owner, in: path, required: true, schema: { type: string } }',
    '{ name: limit, in: query, schema: { type: integer } }',
  ];
  const responses = "responses: { '204': { description: none } }";
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /tokens/{token}:\n    delete: { operationId: revoke, parameters: [${parameters.join(', ')}], ${responses} }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: file });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  // The path parameter keeps its name wherever it is listed; of two others, the first listed.
  expect(operation?.parameters.map((p) => `${p.in} ${p.name}`)).toEqual(['path token', 'query limit', 'header Last-Event-ID']);
  expect(operation?.description).toBe(
    [
      'The query parameter "token" has the name of the path parameter {token}; the table keys parameters by name, so it is not part of it.',
      'The header parameter "last-event-id" has the name of another parameter of the operation; the table keys parameters by name (headers regardless of case), so it is not part of it.',
      'The query parameter "Last-Event-ID" has the name of another parameter of the operation; the table keys parameters by name (headers regardless of case), so it is not part of it.',
      'A query parameter without a name is not part of the operations table.',
      'The path parameter "owner" has no {owner} in the path, so it is not part of the operations table.',
    ].join('\n\n'),
  );
  const revoke = (loaded.exports['operations'] as Record<string, { url: (parameters: object) => string }>)['revoke'];
  expect(revoke?.url({ token: 'a b', limit: 2 })).toBe('/tokens/a%20b?limit=2');
});

test('an operationId used twice, a component named as the operations table exports a type, and an enum member listed twice are kept, each with a note', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-repeats-'));
  const file = path.join(folder, 'openapi.yaml');
  const get = "{ operationId: listJobs, responses: { '200': { description: jobs, content: { application/json: { schema: { $ref: '#/components/schemas/Operation' } } } } } }";
  const kind = '{ type: string, enum: [a, b, a] }';
  const code = "{ type: integer, enum: [1, '1', 2] }";
  const schemas = `    Operation: { type: object, properties: { kind: ${kind}, code: ${code} } }\n    HttpMethod: { type: string }\n`;
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /jobs: { get: ${get} }\n  /jobs/: { get: ${get} }\ncomponents:\n  schemas:\n${schemas}`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: file });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.operations.map((o) => `${o.name} ${o.path} ${o.responses.map(([status, type]) => `${status} ${type}`).join()}`)).toEqual([
    'listJobs /jobs 200 Operation2',
    'listJobs2 /jobs/ 200 Operation2',
  ]);
  expect(result.model.types.map((t) => t.name)).toEqual(['HttpMethod2', 'Operation2']);
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/HttpMethod: would be the type HttpMethod, which the operations table exports; it is named HttpMethod2',
    'openapi.yaml#/components/schemas/Operation: would be the type Operation, which the operations table exports; it is named Operation2',
    'openapi.yaml#/components/schemas/Operation/properties/code/enum: "enum" lists 1 more than once; it is kept once',
    'openapi.yaml#/components/schemas/Operation/properties/code/enum: members not of "type": "integer" were read as its values: "1" as 1',
    'openapi.yaml#/components/schemas/Operation/properties/kind/enum: "enum" lists "a" more than once; it is kept once',
    'openapi.yaml#/paths/~1jobs~1/get: an earlier operation is named "listJobs" too; this one is named "listJobs2"',
  ]);
  const operation = loaded.validators['Operation2']?.response;
  expect(operation?.({ kind: 'a', code: 1 }).ok).toBe(true);
  expect(operation?.({ kind: 'c', code: 2 })).toMatchObject({ ok: false, errors: [{ path: '/kind', keyword: 'enum' }] });
});

test('a query array of unions of scalars, of enums with int32 bounds, or of items the schema says nothing of is sent item by item; a nullable path parameter, or query item, is a string', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-query-items-'));
  const file = path.join(folder, 'openapi.yaml');
  const parameters = [
    '{ name: id, in: path, required: true, schema: { type: string, nullable: true } }',
    '{ name: location, in: query, schema: { type: array, items: { anyOf: [{ type: integer }, { type: string }] } } }',
    '{ name: route_types, in: query, schema: { type: array, items: { type: integer, format: int32, enum: [0, 1, 2] } } }',
    '{ name: tags, in: query, schema: { type: array, nullable: true, items: { description: a tag } } }',
    '{ name: types, in: query, schema: { type: array, items: { type: string, maxLength: 8, nullable: true } } }',
  ];
  await writeFile(file, `openapi: 3.0.3\n${INFO}paths:\n  /stops/{id}:\n    get: { operationId: getStop, parameters: [${parameters.join(', ')}], responses: { '204': { description: none } } }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: file });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const [operation] = result.model.operations;
  expect(operation?.parameters.map((p) => `${p.in} ${p.name} ${p.shape.kind} ${p.shape.kind === 'array' ? p.shape.items.kind : ''}`.trim())).toEqual([
    'path id string',
    'query location array union',
    'query route_types array all',
    'query tags union',
    'query types array string',
  ]);
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/paths/~1stops~1{id}/get/parameters/0/schema/nullable: a path parameter cannot be null (a path segment is always text), so "nullable" was left out',
    'openapi.yaml#/paths/~1stops~1{id}/get/parameters/4/schema/items/nullable: an item of a query array cannot be null (each is sent as name=value text), so "nullable" was left out',
  ]);
  const getStop = (loaded.exports['operations'] as Record<string, { url: (parameters: object) => string }>)['getStop'];
  expect(getStop?.url({ id: 's1', location: [3, 'Flinders'], route_types: [0, 2], tags: ['a'], types: ['cv', 'cr'] })).toBe(
    '/stops/s1?location=3&location=Flinders&route_types=0&route_types=2&tags=a&types=cv&types=cr',
  );
});

test('a key that is no keyword of JSON Schema or OpenAPI (a property written a level too high) is left out with a note, as JSON Schema ignores it; a keyword the dialect does not read is still refused', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-stray-key-'));
  const document = path.join(folder, 'openapi.yaml');
  const setting = '{ type: object, properties: { position: { type: integer } }, auto_bump_days: { type: integer }, maxLenght: 3 }';
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Setting: ${setting}\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Setting/auto_bump_days: "auto_bump_days" is no keyword of JSON Schema or OpenAPI, which JSON Schema ignores, so it was left out',
    'openapi.yaml#/components/schemas/Setting/maxLenght: "maxLenght" is no keyword of JSON Schema or OpenAPI, which JSON Schema ignores, so it was left out; did you mean "maxLength"?',
  ]);
  expect(loaded.validators['Setting']?.response?.({ position: 1, auto_bump_days: 'x' }).ok).toBe(true);
  const refused = await problemsOfDocument({ 'openapi.yaml': `openapi: 3.1.0\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Open: { type: object, dependencies: { a: [b] } }\n` });
  expect(refused).toEqual([expect.stringMatching(/^openapi\.yaml#\/components\/schemas\/Open\/dependencies: unsupported keyword "dependencies"/)]);
});

test('a problem naming a place inside an inline body names it in the document, not in the generated file the reference was rewritten to', async () => {
  const body = "{ type: object, properties: { size: { enum: [{ type: integer }] } } }";
  const get = `get: { operationId: getThing, responses: { '200': { description: a thing, content: { application/json: { schema: ${body} } } } } }`;
  const size = "{ $ref: '#/paths/~1things/get/responses/200/content/application~1json/schema/properties/size/enum/0' }";
  const problems = await problemsOfDocument({ 'openapi.yaml': `openapi: 3.0.3\n${INFO}paths:\n  /things: { ${get} }\ncomponents:\n  schemas:\n    Box: { type: object, properties: { size: ${size} } }\n` });
  expect(problems).toEqual([
    'openapi.yaml#/components/schemas/Box/properties/size: "$ref": "openapi.yaml#/paths/~1things/get/responses/200/content/application~1json/schema/properties/size/enum/0" points at a value that is not a schema ("enum/0" there is inside the value of "enum"); point at a schema, moving it under "$defs" if it stands elsewhere',
  ]);
});

test('a union whose branches may leave out their tag is checked branch by branch, with a note, as JSON Schema reads it; a schema folder is still asked for one default branch (problems.test.ts, two-default-branches)', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-optional-tags-'));
  const document = path.join(folder, 'openapi.yaml');
  const card = "{ type: object, required: [number], properties: { type: { type: string, enum: [card] }, number: { type: string } } }";
  const bank = "{ type: object, required: [iban], properties: { type: { type: string, enum: [bank] }, iban: { type: string } } }";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Party: { oneOf: [${card}, ${bank}] }\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Party/oneOf: 2 branches of this union may leave out "type", so it is no tag: each value is checked against every branch, as JSON Schema reads a union',
  ]);
  const party = loaded.validators['Party']?.response;
  expect(party?.({ type: 'card', number: '4111' }).ok).toBe(true);
  expect(party?.({ iban: 'DE89' }).ok).toBe(true);
  // Neither branch: without the tag, nothing says which branch was meant.
  expect(party?.({ type: 'bank', number: '4111' })).toMatchObject({ ok: false });
  expect(party?.({ number: '4111', iban: 'DE89' })).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'oneOf' }] });
});

test('a tag two branches share is no tag in a document: an explicit oneOf then needs exactly one branch to match, with a note (a schema folder is refused, problems.test.ts); two children of one base with one value are what a reference to the base means, at least one must match', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-shared-tag-'));
  const document = path.join(folder, 'openapi.yaml');
  // Alike in what they require, told apart only by the type of "amount".
  const whole = "{ type: object, required: [kind, amount], properties: { kind: { type: string, enum: [fee] }, amount: { type: integer } } }";
  const text = "{ type: object, required: [kind, amount], properties: { kind: { type: string, enum: [fee] }, amount: { type: string } } }";
  const child = (name: string, extra: string) => `    ${name}:\n      x-discriminator-value: same\n      allOf: [{ $ref: '#/components/schemas/Base' }, { type: object, properties: { ${extra}: { type: string } } }]\n`;
  const base = '    Base: { type: object, required: [kind], properties: { kind: { type: string } }, discriminator: { propertyName: kind } }\n';
  const holder = "    Holder: { type: object, properties: { b: { $ref: '#/components/schemas/Base' } } }\n";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths: {}\ncomponents:\n  schemas:\n    Charge: { oneOf: [${whole}, ${text}] }\n${base}${child('A', 'a')}${child('B', 'b')}${holder}`);
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Charge/oneOf: two branches of this union (1 and 2) use "kind": "fee", so it is no tag: each value is checked against every branch, as JSON Schema reads a union',
  ]);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const charge = loaded.validators['Charge']?.response;
  expect(charge?.({ kind: 'fee', amount: 3 }).ok).toBe(true);
  expect(charge?.({ kind: 'fee', amount: '3' }).ok).toBe(true);
  expect(charge?.({ kind: 'fee', amount: true })).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'oneOf' }, { path: '/amount', keyword: 'type' }] });
  // A reference to a base means any schema extending it: a value both children accept is one of them.
  const holderOf = loaded.validators['Holder']?.response;
  expect(holderOf?.({ b: { kind: 'same' } }).ok).toBe(true);
  expect(holderOf?.({ b: { kind: 'same', a: 'x' } }).ok).toBe(true);
  // Neither child takes a number for its own string property.
  expect(holderOf?.({ b: { kind: 'same', a: 1, b: 2 } })).toMatchObject({ ok: false });
  expect(holderOf?.({ b: { kind: 'other' } })).toMatchObject({ ok: false });
});

test("a request shape whose name (<Name>Input) another component has is numbered, with a note naming the other; a schema folder is still asked to give one a title", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-input-name-'));
  const document = path.join(folder, 'openapi.yaml');
  const post = "post: { operationId: createPost, requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Post' } } } }, responses: { '201': { description: made } } }";
  const schemas = '    Post: { type: object, properties: { id: { type: string, readOnly: true }, title: { type: string } } }\n    PostInput: { type: object, properties: { text: { type: string } } }\n';
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths:\n  /posts: { ${post} }\ncomponents:\n  schemas:\n${schemas}`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const result = await generateDocument(document);
  expect(result.ok && result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Post: its request shape would be named "PostInput", which the type of openapi.yaml#/components/schemas/PostInput already is; it is named "PostInput2"',
  ]);
  const types = result.ok ? result.files.find((f) => f.path === 'types.ts')?.text : undefined;
  expect(types).toMatch(/export interface PostInput2 \{/);
  expect(types).toMatch(/export interface PostInput \{/);
  // The request validator checks Post's request shape (no readOnly id), the response one PostInput's.
  expect(loaded.validators['Post']?.request?.({ title: 't', id: 'p1' }).ok).toBe(true);
  expect(loaded.validators['Post']?.request?.({ title: 1 })).toMatchObject({ ok: false, errors: [{ path: '/title' }] });
  expect(loaded.validators['PostInput']?.response?.({ text: 'x' }).ok).toBe(true);
});

test('a $ref into a parameter schema under paths, and a response that names an inline request body, resolve as the document means them', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-refs-into-paths-'));
  const document = path.join(folder, 'openapi.yaml');
  const vendor = "{ name: vendor, in: path, required: true, schema: { type: string, enum: [tesla, bmw] } }";
  const body = '{ type: object, required: [name], properties: { id: { type: string, readOnly: true }, name: { type: string } } }';
  const post = `post: { operationId: addLocation, requestBody: { content: { application/json: { schema: ${body} } } }, responses: { '201': { description: made, content: { application/json: { schema: { $ref: '#/paths/~1locations/post/requestBody/content/application~1json/schema' } } } } } }`;
  const link = "Link: { type: object, properties: { vendor: { $ref: '#/paths/~1vendors~1%7Bvendor%7D/delete/parameters/0/schema' } } }";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths:\n  /vendors/{vendor}:\n    delete: { operationId: unlink, parameters: [${vendor}], responses: { '204': { description: none } } }\n  /locations: { ${post} }\ncomponents:\n  schemas:\n    ${link}\n`);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  expect(loaded.validators['Link']?.response?.({ vendor: 'bmw' }).ok).toBe(true);
  expect(loaded.validators['Link']?.response?.({ vendor: 'audi' })).toMatchObject({ ok: false, errors: [{ path: '/vendor', keyword: 'enum' }] });
  // Sent and answered: a request shape (the readOnly id not required of it) and a response shape.
  expect(loaded.validators['AddLocationRequest']?.request?.({ name: 'depot' }).ok).toBe(true);
  expect(loaded.validators['AddLocationRequest']?.response?.({ id: 'l1', name: 'depot' }).ok).toBe(true);
});

test("a response may name another operation's inline body, even one whose path comes later in the document", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-later-body-'));
  const document = path.join(folder, 'openapi.yaml');
  const error = "{ description: not found, content: { application/json: { schema: { title: ErrorStandard, type: object, properties: { message: { type: string } } } } } }";
  const named = "{ description: bad, content: { application/json: { schema: { $ref: '#/paths/~1orders/get/responses/404/content/application~1json/schema' } } } }";
  await writeFile(document, `openapi: 3.0.3\n${INFO}paths:\n  /inventory:\n    get: { operationId: getInventory, responses: { '400': ${named} } }\n  /orders:\n    get: { operationId: getOrders, responses: { '404': ${error} } }\n`);
  const result = await generateDocument(document);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.operations.map((o) => `${o.name} ${o.responses.map(([status, type]) => `${status} ${type}`).join()}`)).toEqual([
    'getInventory 400 GetOrdersResponse404',
    'getOrders 404 GetOrdersResponse404',
  ]);
});
