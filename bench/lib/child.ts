import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Whole-process measurements: wall time seen from outside (start-up and module loading included,
// as a user waits for them), and the child's CPU time and peak resident memory, which
// bench/report-rss.mjs, preloaded into it, prints on exit.

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const WORK = path.join(REPO, 'bench', '.work');
const RSS_REPORTER = path.join(REPO, 'bench', 'report-rss.mjs');

export interface Run {
  readonly ms: number;
  /** User and system CPU time of all the child's threads. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `node <args>` from the repository root. */
export function runNode(args: readonly string[], options: RunOptions = {}): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', RSS_REPORTER, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 1 << 26,
    env: options.env ?? process.env,
  });
  const ms = performance.now() - started;
  const report = /@@bench (\{.*\})/.exec(child.stderr ?? '')?.[1];
  const usage = report === undefined ? { maxRssKb: Number.NaN, cpuUs: Number.NaN } : (JSON.parse(report) as { maxRssKb: number; cpuUs: number });
  const stderr = (child.stderr ?? '').replace(/\n?@@bench \{.*\}\n?/, '');
  return { ms, cpuMs: usage.cpuUs / 1000, maxRssMb: usage.maxRssKb / 1024, status: child.status, stdout: child.stdout ?? '', stderr };
}

/** Arguments that run the callgen CLI the way `npx callgen` does. */
export function callgen(...args: string[]): string[] {
  return [path.join(REPO, 'generator', 'bin', 'callgen.js'), ...args];
}
