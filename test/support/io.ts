import type { Io } from '../../generator/commands/command.js';

/** An Io that keeps what a command writes, for assertions. */
export function captureIo(cwd = process.cwd(), stdin = ''): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd,
    stdin: () => Promise.resolve(Buffer.from(stdin)),
    stdout: () => out,
    stderr: () => err,
  };
}
