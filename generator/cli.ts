import { pathToFileURL } from 'node:url';
import {
  commandHelp,
  EXIT_OK,
  EXIT_USAGE,
  parseCommandArgs,
  usageReminder,
  UsageError,
  type Io,
} from './commands/command.js';
import { commands } from './commands/index.js';
import { didYouMean } from './hints.js';
import { packageVersion } from './paths.js';

function topLevelHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return [
    'callgen: TypeScript types, builders and validators for the Microsoft Graph calling API, or any JSON Schema folder or OpenAPI document.',
    '',
    'Usage: callgen <command> [options]   (callgen --version prints the version)',
    '',
    'Commands:',
    list,
    '',
    'Run `callgen <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // `callgen help generate` is `callgen generate --help`.
  const [name, ...rest] = argv[0] === 'help' && argv[1] !== undefined ? [argv[1], '--help'] : argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const write = name === undefined ? io.err : io.out;
    write(topLevelHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const entry = commands.find((c) => c.name === name);
  if (entry === undefined) {
    const hint = didYouMean(name, commands.map((c) => c.name));
    io.err(`callgen: unknown command "${name}"${hint}\n\n${topLevelHelp()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values['help'] === true) {
      io.out(commandHelp(entry.summary, command));
      return EXIT_OK;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`callgen ${command.name}: ${error.message}\n${usageReminder(command)}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function processIo(): Io {
  // A reader that stops early (`callgen export --openapi | head`) closes the pipe: what is left to
  // print goes nowhere, and the command still ends with its own exit status, not a stack trace.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    out: (text) => void (closed || process.stdout.write(text)),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
