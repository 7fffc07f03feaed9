import { access, constants, lstat, mkdir, realpath, statfs } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, OutputError } from './errors.js';

/**
 * `target` with every symbolic link resolved, also when its last parts do not exist yet: the
 * deepest existing ancestor is resolved and the rest appended. Overlap checks compare these, so a
 * link cannot smuggle the output into the schema folder.
 */
export async function realTarget(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    const real = await realpath(current).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...rest.reverse());
    const parent = path.dirname(current);
    if (parent === current) return absolute;
    rest.push(path.basename(current));
    current = parent;
  }
}

/** Whether `child` is `parent` or lies inside it. */
export function within(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Whether two folders overlap: one is the other or lies inside it. */
export function overlaps(a: string, b: string): boolean {
  return within(a, b) || within(b, a);
}

// File systems that hold no files of anyone's: writing there hangs or fails with a misleading error.
const SPECIAL: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'],
  [0x6165676c, 'pstore'],
]);

/**
 * Makes sure `out` is a folder callgen can write, creating it (and missing parents) one level at a
 * time: `mkdir -p` reports ENOENT for a read-only mount and never returns under /proc, so the
 * deepest existing ancestor is checked first and its real reason reported.
 */
export async function prepareFolder(out: string): Promise<void> {
  for (const folder of (await checkDestination(out)).reverse()) {
    await mkdir(folder).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw unwritable(folder, error);
    });
  }
}

/**
 * Fails with the real reason when `out` could not be created or written, creating nothing (so a
 * run can fail fast, before generating). Returns the folders that are missing, deepest first.
 */
export async function checkDestination(out: string): Promise<string[]> {
  const missing: string[] = [];
  let existing = path.resolve(out);
  let info = await lstat(existing).catch(() => undefined);
  while (info === undefined) {
    missing.push(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
    info = await lstat(existing).catch(() => undefined);
  }
  const real = await realpath(existing).catch(() => existing);
  const isFolder = (await lstat(real).catch(() => undefined))?.isDirectory() === true;
  if (!isFolder) throw new OutputError('unwritable', `${existing} is not a folder`, [existing]);
  const system = SPECIAL.get((await statfs(real).catch(() => undefined))?.type ?? 0);
  if (system !== undefined) throw new OutputError('unwritable', `${existing} is on the ${system} file system, which holds no ordinary files`, [existing]);
  await access(real, constants.W_OK).catch((error: unknown) => {
    throw unwritable(existing, error);
  });
  return missing;
}

function unwritable(where: string, error: unknown): OutputError {
  const code = errorCode(error);
  const reason = code === 'EROFS' ? 'is on a read-only file system' : code === 'EACCES' || code === 'EPERM' ? 'is not writable (permission denied)' : 'cannot be written';
  return new OutputError('unwritable', `${where} ${reason} (${code ?? String(error)})`, [where]);
}
