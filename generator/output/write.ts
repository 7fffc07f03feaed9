import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EmittedFile } from '../emit/emit.js';

/** Lists the files callgen wrote, so a later run removes only its own stale files and nothing else. */
export const MANIFEST = '.callgen-manifest.json';

export interface OutputDifference {
  readonly path: string;
  readonly change: 'added' | 'changed' | 'removed';
  /** A short line diff for changed files. */
  readonly diff: string;
}

/**
 * Writes every file atomically. New files are staged in the output folder first; then each is
 * renamed over the old one, which is kept as a hard link until the end. Each rename replaces a file
 * in one step, so a killed process leaves every file whole (old or new); on an error the kept old
 * files are put back, so the folder is left exactly as it was. Files from an earlier run that the model no longer
 * produces are removed at the end; files callgen did not write are never touched.
 */
export async function writeOutput(out: string, files: readonly EmittedFile[]): Promise<void> {
  await mkdir(out, { recursive: true });
  await removeLeftovers(out);
  const previous = await readManifest(out);
  const staging = path.join(out, `${STAGING}${process.pid}`);
  const aside = path.join(out, `${ASIDE}${process.pid}`);
  const all = [...files, { path: MANIFEST, text: manifestText(files) }];
  const replaced: string[] = [];
  const created: string[] = [];
  try {
    for (const file of all) {
      await mkdir(path.dirname(path.join(staging, file.path)), { recursive: true });
      await writeFile(path.join(staging, file.path), file.text);
    }
    // The manifest goes last: until it is renamed, the old one still names every file an earlier run owned.
    for (const file of all) {
      const target = path.join(out, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await mkdir(path.dirname(path.join(aside, file.path)), { recursive: true });
      // A hard link keeps the old content for a rollback while the rename replaces the file in one step.
      const existed = await link(target, path.join(aside, file.path)).then(() => true, () => false);
      await rename(path.join(staging, file.path), target);
      (existed ? replaced : created).push(file.path);
    }
  } catch (error) {
    let restored = true;
    for (const file of replaced) await rename(path.join(aside, file), path.join(out, file)).catch(() => (restored = false));
    for (const file of created) await rm(path.join(out, file), { force: true }).catch(() => undefined);
    // Should putting a file back fail, its old content stays in the aside folder until the next run.
    if (restored) await rm(aside, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await rm(aside, { recursive: true, force: true });
  const current = new Set(files.map((f) => f.path));
  for (const stale of previous.filter((p) => !current.has(p))) await rm(path.join(out, stale), { force: true });
}

const STAGING = '.callgen-staging-';
const ASIDE = '.callgen-replaced-';

/** Staging folders of a killed run: they hold only copies (new files not yet renamed, links to old ones). */
async function removeLeftovers(out: string): Promise<void> {
  for (const entry of await readdir(out)) {
    if (entry.startsWith(STAGING) || entry.startsWith(ASIDE)) await rm(path.join(out, entry), { recursive: true, force: true });
  }
}

/** What `writeOutput` would change, without writing anything. */
export async function compareOutput(out: string, files: readonly EmittedFile[]): Promise<OutputDifference[]> {
  const differences: OutputDifference[] = [];
  const all = [...files, { path: MANIFEST, text: manifestText(files) }];
  for (const file of all) {
    const existing = await readFile(path.join(out, file.path), 'utf8').catch(() => undefined);
    if (existing === undefined) differences.push({ path: file.path, change: 'added', diff: '' });
    else if (existing !== file.text) differences.push({ path: file.path, change: 'changed', diff: shortDiff(existing, file.text) });
  }
  const current = new Set(files.map((f) => f.path));
  for (const stale of (await readManifest(out)).filter((p) => !current.has(p))) {
    differences.push({ path: stale, change: 'removed', diff: '' });
  }
  return differences;
}

function manifestText(files: readonly EmittedFile[]): string {
  const manifest = { generator: 'callgen', files: files.map((f) => f.path).sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function readManifest(out: string): Promise<string[]> {
  const text = await readFile(path.join(out, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  try {
    const files: unknown = (JSON.parse(text) as { files?: unknown }).files;
    // Only plain relative names inside the folder: a tampered manifest must not make callgen delete elsewhere.
    return Array.isArray(files)
      ? files.filter((f): f is string => typeof f === 'string' && !path.isAbsolute(f) && !f.split(/[\\/]/).includes('..'))
      : [];
  } catch {
    return [];
  }
}

/** The first few differing lines, enough to see what went stale. */
export function shortDiff(before: string, after: string, context = 1, limit = 12): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const lines = [
    `@@ line ${start + 1} @@`,
    ...a.slice(from, start).map((l) => `  ${l}`),
    ...a.slice(start, endA + 1).map((l) => `- ${l}`),
    ...b.slice(start, endB + 1).map((l) => `+ ${l}`),
  ];
  return lines.length > limit ? [...lines.slice(0, limit), `  ... (${lines.length - limit} more lines)`].join('\n') : lines.join('\n');
}
