import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, runNode, WORK } from '../lib/child.js';
import type { Kind } from './payloads.js';

// typia as a peer: createValidate and createIs for the same generated types, compiled by typia's
// own CLI (`typia generate`, pinned at 12.2.1, the last version that transforms with TypeScript
// 5.9) from generated/types.ts inside bench/.work/typia/. typia reads the constraint tags of the
// types' doc comments (`@format uuid`, `@maxLength 256`, `@type int32`), so it checks those formats
// and bounds as callgen's validators do. The output is kept while types.ts is
// unchanged, so a second run does not pay for the compile.

export const TYPIA_DIR = path.join(WORK, 'typia');
/** The three benchmarked types, and every type the validators module exports (for the bundles). */
export const TYPIA_THREE = path.join(TYPIA_DIR, 'out', 'three.ts');
export const TYPIA_ALL = path.join(TYPIA_DIR, 'out', 'all.ts');
/** The secondary peer of typia-untagged.ts. */
export const TYPIA_UNTAGGED_DIR = path.join(WORK, 'typia-untagged');
export const TYPIA_UNTAGGED_THREE = path.join(TYPIA_UNTAGGED_DIR, 'out', 'three.ts');

/** The exported type names of the generated validators: `validateX` gives `X`. */
function validatedTypes(): string[] {
  const source = readFileSync(path.join(REPO, 'generated', 'validators.ts'), 'utf8');
  return [...source.matchAll(/^export const validate(\w+): Validator<T\.(\w+)>/gm)].map((m) => m[2] ?? '').filter((n) => n !== '');
}

/** The module typia compiles: createValidate and createIs of each named type. */
export function moduleFor(types: readonly string[]): string {
  const lines = [`import typia from 'typia';`, `import type * as T from './types.js';`];
  for (const t of types) lines.push(`export const validate${t} = typia.createValidate<T.${t}>();`, `export const is${t} = typia.createIs<T.${t}>();`);
  return `${lines.join('\n')}\n`;
}

/** The type each kind of payload is validated as, by name: `validateX` and `isX` of typia's modules. */
export const TYPIA_NAME: Readonly<Record<Kind, string>> = { request: 'CreateCallRequest', response: 'Call', notification: 'CommsNotifications' };

/** The three benchmarked types: the create-call request, the call response, the notifications. */
export const THREE: readonly string[] = Object.values(TYPIA_NAME);

/** Compiles the typia validators unless an up-to-date compile is there; returns what it did. */
export function prepareTypia(): string {
  const types = readFileSync(path.join(REPO, 'generated', 'types.ts'), 'utf8');
  const all = validatedTypes();
  return compileTypia(TYPIA_DIR, { 'types.ts': types, 'three.ts': moduleFor(THREE), 'all.ts': moduleFor(all) }, `${all.length} types`);
}

/**
 * Runs `typia generate` on the given files (name -> text) into `dir`/out, unless the output of
 * the same inputs (by hash) is there already; returns what it did, in words.
 */
export function compileTypia(dir: string, inputs: Readonly<Record<string, string>>, what: string): string {
  const hash = createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
  const stamp = path.join(dir, 'out', '.hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return `output up to date (${hash})`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  for (const [name, text] of Object.entries(inputs)) writeFileSync(path.join(dir, 'in', name), text);
  const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true }, include: ['in/**/*.ts'] };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const cli = path.join(REPO, 'node_modules', 'typia', 'lib', 'executable', 'typia.js');
  const run = runNode([cli, 'generate', '--input', path.join(dir, 'in'), '--output', path.join(dir, 'out'), '--project', path.join(dir, 'tsconfig.json')], { timeoutMs: 900_000 });
  if (run.status !== 0 || !existsSync(path.join(dir, 'out', 'three.ts'))) throw new Error(`typia generate failed (${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
  writeFileSync(stamp, hash);
  return `typia generate: ${(run.ms / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, ${what}`;
}
