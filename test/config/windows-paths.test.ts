import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { validateCallgenConfig } from '../../generator/config/generated/validators.js';
import { captureIo } from '../support/io.js';

// A config written on Windows and run in Linux CI: "src\\gen" is two folders on one and a folder
// named `src\gen` on the other. Refused on every platform, at its pointer, so the file means one thing.

test('a backslash or a Windows drive in a path of the config file is refused at its pointer, saying what to write; nothing is written', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-winpaths-'));
  const targets = [
    { name: 'a', schemas: 'api\\tickets', out: 'src/a' },
    { name: 'b', openapi: 'api\\openapi.yaml', out: 'src/b' },
    { name: 'c', out: 'src\\generated' },
    { name: 'd', out: 'C:\\work\\generated' },
  ];
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets }, null, 2));
  const io = captureIo(dir);
  expect(await main(['generate', '--check'], io)).toBe(2);
  expect(io.stderr()).toBe(
    [
      'callgen.config.json#/targets/0/schemas: "api\\\\tickets" holds a backslash, which separates folders on Windows only (on Linux and macOS it is part of a name); write "api/tickets", which works everywhere',
      'callgen.config.json#/targets/1/openapi: "api\\\\openapi.yaml" holds a backslash, which separates folders on Windows only (on Linux and macOS it is part of a name); write "api/openapi.yaml", which works everywhere',
      'callgen.config.json#/targets/2/out: "src\\\\generated" holds a backslash, which separates folders on Windows only (on Linux and macOS it is part of a name); write "src/generated", which works everywhere',
      'callgen.config.json#/targets/3/out: "C:\\\\work\\\\generated" is a Windows path, which names nothing on Linux and macOS; write the path relative to the config file, with "/" between folders',
      '',
      '4 problem(s) in callgen.config.json; nothing was written.',
      '',
    ].join('\n'),
  );
  expect(await main(['generate'], captureIo(dir))).toBe(2);
  expect(await readdir(dir)).toEqual(['callgen.config.json']);
  expect(existsSync(path.join(dir, 'src\\generated'))).toBe(false);
});

test('the same paths with "/" are accepted; a backslash elsewhere (an annotation, a name) is not a path and stays allowed', () => {
  expect(validateCallgenConfig({ annotations: ['x\\y'], targets: [{ name: 'a\\b', schemas: 'api/tickets', out: 'src/generated' }] }).ok).toBe(true);
});
