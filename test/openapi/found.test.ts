import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';

// Bugs the random OpenAPI documents (random-documents.test.ts) found, each pinned on the smallest
// document that shows it.

type Verdict = (value: unknown) => { readonly ok: boolean; readonly errors?: readonly { path: string; keyword: string }[] };
interface Entry {
  readonly validateRequest: Verdict;
  readonly responses: Record<string, Verdict>;
}

async function operationsOf(yaml: string): Promise<Record<string, Entry>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-found-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, yaml);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.exports['operations'] as Record<string, Entry>;
}

function issues(result: ReturnType<Verdict>): string[] {
  return (result.errors ?? []).map((e) => `${e.path} ${e.keyword}`);
}

test('a required writeOnly property is required of a request only: a response leaves it out, as its type does', async () => {
  const user = '{ type: object, required: [name, password], properties: { name: { type: string }, password: { type: string, writeOnly: true } } }';
  const body = "content: { application/json: { schema: { $ref: '#/components/schemas/User' } } }";
  const operations = await operationsOf(
    `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /users:\n    post: { operationId: createUser, requestBody: { ${body} }, responses: { '201': { description: made, ${body} } } }\ncomponents:\n  schemas:\n    User: ${user}\n`,
  );
  const create = operations['createUser'];
  expect(create?.responses['201']?.({ name: 'Ann' }).ok).toBe(true);
  expect(issues(create?.validateRequest({ name: 'Ann' }) ?? { ok: true })).toEqual(['/password required']);
});

test("an operation's request validator runs in request mode for a body whose type is the same in both modes (a `not` of an object)", async () => {
  // Request mode leaves the readOnly id unrequired: {} is a Thing there, so it is not a NotThing; in response mode it is one.
  const thing = '{ type: object, required: [id], properties: { id: { type: string, readOnly: true } } }';
  const operations = await operationsOf(
    `openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /things:\n    post:\n      operationId: send\n      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/NotThing' } } } }\n      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/NotThing' } } } } }\ncomponents:\n  schemas:\n    Thing: ${thing}\n    NotThing: { not: { $ref: '#/components/schemas/Thing' } }\n`,
  );
  const send = operations['send'];
  expect(issues(send?.validateRequest({}) ?? { ok: true })).toEqual([' not']);
  expect(send?.responses['200']?.({}).ok).toBe(true);
});

async function generated(yaml: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-found-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, yaml);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.exports;
}

test('a boolean schema (3.1) as a component or a body is a type: true admits any value, false none', async () => {
  const json = (schema: string) => `content: { application/json: { schema: ${schema} } }`;
  const responses = `{ '200': { description: a, ${json("{ $ref: '#/components/schemas/Anything' }")} }, '201': { description: b, ${json("{ $ref: '#/components/schemas/Nothing' }")} }, '202': { description: c, ${json('false')} } }`;
  const exports = await generated(`openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get: { operationId: get, responses: ${responses} }\ncomponents:\n  schemas:\n    Anything: true\n    Nothing: false\n`);
  const get = (exports['operations'] as Record<string, Entry>)['get'];
  expect([get?.responses['200']?.(5).ok, get?.responses['201']?.(5).ok, get?.responses['202']?.({}).ok]).toEqual([true, false, false]);
});

test("3.1's null in a path parameter's type list, or in a query array's items' anyOf, is left out with a note, as 3.0's nullable is", async () => {
  const id = "{ name: id, in: path, required: true, schema: { type: [integer, 'null'] } }";
  const tags = "{ name: tags, in: query, schema: { type: array, items: { anyOf: [{ type: string }, { type: 'null' }] } } }";
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-found-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, `openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /items/{id}:\n    get: { operationId: get, parameters: [${id}, ${tags}], responses: { '204': { description: none } } }\n`);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/paths/~1items~1{id}/get/parameters/0/schema/type: a path parameter cannot be null (a path segment is always text), so "null" in its type was left out',
    'openapi.yaml#/paths/~1items~1{id}/get/parameters/1/schema/items/anyOf: an item of a query array cannot be null (each is sent as name=value text), so its "null" branch was left out',
  ]);
  expect(result.model.operations[0]?.parameters.map((p) => `${p.in} ${p.name} ${p.shape.kind}`)).toEqual(['path id number', 'query tags array']);
});

test('a parameter whose schema the table cannot send (a `not`, a $ref to a schema that says nothing, such a schema as a branch) is left out, written into the description', async () => {
  const parameters = "[{ name: q, in: query, schema: { not: { type: string } } }, { name: r, in: query, schema: { $ref: '#/components/schemas/Any' } }, { name: s, in: query, schema: {} }, { name: t, in: query, schema: { oneOf: [{}, { type: string }] } }]";
  const exports = await generated(`openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get: { operationId: get, parameters: ${parameters}, responses: { '204': { description: none } } }\ncomponents:\n  schemas:\n    Any: {}\n`);
  const get = (exports['operations'] as Record<string, { parameters: { name: string }[]; description: string }>)['get'];
  expect(get?.parameters.map((p) => p.name)).toEqual(['s']);
  expect(get?.description.split('\n\n')).toEqual(['q', 'r', 't'].map((name) => `The query parameter "${name}" is not a scalar or an array of scalars sent as repeated name=value pairs (it is serialised by its "style"), so it is not part of the operations table.`));
});

test('an anyOf with a branch that requires nothing (`{}`) is a union, not a list of required names', async () => {
  const exports = await generated(`openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Thing: { type: object, properties: { a: { type: string } }, anyOf: [{}, { required: [a] }] }\n`);
  const validate = exports['validateThing'] as Verdict;
  expect([validate({}).ok, validate({ a: 1 }).ok]).toEqual([true, false]);
});

test('a parameter whose schema is a boolean (3.1) is read as one that says nothing (text), or, for false, left out: nothing could be sent', async () => {
  const parameters = '[{ name: a, in: query, schema: true }, { name: b, in: header, schema: false }]';
  const exports = await generated(`openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get: { operationId: get, parameters: ${parameters}, responses: { '204': { description: none } } }\n`);
  const get = (exports['operations'] as Record<string, { parameters: { name: string }[]; url: (p: object) => string }>)['get'];
  expect(get?.parameters.map((p) => p.name)).toEqual(['a']);
  expect(get?.url({ a: 'x y' })).toBe('/a?a=x%20y');
});

test('null among the enum members of a query array item is left out (with a note); an item that can only be null is refused, not typed as a null the URL cannot take', async () => {
  const tags = "{ name: tags, in: query, schema: { type: array, items: { type: string, enum: [a, null] } } }";
  const exports = await generated(`openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get: { operationId: get, parameters: [${tags}], responses: { '204': { description: none } } }\n`);
  const get = (exports['operations'] as Record<string, { url: (p: object) => string }>)['get'];
  expect(get?.url({ tags: ['a'] })).toBe('/a?tags=a');
  const only = "{ name: tags, in: query, schema: { type: array, items: { $ref: '#/components/schemas/Nothing' } } }";
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-found-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get: { operationId: get, parameters: [${only}], responses: { '204': { description: none } } }\ncomponents:\n  schemas:\n    Nothing: { nullable: true, enum: [null] }\n`);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
    'openapi.yaml#/paths/~1a/get/parameters/0/schema: a query parameter must be a string, number, integer, boolean or enum, or a union of those (or null, which leaves it unset), or an array of those (sent as one name=value pair per item)',
  ]);
});
