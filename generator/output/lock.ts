import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, OutputError } from './errors.js';

/** Held while a run changes the folder, so concurrent runs take turns instead of mixing files. */
export const LOCK = '.callgen-lock';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
}

export interface LockOptions {
  /** Called once when another run holds the lock and this one starts waiting. */
  readonly onWait?: ((holder: LockHolder | undefined) => void) | undefined;
  /** How long to wait for another run before giving up (default 60 s). */
  readonly timeoutMs?: number | undefined;
}

const POLL_MS = 50;

/**
 * Takes the lock of `out` (which must exist) and returns its release. A lock left by a process of
 * this machine that no longer runs (a killed run) is taken over; a live holder is waited for.
 */
export async function acquireLock(out: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const file = path.join(out, LOCK);
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let waiting = false;
  for (;;) {
    if (await create(file, mine)) return async () => releaseIfMine(file, mine);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    if (holder === undefined ? await olderThan(file, 2000) : holder.host === hostname() && !alive(holder.pid)) {
      await releaseIfMine(file, text);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder === undefined ? 'another callgen' : `callgen (pid ${holder.pid} on ${holder.host})`;
      throw new OutputError('locked', `${who} has been writing this folder for too long; if no callgen runs, remove ${file}`, [file]);
    }
    if (!waiting) options.onWait?.(holder);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function create(file: string, content: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(content).finally(() => handle.close());
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Removes the lock only if it still holds `content`, so a run never frees another run's lock. */
async function releaseIfMine(file: string, content: string): Promise<void> {
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now === content) await unlink(file).catch(() => undefined);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const { pid, host } = JSON.parse(text) as { pid?: unknown; host?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) && typeof host === 'string' ? { pid, host } : undefined;
  } catch {
    return undefined; // being written by its holder this very moment
  }
}

/** A lock that never got its holder written: its run was killed between creating and writing it. */
async function olderThan(file: string, ms: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
