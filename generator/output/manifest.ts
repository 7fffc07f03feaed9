import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { slices } from './slices.js';

/** Lists the files callgen wrote, so a later run touches only its own files and nothing else. */
export const MANIFEST = '.callgen-manifest.json';

/**
 * What one run wrote: a hash of its inputs (schema bytes, options, callgen's version), a hash of
 * each file it wrote, and the notes the generation gave. The same inputs give the same manifest on
 * any machine: no absolute path, no date.
 */
export interface Manifest {
  /** sha256 of the inputs (`inputs.ts`); `undefined` in manifests of callgen before 0.2. */
  readonly inputs: string | undefined;
  /** Relative path (with `/`) → sha256 of its content; an empty hash for manifests that had none. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * The generation's notes, each naming its file relative to the input: a later run that skips the
   * generation, as the inputs are unchanged, prints them as the run that wrote the folder did.
   */
  readonly notes: readonly ManifestNote[];
}

/** A note as the manifest keeps it: where, and what. */
export interface ManifestNote {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
}

export function sha256(text: string | Buffer): string {
  const hash = createHash('sha256');
  if (typeof text !== 'string') return hash.update(text).digest('hex');
  for (const slice of slices(text)) hash.update(slice);
  return hash.digest('hex');
}

export function manifestText(inputs: string | undefined, files: readonly { readonly path: string; readonly text: string }[], notes: readonly ManifestNote[] = []): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Without an input hash (a caller that computed none) no later run can skip work on its strength.
  const manifest = {
    generator: 'callgen',
    ...(inputs === undefined ? {} : { inputs }),
    files: Object.fromEntries(sorted.map((f) => [f.path, sha256(f.text)])),
    // Only the three fields, in this order, so the text depends on nothing but the notes' content.
    ...(notes.length === 0 ? {} : { notes: notes.map(({ file, pointer, message }) => ({ file, pointer, message })) }),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest of `out`, or `undefined` when there is none (or it is not one of callgen's). */
export async function readManifest(out: string): Promise<Manifest | undefined> {
  const text = await readFile(path.join(out, MANIFEST), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text);
}

export function parseManifest(text: string): Manifest | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { generator?: unknown }).generator !== 'callgen') return undefined;
  const { inputs, files, notes } = raw as { inputs?: unknown; files?: unknown; notes?: unknown };
  // Earlier manifests listed names only: an array. Their files are still callgen's, with no hash.
  const entries: [unknown, unknown][] = Array.isArray(files)
    ? files.map((f: unknown) => [f, ''])
    : typeof files === 'object' && files !== null
      ? Object.entries(files)
      : [];
  const listed = entries.filter((e): e is [string, string] => typeof e[0] === 'string' && typeof e[1] === 'string' && isInside(e[0]));
  return { inputs: typeof inputs === 'string' ? inputs : undefined, files: new Map(listed), notes: Array.isArray(notes) ? notes.filter(isNote) : [] };
}

function isNote(value: unknown): value is ManifestNote {
  if (typeof value !== 'object' || value === null) return false;
  const { file, pointer, message } = value as Record<string, unknown>;
  return typeof file === 'string' && typeof pointer === 'string' && typeof message === 'string';
}

/**
 * A plain relative name below the folder. A tampered manifest or journal must not make callgen
 * write or delete anywhere else.
 */
export function isInside(file: string): boolean {
  const parts = file.split(/[\\/]/);
  return file !== '' && !path.isAbsolute(file) && !/^[a-zA-Z]:/.test(file) && !parts.includes('..') && !parts.includes('');
}
