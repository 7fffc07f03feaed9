import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { exportFolder } from '../../generator/commands/export.js';
import { BUNDLED_SCHEMAS } from '../../generator/config/targets.js';
import { formatProblem } from '../../generator/diagnostics.js';
import { parseYaml } from '../../generator/openapi/documents.js';
import { generate } from '../../generator/pipeline.js';
import { captureIo } from '../support/io.js';

/** Everything but the banner, which names the input. */
const body = (text: string): string => text.slice(text.indexOf('\n') + 1);

const OPERATIONS_FIXTURE = fileURLToPath(new URL('../fixtures/generator/operations/', import.meta.url));

test.each([
  ['the curated schemas', BUNDLED_SCHEMAS, 'curated.yaml'],
  ['the curated schemas', BUNDLED_SCHEMAS, 'curated.json'],
  // Path, query and header parameters, optional and required, and an operation of one API version.
  ['the operations fixture', OPERATIONS_FIXTURE, 'operations.json'],
])('%s exported as OpenAPI 3.1 (%s) generate exactly the code the folder does', async (_what, schemas, name) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-'));
  const file = path.join(folder, name);
  const exported = await exportFolder(schemas, file);
  if (!exported.ok) throw new Error(exported.problems.map(formatProblem).join('\n'));
  writeFileSync(file, exported.text);
  const out = path.join(folder, 'generated');
  const [direct, roundTrip] = await Promise.all([generate({ schemas, out }), generate({ schemas: folder, out, openapi: file })]);
  if (!direct.ok || !roundTrip.ok) throw new Error(`${direct.ok ? '' : direct.problems.map(formatProblem).join('\n')}${roundTrip.ok ? '' : roundTrip.problems.map(formatProblem).join('\n')}`);
  expect(roundTrip.notes).toEqual([]);
  expect(roundTrip.files.map((f) => f.path)).toEqual(direct.files.map((f) => f.path));
  expect(roundTrip.files.map((f) => f.path)).toContain('operations.ts');
  for (const [i, file] of direct.files.entries()) expect(body(roundTrip.files[i]?.text ?? ''), file.path).toBe(body(file.text));
});

test('the export is an OpenAPI 3.1 document: components by schema name, paths from x-operations', async () => {
  const exported = await exportFolder(BUNDLED_SCHEMAS);
  if (!exported.ok) throw new Error('refused');
  const parsed = parseYaml(exported.text);
  const document = (parsed.ok ? parsed.value : {}) as Record<string, any>;
  expect(document['openapi']).toBe('3.1.0');
  expect(document['components'].schemas['createCallRequest']['x-request-body']).toBe(true);
  expect(document['components'].schemas['call']['$id']).toBeUndefined();
  expect(document['paths']['/communications/calls'].post).toMatchObject({
    operationId: 'createCall',
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/createCallRequest' } } } },
    responses: { '201': { content: { 'application/json': { schema: { $ref: '#/components/schemas/call' } } } } },
  });
  expect(document['paths']['/communications/calls/{call-id}'].delete.parameters).toEqual([{ name: 'call-id', in: 'path', required: true, schema: { type: 'string' } }]);
});

test('a title that is no component name is exported under its type name, and reads back as the same types', async () => {
  // OSV's and CycloneDX's schemas have such titles; the export refused them ("rename it").
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-titles-'));
  const schemas = path.join(folder, 'schemas');
  mkdirSync(schemas);
  writeFileSync(path.join(schemas, 'vuln.json'), JSON.stringify({ title: 'Open Source Vulnerability', type: 'object', properties: { range: { $ref: 'range.json' } }, required: ['range'] }));
  writeFileSync(path.join(schemas, 'range.json'), JSON.stringify({ title: 'affected range', type: 'object', properties: { from: { type: 'string' } } }));
  const file = path.join(folder, 'api.json');
  const exported = await exportFolder(schemas, file);
  if (!exported.ok) throw new Error(exported.problems.map(formatProblem).join('\n'));
  writeFileSync(file, exported.text);
  expect(Object.keys((JSON.parse(exported.text) as { components: { schemas: object } }).components.schemas).sort()).toEqual(['AffectedRange', 'OpenSourceVulnerability']);
  const out = path.join(folder, 'generated');
  const [direct, roundTrip] = await Promise.all([generate({ schemas, out }), generate({ schemas: folder, out, openapi: file })]);
  if (!direct.ok || !roundTrip.ok) throw new Error([...(direct.ok ? [] : direct.problems), ...(roundTrip.ok ? [] : roundTrip.problems)].map(formatProblem).join('\n'));
  // The same code, but for the registry's keys, which are the components' names.
  const registryKeys = (text: string): string => text.replace("'affected range'", "'AffectedRange'").replace("'Open Source Vulnerability'", "'OpenSourceVulnerability'");
  for (const [i, generated] of direct.files.entries()) expect(body(roundTrip.files[i]?.text ?? ''), generated.path).toBe(registryKeys(body(generated.text)));
  // Where the type name is no component name either, the export still says so.
  const unicode = mkdtempSync(path.join(tmpdir(), 'callgen-export-unicode-'));
  writeFileSync(path.join(unicode, 'customer.json'), JSON.stringify({ title: '顧客', type: 'object' }));
  const refused = await exportFolder(unicode, 'api.json');
  expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual(['customer.json#/title: "顧客" cannot be an OpenAPI component name, nor can its type name "顧客" (letters, digits, ".", "-", "_"); rename it']);
});

test('a property named __proto__ is exported as a property (not set as the prototype of its map)', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-proto-'));
  const schema = '{ "title": "thing", "type": "object", "properties": { "__proto__": { "type": "string" } }, "required": ["__proto__"] }';
  writeFileSync(path.join(folder, 'thing.json'), schema);
  const exported = await exportFolder(folder, 'api.json');
  if (!exported.ok) throw new Error(exported.problems.map(formatProblem).join('\n'));
  const thing = (JSON.parse(exported.text) as { components: { schemas: Record<string, unknown> } }).components.schemas['thing'];
  expect(thing).toEqual(JSON.parse(schema));
});

test('a property named like a data keyword (examples, default, enum, const) holds a schema: its $ref is rewritten', async () => {
  // Copilot's plugin manifest has a property "examples": { "$ref": "#/$defs/example" }; the export
  // copied it as data, and the document it wrote pointed at nothing ("#/$defs/example").
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-data-names-'));
  const schemas = path.join(folder, 'schemas');
  mkdirSync(schemas);
  const properties = Object.fromEntries(['examples', 'default', 'enum', 'const'].map((name) => [name, { $ref: '#/$defs/text' }]));
  const state = { title: 'state', type: 'object', properties, default: { examples: { $ref: 'kept as data' } }, $defs: { text: { type: ['string', 'array'], items: { type: 'string' } } } };
  writeFileSync(path.join(schemas, 'state.json'), JSON.stringify(state));
  const file = path.join(folder, 'api.json');
  const exported = await exportFolder(schemas, file);
  if (!exported.ok) throw new Error(exported.problems.map(formatProblem).join('\n'));
  const component = (JSON.parse(exported.text) as { components: { schemas: Record<string, { properties: Record<string, unknown>; default: unknown }> } }).components.schemas['state'];
  for (const name of ['examples', 'default', 'enum', 'const']) expect(component?.properties[name], name).toEqual({ $ref: '#/components/schemas/state/$defs/text' });
  expect(component?.default).toEqual({ examples: { $ref: 'kept as data' } });
  writeFileSync(file, exported.text);
  const roundTrip = await generate({ schemas: folder, out: path.join(folder, 'generated'), openapi: file });
  expect(roundTrip.ok ? [] : roundTrip.problems.map(formatProblem)).toEqual([]);
});

test('references by $id are exported as pointers, embedded $ids left out: the document reads back as the same types', async () => {
  // AsyncAPI's schemas refer to each other by "$id" (its bundle embeds one resource per definition):
  // the export copied those references as written, and read back they were absolute URIs.
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-ids-'));
  const schemas = path.join(folder, 'schemas');
  mkdirSync(schemas);
  const a = {
    $id: 'https://example.com/a.json',
    title: 'a',
    type: 'object',
    properties: { b: { $ref: 'https://example.com/b.json' }, c: { $ref: 'https://example.com/defs/c.json' }, d: { $ref: 'https://example.com/defs/c.json#/$defs/d' } },
    $defs: { c: { $id: 'https://example.com/defs/c.json', type: 'string', $defs: { d: { type: 'integer' } } } },
  };
  writeFileSync(path.join(schemas, 'a.json'), JSON.stringify(a));
  writeFileSync(path.join(schemas, 'b.json'), JSON.stringify({ $id: 'https://example.com/b.json', title: 'b', type: 'object', properties: { back: { $ref: 'a.json' } } }));
  const file = path.join(folder, 'api.json');
  const exported = await exportFolder(schemas, file);
  if (!exported.ok) throw new Error(exported.problems.map(formatProblem).join('\n'));
  const component = (JSON.parse(exported.text) as { components: { schemas: Record<string, { properties: Record<string, unknown>; $defs: Record<string, object> }> } }).components.schemas;
  expect(component['a']?.properties).toEqual({ b: { $ref: '#/components/schemas/b' }, c: { $ref: '#/components/schemas/a/$defs/c' }, d: { $ref: '#/components/schemas/a/$defs/c/$defs/d' } });
  expect(component['a']?.$defs['c']).toEqual({ type: 'string', $defs: { d: { type: 'integer' } } });
  expect(component['b']?.properties).toEqual({ back: { $ref: '#/components/schemas/a' } });
  writeFileSync(file, exported.text);
  const out = path.join(folder, 'generated');
  const [direct, roundTrip] = await Promise.all([generate({ schemas, out }), generate({ schemas: folder, out, openapi: file })]);
  if (!direct.ok || !roundTrip.ok) throw new Error([...(direct.ok ? [] : direct.problems), ...(roundTrip.ok ? [] : roundTrip.problems)].map(formatProblem).join('\n'));
  const types = (files: typeof direct.files): string => body(files.find((f) => f.path === 'types.ts')?.text ?? '');
  expect(types(roundTrip.files)).toBe(types(direct.files));
});

test('the programmatic API exports the same document as the command', async () => {
  const { exportOpenApi } = await import('../../generator/index.js');
  const viaApi = await exportOpenApi({ file: 'api.yaml' });
  const viaCommand = await exportFolder(BUNDLED_SCHEMAS, 'api.yaml');
  expect(viaApi.ok && viaCommand.ok && viaApi.text === viaCommand.text).toBe(true);
  expect(viaApi.ok && viaApi.text.startsWith('openapi: 3.1.0\n')).toBe(true);
});

test('callgen export --openapi writes YAML to a .yaml file and refuses a folder that does not generate', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-cli-'));
  const io = captureIo(folder);
  expect(await main(['export', '--openapi', '--out', 'api.yaml'], io)).toBe(0);
  expect(io.stderr()).toBe('Wrote api.yaml.\n');
  writeFileSync(path.join(folder, 'bad.json'), '{ "type": "objekt" }');
  const bad = captureIo(folder);
  expect(await main(['export', '--openapi', '--schemas', '.'], bad)).toBe(2);
  expect(bad.stderr()).toContain('bad.json#/type: "type" "objekt" is not a JSON Schema type');
  expect(await main(['export'], captureIo(folder))).toBe(2);
});

test('callgen export --openapi --out creates missing folders, and a destination it cannot write is exit 2 with the reason, no stack and no file', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'callgen-export-out-'));
  const io = captureIo(folder);
  expect(await main(['export', '--openapi', '--out', 'docs/api/openapi.yaml'], io)).toBe(0);
  expect(io.stderr()).toBe('Wrote docs/api/openapi.yaml.\n');
  expect(readdirSync(path.join(folder, 'docs', 'api'))).toEqual(['openapi.yaml']);

  writeFileSync(path.join(folder, 'afile'), 'not a folder');
  const blocked = captureIo(folder);
  expect(await main(['export', '--openapi', '--out', 'afile/openapi.yaml'], blocked)).toBe(2);
  expect(blocked.stderr()).toBe(`cannot write afile/openapi.yaml: ${path.join(folder, 'afile')} is not a folder; nothing was exported.\n`);

  const onFolder = captureIo(folder);
  expect(await main(['export', '--openapi', '--out', 'docs'], onFolder)).toBe(2);
  expect(onFolder.stderr()).toBe('cannot write docs: it is a folder; name the file to write (.json, .yaml or .yml); nothing was exported.\n');
  expect(readdirSync(folder).sort()).toEqual(['afile', 'docs']);
  expect(readdirSync(path.join(folder, 'docs'))).toEqual(['api']);
});
