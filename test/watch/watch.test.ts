import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES } from '../support/generate.js';
import { start } from '../support/watching.js';

test('--watch regenerates on every change, survives schema errors keeping the last good output, and stops cleanly on Ctrl-C', { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-watch-'));
  await cp(path.join(FIXTURES, 'request-response'), path.join(dir, 'schemas'), { recursive: true });
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'out' }] }));
  const types = path.join(dir, 'out', 'types.ts');
  const watcher = start(dir);
  try {
    await watcher.waitFor('Watching for changes');
    expect(watcher.output()).toContain('Wrote 5 files to out from 5 types.');

    // A schema changes: the output follows.
    const person = JSON.parse(await readFile(path.join(dir, 'schemas', 'person.json'), 'utf8')) as { properties: Record<string, unknown> };
    person.properties['nickname'] = { type: 'string' };
    await writeFile(path.join(dir, 'schemas', 'person.json'), JSON.stringify(person));
    // Files whose content did not change are not rewritten, so fewer than 5 are written.
    await watcher.waitFor('files to out from 5 types', 2);
    const good = await readFile(types, 'utf8');
    expect(good).toContain('nickname?: string;');

    // A broken schema: its problem is printed, the output stays as it was, watching goes on.
    await writeFile(path.join(dir, 'schemas', 'person.json'), '{ "type": "object", "properties": { "a": { "type": "strin" } } }');
    await watcher.waitFor('nothing was written');
    expect(watcher.output()).toContain('schemas/person.json#/properties/a/type: "type" "strin" is not a JSON Schema type');
    expect(await readFile(types, 'utf8')).toBe(good);

    // Fixed again (the folder already holds that generation: nothing to write), and the config file changes too.
    await writeFile(path.join(dir, 'schemas', 'person.json'), JSON.stringify(person));
    await watcher.waitFor('out is up to date; nothing to write');
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'schemas', out: 'elsewhere' }] }));
    await watcher.waitFor('Wrote 5 files to elsewhere');
  } finally {
    watcher.child.kill('SIGINT');
  }
  const code = await new Promise<number | null>((resolve) => watcher.child.on('exit', (exitCode) => resolve(exitCode)));
  expect(code).toBe(0);
  expect(watcher.output()).toContain('Stopped watching.');
});

test('--watch on a schema folder that does not exist yet keeps watching, and builds once it appears', { timeout: 300_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-watch-absent-'));
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ schemas: 'api/schemas', out: 'out' }] }));
  const watcher = start(dir);
  try {
    await watcher.waitFor('Watching for changes');
    expect(watcher.output()).toContain('api/schemas#: cannot read the schema folder: no such folder (ENOENT)');
    // Two levels are missing: the first brings a run (still nothing to read), then the folder itself.
    await mkdir(path.join(dir, 'api'));
    await watcher.waitFor('nothing was written', 2);
    await cp(path.join(FIXTURES, 'request-response'), path.join(dir, 'api', 'schemas'), { recursive: true });
    await watcher.waitFor('Wrote 5 files to out from 5 types.');
  } finally {
    watcher.child.kill('SIGINT');
  }
  const code = await new Promise<number | null>((resolve) => watcher.child.on('exit', (exitCode) => resolve(exitCode)));
  expect(code).toBe(0);
});
