import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, removeScratch } from '../support/load.js';

// A type that refers to itself gets a cycle guard: its check and test functions take `here` from
// their callers and read it on entering a value. Where the type checks nothing at all (a condition
// that refers back to the type, with an empty `then`: any value passes), the body has no guard to
// read it, and an unread parameter fails a consumer's noUnusedParameters: it is `_here` there.
// Random schema 25388 of seed 25001 (one of 800) wrote one.

afterAll(removeScratch);

test('a recursive type that checks nothing compiles under noUnusedParameters', async () => {
  const root = { title: 'root', $ref: '#/$defs/loop', $defs: { loop: { if: { $ref: '#/$defs/loop' }, then: {} } } };
  const { text, diagnostics } = await generateAndTypecheck({ 'root.json': root });
  expect(text('validators.ts')).toContain('function checkRootLoop(value: unknown, _here?: boolean): void {');
  expect(diagnostics).toEqual([]);
});

test('a recursive type that checks something still reads here', async () => {
  const tree = { title: 'tree', type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } };
  const { text, diagnostics } = await generateAndTypecheck({ 'tree.json': tree });
  expect(text('validators.ts')).toMatch(/function responseCheckTree\(value: PlainObject, here\?: boolean\): void \{\n {2}const tracked = enter\(value, here, /);
  expect(diagnostics).toEqual([]);
});
