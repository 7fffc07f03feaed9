import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A subfolder nobody may list (`chmod 000`, another user's), as `readdir` reports it. The suite may
// run as root, whom permissions do not stop, so the listing of folders named "locked" fails here.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (folder: string, options: never) => {
    if (path.basename(folder) === 'locked') {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES', syscall: 'scandir', path: folder });
    }
    return fs.readdir(folder, options);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

test('validate over a folder with a subfolder it cannot list: that folder reported in its turn, the rest validated, exit 2', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-validate-locked-'));
  await mkdir(path.join(dir, 'payloads', 'locked'), { recursive: true });
  await writeFile(path.join(dir, 'payloads', 'a.json'), '{"state": "established"}');
  await writeFile(path.join(dir, 'payloads', 'locked', 'b.json'), '{}');
  await writeFile(path.join(dir, 'payloads', 'z.json'), '{"state": 7}');
  const io = captureIo(dir);
  expect(await main(['validate', '--type', 'call', 'payloads'], io)).toBe(2);
  expect(io.stdout().split('\n').filter((line) => /^\S/.test(line))).toEqual([
    'payloads/a.json: ok (a valid Call response)',
    'payloads/locked: cannot read: permission denied (EACCES): the user running callgen may not read this folder',
    'payloads/z.json: 1 error as a Call response',
    '3 files: 1 valid, 1 invalid, 1 unreadable',
  ]);
  expect(io.stderr()).toBe('');
});
