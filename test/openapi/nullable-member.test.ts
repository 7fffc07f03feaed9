import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { importGenerated, type ValidatorRegistry } from '../../generator/load.js';
import { generateDocument } from './support.js';

// An `allOf` member that admits null beside its object (Asana's GoalResponse.metric:
// `allOf: [{ $ref: GoalMetricBase }, { type: object, nullable: true, properties: { can_manage } }]`)
// was read as a plain conjunction, so in a request the base's check refused every name that member
// declares: such a request could never be valid.

const document = `openapi: 3.0.3
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    Base: { type: object, properties: { gid: { type: string, readOnly: true }, name: { type: string } } }
    Extended:
      allOf:
        - $ref: '#/components/schemas/Base'
        - { type: object, nullable: true, properties: { extra: { type: string } } }
    BothNullable:
      allOf:
        - { type: object, nullable: true, properties: { a: { type: string } } }
        - { type: object, nullable: true, properties: { b: { type: string } } }
`;

/** The same schemas as JSON Schema (draft-07) reads what OpenAPI 3.0 means by them, for Ajv. */
const asJsonSchema = {
  definitions: {
    Base: { type: 'object', properties: { gid: { type: 'string' }, name: { type: 'string' } } },
    Extended: { allOf: [{ $ref: '#/definitions/Base' }, { type: ['object', 'null'], properties: { extra: { type: 'string' } } }] },
    BothNullable: { allOf: [{ type: ['object', 'null'], properties: { a: { type: 'string' } } }, { type: ['object', 'null'], properties: { b: { type: 'string' } } }] },
  },
};

async function generated() {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-nullable-member-')), 'openapi.yaml');
  await writeFile(file, document);
  const result = await generateDocument(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const validators = (await importGenerated(result.files))['validatorsBySchemaName'] as ValidatorRegistry;
  return { types: result.files.find((f) => f.path === 'types.ts')?.text ?? '', validators };
}

const issues = (result: { ok: boolean; errors?: readonly { path: string; keyword: string }[] }): string[] => (result.errors ?? []).map((e) => `${e.path} ${e.keyword}`);

test('a request may hold the names an allOf member that admits null declares; the type merges them', async () => {
  const { types, validators } = await generated();
  const request = validators['Extended']?.request;
  expect(issues(request?.({ name: 'n', extra: 'x' }) ?? { ok: false })).toEqual([]);
  expect(issues(request?.({ extra: 1, other: 1 }) ?? { ok: true })).toEqual(['/extra type', '/other additionalProperties']);
  expect(types).toContain('export interface ExtendedInput {\n  name?: string;\n  extra?: string;\n}');
  const both = validators['BothNullable']?.request;
  expect([both?.({ a: 'x', b: 'y' }).ok, both?.(null).ok, issues(both?.({ c: 1 }) ?? { ok: true })]).toEqual([true, true, ['/c additionalProperties']]);
  expect(types).toContain('export type BothNullableInput = null | { a?: string; b?: string };');
});

test("a response's verdicts are Ajv's on the schemas as OpenAPI 3.0 means them", async () => {
  const { validators } = await generated();
  const ajv = new Ajv({ strict: false });
  ajv.addSchema(asJsonSchema, 'doc');
  const values = [null, {}, { name: 'n', extra: 'x' }, { extra: 1 }, { gid: 2 }, { a: 'x', b: 1 }, { a: 1 }, { other: true }, 'text'];
  for (const name of ['Extended', 'BothNullable']) {
    const check = ajv.getSchema(`doc#/definitions/${name}`);
    const validate = validators[name]?.response;
    expect(values.map((value) => validate?.(value).ok), name).toEqual(values.map((value) => check?.(value)));
  }
});
