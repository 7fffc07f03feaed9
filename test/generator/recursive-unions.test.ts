import { afterAll, expect, test } from 'vitest';
import { importGenerated } from '../../generator/load.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// Bounded work: a recursive union nothing tells apart tries each branch, and branches that step
// into the same property tried it again at every level, so the work doubled with each level of
// nesting (20 levels took 1.5 s; the values below, 200 levels deep, would not finish this century).
// Test functions keep each value's verdict per type while a validation runs, so they finish.

afterAll(removeScratch);

// Each branch steps into `a`, and each requires a name of its own.
const node = {
  title: 'node',
  anyOf: [
    { type: 'object', properties: { a: { $ref: 'node.json' }, x: {} }, required: ['x'] },
    { type: 'object', properties: { a: { $ref: 'node.json' }, y: {} }, required: ['y'] },
  ],
};

function nested(depth: number, leaf: Record<string, unknown>, name: (level: number) => string): unknown {
  let value: unknown = leaf;
  for (let level = depth; level > 0; level--) value = { a: value, [name(level)]: level };
  return value;
}

test('a recursive union 200 levels deep: validateX and isX give their verdicts, invalid and valid', async () => {
  const loaded = await loadSchemas({ 'node.json': node });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const exports = await importGenerated(loaded.result.files);
  const validate = exports['validateNode'] as (value: unknown, options?: { maxIssues?: number }) => { ok: true } | { ok: false; errors: readonly { path: string; keyword: string; message: string }[] };
  const is = exports['isNode'] as (value: unknown) => boolean;
  // Every level names x or y, alternately; the innermost object names neither.
  const invalid = nested(200, {}, (level) => (level % 2 === 0 ? 'x' : 'y'));
  expect(is(invalid)).toBe(false);
  const result = validate(invalid);
  expect(result.ok).toBe(false);
  // Each level's nearest branch explains the union below it, down to the innermost object, which
  // names neither x nor y: 201 explained unions (the value and 200 levels below) and one missing
  // name (x: both branches miss one, and the first is nearest on a tie), past the cap of 100.
  const errors = result.ok ? [] : result.errors;
  expect(errors.slice(0, 3).map((e) => `${e.path} ${e.keyword}`)).toEqual([' anyOf', '/a anyOf', '/a/a anyOf']);
  expect(errors.slice(100).map((e) => `${e.keyword}: ${e.message}`)).toEqual(['maxIssues: and 102 more']);
  const all = validate(invalid, { maxIssues: Infinity });
  const last = all.ok ? undefined : all.errors[all.errors.length - 1];
  expect([all.ok ? 0 : all.errors.length, last?.path, last?.keyword]).toEqual([202, `${'/a'.repeat(200)}/x`, 'required']);
  const valid = nested(200, { x: 0 }, (level) => (level % 2 === 0 ? 'x' : 'y'));
  expect([is(valid), validate(valid).ok]).toEqual([true, true]);
});

test('a verdict is kept for one validation only: the same object, changed, is judged anew', async () => {
  const loaded = await loadSchemas({ 'node.json': node });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const is = (await importGenerated(loaded.result.files))['isNode'] as (value: unknown) => boolean;
  const inner: Record<string, unknown> = {};
  const outer = { a: inner, x: 1 };
  expect(is(outer)).toBe(false);
  inner['y'] = 2;
  expect(is(outer)).toBe(true);
  delete inner['y'];
  expect(is(outer)).toBe(false);
});

test('subschemas that each step into the same property (allOf members, if/then, not): every issue once, however deep', async () => {
  // The base, both allOf members, then and not all reach `a`: five checks of each level's `a`
  // without the memo (16 levels took 50 s).
  const step = (extra: Record<string, unknown>) => ({ properties: { a: { $ref: 'chain.json' }, ...extra } });
  const chain = {
    title: 'chain',
    type: 'object',
    properties: { a: { $ref: 'chain.json' }, n: { type: 'integer' } },
    allOf: [step({ x: {} }), step({ y: {} })],
    not: { required: ['z'], ...step({}) },
    if: step({}),
    then: step({}),
  };
  const loaded = await loadSchemas({ 'chain.json': chain });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const exports = await importGenerated(loaded.result.files);
  const validate = exports['validateChain'] as (value: unknown) => { ok: true } | { ok: false; errors: readonly { path: string; keyword: string }[] };
  const is = exports['isChain'] as (value: unknown) => boolean;
  const nested = (leaf: unknown): unknown => {
    let value = leaf;
    for (let level = 0; level < 200; level++) value = { a: value, n: level };
    return value;
  };
  expect([validate(nested({ n: 1 })).ok, is(nested({ n: 1 }))]).toEqual([true, true]);
  const result = validate(nested({ n: 'seven' }));
  expect(result.ok ? [] : result.errors.map((e) => `${e.path} ${e.keyword}`)).toEqual([`${'/a'.repeat(200)}/n type`]);
  expect(is(nested({ z: 0 }))).toBe(false);
});
