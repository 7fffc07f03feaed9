import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { tagTable, withCommentTags } from '../../bench/validators/typia-tags.js';
import { loadModel } from '../../generator/pipeline.js';
import type { Model } from '../../generator/model/types.js';

// The benchmark's secondary typia peer checks formats only if its copy of types.ts carries a tag
// for every constraint the schemas give a property, and it is only comparable if the rule is the
// model's, not a list of names. These tests hold the rule to schemas/ and to small folders.

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function modelOf(folder: string): Promise<Model> {
  const loaded = await loadModel({ schemas: folder, out: path.join(folder, 'out') });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.model;
}

async function modelOfSchema(schema: unknown): Promise<Model> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callgen-typia-tags-'));
  temporary.push(dir);
  writeFileSync(path.join(dir, 'thing.json'), JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'thing', ...(schema as object) }));
  return modelOf(dir);
}

test('the curated schemas: each constrained property gets the tags of its schema, in both shapes', async () => {
  const table = tagTable(await modelOf('schemas'));
  // Read off schemas/call.json, identity.json, createCallRequest.json, playPromptRequest.json, deltaParticipants.json.
  expect(table.get('Call')?.get('callbackUri')).toEqual(['@format uri', '@pattern ^https://']);
  expect(table.get('Call')?.get('tenantId')).toEqual(['@format uuid']);
  expect(table.get('Identity')?.get('tenantId')).toEqual(['@format uuid']);
  expect(table.get('IdentityInput')?.get('tenantId')).toEqual(['@format uuid']);
  expect(table.get('CreateCallRequest')?.get('ringingTimeoutInSeconds')).toEqual(['@type int32']);
  expect(table.get('PlayPromptRequest')?.get('prompts')).toEqual(['@maxItems 20']);
  expect(table.get('PlayPromptRequest')?.get('clientContext')).toEqual(['@maxLength 256']);
  expect(table.get('DeltaParticipants')?.get('sequenceNumber')).toEqual(['@type int64']);
  expect(table.get('Call')?.get('callChainId')).toEqual(['@format uuid']);
});

test('every tagged property is found in generated/types.ts and gets its tag lines', async () => {
  const table = tagTable(await modelOf('schemas'));
  const tagged = withCommentTags(readFileSync('generated/types.ts', 'utf8'), table);
  const lines = [...table.values()].flatMap((properties) => [...properties.values()].flat());
  expect(tagged.match(/^\s+\* @(format|pattern|type|minLength|maxLength|minItems|maxItems|minimum|maximum) .+$/gm)?.length).toBe(lines.length);
});

test('tags go into a one-line comment, a longer one, and a property without one', () => {
  const text = [
    'export interface A {',
    '  /** One line. */',
    '  id?: string;',
    '  /**',
    '   * First.',
    '   *',
    '   * Second.',
    '   */',
    "  readonly 'x.y'?: string | null;",
    '  n: number;',
    '}',
    '',
  ].join('\n');
  const table = new Map([['A', new Map([['id', ['@format uuid']], ['x.y', ['@format uri', '@pattern ^https://']], ['n', ['@type int32']]])]]);
  expect(withCommentTags(text, table)).toBe(
    [
      'export interface A {',
      '  /**',
      '   * One line.',
      '   *',
      '   * @format uuid',
      '   */',
      '  id?: string;',
      '  /**',
      '   * First.',
      '   *',
      '   * Second.',
      '   *',
      '   * @format uri',
      '   * @pattern ^https://',
      '   */',
      "  readonly 'x.y'?: string | null;",
      '  /**',
      '   * @type int32',
      '   */',
      '  n: number;',
      '}',
      '',
    ].join('\n'),
  );
});

test('a property the text does not have is an error, not a tag left out', () => {
  expect(() => withCommentTags('export interface A {\n  id?: string;\n}\n', new Map([['A', new Map([['other', ['@format uuid']]])]]))).toThrow('not in types.ts: A.other');
});

test('bounds and integers: int32 by its exact range, other integers as int64 with their bounds', async () => {
  const model = await modelOfSchema({
    type: 'object',
    properties: {
      a: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
      b: { type: 'integer', minimum: 0 },
      c: { type: ['number', 'null'], exclusiveMaximum: 1, multipleOf: 0.5 },
      d: { type: 'string', minLength: 1, format: 'date-time' },
      e: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
      f: { type: 'string' },
    },
  });
  const tags = tagTable(model).get('Thing');
  expect(Object.fromEntries(tags ?? [])).toEqual({
    a: ['@type int32'],
    b: ['@type int64', '@minimum 0'],
    c: ['@exclusiveMaximum 1', '@multipleOf 0.5'],
    d: ['@format date-time', '@minLength 1'],
    e: ['@minItems 1', '@uniqueItems'],
  });
});

test('a constraint that a comment tag on the property cannot carry is an error', async () => {
  const items = await modelOfSchema({ type: 'object', properties: { ids: { type: 'array', items: { type: 'string', format: 'uuid' } } } });
  expect(() => tagTable(items)).toThrow('Thing.ids constrains its items');
  const nested = await modelOfSchema({ type: 'object', properties: { inner: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } } });
  expect(() => tagTable(nested)).toThrow('Thing.inner has constraints inside a object');
});
