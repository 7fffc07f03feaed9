import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { importGenerated } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { typecheck } from '../support/typecheck.js';

// A union whose branches each require a "const" tag of their own and say no "type" (FHIR R4's
// fhir.schema.json: a oneOf of 146 $refs to { properties: { resourceType: { const: "Patient" }, ... },
// required: ["resourceType"] }). No JSON type told the branches apart, so each was tried: an invalid
// resource reported "must match one of the 146 schemas" and the nearest branch's errors, after
// working out every branch's. An object now goes to the branch its tag names, as in a tagged union
// of typed objects; a value of another JSON type matches every branch (none says "type"), so a
// oneOf refuses it and an anyOf takes it, as JSON Schema reads them.

const DRAFT_06 = 'http://json-schema.org/draft-06/schema#';
const definitions = {
  Patient: { properties: { resourceType: { const: 'Patient' }, gender: { enum: ['male', 'female'] } }, required: ['resourceType'], additionalProperties: false },
  Task: { properties: { resourceType: { const: 'Task' }, status: { enum: ['draft', 'ready'] } }, required: ['resourceType'], additionalProperties: false },
  Account: { properties: { resourceType: { const: 'Account' }, name: { type: 'string' } }, required: ['resourceType'], additionalProperties: false },
};
const refs = [{ $ref: '#/definitions/Patient' }, { $ref: '#/definitions/Task' }, { $ref: '#/definitions/Account' }];
// Inline branches, the tag a one-member enum in one of them.
const circle = { properties: { kind: { const: 'circle' }, r: { type: 'number', minimum: 0 } }, required: ['kind', 'r'] };
const square = { properties: { kind: { enum: ['square'] }, side: { type: 'number' } }, required: ['kind'] };
const files: Readonly<Record<string, Record<string, unknown>>> = {
  'resource.json': { $schema: DRAFT_06, title: 'resource', oneOf: refs, definitions },
  'anyResource.json': { $schema: DRAFT_06, title: 'anyResource', anyOf: refs, definitions },
  'shape.json': { title: 'shape', oneOf: [circle, square] },
  'anyShape.json': { title: 'anyShape', anyOf: [circle, square] },
  // A typed branch beside a typeless one: its JSON types tell them apart, and the tag the objects.
  'mixed.json': { title: 'mixed', oneOf: [{ ...circle, type: 'object' }, square] },
  // A typeless branch without a tag of its own: each branch is tried, as before.
  'untagged.json': { title: 'untagged', oneOf: [circle, { properties: { side: { type: 'number' } }, required: ['side'] }] },
};

type Issue = { readonly path: string; readonly keyword: string; readonly message: string };
type Validate = (value: unknown) => { readonly ok: boolean; readonly errors?: readonly Issue[] };

let folder = '';
let exports: Readonly<Record<string, unknown>> = {};
let types = '';
let validators = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'callgen-typeless-'));
  await mkdir(path.join(folder, 'schemas'));
  for (const [name, schema] of Object.entries(files)) await writeFile(path.join(folder, 'schemas', name), JSON.stringify(schema));
  const result = await generate({ schemas: path.join(folder, 'schemas'), out: path.join(folder, 'generated') });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  await mkdir(path.join(folder, 'generated'));
  for (const file of result.files) await writeFile(path.join(folder, 'generated', file.path), file.text);
  types = result.files.find((f) => f.path === 'types.ts')?.text ?? '';
  validators = result.files.find((f) => f.path === 'validators.ts')?.text ?? '';
  exports = await importGenerated(result.files);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function exported<T>(name: string): T {
  const found = exports[name];
  if (typeof found !== 'function') throw new Error(`no export ${name}`);
  return found as T;
}

const lines = (validate: Validate, value: unknown): string[] => (validate(value).errors ?? []).map((e) => `${e.path} ${e.keyword}: ${e.message}`);

test("an invalid tagged object reports its branch's errors alone", () => {
  expect(lines(exported('validateResource'), { resourceType: 'Patient', gender: 'zz' })).toEqual(['/gender enum: must be one of "male", "female"']);
  expect(lines(exported('validateResource'), { resourceType: 'Task', gender: 'male' })).toEqual(['/gender additionalProperties: is not a known property']);
  expect(lines(exported('validateAnyResource'), { resourceType: 'Account', name: 5 })).toEqual(['/name type: must be a string']);
  expect(lines(exported('validateShape'), { kind: 'circle', r: -1 })).toEqual(['/r minimum: must be at least 0']);
  expect(lines(exported('validateAnyShape'), { kind: 'square', side: 'x' })).toEqual(['/side type: must be a number']);
  // Only that branch is worked out: the checks switch on the tag and try no branch.
  const checkResource = validators.slice(validators.indexOf('function checkResource('), validators.indexOf('function testResource('));
  expect(checkResource).toMatch(/switch \(tag\d+\) \{\s+case 'Account': \{\s+checkResourceAccount\(value\);/);
  expect(checkResource).not.toMatch(/attempt|noBranchMatched/);
});

test('a missing or unknown tag is reported as a tagged union reports it', () => {
  const validate = exported<Validate>('validateResource');
  expect(lines(validate, {})).toEqual(['/resourceType discriminator: is required to tell which type this is: one of "Account", "Patient", "Task"']);
  expect(lines(validate, { resourceType: 'Patiant' })).toEqual(['/resourceType discriminator: names no type that may stand here; expected one of "Account", "Patient", "Task"']);
  expect(lines(exported('validateAnyShape'), { kind: 'triangle' })).toEqual(['/kind discriminator: names no type that may stand here; expected one of "circle", "square"']);
});

const others = [null, true, 0, 1.5, '', 'Patient', [], [{ resourceType: 'Patient' }]];

test('a value of another JSON type matches every branch: a oneOf refuses it, an anyOf takes it', () => {
  for (const value of others) {
    expect(lines(exported('validateResource'), value)).toEqual([' oneOf: matches 3 of the 3 schemas in "oneOf"; exactly one must match']);
    expect(lines(exported('validateShape'), value)).toEqual([' oneOf: matches 2 of the 2 schemas in "oneOf"; exactly one must match']);
    expect(exported<Validate>('validateAnyResource')(value).ok).toBe(true);
    expect(exported<Validate>('validateAnyShape')(value).ok).toBe(true);
  }
});

test('a typeless branch without a tag of its own is tried with the others, as before; a typed one beside a typeless one is told apart as before', () => {
  const nearest = ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/0, follow';
  expect(lines(exported('validateUntagged'), { kind: 'circle', r: -1 })).toEqual([nearest, '/r minimum: must be at least 0']);
  expect(lines(exported('validateUntagged'), 'x')).toEqual([' oneOf: matches 2 of the 2 schemas in "oneOf"; exactly one must match']);
  expect(lines(exported('validateMixed'), { kind: 'circle', r: -1 })).toEqual(['/r minimum: must be at least 0']);
  // A string fails the typed branch and matches the typeless one.
  expect(exported<Validate>('validateMixed')('x').ok).toBe(true);
});

const values: readonly unknown[] = [
  ...others,
  {},
  { resourceType: 'Patient' },
  { resourceType: 'Patient', gender: 'male' },
  { resourceType: 'Patient', gender: 'zz' },
  { resourceType: 'Patient', status: 'draft' },
  { resourceType: 'Task', status: 'ready' },
  { resourceType: 'Account', name: 'n' },
  { resourceType: 'Account', name: 1 },
  { resourceType: 'Patiant' },
  { resourceType: 5 },
  { kind: 'circle', r: 1 },
  { kind: 'circle', r: -1 },
  { kind: 'circle' },
  { kind: 'square' },
  { kind: 'square', side: 2, extra: true },
  { kind: 'square', side: 'x' },
  { kind: ['square'] },
  { kind: 'triangle' },
  { side: 2 },
];

test("the verdicts are Ajv's (draft-07's class for draft-06, 2020-12's otherwise), and isX agrees with validateX", () => {
  const draft07 = new Ajv({ strict: false });
  const ajv2020 = new Ajv2020({ strict: false });
  const names: readonly (readonly [file: string, type: string])[] = [
    ['resource.json', 'Resource'],
    ['anyResource.json', 'AnyResource'],
    ['shape.json', 'Shape'],
    ['anyShape.json', 'AnyShape'],
    ['mixed.json', 'Mixed'],
    ['untagged.json', 'Untagged'],
  ];
  for (const [file, type] of names) {
    const { $schema, ...schema } = files[file] ?? {};
    const judge = $schema === DRAFT_06 ? draft07.compile(schema) : ajv2020.compile(schema);
    // The request shape too (every type here has one): nothing here is read- or write-only.
    expect(typeof exports[`validate${type}Input`], type).toBe('function');
    for (const name of [type, `${type}Input`]) {
      const validate = exported<Validate>(`validate${name}`);
      const is = exported<(value: unknown) => boolean>(`is${name}`);
      expect(values.map((v) => validate(v).ok), name).toEqual(values.map((v) => judge(v) === true));
      expect(values.map((v) => is(v)), name).toEqual(values.map((v) => validate(v).ok));
    }
  }
});

test('the types are the union of the branches, and valid values type-check', async () => {
  expect(types).toContain('export type Resource = ResourcePatient | ResourceTask | ResourceAccount;');
  expect(types).toContain("export type ResourcePatient = null | boolean | number | string | unknown[] | { resourceType: 'Patient'; gender?: 'male' | 'female' };");
  const consumer = path.join(folder, 'generated', 'consumer.ts');
  await writeFile(
    consumer,
    [
      "import type { AnyShape, Resource, Shape } from './index.js';",
      "export const patient = { resourceType: 'Patient', gender: 'male' } satisfies Resource;",
      "export const account = { resourceType: 'Account', name: 'n' } satisfies Resource;",
      "export const circle = { kind: 'circle', r: 1 } satisfies Shape;",
      "export const text = 'x' satisfies AnyShape;",
      '',
    ].join('\n'),
  );
  expect(typecheck([consumer], 'Bundler')).toEqual([]);
});
