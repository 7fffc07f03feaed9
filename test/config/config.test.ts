import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { findConfig, loadConfig, planTargets } from '../../generator/config/targets.js';
import { captureIo } from '../support/io.js';
import { FIXTURES, REPO } from '../support/generate.js';

/** A project with two schema folders and a config naming a target for each. */
async function project(config: unknown = twoTargets): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-config-'));
  await cp(path.join(FIXTURES, 'request-response'), path.join(dir, 'api', 'tickets'), { recursive: true });
  await cp(path.join(FIXTURES, 'maps'), path.join(dir, 'api', 'maps'), { recursive: true });
  await writeFile(path.join(dir, 'callgen.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

const twoTargets = {
  targets: [
    { name: 'tickets', schemas: 'api/tickets', out: 'src/tickets' },
    { schemas: 'api/maps', out: 'src/maps' },
  ],
};

describe('callgen.config.json', () => {
  test('generate builds every target, --check checks every one', async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await main(['generate'], io)).toBe(0);
    expect(io.stdout()).toBe('Wrote 5 files to src/tickets from 5 types.\nWrote 4 files to src/maps from 1 types.\n');
    const check = captureIo(dir);
    expect(await main(['generate', '--check'], check)).toBe(0);
    expect(check.stdout()).toBe('src/tickets is up to date (5 files).\nsrc/maps is up to date (4 files).\n');
  });

  test('--check exits 1 when any one target is stale, naming it', async () => {
    const dir = await project();
    await main(['generate'], captureIo(dir));
    await writeFile(path.join(dir, 'src', 'maps', 'types.ts'), '// edited\n');
    const io = captureIo(dir);
    expect(await main(['generate', '--check'], io)).toBe(1);
    expect(io.stdout()).toBe('src/tickets is up to date (5 files).\n');
    expect(io.stderr()).toMatch(/^src\/maps is stale: run `callgen generate` to update it\.\nchanged src\/maps\/types\.ts\n/);
  });

  test('is found from a folder below the one that holds it; its paths are relative to it', async () => {
    const dir = await project();
    await mkdir(path.join(dir, 'packages', 'bot'), { recursive: true });
    const io = captureIo(path.join(dir, 'packages', 'bot'));
    expect(await main(['generate', '--target', 'tickets'], io)).toBe(0);
    expect(io.stdout()).toBe(`Wrote 5 files to ${path.join(dir, 'src', 'tickets')} from 5 types.\n`);
    expect(existsSync(path.join(dir, 'src', 'maps'))).toBe(false);
    expect(await findConfig(path.join(dir, 'packages', 'bot'))).toBe(path.join(dir, 'callgen.config.json'));
  });

  test('--config names the file; a target without a name is called by its out', async () => {
    const dir = await project();
    const io = captureIo(tmpdir());
    expect(await main(['generate', '--config', path.join(dir, 'callgen.config.json'), '--target', 'src/maps'], io)).toBe(0);
    expect(existsSync(path.join(dir, 'src', 'maps', 'types.ts'))).toBe(true);
    expect(existsSync(path.join(dir, 'src', 'tickets'))).toBe(false);
  });

  test('flags override the selected target; --out over several targets is refused', async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await main(['generate', '--target', 'tickets', '--out', 'elsewhere'], io)).toBe(0);
    expect(io.stdout()).toBe('Wrote 5 files to elsewhere from 5 types.\n');
    const refused = captureIo(dir);
    expect(await main(['generate', '--out', 'elsewhere'], refused)).toBe(2);
    expect(refused.stderr()).toContain('--out would apply to 2 targets ("tickets", "src/maps"); choose one with --target');
  });

  test('--schemas without --config builds that folder alone; the config file is not read', async () => {
    const dir = await project('{ not json');
    const io = captureIo(dir);
    expect(await main(['generate', '--schemas', 'api/maps', '--out', 'one'], io)).toBe(0);
    expect(io.stdout()).toBe('Wrote 4 files to one from 1 types.\n');
  });

  test('an unknown target is a usage error listing the targets', async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await main(['generate', '--target', 'tickts'], io)).toBe(2);
    expect(io.stderr()).toContain(`no target named "tickts" in ${path.join(dir, 'callgen.config.json')}; its targets are "tickets", "src/maps"`);
  });
});

describe('a config file callgen refuses, naming the file and the JSON Pointer (exit 2, nothing written)', () => {
  const refusals: [string, unknown, string[]][] = [
    ['a misspelt option', { targets: [{ schema: 'api/maps', out: 'src' }] }, ['callgen.config.json#/targets/0/schema: is not a known property; did you mean "schemas"?']],
    ['a near miss at the top', { target: [] }, ['callgen.config.json#/target: is not a known property; did you mean "targets"?', 'callgen.config.json#/targets: is required']],
    ['a made-up option', { targets: [{ out: 'src', flavour: 'mild' }] }, ['callgen.config.json#/targets/0/flavour: is not a known property; the options are name, schemas, openapi, out, annotations, apiVersion']],
    [
      'an annotation that is a keyword callgen reads, here or at the top',
      { annotations: ['markdownDescription', 'required'], targets: [{ out: 'src', annotations: ['x-open-enum', 'meta:enum', 'nullable'] }] },
      [
        'callgen.config.json#/annotations/1: "required" is a keyword callgen reads, not an annotation of another tool: ignoring it would drop what it says without a word; remove it from "annotations"',
        'callgen.config.json#/targets/0/annotations/0: "x-open-enum" is a keyword callgen reads, not an annotation of another tool: ignoring it would drop what it says without a word; remove it from "annotations"',
        'callgen.config.json#/targets/0/annotations/2: "nullable" changes which values are valid, so ignoring it would drop a rule; for a value that may be null, write "type": [..., "null"]',
      ],
    ],
    [
      // A folder that declared it while callgen refused "hostname" learns what changed, not just that the entry is wrong.
      'a format callgen checks now, declared unchecked when callgen refused it',
      { annotations: ['format:path', 'format:hostname'], targets: [{ out: 'src' }] },
      ['callgen.config.json#/annotations/1: "hostname" is a format callgen checks, not an annotation of another tool: declaring it would drop its check without a word (callgen once refused it, so declaring it was the way to leave it unchecked; it now checks host names by RFC 1123 and IDNA2008: for names outside the standard, such as "_sip._tcp.example.com", write a "pattern" instead of the "format"); remove it from "annotations"'],
    ],
    [
      'an annotation that is a keyword of JSON Schema callgen refuses',
      { annotations: ['unevaluatedItems'], targets: [{ out: 'src' }] },
      ['callgen.config.json#/annotations/0: "unevaluatedItems" is a keyword of JSON Schema that callgen refuses where it stands (beside "allOf", "anyOf", "oneOf", "if", "contains" or "$ref" it depends on what those evaluated, which callgen cannot generate; use "items" beside "prefixItems" on one array schema), not an annotation; remove it from "annotations"'],
    ],
    [
      'an empty or non-string annotation',
      { annotations: [''], targets: [{ out: 'src', annotations: [7] }] },
      ['callgen.config.json#/annotations/0: must have at least 1 character', 'callgen.config.json#/targets/0/annotations/0: must be a string'],
    ],
    ['annotations that are no list', { annotations: 'x-internal', targets: [{ out: 'src' }] }, ['callgen.config.json#/annotations: must be an array']],
    ['a misspelt annotations', { targets: [{ out: 'src', annotation: ['x-internal'] }] }, ['callgen.config.json#/targets/0/annotation: is not a known property; did you mean "annotations"?']],
    ['no targets', { targets: [] }, ['callgen.config.json#/targets: must have at least 1 item']],
    ['an option of the wrong type', { targets: [{ out: 3 }] }, ['callgen.config.json#/targets/0/out: must be a string']],
    ['no out', { targets: [{ schemas: 'api/maps' }] }, ['callgen.config.json#/targets/0/out: is required']],
    [
      'two targets with one name and one folder',
      { targets: [{ name: 'a', out: 'src' }, { name: 'a', out: './src' }] },
      [
        'callgen.config.json#/targets/1: a second target named "a"; give each target its own name',
        'callgen.config.json#/targets/1/out: a second target writes to this folder; give each target its own out',
      ],
    ],
    ['broken JSON', '{ "targets": [ }', ['callgen.config.json#: not valid JSON:']],
  ];
  test.each(refusals)('%s', async (_label, config, expected) => {
    const dir = await project(config);
    const io = captureIo(dir);
    expect(await main(['generate'], io)).toBe(2);
    for (const line of expected) expect(io.stderr()).toContain(line);
    expect(io.stderr()).toContain('problem(s) in callgen.config.json; nothing was written.');
    expect(existsSync(path.join(dir, 'src'))).toBe(false);
  });
});

describe("the repository's own config", () => {
  test('lists the curated target and the validator of the config schema, both checked by npm test', async () => {
    const loaded = await loadConfig(path.join(REPO, 'callgen.config.json'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const relative = loaded.targets.map((t) => [t.name, path.relative(REPO, t.schemas), path.relative(REPO, t.out)]);
    expect(relative).toContainEqual(['curated', 'schemas', 'generated']);
    expect(relative).toContainEqual(['config', path.join('generator', 'config', 'schema'), path.join('generator', 'config', 'generated')]);
    const versions = loaded.targets.filter((t) => t.apiVersion !== undefined).map((t) => [t.apiVersion, path.relative(REPO, t.schemas), path.relative(REPO, t.out)]);
    expect(versions).toEqual([
      ['v1.0', 'schemas', path.join('generated', 'v1.0')],
      ['beta', 'schemas', path.join('generated', 'beta')],
    ]);
  });

  test('--api-version overrides the one selected target, and is refused for several', async () => {
    const one = await planTargets({ cwd: REPO, targets: ['curated'], apiVersion: 'beta' });
    expect(one.ok && one.targets.map((t) => [t.name, t.apiVersion])).toEqual([['curated', 'beta']]);
    expect(await planTargets({ cwd: REPO, apiVersion: 'beta' })).toMatchObject({ ok: false, usage: expect.stringContaining('--api-version would apply to 4 targets') });
    const alone = await planTargets({ cwd: REPO, schemas: 'schemas', out: '/tmp/x', apiVersion: 'v1.0' });
    expect(alone.ok && alone.targets.map((t) => t.apiVersion)).toEqual(['v1.0']);
  });

  test("the README's config example is a config callgen accepts", async () => {
    const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Config file'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-readme-config-'));
    await writeFile(path.join(dir, 'callgen.config.json'), example);
    const loaded = await loadConfig(path.join(dir, 'callgen.config.json'));
    expect(loaded.ok && loaded.targets.map((t) => t.name)).toEqual(['graph', 'billing']);
  });

  test('with no config anywhere, generate builds the curated schemas into generated/', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-noconfig-'));
    const plan = await planTargets({ cwd: dir });
    expect(plan).toEqual({ ok: true, config: undefined, targets: [{ name: 'generated', schemas: path.join(REPO, 'schemas'), out: path.join(dir, 'generated') }] });
    expect(await readFile(path.join(REPO, 'callgen.config.json'), 'utf8')).toContain('"curated"');
  });
});
