import { afterAll, expect, test } from 'vitest';
import { ajvVerdicts } from '../support/ajv-verdicts.js';
import { loadSchemas, removeScratch, requestValidator, responseValidator } from '../support/load.js';

// Request mode calls a key no schema declares a typo. An inline subschema that applies at the same
// value (a oneOf branch, a condition, a `not`) describes part of the object around it, so the
// names that object declares, its own and its members' and branches', are no typos inside it
// either: a branch with "type": "object" beside the schema's own properties, or beside a sibling
// branch, used to refuse them, and a valid request with them failed its union.
// On values without typos, a request is judged as JSON Schema (Ajv 2020) judges it.

afterAll(removeScratch);

const thing = {
  title: 'thing',
  type: 'object',
  properties: { name: { type: 'string' } },
  oneOf: [
    { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  ],
};
const guarded = {
  title: 'guarded',
  type: 'object',
  properties: { mode: { type: 'string' }, size: { type: 'integer' } },
  if: { type: 'object', properties: { mode: { const: 'big' } }, required: ['mode'] },
  then: { type: 'object', properties: { size: { minimum: 10 } } },
  not: { type: 'object', properties: { size: { const: 0 } }, required: ['size'] },
};
// Branches that name "type": "object" with names of their own: a request may hold a sibling's.
const either = {
  title: 'either',
  anyOf: [
    { type: 'object', properties: { a: { type: 'string' } } },
    { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] },
  ],
};
const exactly = {
  title: 'exactly',
  oneOf: [
    { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
    { type: 'object', properties: { b: { type: 'integer' } } },
  ],
};
// A branch that is an allOf of objects, merged: it keeps the names its members knew (random OpenAPI seed 231).
const merged = {
  title: 'merged',
  oneOf: [{ type: 'object', properties: { kind: { enum: ['a'] } } }, { allOf: [{ type: 'object', properties: { id: {} } }, {}] }],
};
// An allOf of a oneOf and an object: the object's names and the branches' are one object's (random OpenAPI seed 30053).
const joined = {
  title: 'joined',
  allOf: [
    {
      oneOf: [
        { type: 'object', properties: { kind: { enum: ['b'] } }, required: ['kind'] },
        { type: 'object', properties: { kind: { enum: ['c'] }, a: { enum: ['b', false] } }, required: ['kind'] },
      ],
    },
    { type: 'object', properties: { label: { enum: ['kind'] } } },
  ],
};
const files = { 'thing.json': thing, 'guarded.json': guarded, 'either.json': either, 'exactly.json': exactly, 'merged.json': merged, 'joined.json': joined };
// Each schema's values hold only names it declares somewhere: no typos.
const VALUES: Readonly<Record<'thing' | 'guarded' | 'either' | 'exactly' | 'merged' | 'joined', readonly unknown[]>> = {
  thing: [{ name: 'n', url: 'u' }, { name: 'n', path: 'p' }, { url: 'u', path: 'p' }, { name: 1, url: 'u' }, { name: 'n' }],
  guarded: [{ mode: 'big', size: 12 }, { mode: 'big', size: 3 }, { mode: 'small', size: 0 }, { mode: 'small', size: 1 }, { size: 0 }],
  either: [{ a: 'x', b: 1 }, { a: 'x' }, { b: 1 }, { a: 1, b: 1 }, { a: 1 }, { a: 'x', b: 'y' }],
  exactly: [{ a: 'x' }, { a: 'x', b: 1 }, { b: 1 }, { a: 1, b: 1 }, {}],
  merged: [{ kind: 'b' }, { kind: 'b', id: 1 }, { kind: 'a' }, {}],
  joined: [{ kind: 'c' }, { kind: 'b' }, { kind: 'c', a: false }, { kind: 'c', label: 'kind' }, { kind: 'd' }, { kind: 'c', a: 1 }, { label: 'kind' }],
};

test('a branch, a condition or a not with "type": "object" holds the names around it in a request too: JSON Schema\'s verdicts on values without typos', async () => {
  const loaded = await loadSchemas(files);
  for (const name of ['thing', 'guarded', 'either', 'exactly', 'merged', 'joined'] as const) {
    const values = VALUES[name];
    const expected = ajvVerdicts(files, `${name}.json`, values);
    expect(new Set(expected).size, name).toBe(2);
    expect(values.map((value) => requestValidator(loaded, name)(value).ok), `${name}, request`).toEqual(expected);
    expect(values.map((value) => responseValidator(loaded, name)(value).ok), `${name}, response`).toEqual(expected);
  }
});

test('a typo in a request is still one, reported once: the object and the branch that holds it both refuse it', async () => {
  const loaded = await loadSchemas(files);
  const errors = requestValidator(loaded, 'thing')({ name: 'n', url: 'u', nmae: 'x' }).errors?.map((e) => `${e.path} ${e.keyword}`) ?? [];
  // The union's error, then its nearest branch's (the typo), which the object around it also reported.
  expect(errors).toEqual([' oneOf', '/nmae additionalProperties']);
  expect(responseValidator(loaded, 'thing')({ name: 'n', url: 'u', nmae: 'x' }).ok).toBe(true);
  // Under a condition too; two typos are two errors.
  const guardedErrors = requestValidator(loaded, 'guarded')({ mode: 'big', size: 12, szie: 1, mdoe: 'x' }).errors?.map((e) => `${e.path} ${e.keyword}`) ?? [];
  expect(guardedErrors).toEqual(['/szie additionalProperties', '/mdoe additionalProperties']);
});

// A union whose every object branch says "additionalProperties" (other than false) evaluates the keys
// it does not declare, whichever branch matches: JSON Schema reads no key of a valid value as
// unevaluated, so a request's other keys are no typos. They were refused (random OpenAPI seed 18007).
const opened = {
  title: 'opened',
  type: 'object',
  properties: { name: { type: 'string' } },
  oneOf: [
    { type: 'object', properties: { url: { type: 'string' } }, required: ['url'], additionalProperties: { type: 'string' } },
    { type: 'object', properties: { path: { type: 'string' } }, required: ['path'], additionalProperties: true },
    { type: 'string' },
  ],
};
// One object branch that evaluates only what it declares: whether a key is evaluated depends on which
// branch matched, and the object stays closed to requests (the documented limit in docs/dialect.md).
const partly = { ...opened, title: 'partly', oneOf: [...opened.oneOf, { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] }] };

test('a union that opens every object it matches leaves a request its other keys, judged as JSON Schema judges them', async () => {
  const files = { 'opened.json': opened, 'partly.json': partly };
  const loaded = await loadSchemas(files);
  const values = [{ name: 'n', url: 'u', extra: 'x' }, { url: 'u', extra: 1 }, { path: 'p', extra: 1 }, { name: 'n' }, { url: 'u', path: 'p' }, 'text'];
  const expected = ajvVerdicts(files, 'opened.json', values);
  expect(expected).toEqual([true, false, true, false, false, false]);
  expect(values.map((value) => requestValidator(loaded, 'opened')(value).ok)).toEqual(expected);
  expect(values.map((value) => responseValidator(loaded, 'opened')(value).ok)).toEqual(expected);
  // Where a branch may match that evaluates no other key, a request's other keys are still unknown.
  expect(requestValidator(loaded, 'partly')({ path: 'p', extra: 1 }).errors?.map((e) => `${e.path} ${e.keyword}`)).toEqual(['/extra additionalProperties']);
  // The id branch, which a request must match exactly, then fails too: the union with it.
  expect(requestValidator(loaded, 'partly')({ id: 1, extra: 1 }).errors?.map((e) => `${e.path} ${e.keyword}`)).toContain('/extra additionalProperties');
  expect(responseValidator(loaded, 'partly')({ id: 1, extra: 1 }).ok).toBe(true);
});
