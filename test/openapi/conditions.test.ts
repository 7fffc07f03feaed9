import { expect, test } from 'vitest';
import * as conditions from './__snapshots__/unmatchable-conditions/index.js';

// Fixture unmatchable-conditions: an "if" every value meets whose "then" none does. Its boolean
// path fails in a block of its own; before, a "return true" followed it, which the strictest
// compiler flags refuse (fixtures.test.ts type-checks it), and a branch that only reported
// "no value is allowed here" named its parameter as read, since the message says "value".

test('no value meets the condition, on either path', () => {
  for (const value of [null, 1, 'x', {}, []]) {
    expect(conditions.validateClosed(value).ok).toBe(false);
    expect(conditions.isClosed(value)).toBe(false);
  }
  expect(conditions.validateChain({}).ok).toBe(false);
  expect(conditions.isChain({ next: {} })).toBe(false);
});

test('a branch no value meets is tried and fails: the other decides', () => {
  expect(conditions.validateEither('x').ok).toBe(true);
  expect(conditions.isEither('x')).toBe(true);
  expect(conditions.isEither(1)).toBe(false);
  // Of two branches with one issue each, the first is the nearest: its issue follows the union's.
  const result = conditions.validateEither(1);
  expect(result.ok ? [] : result.errors.map((e) => `${e.path} ${e.keyword}`)).toEqual([' oneOf', ' false']);
});
