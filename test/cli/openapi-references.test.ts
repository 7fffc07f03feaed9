import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// An OpenAPI document split into files: the schemas its `$ref`s name in other files (and theirs in
// turn, inside its folder or beside it) are inputs as much as the document. A change to one of
// them makes `--check` fail and `generate` write, where both took the folder for up to date.

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-refs-'));
  await mkdir(path.join(dir, 'api', 'schemas'), { recursive: true });
  await mkdir(path.join(dir, 'shared'));
  await writeFile(
    path.join(dir, 'api', 'main.yaml'),
    [
      'openapi: 3.1.0',
      'info: { title: pets, version: "1" }',
      'paths: {}',
      'components:',
      '  schemas:',
      '    Pet:',
      '      type: object',
      '      properties:',
      "        tag: { $ref: 'schemas/tag.yaml#/Tag' }",
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, 'api', 'schemas', 'tag.yaml'), "Tag:\n  type: object\n  properties:\n    label: { $ref: '../../shared/label.json' }\n");
  await writeFile(path.join(dir, 'shared', 'label.json'), JSON.stringify({ type: 'string', maxLength: 5 }));
  return dir;
}

async function run(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['generate', '--openapi', 'api/main.yaml', '--out', 'out', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

test.each([
  ['a file the document names', 'api/schemas/tag.yaml', "Tag:\n  type: object\n  properties:\n    label: { $ref: '../../shared/label.json' }\n    color: { type: string }\n"],
  ['a file beside its folder that the named file names', 'shared/label.json', JSON.stringify({ type: 'string', maxLength: 9 })],
])('a change to %s makes the output stale, and generate writes it', async (_what, file, text) => {
  const dir = await project();
  expect((await run(dir)).code).toBe(0);
  expect(await run(dir, '--check')).toEqual({ code: 0, stdout: 'out is up to date (4 files).\n', stderr: '' });
  await writeFile(path.join(dir, ...file.split('/')), text);
  const check = await run(dir, '--check');
  expect(check.code).toBe(1);
  expect(check.stderr).toMatch(/^out is stale: run `callgen generate --openapi api\/main\.yaml --out out` to update it\.\nchanged out\//);
  expect((await run(dir)).stdout).toMatch(/^Wrote \d of 4 files to out/);
  expect(await run(dir, '--check')).toMatchObject({ code: 0 });
});

test('a named file that goes away is not taken for up to date: the reader says what is missing', async () => {
  const dir = await project();
  expect((await run(dir)).code).toBe(0);
  await rm(path.join(dir, 'shared', 'label.json'));
  const check = await run(dir, '--check');
  expect(check.code).toBe(2);
  expect(check.stderr).toContain('api/schemas/tag.yaml#/Tag/properties/label/$ref: "$ref": "../../shared/label.json" names a file that cannot be read');
});
