import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../../generator/bin/callgen.js');

// `callgen export --openapi | head -1`: the reader closes the pipe after its first line. callgen
// stops printing and ends with its own exit status; Node's default was an unhandled EPIPE stack
// trace and exit 1.
test('a reader that closes standard output early gets no stack trace, and the exit status is the command\'s', { timeout: 60_000 }, async () => {
  const child = spawn(process.execPath, [CLI, 'export', '--openapi'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
});
