import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { parseJson } from '../../generator/schema/read.js';
import { captureIo } from '../support/io.js';

describe('JSON syntax errors say where, once, as line and column', () => {
  test.each([
    ['', 'the file is empty: it holds no JSON value'],
    [' \n\t', 'the file is blank: it holds no JSON value'],
    ['{"a":1}}', 'Unexpected non-whitespace character after JSON at line 1, column 8'],
    ['{\n  "a":\n', 'Unexpected end of JSON input at line 2, column 7 (the text ends before the value does)'],
    ['{"a" 1}', "Expected ':' after property name at line 1, column 6"],
    ['[1,\n]', 'the trailing comma before "]" at line 1, column 3, which strict JSON does not allow'],
    ['{"a": tru}', 'expected a JSON value, found "tru" at line 1, column 7'],
  ])('%j', (text, message) => {
    expect(parseJson(text)).toEqual({ ok: false, message });
  });

  test('an empty schema file is named as empty, without "at that position"', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-json-'));
    await mkdir(path.join(dir, 's'));
    await writeFile(path.join(dir, 's', 'a.json'), '');
    const io = captureIo(dir);
    expect(await main(['generate', '--schemas', 's'], io)).toBe(2);
    expect(io.stderr()).toContain('s/a.json#: not valid JSON: the file is empty: it holds no JSON value\n');
  });
});

