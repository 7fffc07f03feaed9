import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { findConfig, planTargets, type TargetRequest } from './config/targets.js';
import type { Io } from './commands/command.js';
import { referencedFiles } from './output/references.js';

/** How long a burst of file events (an editor's save, a git checkout) settles before one rebuild. */
const SETTLE_MS = 150;

/**
 * `callgen generate --watch`: builds once, then again after every change to a target's schemas
 * (or OpenAPI document) or to the config file, until `signal` aborts (Ctrl-C). `build` is one run
 * of `callgen generate` that prints its own report; a run with problems writes nothing, so the last
 * good output stays. A change to the config file may change what is watched: after every run the
 * watchers follow the inputs the config names now.
 */
export async function watchTargets(request: TargetRequest, io: Io, build: () => Promise<number>, signal: AbortSignal): Promise<number> {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  };
  // Watchers stay open while a run builds, so a change made meanwhile triggers the next run.
  const rebuild = (): void => {
    running = running.then(async () => {
      if (signal.aborted) return;
      await build().catch((error: unknown) => io.err(`${error instanceof Error ? error.message : String(error)}\n`));
      await refreshWatchers(watchers, await inputsOf(request), changed);
    });
  };
  await refreshWatchers(watchers, await inputsOf(request), changed);
  rebuild();
  await running;
  io.err('Watching for changes to the schemas and the config file; Ctrl-C stops.\n');
  await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
  clearTimeout(timer);
  await running;
  for (const watcher of watchers.values()) watcher.close();
  io.err('Stopped watching.\n');
  return 0;
}

interface Inputs {
  /** Schema folders, watched recursively. */
  readonly folders: ReadonlySet<string>;
  /** OpenAPI documents and the config file. */
  readonly files: ReadonlySet<string>;
}

/** Every input of the request's targets: schema folders, OpenAPI documents (and the files their `$ref`s name), the config file. */
async function inputsOf(request: TargetRequest): Promise<Inputs> {
  const plan = await planTargets(request);
  const files = new Set<string>();
  const folders = new Set<string>();
  if (plan.ok) {
    if (plan.config !== undefined) files.add(plan.config);
    for (const target of plan.targets) {
      if (target.openapi !== undefined) {
        files.add(target.openapi);
        // The files its $refs name are inputs too (`common.yaml#/Tag`).
        for (const file of await referencedFiles(target.openapi)) files.add(path.resolve(path.dirname(target.openapi), file));
      } else {
        folders.add(target.schemas);
      }
    }
  } else {
    // A config with problems names no targets: watch the file, so that fixing it rebuilds.
    const file = request.config !== undefined ? path.resolve(request.cwd, request.config) : await findConfig(request.cwd);
    if (file !== undefined) files.add(file);
  }
  return { folders, files };
}

/** Opens a watcher for each new input and closes those of inputs no longer there (a changed config). */
async function refreshWatchers(watchers: Map<string, FSWatcher>, inputs: Inputs, changed: () => void): Promise<void> {
  const wanted = new Map<string, () => FSWatcher>();
  for (const folder of inputs.folders) {
    const [key, open] = awaited(folder, changed) ?? [`folder ${folder}`, () => watch(folder, { recursive: true }, changed)];
    wanted.set(key, open);
  }
  // Files are watched through their folder: editors save by renaming a new file over the old one.
  for (const file of inputs.files) {
    const folder = path.dirname(file);
    const [key, open] = awaited(folder, changed) ?? [`file ${file}`, () => watch(folder, { recursive: false }, (_event, name) => (name === path.basename(file) ? changed() : undefined))];
    wanted.set(key, open);
  }
  for (const [key, open] of wanted) {
    if (watchers.has(key)) continue;
    try {
      watchers.set(key, open());
    } catch {
      // A folder that cannot be watched (permissions): the run reports what it cannot read.
    }
  }
  for (const [key, watcher] of watchers) {
    if (wanted.has(key)) continue;
    watcher.close();
    watchers.delete(key);
  }
}

/**
 * For a folder that does not exist (yet), a watcher of the nearest folder above it that does, for
 * the next name on the way down: its creation brings a run, after which the watchers move down.
 * Without it nothing would be watched, and the process would end while it says it is watching.
 */
function awaited(folder: string, changed: () => void): [key: string, open: () => FSWatcher] | undefined {
  if (existsSync(folder)) return undefined;
  let next = folder;
  while (!existsSync(path.dirname(next)) && path.dirname(next) !== next) next = path.dirname(next);
  const above = path.dirname(next);
  return [`above ${above} ${next}`, () => watch(above, { recursive: false }, (_event, name) => (name === path.basename(next) ? changed() : undefined))];
}
