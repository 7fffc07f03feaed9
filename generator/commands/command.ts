import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { urlRefusal } from '../config/urls.js';
import type { Problem } from '../diagnostics.js';
import { closest } from '../hints.js';
import { annotationsRefusal } from '../schema/annotations.js';

/** Where a command writes; tests pass buffers, the CLI passes the process streams. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Everything on standard input (`callgen validate -`); the CLI reads the process's. */
  readonly stdin?: () => Promise<Buffer>;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * A subcommand. `usage` and `options` are the single source of `--help`, so the help text
 * cannot drift from what the parser accepts.
 */
export interface Command {
  readonly name: string;
  readonly usage: string;
  /** One line per option, shown under "Options:" in `--help`. */
  readonly optionHelp: readonly (readonly [flag: string, meaning: string])[];
  readonly options: OptionSpec;
  /** What each exit status means for this command, as `--help` says it: `0 ...; 1 ...; 2 ...`. */
  readonly exits: string;
  readonly allowPositionals: boolean;
  readonly run: (parsed: ParsedArgs, io: Io) => Promise<number>;
}

/** A subcommand as the top-level help lists it; `load` imports its module when it runs. */
export interface CommandEntry {
  readonly name: string;
  /** One line: the top-level help lists it, and `--help` of the command starts with it. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Exit codes: 1 means "checked and found wanting", 2 means the call or its input was unusable. */
export const EXIT_OK = 0;
export const EXIT_FOUND_WANTING = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? (unknownOption(error, command) ?? unexpectedArgument(error, command) ?? error.message) : String(error));
  }
}

/**
 * Node's "Unknown option '--ouput'" (without its advice on positionals, which a mistyped flag
 * does not need) with a "did you mean" from the command's own options: a near miss, else the
 * option whose letters the given name holds in order from its first ("--ouput", "--outdir": "--out").
 */
function unknownOption(error: Error, command: Command): string | undefined {
  if (!('code' in error) || error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return undefined;
  const given = /'(-[^'=]+)/.exec(error.message)?.[1];
  if (given === undefined) return undefined;
  const name = given.replace(/^-+/, '');
  const options = [...Object.keys(command.options), 'help'];
  const guess = closest(name, options) ?? options.filter((option) => option.length >= 3 && option[0] === name[0] && isSubsequence(option, name)).sort((a, b) => a.length - b.length)[0];
  return `unknown option '${given}'${guess === undefined ? '' : `; did you mean "--${guess}"?`}`;
}

/**
 * A name where a command takes options only (`callgen generate schemas`): which flag takes it, as
 * a guess from its look: a document for --openapi (or export's --out), CSDL for --metadata, else a
 * folder for --schemas.
 */
function unexpectedArgument(error: Error, command: Command): string | undefined {
  if (!('code' in error) || error.code !== 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return undefined;
  const given = /'([^']*)'/.exec(error.message)?.[1];
  if (given === undefined) return undefined;
  const takes = (name: string): boolean => command.options[name]?.type === 'string';
  const document = /\.(?:ya?ml|json)$/i.test(given);
  const flag = document ? ['openapi', 'out'].find(takes) : /\.xml$/i.test(given) ? ['metadata'].find(takes) : ['schemas'].find(takes);
  return `unexpected argument '${given}': callgen ${command.name} takes options only${flag === undefined ? '' : `; did you mean "--${flag} ${given}"?`}`;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
}

/** A path as the user would type it: relative to the working directory when below it, with `/`. */
export function display(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative.split(path.sep).join('/');
}

/**
 * A schema folder's problems as the CLI prints them: a file below the folder as the user names it
 * (`schemas/thing.json`, where the pipeline says `thing.json`), the folder itself for `.`, and a
 * file outside it (a prettier config) in full.
 */
export function inFolder(cwd: string, folder: string): (problem: Problem) => Problem {
  const shown = display(cwd, folder);
  return (p) => ({ ...p, file: path.isAbsolute(p.file) ? display(cwd, p.file) : p.file === '.' ? shown : path.posix.join(shown, p.file) });
}

/**
 * What follows a usage error: the usage line, and where each option is explained. The whole help
 * (a line per option) would push the error itself off a CI log's first screen.
 */
export function usageReminder(command: Command): string {
  return `Usage: ${command.usage}\nRun \`callgen ${command.name} --help\` for what each option means.\n`;
}

export function commandHelp(summary: string, command: Command): string {
  const width = Math.max(...command.optionHelp.map(([flag]) => flag.length), '-h, --help'.length);
  const lines = [...command.optionHelp, ['-h, --help', 'show this help'] as const].map(
    ([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`,
  );
  return `${summary}\n\nUsage: ${command.usage}\n\nOptions:\n${lines.join('\n')}\n\nExit status: ${command.exits}.\n`;
}

/**
 * `--annotation <key>`, repeatable, on every command that reads a schema folder: a key of another
 * tool that callgen ignores where a keyword may stand, added to the config's "annotations".
 */
export const ANNOTATION_OPTION = { annotation: { type: 'string', multiple: true } } as const satisfies OptionSpec;

/** The `--help` line of `--annotation`; `config`: the command also reads the config's "annotations". */
export function annotationHelp(config: boolean): readonly [flag: string, meaning: string] {
  const added = config ? ', added to the config\'s "annotations"' : '';
  return ['--annotation <key>', `a key of another tool (markdownDescription, x-internal, ...) to ignore wherever a keyword may stand in the schemas, or format:<name> for a format another tool checks, left unchecked (repeatable${added})`];
}

/** The `--annotation` values given, or undefined; those that cannot be one are refused when the targets are planned. */
export function annotationsOf(values: ParsedArgs['values']): readonly string[] | undefined {
  const given = values['annotation'];
  return Array.isArray(given) ? given.filter((key): key is string => typeof key === 'string') : undefined;
}

/** The `--annotation` values of a command that plans no targets: a keyword callgen reads is a usage error here. */
export function checkedAnnotations(values: ParsedArgs['values']): readonly string[] | undefined {
  const annotations = annotationsOf(values);
  const refused = annotationsRefusal(annotations);
  if (refused !== undefined) throw new UsageError(`--annotation: ${refused}`);
  return annotations;
}

/** The file or folder a flag names, resolved against `cwd`; undefined when the flag is absent. A URL is a usage error: callgen fetches nothing. */
export function pathOption(values: ParsedArgs['values'], flag: string, cwd: string): string | undefined {
  const given = values[flag];
  if (typeof given !== 'string') return undefined;
  const refused = urlRefusal(`--${flag}`, given);
  if (refused !== undefined) throw new UsageError(refused);
  return path.resolve(cwd, given);
}
