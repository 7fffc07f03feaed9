import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a command run in the scratch monorepo: no `npm_*` variables of the npm run
 * that started the tests (they would point the inner npm at this repository's config and
 * workspace), no audit or funding requests, no update check.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
}

/** Runs a command to its end (10 minutes at most: installs reach the registry). */
export function run(command: string, args: readonly string[], cwd: string): Ran {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command that must succeed; a failure throws with everything it printed. */
export function runOk(command: string, args: readonly string[], cwd: string): Ran {
  const ran = run(command, args, cwd);
  if (ran.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${String(ran.status)}\n${ran.stdout}\n${ran.stderr}`);
  }
  return ran;
}

/** Every file below a folder with its modification time, to see whether a run wrote anything. */
export async function mtimes(dir: string): Promise<Record<string, number>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const times: Record<string, number> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    times[path.relative(dir, file)] = (await stat(file)).mtimeMs;
  }
  return times;
}
