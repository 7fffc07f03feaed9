import { cp, mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { FIXTURES } from '../support/generate.js';
import { captureIo } from '../support/io.js';

// An output that overlaps its input is refused with one message naming both paths, as the user
// gave them: exit 2, no usage text (the flags were well formed), and nothing written anywhere.

/** A folder (no callgen.config.json in it or above it) with a schema folder `schemas`. */
async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-overlap-'));
  await cp(path.join(FIXTURES, 'maps'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

/** Every file and folder below `dir`, relative, sorted: what a refused run must leave as it was. */
async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

async function refused(dir: string, args: readonly string[], cwd = dir): Promise<string> {
  const before = await tree(dir);
  const io = captureIo(cwd);
  expect(await main(args, io)).toBe(2);
  expect(io.stdout()).toBe('');
  expect(await tree(dir)).toEqual(before);
  return io.stderr();
}

describe('generate --out that overlaps the schema folder', () => {
  test.each([
    ['schemas', 'is the schema folder schemas'],
    ['schemas/out', 'is inside the schema folder schemas'],
    ['.', 'holds the schema folder schemas'],
  ])('--out %s', async (out, relation) => {
    const dir = await project();
    const message = `callgen generate: --out ${out} ${relation}; choose an output folder outside it; nothing was written.\n`;
    expect(await refused(dir, ['generate', '--schemas', 'schemas', '--out', out])).toBe(message);
    // --check is refused the same way: it would compare against a folder generate must never write.
    expect(await refused(dir, ['generate', '--schemas', 'schemas', '--out', out, '--check'])).toBe(message);
  });

  test('through a symbolic link, the real folder is named too', async () => {
    const dir = await project();
    await symlink(path.join(dir, 'schemas'), path.join(dir, 'link'));
    expect(await refused(dir, ['generate', '--schemas', 'schemas', '--out', 'link/out'])).toBe(
      `callgen generate: --out link/out (${path.join(dir, 'schemas', 'out')} once links are followed) is inside the schema folder schemas; choose an output folder outside it; nothing was written.\n`,
    );
  });

  test('the default output folder, run inside the schema folder', async () => {
    const dir = await project();
    expect(await refused(dir, ['generate', '--schemas', '.'], path.join(dir, 'schemas'))).toBe(
      'callgen generate: the default output folder generated is inside the schema folder .; choose an output folder outside it (name one with --out); nothing was written.\n',
    );
  });

  test('--out given for a config target', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'out' }] }));
    expect(await refused(dir, ['generate', '--out', 'schemas/x'])).toBe(
      'callgen generate: --out schemas/x is inside the schema folder schemas; choose an output folder outside it; nothing was written.\n',
    );
  });
});

describe("a config target's out that overlaps a schema folder: a problem at its pointer", () => {
  test('its own schema folder', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'schemas/out' }] }));
    expect(await refused(dir, ['generate'])).toBe(
      'callgen.config.json#/targets/0/out: schemas/out is inside the schema folder schemas; choose an output folder outside it\n\n1 problem(s) in callgen.config.json; nothing was written.\n',
    );
  });

  test('the schema folder of another target, also when only the writing target is run', async () => {
    const dir = await project();
    await cp(path.join(dir, 'schemas'), path.join(dir, 'other'), { recursive: true });
    const targets = [
      { name: 'a', schemas: 'schemas', out: 'other/generated' },
      { name: 'b', schemas: 'other', out: 'out-b' },
      { name: 'c', schemas: 'schemas', out: '.' },
    ];
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets }));
    const problems = [
      'callgen.config.json#/targets/0/out: other/generated is inside the schema folder other of target "b"; choose an output folder outside it',
      'callgen.config.json#/targets/2/out: . holds the schema folder schemas; choose an output folder outside it',
    ];
    const message = `${problems.join('\n')}\n\n2 problem(s) in callgen.config.json; nothing was written.\n`;
    expect(await refused(dir, ['generate', '--target', 'a'])).toBe(message);
    expect(await refused(dir, ['generate', '--check'])).toBe(message);
  });

  test('the config file in a folder above: paths are named from the config file', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'schemas' }] }));
    await mkdir(path.join(dir, 'sub'));
    const stderr = await refused(dir, ['generate'], path.join(dir, 'sub'));
    expect(stderr).toBe(`${path.join(dir, 'callgen.config.json')}#/targets/0/out: schemas is the schema folder schemas; choose an output folder outside it\n\n1 problem(s) in ${path.join(dir, 'callgen.config.json')}; nothing was written.\n`);
  });
});

describe('export --out inside the schema folder: it would be read as a schema, or overwrite one', () => {
  test.each(['schemas/api.yaml', 'schemas/dictionary.json'])('--out %s', async (out) => {
    const dir = await project();
    expect(await refused(dir, ['export', '--openapi', '--schemas', 'schemas', '--out', out])).toBe(
      `callgen export: --out ${out} is inside the schema folder schemas; choose a file outside it; nothing was exported.\n`,
    );
  });

  test('through a symbolic link', async () => {
    const dir = await project();
    await symlink(path.join(dir, 'schemas'), path.join(dir, 'link'));
    expect(await refused(dir, ['export', '--openapi', '--schemas', 'schemas', '--out', 'link/api.json'])).toBe(
      `callgen export: --out link/api.json (${path.join(dir, 'schemas', 'api.json')} once links are followed) is inside the schema folder schemas; choose a file outside it; nothing was exported.\n`,
    );
  });
});
