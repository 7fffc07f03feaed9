import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

// In a clone the bin runs the generator's TypeScript sources through a bundle in generator/.cli/,
// named by a hash of the sources (generator/bin/sources.js). These tests run the bin of a copy of
// the clone, so that they can edit its sources: what runs must always be the sources as they are.

const ROOT = path.resolve(import.meta.dirname, '../..');
let clone: string;

beforeAll(async () => {
  clone = await mkdtemp(path.join(tmpdir(), 'callgen-sources-'));
  for (const folder of ['generator', 'generated']) await cp(path.join(ROOT, folder), path.join(clone, folder), { recursive: true, filter: (from) => path.basename(from) !== '.cli' });
  await cp(path.join(ROOT, 'package.json'), path.join(clone, 'package.json'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
});

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

function bin(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(clone, 'generator', 'bin', 'callgen.js'), ...args], { cwd: clone });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function entries(): Promise<string[]> {
  return (await readdir(path.join(clone, 'generator', '.cli'))).filter((name) => /^cli-[0-9a-f]{16}\.js$/.test(name)).sort();
}

async function editUsage(from: string, to: string): Promise<void> {
  const file = path.join(clone, 'generator', 'cli.ts');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

test('runs started together on a clone without a bundle all build or find the same one and answer alike', { timeout: 60_000 }, async () => {
  const runs = await Promise.all([1, 2, 3, 4].map(() => bin('--help')));
  for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(new Set(runs.map((run) => run.stdout)).size).toBe(1);
  expect(runs[0]?.stdout).toMatch(/^callgen: /);
  expect(await entries()).toHaveLength(1);
  // No temporary file is left behind.
  expect((await readdir(path.join(clone, 'generator', '.cli'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('an edit of the sources is what the next run runs: a new bundle, not the one before', { timeout: 60_000 }, async () => {
  const before = await bin('--help');
  expect(before.stdout).toContain('Usage: callgen <command> [options]');
  await editUsage('Usage: callgen <command> [options]', 'Usage (edited): callgen <command> [options]');
  const after = await bin('--help');
  expect(after).toMatchObject({ code: 0, stderr: '' });
  expect(after.stdout).toContain('Usage (edited): callgen <command> [options]');
  expect(await entries()).toHaveLength(2);
  // Back to the first sources: their bundle is still there and runs again.
  await editUsage('Usage (edited): callgen <command> [options]', 'Usage: callgen <command> [options]');
  expect((await bin('--help')).stdout).toBe(before.stdout);
  expect(await entries()).toHaveLength(2);
});

test('an edit below generated/ makes a new bundle too: the validate command runs callgen\'s own generated validators', { timeout: 60_000 }, async () => {
  const before = await entries();
  const file = path.join(clone, 'generated', 'runtime.ts');
  await writeFile(file, `${await readFile(file, 'utf8')}\n// edited\n`);
  expect((await bin('--version')).code).toBe(0);
  const after = await entries();
  expect(after).toHaveLength(before.length + 1);
  expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
});

test('a bundle whose chunks are gone (removed by hand) gives way to tsx: the run still answers', { timeout: 60_000 }, async () => {
  const before = await bin('--help');
  const folder = path.join(clone, 'generator', '.cli');
  const chunks = (await readdir(folder)).filter((name) => name.startsWith('chunk-'));
  expect(chunks.length).toBeGreaterThan(0);
  for (const name of chunks) await rm(path.join(folder, name));
  expect(await bin('--help')).toEqual(before);
});

test('sources esbuild cannot bundle run through tsx, which names the file and line of the error', { timeout: 60_000 }, async () => {
  await editUsage("'Usage: callgen <command> [options]", "'Usage: callgen <command> [options]' +");
  const run = await bin('--help');
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(/cli\.ts:\d+/);
  expect(run.stdout).toBe('');
});
