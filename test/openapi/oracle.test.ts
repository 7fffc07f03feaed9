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

test('in a request, the oracle knows the names an object declares in its own then, else, dependentSchemas and branches, nested too, whether or not they apply, as callgen does, and keeps Ajv from losing its properties beside dependentSchemas', async () => {
  const schemas: Record<string, Json> = {
    Dependent: { type: 'object', properties: { x: { type: 'string' }, a: { type: 'integer' } }, dependentSchemas: { a: { properties: { b: { type: 'string' } } } } },
    Conditional: { type: 'object', properties: { x: { type: 'string' } }, if: { required: ['x'] }, then: { properties: { t: { type: 'string' } } }, else: { properties: { e: { type: 'string' } } } },
    // A name a branch of a branch declares (random OpenAPI seed 7739).
    Nested: { type: 'object', properties: { x: { type: 'string' } }, oneOf: [{ type: ['boolean', 'object'] }, { anyOf: [{ type: 'object', properties: { kind: { const: 'a' } }, required: ['kind'] }] }] },
    // A name a sibling allOf member declares in a branch of its own, under an allOf of its own
    // (random OpenAPI seed 9733): callgen merges the members, and the merged object knows it.
    Sibling: {
      allOf: [
        { allOf: [{ oneOf: [{ type: 'object', properties: { kind: { enum: ['c'] } }, required: ['kind'] }] }] },
        { type: 'object', properties: { b: { type: 'string' } } },
      ],
    },
  };
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-oracle-'));
  folders.push(folder);
  const document = path.join(folder, 'openapi.json');
  await writeFile(document, JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }));
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const ajv = new Ajv2020({ strict: false });
  const values: Record<string, readonly unknown[]> = {
    // b without a: known, unchecked; with a: checked; c: unknown.
    Dependent: [{ x: 'x' }, { x: 'x', b: 'b' }, { b: 1 }, { a: 1, b: 'b' }, { a: 1, b: 1 }, { x: 'x', c: 1 }],
    // t and e are known on either side of the condition, and checked where it puts them.
    Conditional: [{ x: 'x', t: 't' }, { x: 'x', e: 1 }, { e: 'e' }, { t: 1 }, { x: 'x', t: 1 }, { z: 1 }],
    // kind 'a' matches both branches of the oneOf; any other kind, the first alone.
    Nested: [{ kind: 'c' }, { x: 'x', kind: 'b' }, { kind: 'a' }, { z: 1 }],
    // kind is required by the one branch; b checked; z unknown.
    Sibling: [{ kind: 'c' }, { kind: 'c', b: 'b' }, { kind: 'c', b: 1 }, { kind: 'c', z: 1 }, {}],
  };
  const expected: Record<string, readonly boolean[]> = {
    Dependent: [true, true, true, true, false, false],
    Conditional: [true, true, true, true, false, false],
    Nested: [true, true, false, false],
    Sibling: [true, true, false, false, false],
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const oracle = ajv.compile(oracleSchema(schema, '3.1', 'request') as object);
    const cases = values[name] ?? [];
    expect(cases.map((value) => oracle(value)), name).toEqual(expected[name]);
    expect(cases.map((value) => loaded.validators[name]?.request?.(value).ok), name).toEqual(expected[name]);
  }
});
