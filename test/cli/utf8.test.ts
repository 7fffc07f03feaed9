import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { notUtf8 } from '../../generator/utf8.js';
import { captureIo } from '../support/io.js';

// Files saved in another encoding than UTF-8: "café" in Windows-1252 is 63 61 66 E9, which Node's
// decoder would turn into "caf\uFFFD" without a word (an enum member, a pattern or a payload's
// value silently changed). Each command refuses the file instead, naming it and the byte's place.

const LATIN1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const WHERE = (line: number, column: number): string =>
  `not UTF-8: byte 0xE9 at line ${line}, column ${column} is not part of a UTF-8 character (was the file saved as Windows-1252 or Latin-1?); save it as UTF-8`;

async function project(files: Record<string, Buffer | string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-utf8-'));
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
  }
  return dir;
}

describe('a file that is not UTF-8', () => {
  test('a schema file: a problem at the file with line and column, exit 2, nothing written', async () => {
    const dir = await project({ 'schemas/drink.json': LATIN1('{\n  "type": "string",\n  "enum": ["café", "tea"]\n}\n') });
    const io = captureIo(dir);
    expect(await main(['generate', '--schemas', 'schemas', '--out', 'out'], io)).toBe(2);
    expect(io.stderr()).toBe(`schemas/drink.json#: cannot read the file: ${WHERE(3, 16)}\n\n1 problem(s) in schemas; nothing was written.\n`);
    expect(await readdir(dir)).toEqual(['schemas']);
  });

  test('an OpenAPI document and a config file: the same, at that file', async () => {
    const dir = await project({
      'api.yaml': LATIN1('openapi: 3.1.0\ninfo: { title: Café, version: "1" }\npaths: {}\n'),
      'callgen.config.json': LATIN1('{ "targets": [{ "name": "café", "out": "out" }] }'),
    });
    const openapi = captureIo(dir);
    expect(await main(['generate', '--openapi', 'api.yaml', '--out', 'out'], openapi)).toBe(2);
    expect(openapi.stderr()).toBe(`api.yaml#: cannot read the file: ${WHERE(2, 19)}\n\n1 problem(s) in api.yaml; nothing was written.\n`);
    const config = captureIo(dir);
    expect(await main(['generate'], config)).toBe(2);
    expect(config.stderr()).toBe(`callgen.config.json#: cannot read the config file: ${WHERE(1, 29)}\n\n1 problem(s) in callgen.config.json; nothing was written.\n`);
  });

  test('a payload for validate or snippet, and a page for extract: cannot read, exit 2', async () => {
    const dir = await project({ 'identity.json': LATIN1('{"displayName": "José"}'), 'page.md': LATIN1('# Café\n\n```json\n{}\n```\n') });
    const validate = captureIo(dir);
    expect(await main(['validate', '--type', 'identity', 'identity.json'], validate)).toBe(2);
    expect(validate.stdout()).toBe(`identity.json: cannot read: ${WHERE(1, 21)}\n`);
    const snippet = captureIo(dir);
    expect(await main(['snippet', '--type', 'createCallRequest', 'identity.json'], snippet)).toBe(2);
    expect(snippet.stderr()).toBe(`identity.json: cannot read: ${WHERE(1, 21)}\n`);
    const extract = captureIo(dir);
    expect(await main(['extract', 'page.md'], extract)).toBe(2);
    expect(extract.stderr()).toBe(`page.md: cannot read: ${WHERE(1, 6)}\n`);
  });

  test('UTF-16 (what Windows PowerShell 5 writes with ">") is named as such', async () => {
    const dir = await project({ 'call.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]) });
    const io = captureIo(dir);
    expect(await main(['validate', '--type', 'call', 'call.json'], io)).toBe(2);
    expect(io.stdout()).toBe('call.json: cannot read: not UTF-8: the file starts with a UTF-16 byte order mark (Windows PowerShell 5 writes UTF-16 with ">"); save it as UTF-8\n');
  });
});

test('a U+FFFD the file holds itself (EF BF BD) is text, not a decoding error; the first malformed byte after one is found', () => {
  const held = Buffer.from('{"a": "\uFFFD \u20AC \uFFFD"}', 'utf8');
  expect(notUtf8(held, held.toString('utf8'))).toBeUndefined();
  const after = Buffer.concat([Buffer.from('["\uFFFD\u20AC",\n "', 'utf8'), Buffer.from([0xc3, 0x22, 0x5d])]);
  expect(notUtf8(after, after.toString('utf8'))).toMatch(/^not UTF-8: byte 0xC3 at line 2, column 3 /);
});
