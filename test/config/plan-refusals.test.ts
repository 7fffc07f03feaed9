import { existsSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { FIXTURES } from '../support/generate.js';
import { captureIo } from '../support/io.js';

/** A folder with no callgen.config.json in it (tmpdir has none above it either). */
async function bare(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-bare-'));
  await writeFile(path.join(dir, 'p.json'), '{}');
  return dir;
}

describe('--target needs a config file to pick the target from (exit 2, nothing written)', () => {
  test('generate --target with no config file anywhere', async () => {
    const dir = await bare();
    const io = captureIo(dir);
    expect(await main(['generate', '--target', 'nope'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen generate: --target nope: no callgen\.config\.json in .* or a folder above it to pick the target from; name one with --config\n/);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  test('generate --watch --target with no config file: refused at once, not watched', async () => {
    const dir = await bare();
    const io = captureIo(dir);
    expect(await main(['generate', '--watch', '--target', 'nope'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen generate: --target nope: no callgen\.config\.json in /);
    expect(io.stderr()).not.toContain('Watching');
  });

  test('validate --target with no config file anywhere', async () => {
    const io = captureIo(await bare());
    expect(await main(['validate', '--target', 'nope', '--type', 'call', 'p.json'], io)).toBe(2);
    expect(io.stderr()).toContain('callgen validate: --target nope: no callgen.config.json in ');
    expect(io.stdout()).toBe('');
  });

  test('--schemas with --target and no --config: the config file is not read, so --target is refused', async () => {
    const dir = await bare();
    await cp(path.join(FIXTURES, 'maps'), path.join(dir, 's'), { recursive: true });
    const io = captureIo(dir);
    expect(await main(['generate', '--schemas', 's', '--target', 't'], io)).toBe(2);
    expect(io.stderr()).toContain('callgen generate: --target t: a target is picked from a config file, and --schemas without --config reads none; name the file with --config, or leave out --target\n');
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});


describe('a URL where callgen reads a file: it fetches nothing (exit 2)', () => {
  test.each([
    ['generate', '--openapi'],
    ['generate', '--schemas'],
    ['validate', '--schemas'],
  ])('%s %s', async (command, flag) => {
    const io = captureIo(await bare());
    const args = command === 'validate' ? ['--type', 'call', 'p.json'] : [];
    expect(await main([command, flag, 'https://example.com/api.yaml', ...args], io)).toBe(2);
    expect(io.stderr()).toContain(`callgen ${command}: ${flag} https://example.com/api.yaml is a URL: callgen fetches nothing; download it first and give the path of the copy\n`);
    expect(io.stderr()).not.toContain('ENOENT');
  });

  test.each([
    ['export', ['--openapi', '--schemas', 'https://example.com/schemas'], '--schemas https://example.com/schemas'],
    ['snippet', ['--schemas', 'https://example.com/schemas', 'p.json'], '--schemas https://example.com/schemas'],
    ['drift', ['--metadata', 'https://graph.microsoft.com/v1.0/$metadata', '--api-version', 'v1.0'], '--metadata https://graph.microsoft.com/v1.0/$metadata'],
    ['drift', ['--metadata', 'm.xml', '--api-version', 'v1.0', '--schemas', 'file:///tmp/s'], '--schemas file:///tmp/s'],
  ] as const)('%s %j', async (command, args, named) => {
    const io = captureIo(await bare());
    expect(await main([command, ...args], io)).toBe(2);
    expect(io.stderr()).toContain(`callgen ${command}: ${named} is a URL: callgen fetches nothing; download it first and give the path of the copy\n`);
  });

  test.each(['extract', 'lint-docs'])('%s given a page URL', async (command) => {
    const io = captureIo(await bare());
    expect(await main([command, 'https://learn.microsoft.com/graph/api/application-post-calls'], io)).toBe(2);
    expect(io.stderr()).toBe('the page https://learn.microsoft.com/graph/api/application-post-calls is a URL: callgen fetches nothing; download it first and give the path of the copy\n');
  });

  test("in a config target's openapi or schemas, at its pointer", async () => {
    const dir = await bare();
    const targets = [
      { name: 'a', openapi: 'https://example.com/api.yaml', out: 'a' },
      { name: 'b', schemas: 'HTTP://example.com/schemas/', out: 'b' },
    ];
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets }));
    const io = captureIo(dir);
    expect(await main(['generate'], io)).toBe(2);
    expect(io.stderr()).toBe(
      [
        'callgen.config.json#/targets/0/openapi: a URL: callgen fetches nothing; download it first and give the path of the copy',
        'callgen.config.json#/targets/1/schemas: a URL: callgen fetches nothing; download it first and give the path of the copy',
        '',
        '2 problem(s) in callgen.config.json; nothing was written.\n',
      ].join('\n'),
    );
  });
});
