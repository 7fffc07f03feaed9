import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { commandHelp } from '../../generator/commands/command.js';
import { commands } from '../../generator/commands/index.js';
import { captureIo } from '../support/io.js';

describe('help and mistyped flags', () => {
  test('a mistyped flag gets a "did you mean" from the command\'s own options', async () => {
    const cases = [
      ['generate', '--ouput', '--out'],
      ['generate', '--taget', '--target'],
      ['validate', '--tpye', '--type'],
      ['snippet', '--hepl', '--help'],
    ] as const;
    for (const [command, given, meant] of cases) {
      const io = captureIo();
      expect(await main([command, given, 'x'], io)).toBe(2);
      expect(io.stderr()).toMatch(new RegExp(`^callgen ${command}: unknown option '${given}'; did you mean "${meant}"\\?\\n`));
    }
    const far = captureIo();
    expect(await main(['generate', '--frobnicate'], far)).toBe(2);
    expect(far.stderr()).toMatch(/^callgen generate: unknown option '--frobnicate'\n/);
  });

  test('a name where a command takes options only is refused with the flag that takes it', async () => {
    const cases = [
      [['generate', 'schemas'], 'unexpected argument \'schemas\': callgen generate takes options only; did you mean "--schemas schemas"?'],
      [['generate', 'api.yaml'], 'unexpected argument \'api.yaml\': callgen generate takes options only; did you mean "--openapi api.yaml"?'],
      [['drift', '--api-version', 'v1.0', 'metadata.xml'], 'unexpected argument \'metadata.xml\': callgen drift takes options only; did you mean "--metadata metadata.xml"?'],
      [['export', '--openapi', 'out.yaml'], 'unexpected argument \'out.yaml\': callgen export takes options only; did you mean "--out out.yaml"?'],
    ] as const;
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await main([...args], io)).toBe(2);
      expect(io.stderr().split('\n')[0]).toBe(`callgen ${args[0]}: ${message}`);
    }
  });

  test('a usage error says what is wrong, then the usage line and where the options are explained, not every option', async () => {
    for (const entry of commands) {
      const command = await entry.load();
      const io = captureIo();
      expect(await main([entry.name, '--frobnicate'], io)).toBe(2);
      expect(io.stderr()).toBe(`callgen ${entry.name}: unknown option '--frobnicate'\nUsage: ${command.usage}\nRun \`callgen ${entry.name} --help\` for what each option means.\n`);
      expect(io.stdout()).toBe('');
    }
    // One found by the command itself, after the flags parsed.
    const io = captureIo();
    expect(await main(['validate', 'payload.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^callgen validate: --type is required\nUsage: callgen validate --type <name> .*\nRun `callgen validate --help` for what each option means\.\n$/);
  });

  test('callgen help <command> prints that command\'s help, as --help does', async () => {
    for (const entry of commands) {
      const io = captureIo();
      expect(await main(['help', entry.name], io)).toBe(0);
      expect(io.stdout()).toBe(commandHelp(entry.summary, await entry.load()));
    }
    const unknown = captureIo();
    expect(await main(['help', 'genrate'], unknown)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "genrate"; did you mean "generate"?');
  });
});
