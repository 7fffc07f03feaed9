import path from 'node:path';
import { planTargets, type Target as ConfigTarget, type TargetPlan, type TargetRequest } from '../config/targets.js';
import { formatProblem, type Problem } from '../diagnostics.js';
import type { ApiVersion } from '../model/types.js';
import { API_VERSIONS } from '../model/versions.js';
import { checkDestination, prepareFolder } from '../output/destination.js';
import { errorCode, OutputError } from '../output/errors.js';
import { inputHash } from '../output/inputs.js';
import { readManifest, type ManifestNote } from '../output/manifest.js';
import { compareOutput, isUpToDate, MANIFEST, upToDateUnderLock, writeOutput, type WriteReport } from '../output/write.js';
import type { GenerateResult } from '../pipeline.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { folderOverlap, overlapFailure, overlapMessage, shownFrom } from './overlap.js';
import { annotationHelp, ANNOTATION_OPTION, annotationsOf, display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, inFolder, UsageError, type Command, type Io, type ParsedArgs } from './command.js';

export { BUNDLED_SCHEMAS } from '../config/targets.js';

export const generateCommand: Command = {
  name: 'generate',
  usage: 'callgen generate [--config <file>] [--target <name>]... [--schemas <dir> | --openapi <file>] [--out <dir>] [--api-version v1.0|beta] [--annotation <key>]... [--check | --watch] [--force] [--prettier] [--timings]',
  optionHelp: [
    ['--config <file>', 'config file with the targets to build (default: callgen.config.json in this folder or the nearest above)'],
    ['--target <name>', 'build only this target of the config file (repeatable; default: every target)'],
    ['--schemas <dir>', "folder of JSON Schemas (default: callgen's curated Graph call schemas); without --config, no config file is read"],
    ['--openapi <file>', 'an OpenAPI 3.0 or 3.1 document (YAML or JSON) to read instead of a schema folder; without --config, no config file is read'],
    ['--out <dir>', "output folder, in place of the config target's out (with several targets, name one with --target); default: each target's out, or generated when there is no config file"],
    ['--api-version <v>', "only what this Graph API version has: v1.0 or beta (default: the target's apiVersion, else both)"],
    annotationHelp(true),
    ['--check', 'write nothing; exit 1 and show what differs when an output folder is stale (a folder that generate would skip as up to date is not generated again)'],
    ['--watch', 'generate again on every change to the schemas or the config file, until Ctrl-C; schema problems are printed and the last good output kept'],
    ['--force', 'overwrite files in an output folder that callgen did not write'],
    ['--prettier', "format with prettier and your prettier config (default: callgen's own layout, no prettier)"],
    ['--timings', 'print the time of each stage on stderr'],
  ],
  options: {
    config: { type: 'string' },
    target: { type: 'string', multiple: true },
    schemas: { type: 'string' },
    openapi: { type: 'string' },
    out: { type: 'string' },
    'api-version': { type: 'string' },
    ...ANNOTATION_OPTION,
    check: { type: 'boolean' },
    watch: { type: 'boolean' },
    force: { type: 'boolean' },
    prettier: { type: 'boolean' },
    timings: { type: 'boolean' },
  },
  exits: '0 written, or nothing to write (with --check: every output folder up to date); 1 with --check, an output folder stale or a file callgen did not write in the way; 2 a usage error, a schema or config problem, or an output folder that cannot be written (nothing is written)',
  allowPositionals: false,
  run: async (parsed, io) => {
    const prettier = parsed.values['prettier'] === true;
    const request = { ...requestOf(parsed, io), ...(prettier ? { prettier } : {}) };
    if (parsed.values['watch'] !== true) return buildAndReport(request, parsed, io);
    if (parsed.values['check'] === true) throw new UsageError('--watch writes on every change; it cannot be combined with --check');
    // Flags that cannot work as given (--target with no config file) are refused before watching: no change to a watched file would fix them.
    const plan = await planTargets(request);
    if (!plan.ok && 'usage' in plan) throw new UsageError(plan.usage);
    const { watchTargets } = await import('../watch.js');
    const once = async (): Promise<number> => {
      try {
        return await buildAndReport(request, parsed, io);
      } catch (error) {
        // A usage error (an unknown --target after the config changed) is reported, and watching goes on.
        if (!(error instanceof UsageError)) throw error;
        io.err(`callgen generate: ${error.message}\n`);
        return EXIT_USAGE;
      }
    };
    return watchTargets(request, io, once, interrupted());
  },
};

/** Aborts on Ctrl-C (SIGINT) or SIGTERM, so that --watch stops cleanly. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort());
  return controller.signal;
}

/**
 * One run of `callgen generate`: targets whose folder already holds their generation are skipped
 * before the pipeline loads; the others are generated, then checked or written.
 */
async function buildAndReport(request: TargetRequest & { readonly prettier?: boolean | undefined }, parsed: ParsedArgs, io: Io): Promise<number> {
  const check = parsed.values['check'] === true;
  const timings = parsed.values['timings'] === true;
  let unwritable = false;
  const skip = async (target: Target, inputs: string | undefined): Promise<boolean> => {
    // The user's prettier config is an input no hash covers: with --prettier every run formats anew.
    if (inputs === undefined || request.prettier === true) return false;
    const where = display(io.cwd, target.out);
    if (check) return currentWithoutGenerating(target, inputs, where, io, timings);
    try {
      await checkDestination(target.out);
      if (!(await upToDateUnderLock(target.out, inputs, { onWait: (holder) => io.err(waiting(holder, where)) }))) return false;
      await reportSkipped(target, io, timings);
      io.out(`${where} is up to date; nothing to write.\n`);
    } catch (error) {
      outputFailure(error, where, io);
      unwritable = true;
    }
    return true;
  };
  const build = await buildTargets(request, skip);
  if (!build.ok) return planFailure(build, io);
  if (unwritable) return EXIT_USAGE;
  return report(build, parsed, io);
}

/**
 * `--check` on a folder that a run with nothing to do would skip: its manifest records these
 * inputs and every file it lists is intact, so a generation would write nothing, and the check
 * is answered without one. Read without the lock, which would mean writing a lock file: a run
 * writing meanwhile leaves a manifest or a file that does not match, and the check then
 * generates and compares as usual.
 */
async function currentWithoutGenerating(target: Target, inputs: string, where: string, io: Io, timings: boolean): Promise<boolean> {
  if (!(await isUpToDate(target.out, inputs).catch(() => false))) return false;
  const files = (await readManifest(target.out))?.files.size;
  if (files === undefined) return false;
  await reportSkipped(target, io, timings);
  io.out(`${where} is up to date (${files} files).\n`);
  return true;
}

/**
 * A target skipped as up to date says what its generation said: the notes the manifest recorded
 * (a note does not go away because the folder is current), and with --timings that no stage ran.
 */
async function reportSkipped(target: Target, io: Io, timings: boolean): Promise<void> {
  if (timings) io.err(`${display(io.cwd, target.out)}: up to date, not generated (no stage ran)\n`);
  printNotes(target, (await readManifest(target.out))?.notes ?? [], io);
}

function printNotes(target: Target, notes: readonly ManifestNote[], io: Io): void {
  for (const note of notes) io.err(`note: ${formatProblem(inFolder(io.cwd, target.schemas)(note))}\n`);
}

/** Prints one run of `callgen generate`, and checks or writes its output; the exit code. */
async function report(build: Extract<TargetsBuild, { readonly ok: true }>, parsed: ParsedArgs, io: Io): Promise<number> {
  const results = build.built;
  if (parsed.values['timings'] === true) {
    for (const { result } of results) io.err(`${Object.entries(result.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}\n`);
  }
  const failed = results.filter(({ result }) => !result.ok);
  if (failed.length > 0) {
    for (const { target, result } of failed) if (!result.ok) reportProblems(io, target, result.problems);
    if (results.length > 1) io.err(`${failed.length} of ${results.length} targets have problems; nothing was written.\n`);
    return EXIT_USAGE;
  }
  const built = results.flatMap(({ target, result }) => (result.ok ? [{ target, result }] : []));
  for (const { target, result } of built) printNotes(target, result.notes, io);
  return parsed.values['check'] === true ? checkAll(built, io, rerunCommand(parsed)) : writeAll(built, io, parsed.values['force'] === true);
}

/** A target as it is built: `--prettier` (or the API's `prettier`) applies to every target. */
export type Target = ConfigTarget & { readonly prettier?: boolean | undefined };

/** Whether a target can be skipped (its folder is up to date), given its input hash. */
export type SkipTarget = (target: Target, inputs: string | undefined) => Promise<boolean>;

export interface BuiltTarget {
  readonly target: Target;
  readonly result: GenerateResult;
}

export type TargetsBuild =
  | { readonly ok: true; readonly config: string | undefined; readonly built: readonly BuiltTarget[] }
  | Exclude<TargetPlan, { readonly ok: true }>
  /** A well-formed request callgen will not carry out (`--out` inside the schema folder): the message says what and why. */
  | { readonly ok: false; readonly refused: string };

/**
 * `callgen generate` as data, shared by the CLI and the API: the targets of the request (config
 * file and overrides), each generated in memory. Nothing is written; `--check` and writing are the
 * caller's. A config problem or an unusable request (`usage`) comes back as data too.
 */
export async function buildTargets(request: TargetRequest & { readonly prettier?: boolean | undefined }, skip?: SkipTarget): Promise<TargetsBuild> {
  const plan = await planTargets(request);
  if (!plan.ok) return plan;
  const targets = plan.targets.map((target): Target => (request.prettier === true ? { ...target, prettier: true } : target));
  const shown = shownFrom(request.cwd);
  for (const [index, target] of targets.entries()) {
    const overlap = await folderOverlap(target, target.out, shown);
    if (overlap !== undefined) return overlapFailure(overlapMessage(shown(target.out), overlap), { outFlag: request.out !== undefined, pointer: plan.pointers?.[index], config: plan.config });
  }
  const pending: Target[] = [];
  for (const target of targets) {
    const inputs = skip === undefined ? undefined : await inputsOf(target).catch(() => undefined);
    if (skip === undefined || !(await skip(target, inputs))) pending.push(target);
  }
  const built: BuiltTarget[] = [];
  if (pending.length === 0) return { ok: true, config: plan.config, built };
  // Loaded only now, so that a run with nothing to do (and the other commands) start without the generator.
  const { generate } = await import('../pipeline.js');
  for (const target of pending) built.push({ target, result: await generate(target) });
  return { ok: true, config: plan.config, built };
}

/** The input hash of a target: its schemas (or OpenAPI document) and every option but the folders and the name. */
export function inputsOf({ name: _name, schemas, openapi, out: _out, ...options }: Target): Promise<string> {
  return inputHash(openapi ?? schemas, options);
}

/** A usage error is thrown for the CLI to print with the help; config problems are printed here. */
function planFailure(failure: Exclude<TargetsBuild, { readonly ok: true }>, io: Io): number {
  if ('usage' in failure) throw new UsageError(failure.usage);
  if ('refused' in failure) {
    io.err(`callgen generate: ${failure.refused}; nothing was written.\n`);
    return EXIT_USAGE;
  }
  const located = failure.problems.map((p) => ({ ...p, file: display(io.cwd, p.file) }));
  io.err(`${located.map(formatProblem).join('\n')}\n\n${located.length} problem(s) in ${located[0]?.file ?? 'the config file'}; nothing was written.\n`);
  return EXIT_USAGE;
}

/** What the flags ask for. */
function requestOf({ values }: ParsedArgs, io: Io): TargetRequest {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const names = values['target'];
  return {
    cwd: io.cwd,
    config: text('config'),
    targets: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined,
    schemas: text('schemas'),
    openapi: text('openapi'),
    apiVersion: apiVersionOption(values['api-version']),
    out: text('out'),
    annotations: annotationsOf(values),
  };
}

type Built = { readonly target: Target; readonly result: Extract<GenerateResult, { ok: true }> };

function reportProblems(io: Io, target: Target, problems: readonly Problem[]): void {
  const located = problems.map(inFolder(io.cwd, target.schemas));
  const input = display(io.cwd, target.openapi ?? target.schemas);
  io.err(`${located.map(formatProblem).join('\n')}\n\n${problems.length} problem(s) in ${input}; nothing was written.\n${unknownKeysSummary(problems)}`);
}

async function checkAll(built: readonly Built[], io: Io, rerun: string): Promise<number> {
  let stale = false;
  for (const { target, result } of built) {
    const where = display(io.cwd, target.out);
    const differences = await compareOutput(target.out, result.files, await inputsOf(target), result.notes);
    if (differences.length === 0) {
      io.out(`${where} is up to date (${result.files.length} files).\n`);
      continue;
    }
    stale = true;
    const details = differences.map((d) => `${d.change} ${path.posix.join(where, d.path)}${d.diff === '' ? '' : `\n${indent(d.diff)}`}`);
    io.err(`${where} is stale: run \`${rerun}\` to update it.\n${details.join('\n')}\n`);
  }
  return stale ? EXIT_FOUND_WANTING : EXIT_OK;
}

async function writeAll(built: readonly Built[], io: Io, force: boolean): Promise<number> {
  for (const { target, result } of built) {
    const where = display(io.cwd, target.out);
    try {
      await prepareFolder(target.out);
      const report = await writeOutput(target.out, result.files, { inputs: await inputsOf(target), notes: result.notes, force, onWait: (holder) => io.err(waiting(holder, where)) });
      io.out(`${wrote(report, result.files.length, where, result.model.types.length)}${report.removed.length === 0 ? '' : `; removed ${report.removed.length} stale file(s)`}.\n`);
    } catch (error) {
      return outputFailure(error, where, io);
    }
  }
  return EXIT_OK;
}

function wrote(report: WriteReport, total: number, where: string, types: number): string {
  const written = report.written.filter((f) => f !== MANIFEST).length;
  if (written === total) return `Wrote ${total} files to ${where} from ${types} types`;
  return `Wrote ${written} of ${total} files to ${where} from ${types} types (${total - written} unchanged)`;
}

/**
 * The command that updates what `--check` found stale: this one without `--check` (and
 * `--timings`), so that a run with --schemas, --out or --target is told to rerun with them, not
 * to run a bare `callgen generate` that would build something else.
 */
function rerunCommand({ values }: ParsedArgs): string {
  const args = Object.entries(values).flatMap(([flag, value]) => {
    if (flag === 'check' || flag === 'timings' || value === undefined || value === false) return [];
    if (value === true) return [`--${flag}`];
    return (Array.isArray(value) ? value : [value]).map((v) => `--${flag} ${shellWord(String(v))}`);
  });
  return ['callgen generate', ...args].join(' ');
}

/** A word as a POSIX shell takes it back: quoted when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function waiting(holder: { readonly pid: number } | undefined, where: string): string {
  return `waiting for ${holder === undefined ? 'another callgen' : `callgen (pid ${holder.pid})`} to finish writing ${where}...\n`;
}

function outputFailure(error: unknown, where: string, io: Io): number {
  // A system error (ENOSPC, EIO...) while staging: the old files were not touched yet.
  if (!(error instanceof OutputError) && errorCode(error) === undefined) throw error;
  const after = error instanceof OutputError && error.code === 'unfinished' ? '' : '; nothing was written';
  io.err(`cannot write ${where}: ${error instanceof Error ? error.message : String(error)}${after}.\n`);
  return EXIT_USAGE;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** `--api-version`: one of the versions the `x-graph-versions` marks name, or absent for all of them. */
export function apiVersionOption(value: unknown): ApiVersion | undefined {
  if (value === undefined) return undefined;
  const version = API_VERSIONS.find((v) => v === value);
  if (version === undefined) throw new UsageError(`--api-version must be one of ${API_VERSIONS.join(', ')}, not "${String(value)}"`);
  return version;
}
