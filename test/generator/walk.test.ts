import { expect, test } from 'vitest';
import { walkSchemas } from '../../generator/schema/walk.js';

test('a schema with more positions than a function call takes arguments is walked, not a RangeError', () => {
  // Microsoft Graph beta's operations file has this many positions inside x-operations.
  const operations: Record<string, unknown> = {};
  for (let i = 0; i < 100_000; i++) operations[`op${i}`] = { requestBody: { type: 'object' }, responses: { '200': { type: 'string' }, '204': null } };
  let visited = 0;
  walkSchemas({ 'x-operations': operations }, { file: 'operations.json', pointer: '' }, () => visited++);
  expect(visited).toBe(1 + 2 * 100_000);
});
