import { existsSync } from 'node:fs';
import { mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';
import { generateFolder, problemsOf } from '../support/generate.js';

const BAD = fileURLToPath(new URL('../fixtures/bad-schemas/', import.meta.url));

// What a schema author is told for each broken folder: file, JSON Pointer, what is wrong, what to do.
const expected: Record<string, string[]> = {
  'absolute-uri-ref': [
    'call.json#/properties/x: "$ref": "https://example.com/schemas/x.json" is an absolute URI; callgen does not fetch schemas, so copy the schema it names into the folder (a copy that keeps its "$id" answers this "$ref" as written) or refer to a copy by a path relative to this file',
  ],
  'allof-required-not-declared': ['derived.json#/required: "required" lists "nmae", which no "allOf" member declares; declare it or remove it'],
  'allof-of-union': [
    'base.json#/oneOf: 2 branches of this union may leave out "k", so a value without it cannot be told which branch it is; make "k" required in every branch, or in all but one (which then takes a value without it)',
  ],
  'bad-operations': [
    'more.json#/x-operations/twice: the operation name "twice" is used 2 times (more.json#/x-operations/twice, ops.json#/x-operations/twice); operation names are unique in a folder',
    'ops.json#/x-operations/bad name!: "bad name!" is not a usable operation name; start with a letter and use letters, digits, "_", "." or "-"',
    'ops.json#/x-operations/badBodies/requestBody: "$ref": "ops.json" names an operations file, not a schema type; refer to a type',
    'ops.json#/x-operations/badBodies/responses/200: must be { "$ref": "<schema file>" } or null (no body): a body names one schema type',
    'ops.json#/x-operations/badBodies/responses/201: the response names "thingRequest", a request body root ("x-request-body"), which has no response shape; refer to a response type',
    'ops.json#/x-operations/badBrace/path: "path" "/a/{b" has an unmatched or nested brace; write each parameter as {name}',
    'ops.json#/x-operations/badHeaders/parameters/0/name: "X Trace" is not an HTTP header name; use letters, digits and !#$%&\'*+-.^_`|~',
    'ops.json#/x-operations/badHeaders/parameters/2/name: the header "x-id" is listed twice: header names do not tell case apart',
    'ops.json#/x-operations/badHeaders/parameters/3/name: "Authorization" is set by the HTTP client from the request itself, not by an operation\'s parameters (OpenAPI ignores it too); leave it out',
    'ops.json#/x-operations/badHeaders/parameters/4/in: "h-id" stands in "path", so it is a path parameter, not a header parameter',
    'ops.json#/x-operations/badHeaders/parameters/5/schema: a header parameter must be a string, number, integer, boolean or enum, or a union of those (or null, which leaves it unset): a header carries one value, as text',
    'ops.json#/x-operations/badMethod/method: "method" must be one of GET, POST, PUT, PATCH, DELETE',
    'ops.json#/x-operations/badMethod/path: "path" must be a string starting with "/", parameters in braces: /communications/calls/{call-id}',
    'ops.json#/x-operations/badMethod/responses/2xx: "2xx" is not an HTTP status code (100-599), a range of them (4XX) or "default"',
    'ops.json#/x-operations/badParameters/parameters/0/name: the path parameter "b-id" does not appear in "path"; write it there as {b-id}',
    'ops.json#/x-operations/badParameters/parameters/1/required: a path parameter is always required',
    'ops.json#/x-operations/badParameters/parameters/2/in: "in" must be "path", "query" or "header"',
    'ops.json#/x-operations/badParameters/parameters/2/name: the parameter "a-id" is listed twice',
    'ops.json#/x-operations/badParameters/parameters/3/schema: a query parameter must be a string, number, integer, boolean or enum, or a union of those (or null, which leaves it unset), or an array of those (sent as one name=value pair per item)',
    'ops.json#/x-operations/badPath/path: "path" "/a/{id}/{id}" names the parameter "id" twice',
    'ops.json#/x-operations/noMethod: an operation needs "method"',
    'ops.json#/x-operations/noMethod: an operation needs "responses"',
    'ops.json#/x-operations/noMethod/verb: "verb" is not a property of an operation; use "method", "path", "description", "parameters", "requestBody", "responses", "x-graph-versions", "$comment"',
    'ops.json#/x-operations/twice: the operation name "twice" is used 2 times (more.json#/x-operations/twice, ops.json#/x-operations/twice); operation names are unique in a folder',
    'reserved.json#: the type name "Operations" is one the operations table exports; give this schema another "title" (in an OpenAPI document, another component name)',
    'thing.json#/properties/a/x-operations: "x-operations" belongs at the root of a file, not inside a schema',
  ],
  'bad-keyword-values': [
    'call.json#/properties/a/format: "format" "phone" is not a format callgen checks (uuid, uri, uri-reference, iri, iri-reference, uri-template, date-time, date, time, duration, email, idn-email, hostname, idn-hostname, ipv4, ipv6, json-pointer, relative-json-pointer, regex; and on numbers int8, int16, int32, int64, uint8, uint16, uint32, uint64, float, double); remove it or use "pattern"; or, to leave it unchecked, declare "annotations": ["format:phone"] in callgen.config.json (--annotation format:phone)',
    'call.json#/properties/b/pattern: "pattern" is not a valid regular expression: Invalid regular expression: /([a-z/u: Unterminated character class',
    'call.json#/properties/c/minItems: "minItems" must be a whole number, 0 or more',
    'call.json#/properties/d/required: "required" must be an array of property names',
    // Tauri's config schema: an escape only the legacy (non-unicode) syntax allows, which Ajv refuses too.
    'call.json#/properties/e/pattern: "pattern" is not a valid regular expression: Invalid regular expression: /^[^/\\:]+$/u: Invalid escape; it is valid only in the legacy syntax without the "u" flag, and patterns are read in unicode mode: escape a literal "]", "{" or "}" ("\\]"), and nothing else that has no meaning ("\\:" is ":")',
    'call.json#/type: "type" "objekt" is not a JSON Schema type (string, number, integer, boolean, null, object, array)',
  ],
  'deep-nesting': [
    `deep.json#${'/properties/a'.repeat(64)}: nests more than 128 levels deep; callgen reads at most 128 (its output must stay within what compilers and formatters handle): move inner schemas to "$defs" and refer to them with "$ref"`,
  ],
  'duplicate-anchor': [
    'place.json#/properties/code: the plain name "name" already names place.json#/properties/city in the same schema resource, so a "$ref" to it could mean either; rename one',
  ],
  'malformed-escape-ref': [
    'call.json#/properties/a: "$ref": "#/$defs/x%zz" has a malformed percent escape in "x%zz"; write "%" as "%25"',
  ],
  'older-drafts': [
    'reading.json#/properties/above/exclusiveMinimum: "exclusiveMinimum" is the draft-04 form (a boolean beside "minimum"); write the bound itself, "exclusiveMinimum": <number>, in place of "minimum" (or declare "$schema": "http://json-schema.org/draft-04/schema#" if the file is written in draft-04)',
    'reading.json#/properties/below/exclusiveMaximum: "exclusiveMaximum" is the draft-04 form (a boolean beside "maximum"); write the bound itself, "exclusiveMaximum": <number>, in place of "maximum" (or declare "$schema": "http://json-schema.org/draft-04/schema#" if the file is written in draft-04)',
    `reading.json#/properties/pair/additionalItems: unsupported keyword "additionalItems": it is the draft-07 keyword for the items after a tuple; write "prefixItems" for the positions and "items" for the rest (or declare the draft the file is written in, draft-04 to 2019-09) (see callgen's docs/dialect.md)`,
    'reading.json#/properties/pair/items: "items" is the draft-07 tuple form (an array); write "prefixItems": [...] for the positions, and "items" for the items after them (or declare the draft the file is written in, draft-04 to 2019-09)',
  ],
  'open-integer-enum': [
    'priority.json#/x-open-enum: "x-open-enum" applies to enums of strings only (a service adds string members); remove it here',
  ],
  // A member the service sends but refuses in a request: members of the enum beside it, never all of them.
  'response-only-members': [
    'everyMember.json#/x-response-only-members: lists every member of the enum, so no request could hold a value; leave at least one member out',
    'noEnum.json#/x-open-enum: "x-open-enum" describes the members of an "enum" beside it, and this schema has none; add the enum or remove "x-open-enum"',
    'noEnum.json#/x-response-only-members: "x-response-only-members" describes the members of an "enum" beside it, and this schema has none; add the enum or remove "x-response-only-members"',
    'notAList.json#/x-response-only-members: "x-response-only-members" must be a non-empty array of distinct enum members (strings), the ones the service sends but refuses in a request',
    'notMember.json#/x-response-only-members/1: "z" is not a member of this enum',
  ],
  'runtime-name-collisions': [
    'Foo.json#: the validator validateFoo of "Foo" would collide in index.ts with the builder validateFoo of "ValidateFoo" (both "validateFoo"); give the schema another "title" (in an OpenAPI document, another component name)',
    'OpenEnum.json#: the type OpenEnum of "OpenEnum" would collide in types.ts with the generated OpenEnum (both "OpenEnum"); give the schema another "title" (in an OpenAPI document, another component name)',
    'ValidateFoo.json#: the builder validateFoo of "ValidateFoo" would collide in index.ts with the validator validateFoo of "Foo" (both "validateFoo"); give the schema another "title" (in an OpenAPI document, another component name)',
  ],
  'unrepresentable-numbers': [
    'limits.json#/properties/huge/enum: "enum" holds a number too large for a 64-bit float (it would read as Infinity); use a smaller number',
    'limits.json#/properties/nested/const: "const" holds a number too large for a 64-bit float (it would read as Infinity); use a smaller number',
    'limits.json#/properties/one/const: "const" holds a number too large for a 64-bit float (it would read as Infinity); use a smaller number',
  ],
  'duplicate-discriminator': [
    'mediaConfig.json#/oneOf: two branches of this union (1 and 2) use "@odata.type": "#microsoft.graph.mediaConfig"; each discriminator value must name one type',
  ],
  'mixed-tag-clash': [
    // Branches 1 and 2 share a tag and may be tried one by one; that must not hide the clash of 3 and 4.
    'event.json#/oneOf: two branches of this union (3 and 4) use "kind": "closed"; each discriminator value must name one type',
  ],
  'duplicate-enum-members': ['callState.json#/enum: "enum" lists "established" twice; remove the duplicate'],
  // Two files that declare one $id (CycloneDX's bom-1.2 and its strict variant): each "#/definitions/part" meant the file read last.
  'duplicate-id': [
    'bom.json#: "$id" makes this schema https://example.com/schemas/bom.json, which bom-strict.json# already is, so a "$ref" to it (and a "#/..." inside either) could mean either; give one a distinct "$id", or generate each from a folder of its own',
  ],
  'empty-folder': ['.#: no *.json schema files in this folder; point --schemas at a folder of JSON Schemas'],
  'enum-versions-non-member': [
    'callState.json#/x-enum-versions/ringing: "ringing" is not a member of this enum',
    'callState.json#/x-open-enum: "x-open-enum" must be true or false',
  ],
  'grouped-definitions': [
    // One problem for the group, saying how to move it, rather than one "declare it an annotation" per name in it.
    'agent.json#/$defs/capabilities: holds no keyword, only schemas under names of its own ("web-search", "people"): a group of definitions, which callgen, as JSON Schema, does not read below "$defs"; move each under "$defs" itself ("$defs/capabilities-web-search") and point each "$ref" there',
    `agent.json#/$defs/lone/x-note: unknown keyword "x-note": the x- keywords callgen reads are x-graph-versions, x-enum-versions, x-open-enum, x-response-only-members, x-nullable-in-request, x-optional-in-response, x-request-body, x-operations, x-drift-decisions; if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["x-note"] in callgen.config.json, or --annotation x-note (see callgen's docs/dialect.md)`,
    'agent.json#/properties/capabilities/items/anyOf/0: "$ref": "#/$defs/capabilities/web-search" points at a value that is not a schema ("web-search" there is no keyword but an unknown key or a declared annotation, so what it holds is not read as schemas); point at a schema, moving it under "$defs" if it stands elsewhere',
    'agent.json#/properties/capabilities/items/anyOf/1: "$ref": "#/$defs/capabilities/people" points at a value that is not a schema ("people" there is no keyword but an unknown key or a declared annotation, so what it holds is not read as schemas); point at a schema, moving it under "$defs" if it stands elsewhere',
  ],
  'invalid-json': ['call.json#: not valid JSON: Expected double-quoted property name at line 4, column 1; fix the syntax at that position'],
  'many-problems': [
    'a.json#/properties/c: "$ref": "missing.json" names a file that is not in the schema folder (or is not a readable *.json schema); check the path',
    `a.json#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": beside "if", "dependentSchemas" or both "oneOf" and "anyOf" it depends on what those evaluated, which callgen cannot generate (beside "allOf", "$ref" and one "oneOf" or "anyOf" alone it is read where the members allow); list the properties and use "additionalProperties" on one object schema (see callgen's docs/dialect.md)`,
    `b.json#/$dynamicRef: unsupported keyword "$dynamicRef": its target depends on the path the validator took, which generated straight-line code cannot know; use "$ref" (see callgen's docs/dialect.md)`,
    'b.json#/enum: "enum" lists "x" twice; remove the duplicate',
  ],
  'missing-ref-file': [
    'call.json#/properties/source: "$ref": "participantInfo.json" names a file that is not in the schema folder (or is not a readable *.json schema); check the path',
  ],
  'missing-ref-pointer': [
    'call.json#/properties/state: "$ref": "enums.json#/$defs/callState" points at nothing: there is no "callState" in "/$defs"',
  ],
  'non-object-root': ['list.json#: the file must hold one JSON Schema (an object, or true or false) at its root'],
  'ref-differs-by-query': [
    'advisory.json#/properties/score: "$ref": "https://example.com/scores/score.json" names no schema in the folder, but one has the "$id" "https://example.com/scores/score.json?20240101", which differs from it only in its query; URIs that differ name different schemas, so write the "$ref" as that "$id" (or make the "$id" what the "$ref" says)',
  ],
  'ref-outside-folder': [
    'call.json#/properties/other: "$ref": "../invalid-json/call.json" points outside the schema folder; copy that schema into the folder and refer to it there',
  ],
  'repeated-key': [
    // JSON.parse would keep the second "properties" alone, and "required" would name an undeclared "id".
    'order.json#: not valid JSON: "properties" is repeated in one object at line 6, column 3 (JSON.parse would keep only the last value); fix the syntax at that position',
  ],
  'request-name-collision': [
    'ticket.json#: its request shape would be named "TicketInput", which the type of ticketInput.json# already is; give one of them a distinct "title" to choose its name',
  ],
  // Named by their places, as FHIR's Task and Task_Input are: the message says where the other one is.
  'request-name-collision-by-place': [
    'resources.json#/$defs/Task: its request shape would be named "ResourcesTaskInput", which the type of resources.json#/$defs/Task_Input already is; give one of them a distinct "title" to choose its name',
  ],
  'required-not-declared': ['call.json#/required: "required" lists "callbackUri", which is not among "properties"; declare it or remove it'],
  'self-reference': [
    'base.json#: "base" is defined only by itself (through $ref, allOf or oneOf/anyOf, with no object or array in between); give it a real definition',
    'derived.json#: "derived" is defined only by itself (through $ref, allOf or oneOf/anyOf, with no object or array in between); give it a real definition',
    'echo.json#: "echo" is defined only by itself (through $ref, allOf or oneOf/anyOf, with no object or array in between); give it a real definition',
    'loop.json#: "loop" is defined only by itself (through $ref, allOf or oneOf/anyOf, with no object or array in between); give it a real definition',
  ],
  'two-default-branches': [
    'identity.json#/oneOf: 2 branches of this union may leave out "@odata.type", so a value without it cannot be told which branch it is; make "@odata.type" required in every branch, or in all but one (which then takes a value without it)',
  ],
  'unknown-extension': [
    'call.json#/x-ms-discriminator-value: unknown keyword "x-ms-discriminator-value": the x- keywords callgen reads are x-graph-versions, x-enum-versions, x-open-enum, x-response-only-members, x-nullable-in-request, x-optional-in-response, x-request-body, x-operations, x-drift-decisions; if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["x-ms-discriminator-value"] in callgen.config.json, or --annotation x-ms-discriminator-value (see callgen\'s docs/dialect.md)',
  ],
  'unknown-keyword-beside-unevaluated': [
    'licensed.json#/license: unknown keyword "license": callgen reads only the keywords of its dialect, and refuses others rather than ignore a misspelt one; if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["license"] in callgen.config.json, or --annotation license (see callgen\'s docs/dialect.md)',
  ],
  'unsupported-keyword': [
    `call.json#/properties/id/$dynamicRef: unsupported keyword "$dynamicRef": its target depends on the path the validator took, which generated straight-line code cannot know; use "$ref" (see callgen's docs/dialect.md)`,
    `call.json#/unevaluatedProperties: unsupported keyword "unevaluatedProperties": beside "if", "dependentSchemas" or both "oneOf" and "anyOf" it depends on what those evaluated, which callgen cannot generate (beside "allOf", "$ref" and one "oneOf" or "anyOf" alone it is read where the members allow); list the properties and use "additionalProperties" on one object schema (see callgen's docs/dialect.md)`,
  ],
  'wrong-dialect': [
    'call.json#/$schema: "$schema" "http://json-schema.org/draft-03/schema#" is not a dialect callgen reads (draft 2020-12, 2019-09, draft-07, draft-06 or draft-04); use https://json-schema.org/draft/2020-12/schema',
  ],
};

test('every broken fixture folder has its expectation, and the other way round', async () => {
  const folders = (await readdir(BAD, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(folders.sort()).toEqual(Object.keys(expected).sort());
});

test.each(Object.entries(expected))('%s: every problem at once, with file and JSON Pointer', async (folder, lines) => {
  expect(await problemsOf(path.join(BAD, folder))).toEqual(lines);
});

test('an unreadable schema file is a problem naming it', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-unreadable-'));
  await writeFile(path.join(dir, 'call.json'), '{ "title": "call", "type": "object" }');
  await symlink(path.join(dir, 'nowhere.json'), path.join(dir, 'broken.json'));
  const [line] = await problemsOf(dir);
  expect(line).toBe(`broken.json#: cannot read the file: it is a link to ${path.join(dir, 'nowhere.json')}, which does not exist (ENOENT)`);
});

test('a chain of 1,000 types each extending the next is refused at each 257th, not a stack overflow', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-chain-'));
  for (let i = 0; i < 1000; i++) {
    const next = i < 999 ? { allOf: [{ $ref: `t${i + 1}.json` }] } : {};
    await writeFile(path.join(dir, `t${i}.json`), JSON.stringify({ title: `T${i}`, type: 'object', properties: { [`p${i}`]: { type: 'string' } }, ...next }));
  }
  const chain = 'ends a chain of more than 256 types each built from the next (by "allOf", a union or "$ref" beside other keywords), longer than callgen follows; shorten the chain';
  // Building starts at t0, so t256 is the first past the limit; the types after a refused one make a new chain.
  expect(await problemsOf(dir)).toEqual([256, 513, 770].map((i) => `t${i}.json#: "T${i}" ${chain}`));
});

test('600 types linked one to the next through nullable references generate: a union reads its branches\' types without building them', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-links-'));
  for (let i = 0; i < 600; i++) {
    const next = i < 599 ? { oneOf: [{ $ref: `t${i + 1}.json` }, { type: 'null' }] } : { type: 'string' };
    await writeFile(path.join(dir, `t${i}.json`), JSON.stringify({ title: `T${i}`, type: 'object', properties: { next } }));
  }
  const { files } = await generateFolder(dir);
  expect(files.find((f) => f.path === 'types.ts')?.text).toContain('export interface T0 {\n  next?: T1 | null;\n}');
});

test('a missing schema folder is one problem, with the reason said once', async () => {
  const missing = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-missing-')), 'schemas');
  expect(await problemsOf(missing)).toEqual(['.#: cannot read the schema folder: no such folder (ENOENT)']);
});

test('the CLI exits 2, prefixes each problem with the folder, and writes nothing', async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-out-')), 'generated');
  const io = captureIo(BAD);
  expect(await main(['generate', '--schemas', 'many-problems', '--out', out], io)).toBe(2);
  expect(io.stderr()).toContain('many-problems/b.json#/$dynamicRef: unsupported keyword "$dynamicRef"');
  expect(io.stderr()).toContain('4 problem(s) in many-problems; nothing was written.');
  expect(existsSync(out)).toBe(false);
});

test('an output folder that is, or holds, the schema folder is refused', async () => {
  const io = captureIo(BAD);
  expect(await main(['generate', '--schemas', 'many-problems', '--out', 'many-problems'], io)).toBe(2);
  expect(io.stderr()).toContain('--out many-problems is the schema folder many-problems;');
  expect(await main(['generate', '--schemas', 'many-problems', '--out', '.'], io)).toBe(2);
  expect(io.stderr()).toContain('--out . holds the schema folder many-problems;');
});
