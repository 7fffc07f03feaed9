import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { byCodeUnit } from '../diagnostics.js';

// The files of a schema folder, as the reader reads them and `--check` hashes them: both list
// through this one function, so the hash covers exactly what a generation reads.

/** What a listing found: files to read, and the entries that could not be listed (each with why). */
export interface FolderListing {
  /** Relative to the folder, with `/`; each folder's entries in code-unit order. */
  readonly files: readonly string[];
  readonly problems: readonly ListingProblem[];
}

/** An entry below the folder that cannot be listed: `entry` is relative, `.` for the folder itself. */
export interface ListingProblem {
  readonly entry: string;
  /** A link to a folder that holds it (it would be read without end), or a folder that cannot be read. */
  readonly kind: 'loop' | 'unreadable';
  readonly error?: unknown;
}

/**
 * Every file below `folder` whose name `wanted` takes (dot-entries and node_modules skipped).
 * Links are followed, to files and to folders alike: a monorepo links shared schemas in, and they
 * are read as if they stood there. A link to a folder that holds the link (or any folder the walk
 * came through) would be read without end, so it is reported, not followed. A link that leads
 * nowhere is listed when its name is wanted, so that reading it says why it cannot be read.
 */
export function listFolder(folder: string, wanted: (name: string) => boolean): FolderListing {
  const files: string[] = [];
  const problems: ListingProblem[] = [];
  let root: string;
  try {
    root = realpathSync(folder);
  } catch (error) {
    return { files, problems: [{ entry: '.', kind: 'unreadable', error }] };
  }
  walk({ folder, relative: '', chain: [root], files, problems, wanted });
  return { files, problems };
}

interface Walk {
  readonly folder: string;
  /** The folder's path relative to the listed one ('' for itself). */
  readonly relative: string;
  /** The real paths of the folders the walk came through, this one last. */
  readonly chain: readonly string[];
  readonly files: string[];
  readonly problems: ListingProblem[];
  readonly wanted: (name: string) => boolean;
}

function walk(at: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(at.folder, { withFileTypes: true });
  } catch (error) {
    at.problems.push({ entry: at.relative === '' ? '.' : at.relative, kind: 'unreadable', error });
    return;
  }
  const real = at.chain.at(-1) ?? '';
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = at.relative === '' ? entry.name : `${at.relative}/${entry.name}`;
    const full = path.join(at.folder, entry.name);
    const kind = entry.isSymbolicLink() ? linked(full) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (kind === 'folder') {
      const target = entry.isSymbolicLink() ? realpathSync(full) : path.join(real, entry.name);
      if (at.chain.some((through) => holds(target, through))) at.problems.push({ entry: relative, kind: 'loop' });
      else walk({ ...at, folder: full, relative, chain: [...at.chain, target] });
    } else if ((kind === 'file' || kind === 'dangling') && at.wanted(entry.name)) {
      at.files.push(relative);
    }
  }
}

/** What a link leads to: a folder, a file, something else, or nothing it can reach (dangling, looping). */
function linked(link: string): 'folder' | 'file' | 'other' | 'dangling' {
  try {
    const info = statSync(link);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'dangling';
  }
}

/** Whether `folder` is `inner` or holds it (both real paths). */
function holds(folder: string, inner: string): boolean {
  return inner === folder || inner.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
}
