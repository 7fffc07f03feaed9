import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { FIXTURES } from '../support/generate.js';
import { captureIo } from '../support/io.js';

// What `--check` tells a CI log to run is the command that updates the stale folder: this one
// without --check. A bare `callgen generate` would build the curated schemas (or every target)
// into another folder, and the check would fail again.

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-rerun-'));
  await cp(path.join(FIXTURES, 'maps'), path.join(dir, 'my schemas'), { recursive: true });
  return dir;
}

async function staleLine(dir: string, args: readonly string[]): Promise<string | undefined> {
  const io = captureIo(dir);
  expect(await main(['generate', ...args], io)).toBe(1);
  return io.stderr().split('\n').find((line) => line.includes(' is stale: '));
}

test('--check names the flags it was given (quoted for a shell where needed), without --check and --timings', async () => {
  const dir = await project();
  const args = ['--schemas', 'my schemas', '--out', 'src/maps', '--annotation', 'x-internal', '--annotation', "it's", '--timings', '--check'];
  expect(await staleLine(dir, args)).toBe("src/maps is stale: run `callgen generate --schemas 'my schemas' --out src/maps --annotation x-internal --annotation 'it'\\''s'` to update it.");
});

test('--check of one config target names it; of every target, none', async () => {
  const dir = await project();
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ name: 'maps', schemas: 'my schemas', out: 'src/maps' }] }));
  expect(await staleLine(dir, ['--check', '--target', 'maps'])).toBe('src/maps is stale: run `callgen generate --target maps` to update it.');
  expect(await staleLine(dir, ['--check'])).toBe('src/maps is stale: run `callgen generate` to update it.');
});
