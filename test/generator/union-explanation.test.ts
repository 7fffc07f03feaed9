import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch, requestValidator, type Loaded } from '../support/load.js';

// A union nothing tells apart that no branch matches: its error names the nearest branch, whose
// errors follow it (the runtime's noBranchMatched). Which branch is nearest, what a union inside
// a branch being explained reports, and how the issue cap counts them.

afterAll(removeScratch);

type Issues = readonly { readonly path: string; readonly keyword: string; readonly message: string }[];
type Validate = (value: unknown, options?: { maxIssues?: number }) => { ok: boolean; errors?: Issues; warnings: Issues };

function responseOf(loaded: Loaded, name: string): Validate {
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const validate = loaded.validators[name]?.response;
  if (validate === undefined) throw new Error(`no validator for ${name}`);
  return validate as Validate;
}

const lines = (result: ReturnType<Validate>): string[] => (result.errors ?? []).map((e) => `${e.path} ${e.keyword}: ${e.message}`);

// Untyped branches (each may be any JSON type) whose "kind" is no tag of one value (a range is a
// "range" or an "interval"), so neither JSON type nor tag tells them apart (with a tag of one value
// each, the tag would: typeless-tags.test.ts).
const number = { anyOf: [{ type: 'integer', minimum: 10 }, { type: 'integer', multipleOf: 7 }] };
const rangeBranch = { properties: { kind: { enum: ['range', 'interval'] }, low: number, high: { type: 'integer' } }, required: ['kind', 'low', 'high'] };
const pointBranch = { properties: { kind: { const: 'point' }, at: { type: 'integer' } }, required: ['kind', 'at'] };
const pair = { title: 'pair', oneOf: [rangeBranch, pointBranch] };

test('the nearest branch is the one whose tag the value carries; its errors follow the union', async () => {
  const validate = responseOf(await loadSchemas({ 'pair.json': pair }), 'pair');
  expect(lines(validate({ kind: 'point', at: 'x' }))).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/1, follow',
    '/at type: must be an integer',
  ]);
  // No name at all: each branch misses its required ones, the point fewer.
  expect(lines(validate({}))).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/1, follow',
    '/kind required: is required',
    '/at required: is required',
  ]);
  // A string meets both untyped branches: more than one matched, and no branch is explained.
  expect(lines(validate('x'))).toEqual([' oneOf: matches 2 of the 2 schemas in "oneOf"; exactly one must match']);
});

test('a union inside the nearest branch explains itself in turn, as it does checked on its own', async () => {
  const loaded = await loadSchemas({ 'pair.json': pair, 'number.json': { title: 'number', ...number } });
  expect(lines(responseOf(loaded, 'pair')({ kind: 'range', low: 3, high: 4 }))).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/0, follow',
    '/low anyOf: must match at least one of the 2 schemas in "anyOf"; the errors of the nearest, anyOf/0, follow',
    '/low minimum: must be at least 10',
  ]);
  expect(lines(responseOf(loaded, 'number')(3))).toEqual([
    ' anyOf: must match at least one of the 2 schemas in "anyOf"; the errors of the nearest, anyOf/0, follow',
    ' minimum: must be at least 10',
  ]);
});

test('running the nearest branch again to explain a union inside it adds no warning of that unmatched branch', async () => {
  const secretPair = { ...pair, oneOf: [{ ...rangeBranch, properties: { ...rangeBranch.properties, secret: { type: 'string', writeOnly: true } } }, pointBranch] };
  const validate = responseOf(await loadSchemas({ 'pair.json': secretPair }), 'pair');
  const result = validate({ kind: 'range', low: 3, high: 4, secret: 's' });
  expect(lines(result)).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/0, follow',
    '/low anyOf: must match at least one of the 2 schemas in "anyOf"; the errors of the nearest, anyOf/0, follow',
    '/low minimum: must be at least 10',
  ]);
  expect(result.warnings).toEqual([]);
  // The same branch matched: its write-only property is reported.
  expect(validate({ kind: 'range', low: 12, high: 4, secret: 's' }).warnings.map((w) => w.path)).toEqual(['/secret']);
});

test("the issue cap counts the nearest branch's errors it does not keep, and the others' not at all", async () => {
  const validate = responseOf(await loadSchemas({ 'pair.json': pair }), 'pair');
  expect(lines(validate({}, { maxIssues: 2 }))).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/1, follow',
    '/kind required: is required',
    ' maxIssues: and 1 more',
  ]);
});

test('a value a branch matches reports nothing', async () => {
  const validate = responseOf(await loadSchemas({ 'pair.json': pair }), 'pair');
  expect(validate({ kind: 'range', low: 14, high: 20 })).toMatchObject({ ok: true, warnings: [] });
  expect(validate({ kind: 'point', at: 1 })).toMatchObject({ ok: true, warnings: [] });
});

// OSV's events: the items and each branch say "type": "object", so a string failed the items'
// `type` and the nearest branch's, and the one issue was reported twice. A branch checks the value
// the schema around it checks, so an issue both report is kept once, as the README promises; a name
// both require, a `then` and a `dependentSchemas` value likewise.
const events = {
  title: 'events',
  type: 'array',
  items: {
    type: 'object',
    oneOf: [
      { type: 'object', properties: { introduced: { type: 'string' } }, required: ['introduced'] },
      { type: 'object', properties: { fixed: { type: 'string' } }, required: ['fixed'] },
    ],
  },
};
const window = {
  title: 'window',
  type: 'object',
  properties: { start: { type: 'string' }, end: { type: 'string' } },
  required: ['start'],
  oneOf: [{ type: 'object', required: ['start'] }, { type: 'object', required: ['start', 'end'] }],
  if: { required: ['end'] },
  then: { type: 'object', required: ['start'] },
  dependentSchemas: { end: { required: ['start'] } },
};
// No union nor `then` beside it: the object alone, whose `dependentSchemas` value requires its name too.
const range = { title: 'range', type: 'object', properties: { start: {}, end: {} }, required: ['start'], dependentSchemas: { end: { required: ['start'] } } };

test('an issue the schema around a branch, a then or a dependentSchemas value reports too is reported once', async () => {
  const loaded = await loadSchemas({ 'events.json': events, 'window.json': window, 'range.json': range });
  expect(lines(responseOf(loaded, 'events')(['x']))).toEqual([
    '/0 oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/0, follow',
    '/0 type: must be an object',
  ]);
  expect(lines(responseOf(loaded, 'window')({ end: 'b' }))).toEqual([
    ' oneOf: must match one of the 2 schemas in "oneOf"; the errors of the nearest, oneOf/0, follow',
    '/start required: is required',
  ]);
  expect(lines(responseOf(loaded, 'range')({ end: 'b' }))).toEqual(['/start required: is required']);
});

test('a branch that matched reports its warnings, once: a writeOnly property in a response, a readOnly one in a request', async () => {
  // Neither tag is required, so nothing tells the branches apart: each is tried, inline or by $ref.
  const fields = { kind: { const: 'card' }, cvc: { type: 'integer', writeOnly: true }, last4: { type: 'string', readOnly: true } };
  const bank = { type: 'object', properties: { kind: { const: 'bank' }, iban: { type: 'string' } } };
  const payment = {
    title: 'payment',
    type: 'object',
    properties: { inline: { anyOf: [{ type: 'object', properties: fields }, bank] }, named: { anyOf: [{ $ref: 'card.json' }, bank] } },
  };
  const loaded = await loadSchemas({ 'payment.json': payment, 'card.json': { title: 'card', type: 'object', properties: fields } });
  const warnings = (result: ReturnType<Validate>): string[] => result.warnings.map((w) => `${w.path} ${w.keyword}`);
  const response = responseOf(loaded, 'payment')({ inline: { kind: 'card', cvc: 1 }, named: { kind: 'card', cvc: 2 } });
  expect(response.ok).toBe(true);
  expect(warnings(response)).toEqual(['/inline/cvc writeOnly', '/named/cvc writeOnly']);
  const request = requestValidator(loaded, 'payment')({ inline: { kind: 'card', last4: '4242' }, named: { kind: 'card', last4: '4242' } }) as ReturnType<Validate>;
  expect(request.ok).toBe(true);
  expect(warnings(request)).toEqual(['/inline/last4 readOnly', '/named/last4 readOnly']);
  // A branch that did not match shows no warning, explained or not.
  const unmatched = responseOf(loaded, 'payment')({ inline: { kind: 'cash', cvc: 1 }, named: { kind: 'bank', cvc: 1 } });
  expect(lines(unmatched)[0]).toMatch(/^\/inline anyOf: /);
  expect(unmatched.warnings).toEqual([]);
});
