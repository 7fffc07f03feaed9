import path from 'node:path';
import { formatProblem, type Problem } from '../diagnostics.js';
import { prepareFolder } from '../output/destination.js';
import { errorCode, OutputError } from '../output/errors.js';
import type { ManifestNote } from '../output/manifest.js';
import { compareOutput, MANIFEST, writeOutput, type WriteReport } from '../output/write.js';
import type { GenerateResult } from '../pipeline.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { inputsOf, type Target, type TargetsBuild } from './build.js';
import { display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, inFolder, UsageError, type Io, type ParsedArgs } from './command.js';

// What `callgen generate` prints, and the checking or writing of what it generated.

/** Prints one run of `callgen generate`, and checks or writes its output; the exit code. */
export async function report(build: Extract<TargetsBuild, { readonly ok: true }>, parsed: ParsedArgs, io: Io): Promise<number> {
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

/** A usage error is thrown for the CLI to print with the help; config problems are printed here. */
export function planFailure(failure: Exclude<TargetsBuild, { readonly ok: true }>, io: Io): number {
  if ('usage' in failure) throw new UsageError(failure.usage);
  if ('refused' in failure) {
    io.err(`callgen generate: ${failure.refused}; nothing was written.\n`);
    return EXIT_USAGE;
  }
  const located = failure.problems.map((p) => ({ ...p, file: display(io.cwd, p.file) }));
  io.err(`${located.map(formatProblem).join('\n')}\n\n${located.length} problem(s) in ${located[0]?.file ?? 'the config file'}; nothing was written.\n`);
  return EXIT_USAGE;
}

export function printNotes(target: Target, notes: readonly ManifestNote[], io: Io): void {
  for (const note of notes) io.err(`note: ${formatProblem(inFolder(io.cwd, target.schemas)(note))}\n`);
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
    // The command alone would refuse to overwrite a file callgen did not write: say so first.
    const foreign = differences.some((d) => d.change === 'foreign') ? 'move away the files callgen did not write (foreign, below) or add --force to overwrite them, then ' : '';
    io.err(`${where} is stale: ${foreign}run \`${rerun}\` to update it.\n${details.join('\n')}\n`);
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

export function waiting(holder: { readonly pid: number } | undefined, where: string): string {
  return `waiting for ${holder === undefined ? 'another callgen' : `callgen (pid ${holder.pid})`} to finish writing ${where}...\n`;
}

export function outputFailure(error: unknown, where: string, io: Io): number {
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
