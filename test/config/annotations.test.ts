import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { loadConfig } from '../../generator/config/targets.js';
import { readmeJson } from '../support/readme.js';
import { captureIo } from '../support/io.js';

// "annotations" in callgen.config.json (top level: every target; a target: its own too) and
// --annotation <key> declare keys of other tools for callgen to ignore; the list is an input of
// the generation, so the skip-when-unchanged check and --check take it into account.

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'thing',
  type: 'object',
  markdownDescription: 'A **thing**',
  'x-internal': true,
  properties: { a: { type: 'string', 'meta:enum': { a: 'b' } } },
};

async function project(config?: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-annotations-'));
  await mkdir(path.join(dir, 'schemas'));
  await writeFile(path.join(dir, 'schemas', 'thing.json'), JSON.stringify(schema));
  if (config !== undefined) await writeConfig(dir, config);
  return dir;
}

async function writeConfig(dir: string, config: unknown): Promise<void> {
  await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify(config));
}

async function run(dir: string, ...args: string[]) {
  const io = captureIo(dir);
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const target = (annotations?: string[]) => ({ schemas: 'schemas', out: 'src', ...(annotations === undefined ? {} : { annotations }) });

describe('annotations in callgen.config.json and --annotation', () => {
  test('the top level and the target each declare some; together they let the folder generate', async () => {
    const dir = await project({ annotations: ['markdownDescription'], targets: [target(['x-internal', 'meta:enum'])] });
    expect(await run(dir, 'generate')).toEqual({ code: 0, out: 'Wrote 4 files to src from 1 types.\n', err: '' });
    await writeConfig(dir, { annotations: ['markdownDescription'], targets: [target(['x-internal'])] });
    const refused = await run(dir, 'generate');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('schemas/thing.json#/properties/a/meta:enum: unknown keyword "meta:enum":');
  });

  test('--annotation adds to the config; without a config it declares them for --schemas', async () => {
    const dir = await project({ annotations: ['markdownDescription', 'meta:enum'], targets: [target()] });
    expect((await run(dir, 'generate')).err).toContain('schemas/thing.json#/x-internal: unknown keyword "x-internal"');
    expect((await run(dir, 'generate', '--annotation', 'x-internal')).code).toBe(0);
    const flags = ['--annotation', 'markdownDescription', '--annotation', 'meta:enum', '--annotation', 'x-internal'];
    expect(await run(dir, 'generate', '--schemas', 'schemas', '--out', 'elsewhere', ...flags)).toEqual({ code: 0, out: 'Wrote 4 files to elsewhere from 1 types.\n', err: '' });
  });

  test('after many refusals of unknown keys, the report lists each key once, ready to declare', async () => {
    const result = await run(await project(), 'generate', '--schemas', 'schemas', '--out', 'src', '--annotation', 'x-internal');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /\n\n2 problem\(s\) in schemas; nothing was written\.\n2 keys callgen does not read: markdownDescription \(1 place\), meta:enum \(1 place\)\. Those that are annotations of other tools, not misspelt keywords, can be declared: "annotations": \["markdownDescription", "meta:enum"\] in callgen\.config\.json, or --annotation for each\.\n$/,
    );
    // One refusal says it all itself.
    const one = await run(await project(), 'generate', '--schemas', 'schemas', '--out', 'src', '--annotation', 'x-internal', '--annotation', 'meta:enum');
    expect(one.err).toMatch(/\n\n1 problem\(s\) in schemas; nothing was written\.\n$/);
  });

  test('--annotation naming a keyword callgen reads is a usage error; nothing is written', async () => {
    const dir = await project();
    const result = await run(dir, 'generate', '--schemas', 'schemas', '--out', 'src', '--annotation', 'x-internal', '--annotation', 'required');
    expect(result.code).toBe(2);
    expect(result.err).toContain('callgen generate: --annotation: "required" is a keyword callgen reads, not an annotation of another tool: ignoring it would drop what it says without a word\n');
    expect(existsSync(path.join(dir, 'src'))).toBe(false);
  });

  test('the list is an input: --check and the skip follow it, in any order', async () => {
    const dir = await project({ targets: [target(['x-internal', 'meta:enum', 'markdownDescription'])] });
    expect((await run(dir, 'generate')).code).toBe(0);
    const manifest = await readFile(path.join(dir, 'src', '.callgen-manifest.json'), 'utf8');
    // Another order is the same list: the folder is up to date and nothing is generated.
    await writeConfig(dir, { targets: [target(['markdownDescription', 'meta:enum', 'x-internal', 'x-internal'])] });
    expect(await run(dir, 'generate', '--check')).toEqual({ code: 0, out: 'src is up to date (4 files).\n', err: '' });
    expect(await run(dir, 'generate')).toEqual({ code: 0, out: 'src is up to date; nothing to write.\n', err: '' });
    // One fewer: the folder no longer generates, and neither --check nor generate may call it up to date.
    await writeConfig(dir, { targets: [target(['markdownDescription', 'meta:enum'])] });
    const check = await run(dir, 'generate', '--check');
    expect(check.code).toBe(2);
    expect(check.err).toContain('schemas/thing.json#/x-internal: unknown keyword "x-internal"');
    expect((await run(dir, 'generate')).code).toBe(2);
    expect(await readFile(path.join(dir, 'src', '.callgen-manifest.json'), 'utf8')).toBe(manifest);
    // One more: the code is the same, but the manifest records other inputs.
    await writeConfig(dir, { targets: [target(['markdownDescription', 'meta:enum', 'x-internal', 'x-unused'])] });
    const stale = await run(dir, 'generate', '--check');
    expect(stale.code).toBe(1);
    expect(stale.err).toMatch(/^src is stale: run `callgen generate` to update it\.\nchanged src\/\.callgen-manifest\.json\n/);
    expect((await run(dir, 'generate')).out).toBe('Wrote 0 of 4 files to src from 1 types (4 unchanged).\n');
  });

  test('validate --schemas and export take --annotation too', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'thing.json'), '{ "a": "x" }');
    const flags = ['--annotation', 'markdownDescription', '--annotation', 'meta:enum', '--annotation', 'x-internal'];
    expect(await run(dir, 'validate', '--schemas', 'schemas', '--type', 'thing', ...flags, 'thing.json')).toEqual({ code: 0, out: 'thing.json: ok (a valid Thing response)\n', err: '' });
    expect((await run(dir, 'validate', '--schemas', 'schemas', '--type', 'thing', 'thing.json')).err).toContain('3 problem(s) in schemas; no payload was validated.');
    const exported = await run(dir, 'export', '--openapi', '--schemas', 'schemas', ...flags);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out).components.schemas.thing).toEqual({ title: 'thing', type: 'object', properties: { a: { type: 'string' } } });
    expect((await run(dir, 'export', '--openapi', '--schemas', 'schemas', '--annotation', 'enum')).err).toContain('callgen export: --annotation: "enum" is a keyword callgen reads');
  });

  test('validate refuses --annotation with the curated validators, which were generated already', async () => {
    const result = await run(await project(), 'validate', '--type', 'call', '--annotation', 'x-internal', 'thing.json');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--annotation applies to a schema set: name one with --schemas or --target');
  });

  test("the README's example is a config callgen reads, each target with the top level's annotations and its own", async () => {
    const dir = await project(readmeJson('declares them, at the top level'));
    const loaded = await loadConfig(path.join(dir, 'callgen.config.json'));
    expect(loaded.ok ? loaded.targets.map((t) => [t.name, t.annotations]) : loaded.problems).toEqual([['billing', ['markdownDescription', 'meta:enum', 'x-internal']]]);
  });

  test('snippet reads a schema folder with --annotation too', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'payload.json'), '{ "a": "x" }');
    const flags = ['--annotation', 'markdownDescription', '--annotation', 'meta:enum', '--annotation', 'x-internal'];
    expect(await run(dir, 'snippet', '--schemas', 'schemas', '--type', 'thing', ...flags, 'payload.json')).toEqual({
      code: 0,
      out: "import type { ThingInput } from './generated/index.js';\n\nexport const requestBody: ThingInput = { a: 'x' };\n",
      err: '',
    });
  });

  test('drift and snippet refuse such an --annotation too, before reading anything', async () => {
    const drift = await run(tmpdir(), 'drift', '--metadata', 'none.xml', '--api-version', 'v1.0', '--annotation', 'enum');
    expect(drift.code).toBe(2);
    expect(drift.err).toContain('callgen drift: --annotation: "enum" is a keyword callgen reads');
    const snippet = await run(tmpdir(), 'snippet', '--annotation', 'x-open-enum', 'none.json');
    expect(snippet.code).toBe(2);
    expect(snippet.err).toContain('callgen snippet: --annotation: "x-open-enum" is a keyword callgen reads');
  });

  test.each(['generate', 'validate', 'export', 'drift', 'snippet'])('%s --help lists --annotation', async (command) => {
    expect((await run(tmpdir(), command, '--help')).out).toMatch(/\n {2}--annotation <key> +a key of another tool \(markdownDescription, x-internal, \.\.\.\) to ignore wherever a keyword may stand/);
  });
});
