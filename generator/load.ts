import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Validator } from '../generated/runtime.js';
import type { Problem } from './diagnostics.js';
import type { EmittedFile } from './emit/emit.js';
import { generate, type GenerateOptions } from './pipeline.js';

/** The validators of one schema type, as the generated registry (`validatorsBySchemaName`) lists them. */
export interface ValidatorEntry {
  /** The TypeScript name of the response shape, e.g. `Call`. */
  readonly typeName: string;
  readonly response: Validator<unknown> | undefined;
  readonly request: Validator<unknown> | undefined;
}

/** Every type of a schema set by its schema name, e.g. `call`, `createCallRequest`. */
export type ValidatorRegistry = { readonly [schemaName: string]: ValidatorEntry };

export type LoadedValidators =
  | {
      readonly ok: true;
      readonly validators: ValidatorRegistry;
      /** Every export of the generated `index.ts`: validators, `isX` guards, builders, `…Values` arrays. */
      readonly exports: Readonly<Record<string, unknown>>;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The validators of any schema set, ready to call, without writing its code anywhere the user sees:
 * generated in memory, transpiled to JavaScript with esbuild (no tsx at run time), imported from a
 * temporary folder that is removed at once.
 */
export async function loadValidators(options: GenerateOptions): Promise<LoadedValidators> {
  const result = await generate(options);
  if (!result.ok) return { ok: false, problems: result.problems };
  const exports = await importGenerated(result.files);
  const validators = exports['validatorsBySchemaName'];
  if (typeof validators !== 'object' || validators === null) throw new Error('callgen bug: the generated index exports no validatorsBySchemaName');
  return { ok: true, validators: validators as ValidatorRegistry, exports };
}

/** Imports generated TypeScript files (relative imports ending in `.js`) as JavaScript modules. */
export async function importGenerated(files: readonly EmittedFile[]): Promise<Record<string, unknown>> {
  // Loaded here only: generating code needs no transpiler.
  const { transform } = await import('esbuild');
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-validators-'));
  try {
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const file of files) {
      const target = path.join(dir, file.path.replace(/\.ts$/, '.js'));
      await mkdir(path.dirname(target), { recursive: true });
      // Types stripped, imports kept as written (`import type` goes), as tsc does with verbatimModuleSyntax.
      const { code } = await transform(file.text, { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } });
      await writeFile(target, code);
    }
    return (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
