import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

describe('callgen CLI', () => {
  test('--help prints the command list on stdout and exits 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: callgen <command> [options]');
    expect(io.stderr()).toBe('');
  });

  test('no command prints usage on stderr and exits 2', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.stderr()).toContain('Usage: callgen <command>');
  });

  test('an unknown command is named on stderr, exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain('unknown command "frobnicate"');
    expect(io.stdout()).toBe('');
  });
});
