import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { start } from '../support/watching.js';

// --watch sees what generate reads: a folder linked into the schema folder, and the files an
// OpenAPI document's $refs name (which it did not watch).

async function watching(dir: string, change: () => Promise<void>): Promise<string> {
  const watcher = start(dir);
  try {
    await watcher.waitFor('Watching for changes');
    expect(watcher.output()).toContain('Wrote 4 files to out');
    await change();
    await watcher.waitFor('files to out', 2);
  } finally {
    watcher.child.kill('SIGINT');
  }
  await new Promise((resolve) => watcher.child.on('exit', resolve));
  return watcher.output();
}

test('--watch generates again when a schema in a linked folder changes', { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-watch-links-'));
  await mkdir(path.join(dir, 'schemas'));
  await mkdir(path.join(dir, 'shared'));
  await writeFile(path.join(dir, 'schemas', 'order.json'), JSON.stringify({ title: 'order', type: 'object', properties: { money: { $ref: 'common/money.json' } } }));
  await writeFile(path.join(dir, 'shared', 'money.json'), JSON.stringify({ title: 'money', type: 'string' }));
  await symlink(path.join('..', 'shared'), path.join(dir, 'schemas', 'common'));
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'out' }] }));
  const output = await watching(dir, () => writeFile(path.join(dir, 'shared', 'money.json'), JSON.stringify({ title: 'money', type: 'integer' })));
  expect(output).toMatch(/Wrote \d of 4 files to out/);
});

test('--watch generates again when a file an OpenAPI document names changes', { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-watch-refs-'));
  await mkdir(path.join(dir, 'api'));
  await mkdir(path.join(dir, 'shared'));
  await writeFile(path.join(dir, 'api', 'main.yaml'), "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        tag: { $ref: '../shared/tag.yaml' }\n");
  await writeFile(path.join(dir, 'shared', 'tag.yaml'), 'type: string\n');
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ openapi: 'api/main.yaml', out: 'out' }] }));
  const output = await watching(dir, () => writeFile(path.join(dir, 'shared', 'tag.yaml'), 'type: integer\n'));
  expect(output).toMatch(/Wrote \d of 4 files to out/);
});
