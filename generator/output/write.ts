import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * Writes every file atomically: each goes to a temporary name in the output folder and is renamed
 * over the old one, so a killed process leaves every file either old or new, never half-written.
 * Files from an earlier run that the model no longer produces are removed; other files are left alone.
 */
export async function writeOutput(out: string, files: readonly EmittedFile[]): Promise<void> {
  await mkdir(out, { recursive: true });
  const previous = await readManifest(out);
  const staging = path.join(out, `.callgen-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const all = [...files, { path: MANIFEST, text: manifestText(files) }];
    for (const file of all) {
      await mkdir(path.dirname(path.join(staging, file.path)), { recursive: true });
      await writeFile(path.join(staging, file.path), file.text);
    }
    // The manifest goes last: until it is renamed, the old one still names every file an earlier run owned.
    for (const file of all) {
      await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
      await rename(path.join(staging, file.path), path.join(out, file.path));
    }
    const current = new Set(files.map((f) => f.path));
    for (const stale of previous.filter((p) => !current.has(p))) await rm(path.join(out, stale), { force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
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
