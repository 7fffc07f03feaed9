import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnit } from '../diagnostics.js';
import { listFolder } from '../schema/files.js';
import { MANIFEST } from './manifest.js';
import { referencedFiles } from './references.js';

// What decides the output of a run, hashed without loading the generator, so
// that a run with nothing to do finds out in milliseconds.

/** Where callgen's own code lives: `generator/` in a clone, its compiled copy in a package. */
const CODE = fileURLToPath(new URL('..', import.meta.url));

/**
 * sha256 over every schema file below the schema folder (`*.json`, `*.yaml`, `*.yml`: relative
 * path and bytes, in a fixed order; a README changes nothing), or over an OpenAPI document and
 * every file its `$ref`s name, the
 * options that shape the output, and callgen's version. Paths of the folders themselves are left
 * out, so the same schemas give the same hash on any machine and any install.
 */
export async function inputHash(schemas: string, options: Readonly<Record<string, unknown>>): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`callgen ${await callgenVersion()}\n${canonicalJson(options)}\n`);
  const info = await stat(schemas);
  const files = info.isDirectory() ? schemaFiles(schemas) : [path.basename(schemas)];
  const root = info.isDirectory() ? schemas : path.dirname(schemas);
  // An OpenAPI document's files named by its `$ref`s: one that cannot be read counts as such (the reader says why).
  const referenced = info.isDirectory() ? [] : await referencedFiles(schemas);
  // Read synchronously, as the schema reader reads them: with an await per file, the 1,000 files
  // of a synthetic set took about 0.15 s, mostly waiting on the thread pool, and a generate
  // hashes its inputs twice (before, to skip an up-to-date folder; after, for the manifest).
  const take = (file: string, bytes: Buffer | undefined): void => {
    if (bytes === undefined) hash.update(`${file}\0unreadable\0`);
    else hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  };
  for (const file of files) take(file, readForHash(path.join(root, ...file.split('/'))));
  for (const file of referenced) take(file, readOrUndefined(path.join(root, ...file.split('/'))));
  return hash.digest('hex');
}

/**
 * A file's bytes as the hash takes them. CRLF counts as LF: JSON and YAML read the same either
 * way, and a checkout with git's core.autocrlf (Windows) must not make the folder stale, nor
 * record a hash Linux CI disagrees with.
 */
function readForHash(file: string): Buffer {
  return withoutCarriageReturns(readFileSync(file));
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readForHash(file);
  } catch {
    return undefined;
  }
}

const SCHEMA_FILE = /\.(?:json|ya?ml)$/;

/**
 * The schema files below the folder, listed as the schema reader lists them (links to files and
 * folders followed), sorted. A dangling link is listed too: the reader refuses it, so reading it
 * must fail here too, and a folder generated before the link broke is never taken as up to date.
 * A folder the reader cannot list, or a link it will not follow, throws for the same reason.
 */
function schemaFiles(folder: string): string[] {
  const listing = listFolder(folder, (name) => SCHEMA_FILE.test(name));
  const [problem] = listing.problems;
  if (problem !== undefined) throw new Error(`${problem.entry}: ${problem.kind === 'loop' ? 'a link to a folder that holds it' : String(problem.error)}`);
  return [...listing.files].sort(byCodeUnit);
}

/** The bytes with each CR of a CRLF left out; the same buffer when there is none. */
function withoutCarriageReturns(bytes: Buffer): Buffer {
  if (!bytes.includes('\r\n')) return bytes;
  return Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
}

let version: Promise<string> | undefined;

/** The `version` of the nearest package.json above callgen's code named callgen. */
export function callgenVersion(): Promise<string> {
  version ??= findVersion(CODE);
  return version;
}

async function findVersion(dir: string): Promise<string> {
  const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
  const found = text === undefined ? undefined : (JSON.parse(text) as { name?: unknown; version?: unknown });
  if (found?.name === 'callgen' && typeof found.version === 'string') return found.version;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`no package.json of callgen above ${CODE}`);
  return findVersion(parent);
}

/**
 * Whether any file of callgen's own code changed after `time` (ms). A clone that changes the
 * generator without a new version must not keep an old output; an installed package has the
 * fixed times of its tarball, so this never fires there.
 */
export async function codeChangedSince(time: number): Promise<boolean> {
  const files = await listFiles(CODE);
  // Output folders inside the code (callgen's own config validators) are written by generate, not code changes.
  const outputs = files.filter((f) => path.posix.basename(f) === MANIFEST).map((f) => `${path.posix.dirname(f)}/`);
  for (const file of files.filter((f) => !outputs.some((o) => f.startsWith(o)))) {
    if (((await stat(path.join(CODE, file)).catch(() => undefined))?.mtimeMs ?? 0) > time) return true;
  }
  return false;
}

/** Every regular file of callgen's code below `dir`, relative with `/`, sorted; dot-entries (but the manifest) and node_modules skipped. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  for (const entry of entries) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.split('/').some((part) => (part.startsWith('.') && part !== MANIFEST) || part === 'node_modules')) continue;
    if (entry.isFile()) files.push(file);
  }
  return files.sort(byCodeUnit);
}

/** JSON with keys sorted at every level, so the order options were given in does not matter. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
