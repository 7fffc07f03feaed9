import { checkDestination } from '../output/destination.js';
import { readManifest } from '../output/manifest.js';
import { isUpToDate, upToDateUnderLock } from '../output/write.js';
import type { SkipTarget, Target } from './build.js';
import { display, type Io } from './command.js';
import { outputFailure, printNotes, waiting } from './report.js';

/** Skips the targets whose folder already holds their generation; whether one could not be checked. */
export interface Skipper {
  readonly skip: SkipTarget;
  /** Whether an output folder could not be checked (nor written): the run exits 2. */
  readonly unwritable: () => boolean;
}

/**
 * The targets a run of `callgen generate` need not generate: their folder records these inputs.
 * With --check the folder is read without its lock; otherwise under it, and a folder that cannot be
 * written is reported here (and the run fails) rather than generated for nothing.
 */
export function upToDateSkipper(options: { readonly check: boolean; readonly timings: boolean; readonly prettier: boolean }, io: Io): Skipper {
  const { check, timings } = options;
  let unwritable = false;
  const skip = async (target: Target, inputs: string | undefined): Promise<boolean> => {
    // The user's prettier config is an input no hash covers: with --prettier every run formats anew.
    if (inputs === undefined || options.prettier) return false;
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
  return { skip, unwritable: () => unwritable };
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
