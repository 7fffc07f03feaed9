import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportFolder } from '../../generator/commands/export.js';
import { formatProblem } from '../../generator/diagnostics.js';
import { exportOpenApi, generate as generateApi } from '../../generator/index.js';
import { generate } from '../../generator/pipeline.js';

// Keys of other tools a team declares as annotations are ignored wherever a keyword may stand:
// the folder generates exactly what it does without them. Where such a key is data (a property
// so named, a member of "$defs", a value inside "const"), it stays what it is.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The folder as it would be written for callgen alone. Data positions use the annotation names too. */
const plain: Record<string, Json> = {
  'thing.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'thing',
    type: 'object',
    properties: {
      a: { type: 'string', enum: ['a', 'b'] },
      markdownDescription: { type: 'integer' },
      flag: { const: { 'x-internal': true } },
      parts: { type: 'array', items: { $ref: 'part.json' } },
      derived: { allOf: [{ $ref: 'part.json' }], properties: { extra: { type: 'number' } } },
    },
    required: ['a', 'markdownDescription'],
    examples: [{ a: 'a', markdownDescription: 1, 'meta:enum': {} }],
  },
  'part.json': {
    type: 'object',
    properties: { n: { type: 'number' }, code: { $ref: '#/$defs/x-internal' } },
    $defs: { 'x-internal': { type: 'string', pattern: '^[A-Z]+$' } },
  },
  'partOperations.json': {
    'x-operations': {
      getPart: { method: 'GET', path: '/parts/{id}', parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }], responses: { '200': { $ref: 'part.json' } } },
    },
  },
};

/** Where the other tools' keys stand in the annotated copy: every one a place a keyword may stand. */
const added: readonly [file: string, pointer: readonly string[], key: string, value: Json][] = [
  ['thing.json', [], 'markdownDescription', 'A **thing**'],
  ['thing.json', [], 'x-internal', true],
  ['thing.json', ['properties', 'a'], 'meta:enum', { a: 'the letter a', b: 'the letter b' }],
  ['thing.json', ['properties', 'markdownDescription'], 'markdownDescription', 'a property so named'],
  ['thing.json', ['properties', 'parts', 'items'], 'x-internal', false],
  ['thing.json', ['properties', 'derived'], 'x-internal', true],
  ['part.json', ['$defs', 'x-internal'], 'meta:enum', {}],
  ['partOperations.json', ['x-operations', 'getPart', 'parameters', '0', 'schema'], 'markdownDescription', 'the id'],
  ['partOperations.json', ['x-operations', 'getPart', 'responses', '200'], 'x-internal', true],
];
const ANNOTATIONS = ['markdownDescription', 'meta:enum', 'x-internal'];

function annotatedCopy(): Record<string, Json> {
  const copy = structuredClone(plain);
  for (const [file, pointer, key, value] of added) {
    const node = pointer.reduce<Json | undefined>((at, token) => (at !== null && typeof at === 'object' ? (at as Record<string, Json>)[token] : undefined), copy[file]);
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`no schema at ${file}#/${pointer.join('/')}`);
    node[key] = value;
  }
  return copy;
}

/** Writes a schema set into `<temp>/schemas`; every set has the same folder name, so banners match. */
async function folder(files: Record<string, Json>): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-annotations-')), 'schemas');
  await mkdir(dir);
  for (const [name, schema] of Object.entries(files)) await writeFile(path.join(dir, name), JSON.stringify(schema, null, 2));
  return dir;
}

async function generated(schemas: string, annotations?: readonly string[]) {
  const result = await generate({ schemas, out: path.join(path.dirname(schemas), 'generated'), annotations });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.files.map((f): [string, string] => [f.path, f.text]);
}

describe('declared annotations', () => {
  test('undeclared, each is refused where it stands, saying how to declare it', async () => {
    const result = await generate({ schemas: await folder(annotatedCopy()), out: path.join(tmpdir(), 'unused') });
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    const places = added.map(([file, pointer, key]) => `${file}#/${[...pointer, key].join('/')}`);
    // A response body is a "$ref" alone, so the operations check refuses the key there as well.
    const bodyCheck = 'partOperations.json#/x-operations/getPart/responses/200';
    expect(lines.map((line) => line.slice(0, line.indexOf(': '))).sort()).toEqual([...places, bodyCheck].sort());
    expect(lines).toContain(
      `thing.json#/properties/a/meta:enum: unknown keyword "meta:enum": callgen reads only the keywords of its dialect, and refuses others rather than ignore a misspelt one; if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["meta:enum"] in callgen.config.json, or --annotation meta:enum (see callgen's docs/dialect.md)`,
    );
  });

  test('declared, the folder generates byte for byte what it does without them; data keeps its keys', async () => {
    const expected = await generated(await folder(plain));
    expect(await generated(await folder(annotatedCopy()), ANNOTATIONS)).toEqual(expected);
    const types = new Map(expected).get('types.ts') ?? '';
    // The property named like an annotation is a property; the "$defs" member so named is a type; the const keeps its key.
    expect(types).toContain('markdownDescription: number;');
    expect(types).toContain("flag?: { readonly 'x-internal': true };");
    expect(types).toContain('derived?: { n?: number; code?: PartXInternal; extra?: number };');
    expect(new Map(expected).get('validators.ts')).toContain('^[A-Z]+$');
  });

  test('an export leaves them out too', async () => {
    const plainExport = await exportFolder(await folder(plain));
    expect(plainExport.ok).toBe(true);
    expect(await exportFolder(await folder(annotatedCopy()), undefined, ANNOTATIONS)).toEqual(plainExport);
  });

  test("the programmatic API's generate and exportOpenApi take them", async () => {
    const schemas = await folder(annotatedCopy());
    const result = await generateApi({ schemas, out: path.join(path.dirname(schemas), 'generated'), annotations: ANNOTATIONS });
    expect(result.ok && result.files.map((f): [string, string] => [f.path, f.text])).toEqual(await generated(await folder(plain)));
    expect(await exportOpenApi({ schemas, annotations: ANNOTATIONS })).toEqual(await exportFolder(await folder(plain)));
  });

  test('a declared key that is not there changes nothing', async () => {
    expect(await generated(await folder(plain), ['x-unused'])).toEqual(await generated(await folder(plain)));
  });

  test('a keyword callgen reads or refuses cannot be declared: the reader says so and reads nothing', async () => {
    const result = await generate({ schemas: await folder(plain), out: path.join(tmpdir(), 'unused'), annotations: ['x-internal', 'required', '$dynamicRef', ''] });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      '.#: "$dynamicRef" is a keyword of JSON Schema that callgen refuses where it stands (its target depends on the path the validator took, which generated straight-line code cannot know; use "$ref"), not an annotation',
      '.#: "required" is a keyword callgen reads, not an annotation of another tool: ignoring it would drop what it says without a word',
      '.#: an annotation must be a non-empty string: the key another tool reads, such as "markdownDescription"',
    ]);
  });

  test('near misses: "discriminator" may be declared (validation never reads it), "nullable" may not (it admits null)', async () => {
    const files = { 'pet.json': { type: 'object', properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind' } } };
    expect(await generated(await folder(files), ['discriminator'])).toEqual(await generated(await folder({ 'pet.json': { type: 'object', properties: { kind: { type: 'string' } } } })));
    const refused = await generate({ schemas: await folder(files), out: path.join(tmpdir(), 'unused') });
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      `pet.json#/discriminator: unsupported keyword "discriminator": a union is told apart by a "const" property in each "oneOf" branch (e.g. "@odata.type"); remove "discriminator", or, where another tool reads it, declare it so callgen ignores it: "annotations": ["discriminator"] in callgen.config.json, or --annotation discriminator (see callgen's docs/dialect.md)`,
    ]);
    const nullable = await generate({ schemas: await folder(files), out: path.join(tmpdir(), 'unused'), annotations: ['nullable'] });
    expect(nullable.ok ? [] : nullable.problems.map(formatProblem)).toEqual([
      '.#: "nullable" changes which values are valid, so ignoring it would drop a rule; for a value that may be null, write "type": [..., "null"] (or "anyOf": [{ "$ref": ... }, { "type": "null" }], which stays right where the target admits null too)',
    ]);
  });

  test('an OpenAPI document: the reader leaves other tools\' keys out already; a declared one goes without a note', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-annotations-openapi-'));
    const document = path.join(dir, 'openapi.json');
    const schema = { type: 'object', 'x-internal': true, markdownDescription: 'A **pet**', properties: { name: { type: 'string', 'x-order': 1 } } };
    await writeFile(document, JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Pet: schema } } }));
    const read = async (annotations?: readonly string[]) => {
      const result = await generate({ schemas: dir, openapi: document, out: path.join(dir, 'generated'), annotations });
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return { notes: result.notes.map(formatProblem), files: result.files };
    };
    const undeclared = await read();
    expect(undeclared.notes).toEqual([
      'openapi.json#/components/schemas/Pet/markdownDescription: "markdownDescription" is no keyword of JSON Schema or OpenAPI, which JSON Schema ignores, so it was left out',
      'openapi.json#/components/schemas/Pet/properties/name/x-order: "x-order" says nothing callgen checks or types, so it was left out',
      'openapi.json#/components/schemas/Pet/x-internal: "x-internal" says nothing callgen checks or types, so it was left out',
    ]);
    const declared = await read(['markdownDescription', 'x-internal']);
    expect(declared.notes).toEqual(['openapi.json#/components/schemas/Pet/properties/name/x-order: "x-order" says nothing callgen checks or types, so it was left out']);
    expect(declared.files).toEqual(undeclared.files);
  });
});
