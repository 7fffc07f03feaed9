import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';

// OpenAPI 3.1 schemas are JSON Schema 2020-12: what real 3.1 documents write that 3.0 could not
// (and the slips of real documents found beside it).

const INFO = 'info: { title: t, version: "1" }\n';

/** A 3.1 document of this body, written to a folder of its own. */
async function write(body: string): Promise<{ folder: string; document: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-31-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, `openapi: 3.1.0\n${INFO}${body}`);
  return { folder, document };
}

/** The document's validators (and exports), generated in memory; throws with the problems when it is refused. */
async function load(body: string) {
  const { folder, document } = await write(body);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded;
}

function paths(result: { ok: boolean; errors?: readonly { path: string; keyword: string }[] } | undefined): string[] {
  return result === undefined || result.ok ? [] : (result.errors ?? []).map((e) => `${e.path} ${e.keyword}`);
}

test('schemas beside a $ref (3.1 applies them with it) are read as schemas: their own $refs resolve', async () => {
  const schemas = [
    '    Label: { type: [string, "null"] }',
    '    Owner: { type: object, properties: { name: { type: string } } }',
    '    Thing:',
    '      type: object',
    '      properties:',
    "        owner: { $ref: '#/components/schemas/Owner', properties: { label: { $ref: '#/components/schemas/Label' } } }",
  ];
  const loaded = await load(`paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`);
  const thing = loaded.validators['Thing']?.response;
  expect(paths(thing?.({ owner: { name: 'n', label: null } }))).toEqual([]);
  expect(paths(thing?.({ owner: { name: 1, label: 2 } }))).toEqual(['/owner/name type', '/owner/label type']);
});

test('an operation that lists no responses (3.1 allows it) is in the table, with nothing that comes back typed, and says so', async () => {
  const poke = "post: { operationId: poke, requestBody: { content: { 'application/json': { schema: { type: object, properties: { n: { type: integer } } } } } } }";
  const loaded = await load(`paths:\n  /things/{id}:\n    get: { operationId: look, parameters: [{ name: id, in: path, required: true, schema: { type: string } }] }\n    ${poke}\n`);
  const operations = loaded.exports['operations'] as Record<string, { url: (p: object) => string; description: string; responses: object; validateRequest: (v: unknown) => { ok: boolean } }>;
  expect(operations['look']?.url({ id: 'a b' })).toBe('/things/a%20b');
  expect(operations['look']?.responses).toEqual({});
  expect(operations['look']?.description).toBe('The document lists no responses, so nothing that comes back is typed here.');
  expect(operations['poke']?.validateRequest({ n: 'one' }).ok).toBe(false);
});

test("3.0's nullable in a 3.1 document is read as 3.0 reads it (null allowed), with a note at each place; nullable: false says nothing", async () => {
  const schemas = [
    '    Name: { type: string, nullable: true }',
    '    Size: { type: integer, enum: [1, 2], nullable: true }',
    '    Plain: { type: string, nullable: false }',
    "    Holder: { type: object, properties: { owner: { allOf: [{ $ref: '#/components/schemas/Plain' }], nullable: true } } }",
  ];
  const body = `paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`;
  const { folder, document } = await write(body);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  const read = '"nullable" is OpenAPI 3.0 (3.1 writes "type": ["<type>", "null"]); read as 3.0 reads it: null is allowed';
  expect(result.ok && result.notes.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#'))).toEqual([
    `#/components/schemas/Holder/properties/owner/nullable: ${read}`,
    `#/components/schemas/Name/nullable: ${read}`,
    `#/components/schemas/Size/nullable: ${read}`,
  ]);
  const { validators } = await load(body);
  expect([null, 'a', 3].map((v) => validators['Name']?.response?.(v).ok)).toEqual([true, true, false]);
  expect([null, 2, 3].map((v) => validators['Size']?.response?.(v).ok)).toEqual([true, true, false]);
  expect([null, 'a'].map((v) => validators['Plain']?.response?.(v).ok)).toEqual([false, true]);
  expect([null, 'a', 1].map((owner) => validators['Holder']?.response?.({ owner }).ok)).toEqual([true, true, false]);
});

test('unevaluatedProperties/unevaluatedItems are read as additionalProperties/items where nothing else evaluates, and beside allOf, $ref and a tagged union as their merge; beside another composition, left out with a note', async () => {
  const schemas = [
    '    Closed: { type: object, properties: { a: { type: string } }, unevaluatedProperties: false }',
    '    Typed: { type: object, properties: { a: { type: string } }, unevaluatedProperties: { type: integer } }',
    '    Pair: { type: array, prefixItems: [{ type: string }], unevaluatedItems: false }',
    '    Open: { type: object, additionalProperties: { type: string }, unevaluatedProperties: false }',
    '    Either:',
    '      oneOf: [{ type: object, required: [k], properties: { k: { const: x } } }, { type: object, required: [k], properties: { k: { const: y } } }]',
    '      unevaluatedProperties: false',
    // Beside a union no tag tells apart, two branches may match: inline object schemas evaluate what
    // their "properties" declare, a rule per name; branches that name a type are left out.
    '    Untagged: { oneOf: [{ type: object, properties: { a: {} }, required: [a] }, { type: object, properties: { b: {} }, required: [b] }], unevaluatedProperties: false }',
    '    Loose: { type: object, properties: { a: { type: string } }, anyOf: [{ properties: { b: { const: b } }, required: [b] }, { properties: { c: { type: integer } } }], unevaluatedProperties: false }',
    '    Cond: { type: object, if: { required: [a] }, then: { properties: { b: {} } }, unevaluatedProperties: false }',
    "    Ref: { $ref: '#/components/schemas/Typed', unevaluatedProperties: false }",
    // The table schema folders read by too (test/generator/unevaluated.test.ts): dependentSchemas
    // evaluates no item, and a then with no if is ignored, so neither stops the plain reading.
    '    PairDep: { type: array, prefixItems: [{ type: string }], unevaluatedItems: false, dependentSchemas: { a: { required: [b] } } }',
    '    LoneThen: { type: object, properties: { a: {} }, then: { properties: { b: {} } }, unevaluatedProperties: false }',
    // Beside allOf alone: what no member evaluated (test/generator/unevaluated-allof.test.ts); a
    // member closing itself with a schema is what the merge cannot say, so that one is a note.
    "    Extended: { allOf: [{ $ref: '#/components/schemas/Base' }], properties: { b: { type: string } }, unevaluatedProperties: false }",
    "    Base: { type: object, properties: { a: { type: string } } }",
    "    OverOpen: { allOf: [{ $ref: '#/components/schemas/Open' }], unevaluatedProperties: false }",
  ];
  const body = `paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`;
  const { folder, document } = await write(body);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  const left = (beside: string) => `"unevaluatedProperties" beside ${beside}, which callgen cannot generate, so it was left out, unchecked`;
  expect(result.ok && result.notes.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#'))).toEqual([
    `#/components/schemas/Cond/unevaluatedProperties: ${left('"if" depends on what it evaluates')}`,
    '#/components/schemas/OverOpen/unevaluatedProperties: "unevaluatedProperties" was left out, unchecked: callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here "allOf" member 0 holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")',
    '#/components/schemas/Ref/unevaluatedProperties: "unevaluatedProperties" was left out, unchecked: callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here "$ref" holds the properties its own "properties" leave to its "additionalProperties" (or "unevaluatedProperties")',
    '#/components/schemas/Untagged/unevaluatedProperties: "unevaluatedProperties" was left out, unchecked: callgen reads it beside "allOf", "$ref" and one "oneOf" or "anyOf" (whose branches a tag tells apart, declare nothing more, or are inline object schemas without "type") only where every member (each "allOf" member, the "$ref" target, each branch) is an object schema whose properties are evaluated by "properties" and "patternProperties" alone (or one that lets every other property through), and here no tag tells the "oneOf" branches apart (one property with a distinct "const" in each branch, required in all but one), so more than one may match, and "oneOf" branch 0 is not an inline schema of object keywords without "type": which properties the matching branches evaluated is then known only at run time',
  ]);
  // An unknown key is reported under the keyword the document wrote, as Ajv reports it.
  const { validators } = await load(body);
  const check = (name: string, value: unknown) => paths(validators[name]?.response?.(value));
  expect(check('Closed', { a: 'x', b: 1 })).toEqual(['/b unevaluatedProperties']);
  expect([check('Typed', { b: 1 }), check('Typed', { b: 'x' })]).toEqual([[], ['/b type']]);
  expect(check('Pair', ['a', 'b'])).toEqual(['/1 false']);
  expect(check('Open', { b: 'x' })).toEqual([]);
  // A tagged union: the matching branch's properties and no others (test/generator/unevaluated-union.test.ts).
  expect([check('Either', { k: 'x' }), check('Either', { k: 'x', extra: 1 })]).toEqual([[], ['/extra unevaluatedProperties']]);
  expect(check('Untagged', { a: 1, c: 2 })).toEqual([]);
  expect([check('Loose', { a: 'x', b: 'b', c: 1 }), check('Loose', { b: 'b', c: 'one' }), check('Loose', { b: 'b', d: 1 })]).toEqual([[], ['/c type'], ['/d unevaluatedProperties']]);
  expect([check('PairDep', ['a']), check('PairDep', ['a', 'b'])]).toEqual([[], ['/1 false']]);
  expect([check('LoneThen', { a: 1 }), check('LoneThen', { a: 1, b: 2 })]).toEqual([[], ['/b unevaluatedProperties']]);
  expect([check('Extended', { a: 'x', b: 'y' }), check('Extended', { a: 'x', c: 1 })]).toEqual([[], ['/c unevaluatedProperties']]);
  expect(check('OverOpen', { b: 'x' })).toEqual([]);
});

test('a body whose "schema" is null (a generator\'s placeholder) is read as no schema, any JSON value, with a note', async () => {
  const body = "paths:\n  /items:\n    post:\n      operationId: create\n      requestBody: { content: { 'application/json': { schema: null } } }\n      responses: { '204': { description: done } }\n";
  const { folder, document } = await write(body);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  expect(result.ok ? result.notes.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#')) : result.problems.map(formatProblem)).toEqual([
    '#/paths/~1items/post/requestBody/content/application~1json/schema: "schema" is null, not a Schema Object; read as no schema: any JSON value',
  ]);
  const { validators } = await load(body);
  expect([1, 'a', null, { a: 1 }].map((v) => validators['CreateRequest']?.request?.(v).ok)).toEqual([true, true, true, true]);
});

test('a schema that declares an older draft with $schema (3.1 allows it) is read as that draft means, as a schema file is', async () => {
  const draft4 = "$schema: 'http://json-schema.org/draft-04/schema#'";
  const schemas = [
    `    Bound: { ${draft4}, type: number, maximum: 3, exclusiveMaximum: true }`,
    `    Pair: { ${draft4}, type: array, items: [{ type: string }], additionalItems: false }`,
    "    Deps: { $schema: 'http://json-schema.org/draft-07/schema#', type: object, dependencies: { a: [b] } }",
    "    Sib: { $schema: 'http://json-schema.org/draft-07/schema#', $ref: '#/components/schemas/Bound', maximum: 1 }",
    `    Holder: { type: object, properties: { n: { ${draft4}, type: integer, minimum: 0, exclusiveMinimum: true } } }`,
  ];
  const body = `paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`;
  const { folder, document } = await write(body);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  expect(result.ok ? result.notes.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#')) : result.problems.map(formatProblem)).toEqual([
    '#/components/schemas/Sib: draft-07 ignores every keyword beside "$ref", so "maximum" has no effect here, in callgen as in any draft-07 validator; to apply it too, put the "$ref" in an "allOf" beside it, or declare draft 2019-09 or later',
  ]);
  const { validators } = await load(body);
  const check = (name: string, value: unknown) => paths(validators[name]?.response?.(value));
  expect([check('Bound', 2.5), check('Bound', 3)]).toEqual([[], [' exclusiveMaximum']]);
  expect([check('Pair', ['a']), check('Pair', ['a', 'b'])]).toEqual([[], ['/1 false']]);
  expect([check('Deps', { a: 1, b: 2 }), check('Deps', { a: 1 })]).toEqual([[], ['/b dependentRequired']]);
  expect(check('Sib', 2)).toEqual([]);
  expect([check('Holder', { n: 1 }), check('Holder', { n: 0 })]).toEqual([[], ['/n exclusiveMinimum']]);
});

test('a query parameter that is a string or an array, its items declared beside the oneOf, is typed and sent as either', async () => {
  const domain = '{ name: domain, in: query, schema: { items: { type: string }, maxItems: 3, oneOf: [{ type: array }, { type: string }] } }';
  const loaded = await load(`paths:\n  /aliases:\n    get: { operationId: aliases, parameters: [${domain}], responses: { '204': { description: none } } }\n`);
  const aliases = (loaded.exports['operations'] as Record<string, { url: (p: object) => string }>)['aliases'];
  expect(aliases?.url({ domain: 'a.com' })).toBe('/aliases?domain=a.com');
  expect(aliases?.url({ domain: ['a.com', 'b.org'] })).toBe('/aliases?domain=a.com&domain=b.org');
});

test('additionalProperties: false beside a $ref or oneOf with no properties of its own admits no property, as JSON Schema reads it, and says so; beside allOf it closes the merged object', async () => {
  const schemas = [
    '    Pet: { type: object, properties: { name: { type: string } } }',
    "    Closed: { $ref: '#/components/schemas/Pet', additionalProperties: false }",
    "    Either: { oneOf: [{ $ref: '#/components/schemas/Pet' }, { type: string }], additionalProperties: false }",
    "    Extended: { allOf: [{ $ref: '#/components/schemas/Pet' }], additionalProperties: false }",
    "    Listed: { allOf: [{ $ref: '#/components/schemas/Pet' }], properties: { name: true }, additionalProperties: false }",
  ];
  const body = `paths: {}\ncomponents:\n  schemas:\n${schemas.join('\n')}\n`;
  const { folder, document } = await write(body);
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  const none = (beside: string) => `"additionalProperties": false has no "properties" beside it, so an object here may have no property at all, as JSON Schema reads it: what ${beside} declares is not counted`;
  expect(result.ok ? result.notes.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#')) : result.problems.map(formatProblem)).toEqual([
    `#/components/schemas/Closed/additionalProperties: ${none('"$ref"')}`,
    `#/components/schemas/Either/additionalProperties: ${none('"oneOf"')}`,
  ]);
  const { validators } = await load(body);
  const check = (name: string, value: unknown) => paths(validators[name]?.response?.(value));
  expect([check('Closed', {}), check('Closed', { name: 'Rex' })]).toEqual([[], ['/name additionalProperties']]);
  expect([check('Either', 'Rex'), check('Either', { name: 'Rex' })]).toEqual([[], ['/name additionalProperties']]);
  expect([check('Extended', { name: 'Rex' }), check('Extended', { name: 'Rex', age: 3 })]).toEqual([[], ['/age additionalProperties']]);
  expect([check('Listed', { name: 'Rex' }), check('Listed', { name: 'Rex', age: 3 })]).toEqual([[], ['/age additionalProperties']]);
});

test("jsonSchemaDialect naming an older draft is every schema's default, as a schema's own $schema would be; a dialect callgen does not read is refused there", async () => {
  const header = "jsonSchemaDialect: 'http://json-schema.org/draft-04/schema#'\n";
  const bound = '{ name: n, in: query, schema: { type: integer, maximum: 9, exclusiveMaximum: true } }';
  const body = `${header}paths:\n  /n:\n    get: { operationId: count, parameters: [${bound}], responses: { '204': { description: none } } }\ncomponents:\n  schemas:\n    Pair: { type: array, items: [{ type: string }], additionalItems: false }\n`;
  const { validators } = await load(body);
  expect([paths(validators['Pair']?.response?.(['a'])), paths(validators['Pair']?.response?.(['a', 'b']))]).toEqual([[], ['/1 false']]);
  const { folder, document } = await write(body.replace('draft-04', 'draft-03'));
  const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  // (Read as 2020-12 then, the draft-04 keywords are refused too.)
  expect(result.ok ? [] : result.problems.map(formatProblem).map((line) => line.replace(/^[^#]*#/, '#'))).toContain(
    '#/jsonSchemaDialect: "jsonSchemaDialect" must be https://json-schema.org/draft/2020-12/schema or https://spec.openapis.org/oas/3.1/dialect/base, or a draft callgen reads (draft-04 to 2019-09), or be left out',
  );
});
