import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// A schema folder callgen cannot read all of: each problem names the file or folder and says what
// is wrong in words (no syscall, no absolute path), exit 2, nothing written. The suite may run as
// root, whom permissions do not stop, so these names fail as the system would fail them.
const failures: Record<string, { code: string; text: string }> = {
  'locked.json': { code: 'EACCES', text: 'permission denied' },
  'busy.json': { code: 'EMFILE', text: 'too many open files' },
  private: { code: 'EACCES', text: 'permission denied' },
};

function failure(file: unknown, syscall: string): Error | undefined {
  const found = failures[path.basename(String(file))];
  if (found === undefined) return undefined;
  return Object.assign(new Error(`${found.code}: ${found.text}, ${syscall} '${String(file)}'`), { code: found.code, syscall, path: String(file) });
}

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: string, ...rest: never[]) => {
    const error = failure(file, 'open');
    if (error !== undefined) throw error;
    return fs.readFileSync(file, ...rest);
  }) as typeof fs.readFileSync;
  const readdirSync = ((folder: string, ...rest: never[]) => {
    const error = failure(folder, 'scandir');
    if (error !== undefined) throw error;
    return fs.readdirSync(folder, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, readFileSync, readdirSync, default: { ...fs, readFileSync, readdirSync } };
});

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-read-errors-'));
  await mkdir(path.join(dir, 'schemas', 'private'), { recursive: true });
  await writeFile(path.join(dir, 'schemas', 'order.json'), JSON.stringify({ title: 'order', type: 'object' }));
  return dir;
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['generate', '--out', 'out', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('files and folders callgen cannot read', () => {
  test('a file without read permission, a folder it may not list, too many open files: each named and said in words, exit 2, nothing written', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'schemas', 'locked.json'), '{}');
    await writeFile(path.join(dir, 'schemas', 'busy.json'), '{}');
    expect(await run(dir, '--schemas', 'schemas')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'schemas/busy.json#: cannot read the file: too many files are open (EMFILE): close other programs or raise the limit (ulimit -n), then run again',
        'schemas/locked.json#: cannot read the file: permission denied (EACCES): the user running callgen may not read this file',
        'schemas/private#: cannot read the folder: permission denied (EACCES): the user running callgen may not read this folder',
        '',
        '3 problem(s) in schemas; nothing was written.',
        '',
      ].join('\n'),
    });
    expect(await readdir(dir)).toEqual(['schemas']);
  });

  test('a file where the schema folder was expected, a folder where the OpenAPI document or the config file was, a missing document', async () => {
    const dir = await project();
    expect(await run(dir, '--schemas', 'schemas/order.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'schemas/order.json#: cannot read the schema folder: it is a file, where a folder was expected (ENOTDIR)\n\n1 problem(s) in schemas/order.json; nothing was written.\n',
    });
    expect(await run(dir, '--schemas', 'missing')).toMatchObject({ code: 2, stderr: 'missing#: cannot read the schema folder: no such folder (ENOENT)\n\n1 problem(s) in missing; nothing was written.\n' });
    expect(await run(dir, '--openapi', 'schemas')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'schemas#: cannot read the file: it is a folder, where an OpenAPI document (one YAML or JSON file) was expected; a folder of JSON Schemas is read with --schemas ("schemas" in a config target)\n\n1 problem(s) in schemas; nothing was written.\n',
    });
    expect(await run(dir, '--openapi', 'api.yaml')).toMatchObject({ code: 2, stderr: 'api.yaml#: cannot read the file: no such file (ENOENT)\n\n1 problem(s) in api.yaml; nothing was written.\n' });
    expect(await run(dir, '--config', 'schemas')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'schemas#: cannot read the config file: it is a folder, where a file was expected (EISDIR)\n\n1 problem(s) in schemas; nothing was written.\n',
    });
    expect(await readdir(dir)).toEqual(['schemas']);
  });
});
