import { describe, expect, test } from 'vitest';
import { readTolerantJson } from '../../generator/json/tolerant.js';

describe('readTolerantJson', () => {
  test('strict JSON parses with no repairs', () => {
    expect(readTolerantJson('{"a": [1, 2.5e3, -0, true, null, "x\\u00e9\\n"]}')).toEqual({ ok: true, value: { a: [1, 2500, -0, true, null, 'xé\n'] }, repairs: [] });
  });

  test('trailing commas in objects and arrays are removed, each repair with its line and column', () => {
    const text = ['{', '  "a": [1, 2,],', '  "b": { "c": 3, },', '}'].join('\n');
    expect(readTolerantJson(text)).toEqual({
      ok: true,
      value: { a: [1, 2], b: { c: 3 } },
      repairs: [
        { line: 2, column: 13, what: 'removed the trailing comma before "]"' },
        { line: 3, column: 16, what: 'removed the trailing comma before "}"' },
        { line: 3, column: 19, what: 'removed the trailing comma before "}"' }, // "}," then "}" on line 4
      ],
    });
  });

  test('a comma before a closer on the next line is found across the line break', () => {
    expect(readTolerantJson('{\n  "a": 1,\n}')).toEqual({ ok: true, value: { a: 1 }, repairs: [{ line: 2, column: 9, what: 'removed the trailing comma before "}"' }] });
  });

  test('a "//" comment runs to the end of its line and is removed, also between a comma and its closer', () => {
    const text = ['{', '  "isMuted": true, // set on mute', '  "url": "https://x/y" // "//" in a string stays', '}'].join('\n');
    expect(readTolerantJson(text)).toEqual({
      ok: true,
      value: { isMuted: true, url: 'https://x/y' },
      repairs: [
        { line: 2, column: 20, what: 'removed a "//" comment' },
        { line: 3, column: 24, what: 'removed a "//" comment' },
      ],
    });
    expect(readTolerantJson('[1, // one\n]')).toEqual({
      ok: true,
      value: [1],
      repairs: [
        { line: 1, column: 5, what: 'removed a "//" comment' },
        { line: 1, column: 3, what: 'removed the trailing comma before "]"' },
      ],
    });
  });

  test('a single "/" is still an error', () => {
    expect(readTolerantJson('{"a": /1}')).toMatchObject({ ok: false, error: { line: 1, column: 7 } });
  });

  test('a comma inside a string is text, not a trailing comma', () => {
    expect(readTolerantJson('{"a": "1,}"}')).toEqual({ ok: true, value: { a: '1,}' }, repairs: [] });
  });

  test.each([
    ['', 'empty input: expected a JSON value', 1, 1],
    ['{"a": 1', 'unexpected end of input: expected "," or "}" (1 unclosed bracket)', 1, 8],
    ['{"a" 1}', 'expected ":" after the property name, found "1"', 1, 6],
    ['[1 2]', 'expected "," or "]", found "2"', 1, 4],
    ['{"a": tru}', 'expected a JSON value, found "tru"', 1, 7],
    ['{"a": 01}', 'expected a JSON value, found "01"', 1, 7],
    ['{\n  "a": "x\ny"}', 'a control character (such as a line break) inside a string must be escaped', 2, 10],
    ['{"a": 1,, "b": 2}', 'expected a property name in double quotes, found ","', 1, 9],
    ['[,]', 'expected a JSON value, found ","', 1, 2],
    ['{"a": "\\q"}', 'invalid escape "\\q" in a string', 1, 8],
    ['{"a": 1}}', 'unexpected "}" after the end of the JSON value', 1, 9],
    ['{"a": "open', 'unterminated string', 1, 7],
    ["{'a': 1}", 'expected a property name in double quotes, found "\'"', 1, 2],
  ])('%j cannot be repaired: %s at %i:%i', (text, message, line, column) => {
    expect(readTolerantJson(text)).toEqual({ ok: false, error: { message, line, column }, repairs: [] });
  });

  test('binary junk is a parse error, not a crash', () => {
    const junk = String.fromCharCode(0, 1, 2, 255, 0xfffd);
    const result = readTolerantJson(junk);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ line: 1, column: 1 });
  });

  test('100,000 levels of nesting parse without recursion', () => {
    const result = readTolerantJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(result.ok).toBe(true);
  });

  test('a __proto__ key becomes an own property and leaves Object.prototype alone', () => {
    const result = readTolerantJson('{"__proto__": {"polluted": true},}');
    expect(result.ok && Object.hasOwn(result.value as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('what JSON.parse alone would pass over in silence', () => {
  test('a leading byte order mark is skipped and reported; columns count from the first visible character', () => {
    expect(readTolerantJson('\uFEFF{"a": [1,]}')).toEqual({
      ok: true,
      value: { a: [1] },
      repairs: [
        { line: 1, column: 1, what: 'skipped the byte order mark (U+FEFF) before the JSON value' },
        { line: 1, column: 9, what: 'removed the trailing comma before "]"' },
      ],
    });
  });

  test('a byte order mark anywhere else is still an error', () => {
    expect(readTolerantJson('{"a": \uFEFF1}')).toMatchObject({ ok: false, error: { line: 1, column: 7 } });
  });

  test('a key repeated in one object is reported where it repeats, decoded, and the last value counts', () => {
    const text = ['{', '  "a": 1, "b": {"a": 2},', '  "\\u0061": 3,', '  "a": 4', '}'].join('\n');
    expect(readTolerantJson(text)).toEqual({
      ok: true,
      value: { a: 4, b: { a: 2 } },
      repairs: [
        { line: 3, column: 3, what: 'kept the last of the keys named "a" in this object (JSON.parse\'s rule); the value of an earlier one is not validated' },
        { line: 4, column: 3, what: 'kept the last of the keys named "a" in this object (JSON.parse\'s rule); the value of an earlier one is not validated' },
      ],
    });
  });

  test('an object of many keys finds its repeats too, the reused lists of an earlier sibling notwithstanding', () => {
    const keys = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `"${prefix}${i}": ${i}`);
    const text = `[{${keys('a', 20).join(', ')}}, {${[...keys('b', 30), '"b3": "again"', '"a19": 0'].join(', ')}}]`;
    const result = readTolerantJson(text);
    expect(result.ok && result.repairs.map((r) => r.what)).toEqual(['kept the last of the keys named "b3" in this object (JSON.parse\'s rule); the value of an earlier one is not validated']);
    expect(result.ok && (result.value as Record<string, unknown>[])[1]?.['b3']).toBe('again');
  });

  test('the same key in sibling and nested objects is no repeat', () => {
    const text = '[{"id": 1, "x": {"id": 2, "y": {"id": 3}}, "z": {"id": 4}}, {"id": 5}, {"x": {"id": 6}}]';
    expect(readTolerantJson(text)).toMatchObject({ ok: true, repairs: [] });
  });
});

describe('positions', () => {
  test('every value by JSON Pointer, with escaped keys, across trailing commas', () => {
    const text = ['{', '  "a/b": [10, {"~x": null},],', '  "c": "d",', '}'].join('\n');
    const result = readTolerantJson(text, { positions: true });
    expect(result.ok && [...(result.positions ?? [])]).toEqual([
      ['', { line: 1, column: 1 }],
      ['/a~1b', { line: 2, column: 10 }],
      ['/a~1b/0', { line: 2, column: 11 }],
      ['/a~1b/1', { line: 2, column: 15 }],
      ['/a~1b/1/~0x', { line: 2, column: 22 }],
      ['/c', { line: 3, column: 8 }],
    ]);
  });

  test('off unless asked for', () => {
    const result = readTolerantJson('{"a": 1}');
    expect(result.ok && 'positions' in result).toBe(false);
  });
});
