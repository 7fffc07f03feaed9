import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { buildModel } from '../../generator/model/build.js';
import { checkKeywords } from '../../generator/schema/keywords.js';
import { readSchemaFolder } from '../../generator/schema/read.js';
import { resolveRefs } from '../../generator/schema/resolve.js';
import { emitAll } from '../../generator/emit/emit.js';
import { shortDiff } from '../../generator/output/diff.js';
import { captureIo } from '../support/io.js';
import { FIXTURES, generateFolder } from '../support/generate.js';

const fixture = path.join(FIXTURES, 'request-response');

test('two runs produce byte-identical files', async () => {
  const first = await generateFolder(fixture);
  const second = await generateFolder(fixture);
  expect(second.files).toEqual(first.files);
});

test('the stages never mutate the schemas they read', async () => {
  const { documents } = await readSchemaFolder(fixture);
  const before = structuredClone(documents.map((d) => d.root));
  const { resolved } = await resolveRefs(fixture, documents);
  checkKeywords(resolved);
  emitAll(buildModel(resolved, 'x/').model);
  expect(documents.map((d) => d.root)).toEqual(before);
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-write-'));
  await cp(fixture, path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

test('generate writes the files and a manifest; --check then passes', async () => {
  const dir = await scratch();
  const io = captureIo(dir);
  expect(await main(['generate', '--schemas', 'schemas', '--out', 'out'], io)).toBe(0);
  expect(io.stdout()).toBe('Wrote 5 files to out from 5 types.\n');
  const manifest = JSON.parse(await readFile(path.join(dir, 'out', '.callgen-manifest.json'), 'utf8')) as { files: Record<string, string> };
  expect(Object.keys(manifest.files)).toEqual(['builders.ts', 'index.ts', 'runtime.ts', 'types.ts', 'validators.ts']);
  const check = captureIo(dir);
  expect(await main(['generate', '--schemas', 'schemas', '--out', 'out', '--check'], check)).toBe(0);
  expect(check.stdout()).toBe('out is up to date (5 files).\n');
});

test('--check exits 1 and shows what differs, writing nothing', async () => {
  const dir = await scratch();
  await main(['generate', '--schemas', 'schemas', '--out', 'out'], captureIo(dir));
  const types = path.join(dir, 'out', 'types.ts');
  const edited = (await readFile(types, 'utf8')).replace('priority: Priority;', 'priority: string;');
  await writeFile(types, edited);
  await rm(path.join(dir, 'out', 'builders.ts'));
  const io = captureIo(dir);
  expect(await main(['generate', '--schemas', 'schemas', '--out', 'out', '--check'], io)).toBe(1);
  expect(io.stderr()).toContain('out is stale: run `callgen generate --schemas schemas --out out` to update it.');
  expect(io.stderr()).toContain('added out/builders.ts');
  expect(io.stderr()).toContain('changed out/types.ts');
  expect(io.stderr()).toContain('-   priority: string;');
  expect(io.stderr()).toContain('+   priority: Priority;');
  expect(await readFile(types, 'utf8')).toBe(edited);
});

test('a new run removes only the stale files callgen wrote, never other files', async () => {
  const dir = await scratch();
  await main(['generate', '--schemas', 'schemas', '--out', 'out'], captureIo(dir));
  await writeFile(path.join(dir, 'out', 'notes.md'), 'mine');
  // Drop the request root: no type has fixed properties in a request any more, so builders.ts goes.
  await rm(path.join(dir, 'schemas', 'createTicket.json'));
  await writeFile(path.join(dir, 'schemas', 'ticket.json'), '{ "title": "ticket", "type": "object", "properties": { "id": { "type": "string" } } }');
  expect(await main(['generate', '--schemas', 'schemas', '--out', 'out'], captureIo(dir))).toBe(0);
  expect(existsSync(path.join(dir, 'out', 'builders.ts'))).toBe(false);
  expect(await readFile(path.join(dir, 'out', 'notes.md'), 'utf8')).toBe('mine');
});

test('shortDiff shows the first changed lines with context', () => {
  expect(shortDiff('a\nb\nc\n', 'a\nB\nc\n')).toBe('@@ line 2 @@\n  a\n- b\n+ B');
});

describe('shortDiff shows each change as itself, not everything between the first and the last', () => {
  test('two changes apart: two hunks, the unchanged lines between them left out', () => {
    const before = ['interface Ticket {', "  priority: 'low' | 'high';", '  title?: string;', '}', '', 'interface TicketInput {', "  priority: 'low' | 'high';", '  title?: string;', '}', ''].join('\n');
    const after = before.replaceAll("'high';", "'high' | 'urgent';");
    expect(shortDiff(before, after)).toBe(
      [
        '@@ line 2 @@',
        '  interface Ticket {',
        "-   priority: 'low' | 'high';",
        "+   priority: 'low' | 'high' | 'urgent';",
        '@@ line 7 @@',
        '  interface TicketInput {',
        "-   priority: 'low' | 'high';",
        "+   priority: 'low' | 'high' | 'urgent';",
      ].join('\n'),
    );
  });

  test('a line added, a line removed and a line changed in a manifest-like list: changes one unchanged line apart share a hunk', () => {
    const before = ['{', '  "a.ts": "1",', '  "b.ts": "2",', '  "c.ts": "3",', '  "d.ts": "4",', '  "e.ts": "5",', '  "f.ts": "6"', '}'].join('\n');
    const after = ['{', '  "a.ts": "1",', '  "a2.ts": "9",', '  "b.ts": "2",', '  "c.ts": "3",', '  "e.ts": "5",', '  "f.ts": "7"', '}'].join('\n');
    expect(shortDiff(before, after)).toBe(
      ['@@ line 3 @@', '    "a.ts": "1",', '+   "a2.ts": "9",', '@@ line 5 @@', '    "c.ts": "3",', '-   "d.ts": "4",', '    "e.ts": "5",', '-   "f.ts": "6"', '+   "f.ts": "7"'].join('\n'),
    );
  });

  test('changed lines around an unchanged one, and a line added at the end', () => {
    expect(shortDiff('a\nb\nc\nd', 'A\nb\nC\nd\ne')).toBe(['@@ line 1 @@', '- a', '+ A', '  b', '- c', '+ C', '  d', '+ e'].join('\n'));
  });

  test('past the limit: the lines shown, then how many more, or that more differences follow', () => {
    const many = (n: number, mark: string): string => Array.from({ length: n }, (_, k) => `${mark}${k}`).join('\n');
    expect(shortDiff(many(8, 'x'), many(8, 'y'), 1, 12)).toBe(['@@ line 1 @@', ...many(8, '- x').split('\n'), ...many(3, '+ y').split('\n'), '  ... (5 more lines)'].join('\n'));
    const spaced = (mark: string): string => Array.from({ length: 40 }, (_, k) => (k % 5 === 0 ? `${mark}${k}` : `same${k}`)).join('\n');
    const shown = shortDiff(spaced('old'), spaced('new'), 1, 12).split('\n');
    expect(shown.slice(0, 4)).toEqual(['@@ line 1 @@', '- old0', '+ new0', '@@ line 6 @@']);
    expect(shown).toHaveLength(13);
    expect(shown.at(-1)).toBe('  ... (more differences below)');
  });

  test('a large file with one changed line costs one pass and shows that line', () => {
    const lines = Array.from({ length: 200_000 }, (_, k) => `const v${k} = ${k};`);
    const after = [...lines];
    after[150_000] = 'const v150000 = -1;';
    expect(shortDiff(lines.join('\n'), after.join('\n'))).toBe(['@@ line 150001 @@', '  const v149999 = 149999;', '- const v150000 = 150000;', '+ const v150000 = -1;'].join('\n'));
  });
});

test('a folder standing in a file\'s place is refused before anything is written', async () => {
  const dir = await scratch();
  await main(['generate', '--schemas', 'schemas', '--out', 'out'], captureIo(dir));
  const before = await snapshotFolder(path.join(dir, 'out'));
  await writeFile(path.join(dir, 'schemas', 'person.json'), '{ "title": "person", "type": "object", "properties": { "name": { "type": "string" } } }');
  await rm(path.join(dir, 'out', 'validators.ts'));
  await mkdir(path.join(dir, 'out', 'validators.ts', 'blocker'), { recursive: true });
  const io = captureIo(dir);
  expect(await main(['generate', '--schemas', 'schemas', '--out', 'out', '--force'], io)).toBe(2);
  expect(io.stderr()).toBe('cannot write out: callgen did not write validators.ts; move it away; nothing was written.\n');
  const after = await snapshotFolder(path.join(dir, 'out'));
  expect({ ...after, 'validators.ts': before['validators.ts'] }).toEqual(before);
});

async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) files[entry.name] = await readFile(path.join(dir, entry.name), 'utf8');
    else files[entry.name] = '(folder)';
  }
  return files;
}
