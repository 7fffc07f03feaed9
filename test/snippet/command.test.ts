import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';
import { REPO } from './harness.js';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-snippet-cli-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('callgen snippet', () => {
  test('--help lists every option', async () => {
    const io = captureIo(REPO);
    expect(await main(['snippet', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: callgen snippet [--type <name>] [--import <specifier>] [--schemas <dir>] [--annotation <key>]... <file.json | example id>');
    for (const flag of ['--type <name>', '--import <specifier>', '--schemas <dir>', '--annotation <key>']) expect(io.stdout()).toContain(flag);
  });

  test('an example id: the snapshotted snippet on stdout, exit 0', async () => {
    const io = captureIo(REPO);
    expect(await main(['snippet', '000/example-1/request'], io)).toBe(0);
    expect(io.stdout()).toBe(readFileSync(path.join(import.meta.dirname, '__snapshots__/000/example-1/request.mts'), 'utf8'));
    expect(io.stderr()).toBe('');
  });

  test('read-only properties and documented repairs are named on stderr, by id, pointer and page line', async () => {
    const io = captureIo(REPO);
    expect(await main(['snippet', '001/join-scheduled-meeting-with-app-hosted-media/request'], io)).toBe(0);
    expect(io.stderr()).toBe(
      [
        '001/join-scheduled-meeting-with-app-hosted-media/request: repaired line 666, column 44 of test/corpus/graph-docs/001_4740947201f05aa7.txt: removed the trailing comma before "}"',
        '001/join-scheduled-meeting-with-app-hosted-media/request#/direction: is read-only (set by the service, ignored in a request) and the request types leave it out, so the snippet will not type-check until it is removed; written as given',
        '',
      ].join('\n'),
    );
  });

  test('a file, with --import and --type; trailing commas are repaired and reported', async () => {
    const dir = await folderWith({ 'set.json': '{"@odata.type": "#microsoft.graph.identitySet", "user": {"id": "a",},}' });
    const io = captureIo(dir);
    expect(await main(['snippet', '--type', 'identitySet', '--import', '@contoso/graph-calls', 'set.json'], io)).toBe(0);
    expect(io.stdout()).toBe("import { type IdentitySetInput, identitySet } from '@contoso/graph-calls';\n\nexport const requestBody: IdentitySetInput = identitySet({ user: { id: 'a' } });\n");
    expect(io.stderr()).toBe('set.json: repaired line 1, column 67: removed the trailing comma before "}"\nset.json: repaired line 1, column 69: removed the trailing comma before "}"\n');
  });

  test.each([
    [['nope/example-9/request'], 'nope/example-9/request: no such file, and no documented example has this id (`callgen extract` lists them)\n'],
    [['missing.json'], 'missing.json: cannot read: no such file (ENOENT)\n'],
    [['.'], '.: cannot read: it is a folder, where a file was expected (EISDIR)\n'],
    [['broken.json'], 'broken.json: not JSON: expected "," or "}", found "\\"" at line 1, column 9\n'],
  ])('%j: a message naming it on stderr, nothing on stdout, exit 2', async (args, message) => {
    const io = captureIo(await folderWith({ 'broken.json': '{"a": 1 "b": 2}' }));
    expect(await main(['snippet', ...args], io)).toBe(2);
    expect(io.stderr()).toBe(message);
    expect(io.stdout()).toBe('');
  });

  test.each([
    [['--type', 'nope', '000/example-1/request'], 'callgen snippet: no request type named "nope"; snippets build one of: addLargeGalleryViewRequest, admitAllFromLobbyRequest, '],
    [['--type', 'call', '000/example-1/request'], 'callgen snippet: call has no request shape (no request body holds it), so there is nothing to build; snippets build one of: '],
    [['000/example-1/request', '000/example-2/request'], 'callgen snippet: name one payload: a .json file or a documented example id'],
    [['--import', '', '000/example-1/request'], 'callgen snippet: --import needs a value'],
  ])('%j: a usage error, exit 2', async (args, message) => {
    const io = captureIo(REPO);
    expect(await main(['snippet', ...args], io)).toBe(2);
    expect(io.stderr().startsWith(message)).toBe(true);
    expect(io.stdout()).toBe('');
  });

  test('a payload nested too deep is refused at the pointer where it goes too deep, exit 2', async () => {
    const io = captureIo(await folderWith({ 'deep.json': `{"extra": ${'['.repeat(100)}${']'.repeat(100)}}` }));
    expect(await main(['snippet', 'deep.json'], io)).toBe(2);
    expect(io.stderr()).toBe(`deep.json#/extra${'/0'.repeat(63)}: is nested more than 64 levels deep; callgen snippet writes payloads up to that depth\n`);
  });
});
