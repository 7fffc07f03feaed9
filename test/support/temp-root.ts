import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Vitest's global setup: the temporary folders tests make (with mkdtemp under os.tmpdir(), in the
// test process and in the CLIs and tsc runs it starts) all go into one folder per run, which is
// removed when the run ends. Without it every run left hundreds of folders in the system's
// temporary folder. Workers start after this runs and inherit the variables.

const VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'callgen-test-'));
  const before = VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of VARIABLES) process.env[name] = root;
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
