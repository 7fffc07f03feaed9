import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO } from './generate.js';

/** A running `callgen generate --watch`, with what it printed so far and a way to wait for more. */
export function start(cwd: string): { child: ChildProcess; output: () => string; waitFor: (text: string, times?: number) => Promise<void> } {
  const child = spawn(process.execPath, [path.join(REPO, 'generator', 'bin', 'callgen.js'), 'generate', '--watch'], { cwd });
  const exited = new Promise<never>((_resolve, reject) => child.on('exit', (code) => reject(new Error(`exited with ${String(code)} while watching; output:\n${output}`))));
  exited.catch(() => undefined); // a stop the test asked for is no failure; waitFor races it
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const count = (text: string): number => output.split(text).length - 1;
  const waitFor = (text: string, times = 1): Promise<void> =>
    new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no ${JSON.stringify(text)} (x${times}) within 60 s; output so far:\n${output}`)), 60_000);
      const check = (): void => {
        if (count(text) < times) return;
        clearTimeout(timeout);
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
      exited.catch((error: unknown) => {
        clearTimeout(timeout);
        reject(error);
      });
    });
  return { child, output: () => output, waitFor };
}
