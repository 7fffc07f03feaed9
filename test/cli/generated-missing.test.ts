import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// A clone whose generated/ was deleted, or never built after a checkout: the commands that judge
// with callgen's own generated validators say how to build them, exit 2 and print no stack trace.
// The CLI runs from a copy of generator/ with no generated/ beside it, as Node resolves it.

const REPO = path.resolve(import.meta.dirname, '../..');
let clone: string;
let payload: string;

beforeAll(() => {
  clone = mkdtempSync(path.join(tmpdir(), 'callgen-no-generated-'));
  cpSync(path.join(REPO, 'generator'), path.join(clone, 'generator'), { recursive: true });
  cpSync(path.join(REPO, 'package.json'), path.join(clone, 'package.json'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(clone, 'node_modules'));
  payload = path.join(clone, 'payload.json');
  writeFileSync(payload, '{}\n');
  writeFileSync(path.join(clone, 'page.md'), '# call: answer\n\n```http\nPOST /communications/calls/{id}/answer\nContent-Type: application/json\n\n{}\n```\n');
});

function callgen(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [path.join(clone, 'generator', 'bin', 'callgen.js'), ...args], { cwd: clone, encoding: 'utf8' });
}

const HOW = "callgen's generated validators are missing (generated/validators.js cannot be loaded): run `npm run generate` in the callgen folder, which builds generated/ from schemas/, then run this again\n";

describe('without generated/', () => {
  it('validate names the missing file and how to build it, and exits 2', () => {
    const run = callgen('validate', '--type', 'call', payload);
    expect(run).toMatchObject({ status: 2, stdout: '', stderr: `callgen validate: ${HOW}` });
  });

  it('lint-docs does the same', () => {
    const run = callgen('lint-docs', 'page.md');
    expect(run).toMatchObject({ status: 2, stdout: '', stderr: `callgen lint-docs: ${HOW.replace('validators.js', 'operations.js')}` });
  });
});
