import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A platform team's schema folder with links in it: a schema linked from a shared folder is read
// through its link, and `--check` follows what the link reaches; a link that leads nowhere is an
// error naming it, also where the output was generated while the link still worked. A monorepo
// links whole shared folders in: they are read as if they stood there, and `--check` hashes what
// they hold; a link to a folder that holds it would be read without end, so it is refused, naming it.

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
    const message = `schemas/gone.json#: cannot read the file: it is a link to ${path.join('..', 'shared', 'gone.json')}, which does not exist (ENOENT)\n\n1 problem(s) in schemas; nothing was written.\n`;
    expect(await run(dir, '--check')).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await run(dir)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  test('a linked folder is read as if it stood there, and --check notices a change or a new file in it', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'shared', 'common'));
    await writeFile(path.join(dir, 'shared', 'common', 'address.json'), JSON.stringify({ title: 'address', type: 'object', properties: { city: { type: 'string' } } }));
    await writeFile(path.join(dir, 'schemas', 'customer.json'), JSON.stringify({ title: 'customer', type: 'object', properties: { home: { $ref: 'common/address.json' } } }));
    await symlink(path.join('..', 'shared', 'common'), path.join(dir, 'schemas', 'common'));
    expect(await run(dir)).toEqual({ code: 0, stdout: 'Wrote 4 files to out from 4 types.\n', stderr: '' });
    expect(await run(dir, '--check')).toMatchObject({ code: 0, stdout: 'out is up to date (4 files).\n' });
    await writeFile(path.join(dir, 'shared', 'common', 'address.json'), JSON.stringify({ title: 'address', type: 'object', properties: { town: { type: 'string' } } }));
    const changed = await run(dir, '--check');
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('changed out/types.ts\n');
    expect((await run(dir)).code).toBe(0);
    await writeFile(path.join(dir, 'shared', 'common', 'phone.json'), JSON.stringify({ title: 'phone', type: 'string' }));
    const added = await run(dir, '--check');
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('changed out/types.ts\n');
  });

  test.each([
    ['the schema folder itself', 'self', '.'],
    ['a folder that holds the schema folder', 'root', '..'],
  ])('a link to %s is refused, naming the link; nothing is written, and --check does not call the old output current', async (_what, name, target) => {
    const dir = await project();
    expect((await run(dir)).code).toBe(0);
    await symlink(target, path.join(dir, 'schemas', name));
    const message = `schemas/${name}#: is a link to a folder that holds it, so its files would be read without end; link to a folder outside the schema folder (and outside the folders it is in), or remove the link\n\n1 problem(s) in schemas; nothing was written.\n`;
    expect(await run(dir, '--check')).toEqual({ code: 2, stdout: '', stderr: message });
    await rm(path.join(dir, 'out'), { recursive: true });
    expect(await run(dir)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await readdir(dir)).toEqual(['schemas', 'shared']);
  });

  test('a link that comes back through another folder is refused where it would go round again', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'shared', 'nested'));
    await symlink(path.join('..', 'shared'), path.join(dir, 'schemas', 'shared'));
    await symlink(path.join('..', '..', 'schemas'), path.join(dir, 'shared', 'nested', 'back'));
    const result = await run(dir);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')[0]).toBe('schemas/shared/nested/back#: is a link to a folder that holds it, so its files would be read without end; link to a folder outside the schema folder (and outside the folders it is in), or remove the link');
  });
});
