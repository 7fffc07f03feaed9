import { readdir, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { prepareFolder } from './destination.js';
import { shortDiff } from './diff.js';
import { OutputError } from './errors.js';
import { codeChangedSince } from './inputs.js';
import { commit, isLeftover, recover } from './journal.js';
import { acquireLock, type LockOptions } from './lock.js';
import { MANIFEST, manifestText, readManifest, sha256, type ManifestNote } from './manifest.js';
import { type OutputFile, planOutput } from './plan.js';

export { MANIFEST } from './manifest.js';
export type { OutputFile } from './plan.js';

export interface WriteOptions extends LockOptions {
  /** The input hash (`inputHash`) to record in the manifest; without it, no run is ever skipped as up to date. */
  readonly inputs?: string | undefined;
  /** Overwrite files callgen did not write instead of refusing. Folders in the way are never removed. */
  readonly force?: boolean | undefined;
  /** The generation's notes, kept in the manifest for a run that skips the generation to print. */
  readonly notes?: readonly ManifestNote[] | undefined;
}

/** What `writeOutput` did, by relative path. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** A killed run's work was finished or thrown away first. */
  readonly recovered: boolean;
}

/**
 * Makes `out` hold exactly `files` (and the manifest), under the folder's lock. Files whose content
 * is already right are not touched, so they keep their mtime; stale files of an earlier run are
 * removed; a file callgen did not write in the way is an `OutputError` ('foreign') unless `force`.
 * A kill at any moment leaves a folder the next run completes (journal.ts). The folder is created
 * if missing (`prepareFolder`: the real reason when it cannot be).
 */
export async function writeOutput(out: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteReport> {
  await prepareFolder(out);
  const release = await acquireLock(out, options);
  try {
    const recovered = await recover(out);
    const all = [...files, { path: MANIFEST, text: manifestText(options.inputs, files, options.notes) }];
    const plan = await planOutput(out, all, await readManifest(out), options.force === true);
    if (plan.foreign.length > 0) throw await foreignError(out, plan.foreign, options.force === true);
    if (plan.write.length > 0 || plan.stale.length > 0) await commit(out, plan.write, plan.stale);
    // The manifest's time says when the output was last known right (see `isUpToDate`).
    else await utimes(path.join(out, MANIFEST), new Date(), new Date());
    return { written: plan.write.map((f) => f.path), unchanged: plan.unchanged, removed: plan.stale, recovered };
  } finally {
    await release();
  }
}

/** Names what is in the way; --force helps only with files, never with folders. */
async function foreignError(out: string, foreign: readonly string[], force: boolean): Promise<OutputError> {
  let files = 0;
  for (const entry of foreign) if ((await stat(path.join(out, ...entry.split('/'))).catch(() => undefined))?.isFile() === true) files++;
  const hint = files > 0 && !force ? ' or pass --force to overwrite files' : '';
  return new OutputError('foreign', `callgen did not write ${foreign.join(', ')}; move ${foreign.length === 1 ? 'it' : 'them'} away${hint}`, foreign);
}

/**
 * `isUpToDate` under the folder's lock: waits for a run that is writing, and clears the lock a
 * killed run left, so a folder found up to date is left exactly as a finished run leaves it.
 */
export async function upToDateUnderLock(out: string, inputs: string, options: LockOptions = {}): Promise<boolean> {
  if ((await readManifest(out)) === undefined) return false;
  const release = await acquireLock(out, options);
  try {
    return await isUpToDate(out, inputs);
  } finally {
    await release();
  }
}

/**
 * Whether `out` already holds the generation of these inputs: its manifest records the same input
 * hash, every file it lists has the recorded content, no killed run left work behind, and
 * callgen's own code is not newer than the manifest. Reads only the manifest and those files.
 */
export async function isUpToDate(out: string, inputs: string): Promise<boolean> {
  const manifest = await readManifest(out);
  if (manifest?.inputs !== inputs) return false;
  if ((await readdir(out)).some(isLeftover)) return false;
  for (const [file, hash] of manifest.files) {
    const text = await readFile(path.join(out, ...file.split('/'))).catch(() => undefined);
    if (text === undefined || sha256(text) !== hash) return false;
  }
  const written = (await stat(path.join(out, MANIFEST))).mtimeMs;
  return !(await codeChangedSince(written));
}

export interface OutputDifference {
  readonly path: string;
  /**
   * added/changed/removed: what `generate` would do; foreign: a file callgen did not write in the
   * way; leftover: what a killed run left (generate finishes or removes it).
   */
  readonly change: 'added' | 'changed' | 'removed' | 'foreign' | 'leftover';
  /** A short line diff for changed files (or, where only the line endings differ, a line that says so). */
  readonly diff: string;
}

/** What `writeOutput` would change, without writing anything (`generate --check`). */
/**
 * A short diff, or where the two differ only in line endings (git's core.autocrlf converts them on
 * checkout), that: a diff would show every line removed and added again, the same to the eye.
 */
function lineDiff(existing: string, made: string): string {
  if (existing.replaceAll('\r\n', '\n') !== made) return shortDiff(existing, made);
  return 'line endings only: CRLF where callgen writes LF (git\'s core.autocrlf converts them on checkout; "text eol=lf" for this folder in .gitattributes keeps them as written)';
}

export async function compareOutput(out: string, files: readonly OutputFile[], inputs?: string, notes?: readonly ManifestNote[]): Promise<OutputDifference[]> {
  const previous = await readManifest(out);
  // Without an input hash and notes (an API caller that has only the files) the recorded ones are not judged.
  const all = [...files, { path: MANIFEST, text: manifestText(inputs ?? previous?.inputs, files, notes ?? previous?.notes) }];
  const plan = await planOutput(out, all, previous, false);
  const differences: OutputDifference[] = plan.leftovers.map((p) => ({ path: p, change: 'leftover', diff: '' }));
  for (const file of plan.write) {
    const existing = await readFile(path.join(out, ...file.path.split('/')), 'utf8').catch(() => undefined);
    differences.push(existing === undefined ? { path: file.path, change: 'added', diff: '' } : { path: file.path, change: 'changed', diff: lineDiff(existing, file.text) });
  }
  differences.push(...plan.foreign.map((p): OutputDifference => ({ path: p, change: 'foreign', diff: '' })));
  differences.push(...plan.stale.map((p): OutputDifference => ({ path: p, change: 'removed', diff: '' })));
  return differences;
}
