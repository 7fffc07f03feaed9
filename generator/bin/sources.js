// In a clone, callgen runs from its TypeScript sources. Running them through tsx costs about a
// quarter of a second a start (its API loads esbuild, and its hooks run in a thread that every
// module passes through): more than the rest of a `generate` with nothing to do. So the sources
// are bundled once with esbuild (a dependency already) into `generator/.cli/`, named by a hash of
// the bytes of every TypeScript file below generator/ and generated/ (the CLI imports callgen's
// own generated validators), and later starts load that plain JavaScript. Any edit, and any
// `generate` that changes generated/, gives a new hash and a new bundle, so what runs is always
// the sources as they are, never an older build.
//
// Plain JavaScript, not shipped: the installed package runs its compiled dist/ and never loads this.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const GENERATOR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.dirname(GENERATOR);
/** The folders whose TypeScript the bundle may hold, all hashed into its name. */
const HASHED = ['generator', 'generated'];
// A dot-folder inside generator/: `new URL('..', import.meta.url)` in a bundled module still
// names generator/ (the input hash finds callgen's code that way), and the input hash skips
// dot-entries, so the bundle never counts as a change of callgen's code.
const OUT = path.join(GENERATOR, '.cli');
/** Bundles older than this that the current one does not use are removed; a run still going may load a chunk of its bundle late. */
const KEEP_MS = 60 * 60 * 1000;

/**
 * The CLI module built from the sources as they are now, or undefined when it cannot be built
 * here (a syntax error, a folder that cannot be written): the caller then runs the sources
 * through tsx, which reports such errors as it always has.
 */
export async function importFromSources(entry = currentEntry()) {
  if (!existsSync(entry) && !(await bundle(entry))) return undefined;
  // A stack trace of a callgen bug names the TypeScript file and line, not the bundle's.
  process.setSourceMapsEnabled(true);
  try {
    return await import(pathToFileURL(entry).href);
  } catch {
    // A chunk removed by hand, say: tsx loads the sources instead (and reports any error they throw).
    return undefined;
  }
}

/** Where the bundle of the sources as they are now is, or will be once built. */
export function currentEntry() {
  return path.join(OUT, `cli-${sourcesKey()}.js`);
}

/** sha256 over esbuild's version and every TypeScript file of the hashed folders (path and bytes, in code-unit order). */
function sourcesKey() {
  const hash = createHash('sha256');
  hash.update(`esbuild ${esbuildVersion()}\0`);
  for (const file of typeScriptFiles()) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function esbuildVersion() {
  const manifest = new URL('../../node_modules/esbuild/package.json', import.meta.url);
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'unknown';
}

/** Paths from the package root with `/`, dot-entries and node_modules skipped, sorted by code unit. */
function typeScriptFiles() {
  const files = [];
  for (const folder of HASHED) {
    const dir = path.join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (!entry.isFile() || !file.endsWith('.ts')) continue;
      if (file.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      files.push(file);
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Builds the bundle in memory and writes it file by file, each to a temporary name renamed into
 * place, the entry last: a run that finds the entry finds every chunk it loads. Chunks are named
 * by their content, so two runs building at once write the same bytes under the same names.
 */
async function bundle(entry) {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: { [path.basename(entry, '.js')]: path.join(GENERATOR, 'cli.ts') },
      absWorkingDir: ROOT, // the metafile's input paths are relative to it
      outdir: OUT,
      bundle: true,
      splitting: true, // each command and the packages it needs still load only when it runs
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'linked',
      sourcesContent: false,
      chunkNames: 'chunk-[hash]',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // A source outside the hashed folders would not be in the bundle's name, so an edit of it
    // would leave an old bundle running: such sources run through tsx instead.
    const outside = Object.keys(result.metafile.inputs).filter((input) => !HASHED.some((folder) => input.startsWith(`${folder}/`)));
    if (outside.length > 0) return false;
    mkdirSync(OUT, { recursive: true });
    const outputs = [...result.outputFiles].sort((a, b) => rank(a.path, entry) - rank(b.path, entry));
    for (const output of outputs) {
      const temporary = `${output.path}.${process.pid}.tmp`;
      writeFileSync(temporary, output.contents);
      renameSync(temporary, output.path);
    }
    removeOldBundles(new Set(outputs.map((output) => path.basename(output.path))));
    return true;
  } catch {
    return false;
  }
}

/** The entry is written last, its source map just before it, the chunks first. */
function rank(file, entry) {
  return file === entry ? 2 : file === `${entry}.map` ? 1 : 0;
}

function removeOldBundles(current) {
  const before = Date.now() - KEEP_MS;
  for (const name of readdirSync(OUT)) {
    if (current.has(name)) continue;
    const file = path.join(OUT, name);
    try {
      if (statSync(file).mtimeMs < before) rmSync(file, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
}
