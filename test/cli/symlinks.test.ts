import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A platform team's schema folder with links in it: a schema linked from a shared folder is read
// through its link, and `--check` follows what the link reaches; a link that leads nowhere is an
// error naming it, also where the output was generated while the link still worked.

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-links-'));
  await mkdir(path.join(dir, 'schemas'));
  await mkdir(path.join(dir, 'shared'));
  await writeFile(path.join(dir, 'schemas', 'order.json'), JSON.stringify({ title: 'order', type: 'object', properties: { money: { $ref: 'money.json' } } }));
  await writeFile(path.join(dir, 'shared', 'money.json'), JSON.stringify({ title: 'money', type: 'string' }));
  await symlink(path.join('..', 'shared', 'money.json'), path.join(dir, 'schemas', 'money.json'));
  return dir;
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['generate', '--schemas', 'schemas', '--out', 'out', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('links in the schema folder', () => {
  test('a linked schema is read through its link, and a change to what it reaches makes the output stale', async () => {
    const dir = await project();
    expect((await run(dir)).code).toBe(0);
    expect(await run(dir, '--check')).toMatchObject({ code: 0, stdout: 'out is up to date (4 files).\n' });
    await writeFile(path.join(dir, 'shared', 'money.json'), JSON.stringify({ title: 'money', type: 'integer' }));
    const check = await run(dir, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^out is stale: run `callgen generate --schemas schemas --out out` to update it\.\nchanged out\/types\.ts\n/);
  });

  test('a link that leads nowhere is refused, naming it, even where the output was generated before it was added', async () => {
    const dir = await project();
    expect((await run(dir)).code).toBe(0);
    // A schema moved away in the shared folder; the link to it stays behind. Nothing refers to it, but the reader refuses it.
    await symlink(path.join('..', 'shared', 'gone.json'), path.join(dir, 'schemas', 'gone.json'));
    const message = `schemas/gone.json#: cannot read the file: ENOENT: no such file or directory, open '${path.join(dir, 'schemas', 'gone.json')}'\n\n1 problem(s) in schemas; nothing was written.\n`;
    expect(await run(dir, '--check')).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await run(dir)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
