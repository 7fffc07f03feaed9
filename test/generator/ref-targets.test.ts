import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// A "$ref" names a schema. A JSON Pointer can also name a keyword's value (a number, a list of
// names), or what a key callgen does not read holds: 2020-12 (9.4.2) leaves such targets to the
// implementation, and callgen refuses them, saying where the pointer left the schemas, rather than
// read them as "any value" (which silently dropped the rule the author meant to reuse).

afterAll(removeScratch);

const FIX = 'point at a schema, moving it under "$defs" if it stands elsewhere';

async function problemsOf(files: Readonly<Record<string, unknown>>): Promise<readonly string[]> {
  const loaded = await loadSchemas(files);
  return loaded.ok ? [] : loaded.problems;
}

test('a pointer to a keyword value that is no object (a number, a list, a string, a flag) is refused, naming the keyword', async () => {
  const problems = await problemsOf({
    'order.json': {
      title: 'order',
      type: 'object',
      required: ['code'],
      properties: {
        code: { type: 'string', maxLength: 8, enum: ['a1', 'b2'], uniqueItems: true },
        length: { $ref: '#/properties/code/maxLength' },
        codes: { $ref: '#/properties/code/enum' },
        firstCode: { $ref: '#/properties/code/enum/0' },
        names: { $ref: '#/required' },
        flag: { $ref: '#/properties/code/uniqueItems' },
      },
    },
  });
  expect(problems).toEqual([
    `order.json#/properties/codes: "$ref": "#/properties/code/enum" points at a value that is not a schema ("enum" there is the value of "enum"); ${FIX}`,
    `order.json#/properties/firstCode: "$ref": "#/properties/code/enum/0" points at a value that is not a schema ("enum/0" there is inside the value of "enum"); ${FIX}`,
    `order.json#/properties/flag: "$ref": "#/properties/code/uniqueItems" points at a value that is not a schema ("uniqueItems" there is the value of "uniqueItems"); ${FIX}`,
    `order.json#/properties/length: "$ref": "#/properties/code/maxLength" points at a value that is not a schema ("maxLength" there is the value of "maxLength"); ${FIX}`,
    `order.json#/properties/names: "$ref": "#/required" points at a value that is not a schema ("required" there is the value of "required"); ${FIX}`,
  ]);
});

test('true and false where schemas stand are schemas: a keyword, a list item (also one an older draft moved), a map entry', async () => {
  const loaded = await loadSchemas({
    'pair.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'pair',
      type: 'object',
      definitions: { never: false },
      properties: {
        tuple: { items: [true, { type: 'string' }] },
        anything: { $ref: '#/properties/tuple/items/0' },
        nothing: { $ref: '#/definitions/never' },
        open: { additionalProperties: true },
        alsoAnything: { $ref: '#/properties/open/additionalProperties' },
      },
    },
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const pair = loaded.validators['pair']?.response;
  expect(pair?.({ anything: 1, alsoAnything: [] }).ok).toBe(true);
  expect(pair?.({ nothing: 1 }).errors?.map((e) => e.path)).toEqual(['/nothing']);
});

test('a pointer into a key callgen does not read names that key, also where it is declared an annotation', async () => {
  const group = { tag: { type: 'string' } };
  const files = { 'options.json': { title: 'options', type: 'object', $defs: { shared: { commands: group } }, properties: { tag: { $ref: '#/$defs/shared/commands/tag' } } } };
  const undeclared = await problemsOf(files);
  expect(undeclared).toContain(
    `options.json#/properties/tag: "$ref": "#/$defs/shared/commands/tag" points at a value that is not a schema ("commands" there is no keyword but an unknown key or a declared annotation, so what it holds is not read as schemas); ${FIX}`,
  );
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-ref-targets-'));
  try {
    await writeFile(path.join(folder, 'options.json'), JSON.stringify(files['options.json']));
    const result = await generate({ schemas: folder, out: path.join(folder, 'generated'), annotations: ['commands'] });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `options.json#/properties/tag: "$ref": "#/$defs/shared/commands/tag" points at a value that is not a schema ("commands" there is no keyword but an unknown key or a declared annotation, so what it holds is not read as schemas); ${FIX}`,
    ]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
