import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';
import { oracleSchema } from '../support/random-openapi.js';
import type { Json } from '../support/random-schemas.js';

// The random OpenAPI test's oracle (oracleSchema) says what a 3.0 document means, independently of
// callgen's reader. `nullable: true` means the schema or null wherever it stands: beside a type,
// an enum and an anyOf, and also beside a oneOf, an allOf, a $ref or object keywords alone, which
// real documents write (Directus, Dialogporten) and which the oracle once left without null.

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const SCHEMAS: Record<string, Json> = {
  Base: { type: 'object', properties: { a: { type: 'string' } } },
  NullableOneOf: { nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] },
  NullableAllOf: { nullable: true, allOf: [{ $ref: '#/components/schemas/Base' }] },
  NullableRef: { nullable: true, $ref: '#/components/schemas/Base' },
  NullableObject: { nullable: true, properties: { a: { type: 'string' } } },
  NullableAnyOf: { nullable: true, anyOf: [{ type: 'string' }, { type: 'boolean' }] },
};
const VALUES: readonly unknown[] = [null, 'x', 1, 1.5, true, { a: 'x' }, { a: 1 }, []];

test('the oracle reads nullable as the schema or null beside a oneOf, an allOf, a $ref and object keywords alone, as callgen does', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-oracle-'));
  folders.push(folder);
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: SCHEMAS } }));
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const defs = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, oracleSchema(schema, '3.0', 'response')]));
  const ajv = new Ajv2020({ strict: false });
  for (const name of Object.keys(SCHEMAS).filter((n) => n !== 'Base')) {
    const oracle = ajv.compile({ $defs: { response: defs }, $ref: `#/$defs/response/${name}` });
    const expected = VALUES.map((value) => oracle(value));
    // Null passes each: the point of the test; the other values tell the schemas apart.
    expect(expected[0], name).toBe(true);
    const validate = loaded.validators[name]?.response;
    expect(VALUES.map((value) => validate?.(value).ok), name).toEqual(expected);
  }
});
