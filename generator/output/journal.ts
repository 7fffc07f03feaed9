import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, OutputError } from './errors.js';
import { isInside, MANIFEST } from './manifest.js';
import { slices } from './slices.js';

// How a run changes the output folder so that a kill at any moment leaves a state the next run
// completes. The new files are written to a staging folder first; then a journal naming every
// rename and removal is put in place by one rename, which is the moment the new generation
// counts as written; then the journal is carried out and deleted. A run that finds a journal
// carries it out again (every step can be repeated), and one that finds staging without a journal
// throws the staging away: the old generation was never touched.

export const STAGING = '.callgen-staging';
export const JOURNAL = '.callgen-journal.json';

export interface Journal {
  /** Files to move from the staging folder into place, the manifest last. */
  readonly write: readonly string[];
  /** Stale files of an earlier generation. */
  readonly remove: readonly string[];
}

/** Stages `files`, then commits them and the removals. Returns once the folder is whole again. */
export async function commit(out: string, files: readonly { readonly path: string; readonly text: string }[], remove: readonly string[]): Promise<void> {
  const staging = path.join(out, STAGING);
  const byManifestLast = [...files.map((f) => f.path)].sort((a, b) => Number(a === MANIFEST) - Number(b === MANIFEST));
  const journal: Journal = { write: byManifestLast, remove };
  try {
    await rm(staging, { recursive: true, force: true });
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, slices(file.text));
    }
    await writeFile(path.join(out, `${JOURNAL}.tmp`), `${JSON.stringify(journal)}\n`);
    await rename(path.join(out, `${JOURNAL}.tmp`), path.join(out, JOURNAL));
  } catch (error) {
    // Nothing of the old generation was touched yet: drop the copies and say why.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await rm(path.join(out, `${JOURNAL}.tmp`), { force: true }).catch(() => undefined);
    throw error;
  }
  await carryOut(out, journal).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OutputError('unfinished', `${reason}; the new files are committed and the next run finishes moving them in place`);
  });
}

/**
 * Finishes what a killed run left: carries out its journal if it got that far, and removes its
 * staging and temporary files (also those of callgen versions that staged per process). Returns
 * whether there was anything to finish.
 */
export async function recover(out: string): Promise<boolean> {
  const journal = await readJournal(out);
  if (journal !== undefined) await carryOut(out, journal);
  const leftovers = (await readdir(out).catch(() => [])).filter(isLeftover);
  for (const entry of leftovers) await rm(path.join(out, entry), { recursive: true, force: true });
  return journal !== undefined || leftovers.length > 0;
}

/** Names a killed run can leave in the output folder. */
export function isLeftover(entry: string): boolean {
  return entry === STAGING || entry === JOURNAL || entry === `${JOURNAL}.tmp` || entry.startsWith(`${STAGING}-`) || entry.startsWith('.callgen-replaced-');
}

async function carryOut(out: string, journal: Journal): Promise<void> {
  const staging = path.join(out, STAGING);
  for (const file of journal.remove) {
    await rm(path.join(out, ...file.split('/')), { force: true });
    await removeEmptyParents(out, file);
  }
  for (const file of journal.write) {
    const target = path.join(out, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(staging, ...file.split('/')), target).catch((error: unknown) => {
      // Moved already, by the run that was killed after this step.
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }
  await rm(path.join(out, JOURNAL), { force: true });
  await rm(staging, { recursive: true, force: true });
}

async function readJournal(out: string): Promise<Journal | undefined> {
  const text = await readFile(path.join(out, JOURNAL), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const { write, remove } = JSON.parse(text) as { write?: unknown; remove?: unknown };
    const names = (list: unknown): string[] => (Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string' && isInside(f)) : []);
    return { write: names(write), remove: names(remove) };
  } catch {
    return undefined; // not one of ours: the rename that puts a journal in place is atomic
  }
}

/** Folders a removal emptied go too, up to the output folder itself. */
async function removeEmptyParents(out: string, file: string): Promise<void> {
  const parts = file.split('/').slice(0, -1);
  while (parts.length > 0) {
    const removed = await rmdir(path.join(out, ...parts)).then(() => true, () => false);
    if (!removed) return;
    parts.pop();
  }
}
