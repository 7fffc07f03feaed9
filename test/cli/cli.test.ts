import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { commands } from '../../generator/commands/index.js';
import { captureIo } from '../support/io.js';

describe('callgen CLI', () => {
  test('--help prints the command list on stdout and exits 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: callgen <command> [options]');
    expect(io.stderr()).toBe('');
  });

  test('each listed command loads the command of its name, whose --help starts with the listed summary', async () => {
    expect(commands.map((c) => c.name)).toEqual(['generate', 'export', 'validate', 'extract', 'lint-docs', 'snippet', 'drift']);
    for (const entry of commands) {
      expect((await entry.load()).name).toBe(entry.name);
      const io = captureIo();
      expect(await main([entry.name, '--help'], io)).toBe(0);
      const start = `${entry.summary}\n\nUsage: callgen ${entry.name} `;
      expect(io.stdout().slice(0, start.length)).toBe(start);
    }
  });

  test('no command prints usage on stderr and exits 2', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.stderr()).toContain('Usage: callgen <command>');
  });

  test('--version prints the version of package.json', async () => {
    const io = captureIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout()).toBe(`${(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`);
  });

  test('a mistyped command gets a "did you mean"', async () => {
    const io = captureIo();
    expect(await main(['genrate'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen: unknown command "genrate"; did you mean "generate"\?\n/);
    const swapped = captureIo();
    expect(await main(['snipept'], swapped)).toBe(2);
    expect(swapped.stderr()).toContain('did you mean "snippet"?');
  });

  test('an unknown command is named on stderr, exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain('unknown command "frobnicate"');
    expect(io.stderr()).not.toContain('did you mean');
    expect(io.stdout()).toBe('');
  });
});
