import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ValidationIssue } from '../../generated/runtime.js';
import { planTargets } from '../config/targets.js';
import { byCodeUnit, formatProblem } from '../diagnostics.js';
import { whyUnreadable } from '../fileErrors.js';
import type { ValidatorEntry, ValidatorRegistry } from '../load.js';
import { readTolerantJson } from '../json/tolerant.js';
import { describeIssue } from '../docs/errata.js';
import { didYouMean } from '../hints.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { decode, readUtf8Sync } from '../utf8.js';
import type { Repair } from '../extract/types.js';
import { annotationHelp, ANNOTATION_OPTION, annotationsOf, display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, inFolder, UsageError, type Command, type Io, type ParsedArgs } from './command.js';
import { importGenerated } from './generated.js';

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly repairs: readonly Repair[];
  readonly parseError?: { readonly message: string; readonly line: number; readonly column: number };
  readonly readError?: string;
  readonly errors: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'callgen validate --type <name> [--schemas <dir> | --target <name> [--config <file>]] [--annotation <key>]... [--mode request|response] [--json] <file.json | folder | ->...',
  optionHelp: [
    ['--schemas <dir>', "validate against this folder of JSON Schemas (generated in memory; default: callgen's curated Graph call schemas)"],
    ['--target <name>', "validate against the input of this target of callgen.config.json (its schemas or OpenAPI document, and API version)"],
    ['--config <file>', 'the config file --target reads (default: callgen.config.json in this folder or the nearest above)'],
    annotationHelp(true),
    ['--type <name>', 'schema type to validate against, by schema name or TypeScript name (call, Call, commsNotifications, createCallRequest, ...)'],
    ['--mode <mode>', 'request (closed enums, unknown properties are errors) or response (the default, except for request bodies)'],
    ['--json', 'print one JSON report per file, one per line (JSON Lines)'],
  ],
  options: { type: { type: 'string' }, mode: { type: 'string' }, json: { type: 'boolean' }, schemas: { type: 'string' }, target: { type: 'string' }, config: { type: 'string' }, ...ANNOTATION_OPTION },
  exits: '0 every payload valid; 1 a payload invalid (one that is not JSON among them); 2 a usage error, or a payload or schema folder that cannot be read',
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const registry = await registryOf(values, io);
    if (registry === undefined) return EXIT_USAGE;
    const entry = findType(registry, values['type']);
    const mode = modeOf(values['mode'], entry.response === undefined ? 'request' : 'response');
    const validate = mode === 'request' ? entry.request : entry.response;
    if (validate === undefined) throw new UsageError(`${entry.typeName} has no ${mode} shape; use --mode ${mode === 'request' ? 'response' : 'request'}`);
    if (positionals.length === 0) throw new UsageError('name at least one payload file or folder, or - for standard input');
    if (positionals.filter((p) => p === STDIN).length > 1) throw new UsageError('standard input (-) can be read once');
    // Reports are written as each file is done and not kept, so a folder of any size runs in
    // bounded memory.
    const tally = { files: 0, invalid: 0, unreadable: 0 };
    for await (const payload of payloadFiles(positionals, io.cwd)) {
      const report = payload.readError === undefined ? await validateFile(payload.file, io, validate) : unreadable(payload.file, payload.readError);
      tally.files += 1;
      if (report.readError !== undefined) tally.unreadable += 1;
      else if (!report.ok) tally.invalid += 1;
      io.out(values['json'] === true ? `${JSON.stringify(report)}\n` : textReport(report, entry.typeName, mode));
    }
    if (values['json'] !== true && tally.files > 1) {
      io.out(`\n${tally.files} files: ${tally.files - tally.invalid - tally.unreadable} valid, ${tally.invalid} invalid${tally.unreadable > 0 ? `, ${tally.unreadable} unreadable` : ''}\n`);
    }
    if (tally.files === 0) throw new UsageError(`no .json files in ${positionals.join(', ')}`);
    if (tally.unreadable > 0) return EXIT_USAGE;
    return tally.invalid === 0 ? EXIT_OK : EXIT_FOUND_WANTING;
  },
};

/**
 * The validators to use: the curated ones, compiled with callgen (fast: nothing is generated), or
 * those of a schema set named by --schemas or a config target, generated in memory. Undefined once
 * the set's problems, or the missing generated/ folder, are printed.
 */
async function registryOf(values: ParsedArgs['values'], io: Io): Promise<ValidatorRegistry | undefined> {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const [schemas, target, config] = [text('schemas'), text('target'), text('config')];
  const annotations = annotationsOf(values);
  // Loaded here, not at start-up: `generate` must run even when generated/ is stale or missing.
  if (schemas === undefined && target === undefined && annotations !== undefined) throw new UsageError('--annotation applies to a schema set: name one with --schemas or --target');
  if (schemas === undefined && target === undefined) {
    return (await importGenerated(() => import('../../generated/validators.js'), io, 'validate'))?.validatorsBySchemaName;
  }
  if (schemas !== undefined && target !== undefined) throw new UsageError('give either --schemas or --target, not both');
  const plan = await planTargets({ cwd: io.cwd, schemas, config, targets: target === undefined ? undefined : [target], annotations });
  if (!plan.ok) {
    if ('usage' in plan) throw new UsageError(plan.usage);
    io.err(`${plan.problems.map((p) => formatProblem({ ...p, file: display(io.cwd, p.file) })).join('\n')}\n`);
    return undefined;
  }
  const [chosen] = plan.targets;
  if (chosen === undefined || plan.targets.length !== 1) throw new UsageError('name one target with --target');
  const { loadValidators } = await import('../load.js');
  const loaded = await loadValidators(chosen);
  if (loaded.ok) return loaded.validators;
  // An OpenAPI document's problems name their files below its folder, as a schema folder's do.
  const located = loaded.problems.map((p) => formatProblem(inFolder(io.cwd, chosen.schemas)(p)));
  io.err(`${located.join('\n')}\n\n${loaded.problems.length} problem(s) in ${display(io.cwd, chosen.openapi ?? chosen.schemas)}; no payload was validated.\n${unknownKeysSummary(loaded.problems)}`);
  return undefined;
}

/** The payload name that stands for standard input, as in most command-line tools; `./-` is a file of that name. */
const STDIN = '-';

/** A payload file to validate, or a folder below a named one that could not be listed (`readError`). */
interface Payload {
  readonly file: string;
  readonly readError?: string;
}

/** The named files, and the `.json` files below named folders, in sorted order, one at a time. */
async function* payloadFiles(paths: readonly string[], cwd: string): AsyncGenerator<Payload> {
  for (const given of paths) {
    const info = given === STDIN ? undefined : await stat(path.resolve(cwd, given)).catch(() => undefined);
    if (info?.isDirectory() !== true) {
      yield { file: given }; // a missing file is reported by validateFile, in its turn
      continue;
    }
    const found = await listFolder(path.resolve(cwd, given), cwd);
    yield* found.sort((a, b) => byCodeUnit(a.file, b.file));
  }
}

/**
 * The `.json` files below `folder`, one level at a time, so that a subfolder that cannot be listed
 * (no permission) is reported in its turn and the rest is still validated.
 */
async function listFolder(folder: string, cwd: string): Promise<Payload[]> {
  const found: Payload[] = [];
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const entries = await readdir(next, { withFileTypes: true }).catch((error: unknown) => error);
    if (!Array.isArray(entries)) {
      found.push({ file: path.relative(cwd, next), readError: whyUnreadable(entries, 'folder') });
      continue;
    }
    for (const entry of entries) {
      // As in a schema folder: dot-entries (callgen's own .callgen-manifest.json, .git) and node_modules hold no payloads.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) pending.push(path.join(next, entry.name));
      else if (entry.isFile() && entry.name.endsWith('.json')) found.push({ file: path.relative(cwd, path.join(next, entry.name)) });
    }
  }
  return found;
}

type Entry = ValidatorEntry;

function findType(registry: ValidatorRegistry, name: unknown): Entry {
  if (typeof name !== 'string' || name === '') throw new UsageError('--type is required');
  const entries = Object.entries(registry);
  const found = entries.find(([schemaName, e]) => schemaName === name || e.typeName === name) ?? entries.find(([schemaName, e]) => [schemaName, e.typeName].some((n) => n.toLowerCase() === name.toLowerCase()));
  if (found === undefined) {
    // A near miss gets its guess alone: the whole list (146 names for the curated schemas) hides it.
    const names = entries.map(([schemaName]) => schemaName);
    const guess = didYouMean(name, names);
    throw new UsageError(`no type named "${name}"${guess === '' ? `; known types: ${names.join(', ')}` : guess}`);
  }
  return found[1];
}

function modeOf(mode: unknown, fallback: 'request' | 'response'): 'request' | 'response' {
  if (mode === undefined) return fallback;
  if (mode === 'request' || mode === 'response') return mode;
  throw new UsageError(`--mode must be request or response, not "${String(mode)}"`);
}

function noStdin(): Promise<Buffer> {
  return Promise.reject(new Error('no standard input here'));
}

function unreadable(file: string, readError: string): FileReport {
  return { file, ok: false, readError, repairs: [], errors: [], warnings: [] };
}

async function validateFile(file: string, io: Io, validate: NonNullable<Entry['response']>): Promise<FileReport> {
  let text: string;
  try {
    // Synchronous on purpose: a folder of small files is read one by one, and each asynchronous read
    // costs four thread-pool round trips (open, stat, read, close), most of the time for 10,000 files.
    text = file === STDIN ? decode(await (io.stdin ?? noStdin)()) : readUtf8Sync(path.resolve(io.cwd, file));
  } catch (error) {
    return unreadable(file, whyUnreadable(error, 'file'));
  }
  const parsed = readTolerantJson(text);
  if (!parsed.ok) return { file, ok: false, repairs: parsed.repairs, parseError: parsed.error, errors: [], warnings: [] };
  const result = validate(parsed.value);
  return { file, repairs: parsed.repairs, ok: result.ok, errors: result.ok ? [] : result.errors, warnings: result.warnings };
}

/** "an" before a name said with a vowel first (Order, IdentitySet, Update...), else "a" (Call, User, Unit). */
function article(name: string): string {
  return /^(?:[aeio]|u[^aeiouy\d][^aeiouy\d])/i.test(name) ? 'an' : 'a';
}

function textReport(report: FileReport, typeName: string, mode: string): string {
  const lines: string[] = [];
  const file = report.file === STDIN ? 'standard input' : report.file;
  if (report.readError !== undefined) lines.push(`${file}: cannot read: ${report.readError}`);
  else if (report.parseError !== undefined) {
    const { line, column, message } = report.parseError;
    lines.push(`${file}: not JSON: ${message} at line ${line}, column ${column}`);
  } else {
    const verdict = report.ok ? `ok (a valid ${typeName} ${mode})` : `${report.errors.length} ${report.errors.length === 1 ? 'error' : 'errors'} as ${article(typeName)} ${typeName} ${mode}`;
    lines.push(`${file}: ${verdict}`);
  }
  for (const repair of report.repairs) lines.push(`  repaired line ${repair.line}, column ${repair.column}: ${repair.what}`);
  for (const error of report.errors) lines.push(`  error ${describeIssue(error)}`);
  for (const warning of report.warnings) lines.push(`  warning ${describeIssue(warning)}`);
  return `${lines.join('\n')}\n`;
}
