import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { FIXTURES } from '../support/generate.js';
import { captureIo } from '../support/io.js';

// A repository checked out with git's core.autocrlf (the default of Git for Windows) has CRLF in
// every text file: the schemas and the committed output. The schemas read the same either way;
// the output differs from what callgen writes only in its line endings, and --check says so.

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-crlf-'));
  await cp(path.join(FIXTURES, 'request-response'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

/** What a checkout with core.autocrlf does to a folder's files. */
async function toCrlf(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));
  }
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['generate', '--schemas', 'schemas', '--out', 'out', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

test('schemas with CRLF line endings are the same input: the folder generated from them with LF stays up to date', async () => {
  const dir = await project();
  expect((await run(dir)).code).toBe(0);
  await toCrlf(path.join(dir, 'schemas'));
  expect(await run(dir, '--check')).toEqual({ code: 0, stdout: 'out is up to date (5 files).\n', stderr: '' });
  expect(await run(dir)).toEqual({ code: 0, stdout: 'out is up to date; nothing to write.\n', stderr: '' });
});

test('output with CRLF line endings: --check names each file as differing in line endings only, not with a diff of identical lines', async () => {
  const dir = await project();
  expect((await run(dir)).code).toBe(0);
  await toCrlf(path.join(dir, 'schemas'));
  await toCrlf(path.join(dir, 'out'));
  const check = await run(dir, '--check');
  expect(check.code).toBe(1);
  const note = '    line endings only: CRLF where callgen writes LF (git\'s core.autocrlf converts them on checkout; "text eol=lf" for this folder in .gitattributes keeps them as written)';
  const files = (await readdir(path.join(dir, 'out'))).sort();
  expect(check.stderr.split('\n').slice(1, -1).sort()).toEqual([...files.map((file) => `changed out/${file}`), ...files.map(() => note)].sort());
  expect((await run(dir)).code).toBe(0);
  expect((await run(dir, '--check')).code).toBe(0);
});
