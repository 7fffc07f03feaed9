import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { formatProblem } from '../../generator/diagnostics.js';
import { generate, type GenerateResult } from '../../generator/pipeline.js';
import { generateFolder } from './generate.js';
import { typecheck } from './typecheck.js';

export type Validate = (value: unknown) => { readonly ok: boolean; readonly errors?: readonly { path: string; keyword: string; message: string }[] };
type Registry = Record<string, { readonly response: Validate | undefined; readonly request: Validate | undefined }>;

export type Loaded =
  | { readonly ok: true; readonly result: Extract<GenerateResult, { ok: true }>; readonly validators: Registry; readonly exports: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problems: readonly string[] };

let scratch: string | undefined;
let runtimeUrl: string | undefined;
let count = 0;

/**
 * Writes schema files to a scratch folder, runs `generate` on it, and imports the generated
 * validators: TypeScript transpiles them (types erased, nothing checked; the compile tests do that).
 */
export async function loadSchemas(files: Readonly<Record<string, unknown>>): Promise<Loaded> {
  const folder = await writeSet(files);
  const result = await generate({ schemas: path.join(folder, 'schemas'), out: path.join(folder, 'generated') });
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
  const text = (name: string): string => result.files.find((f) => f.path === name)?.text ?? '';
  runtimeUrl ??= await writeModule(path.join(path.dirname(folder), 'runtime.mjs'), text('runtime.ts'));
  const url = await writeModule(path.join(folder, 'validators.mjs'), text('validators.ts').replace("from './runtime.js'", `from ${JSON.stringify(runtimeUrl)}`));
  const module = (await import(url)) as { validatorsBySchemaName: Registry } & Record<string, unknown>;
  return { ok: true, result, validators: module.validatorsBySchemaName, exports: module };
}

/**
 * Generates schema files as `loadSchemas` does, writes the output beside them and type-checks it as
 * a strict consumer compiles it (test/support/typecheck.ts): each file's text by name, and the diagnostics.
 */
export async function generateAndTypecheck(files: Readonly<Record<string, unknown>>): Promise<{ readonly text: (name: string) => string; readonly diagnostics: string[] }> {
  const folder = await writeSet(files);
  const result = await generateFolder(path.join(folder, 'schemas'));
  await mkdir(path.join(folder, 'generated'));
  for (const file of result.files) await writeFile(path.join(folder, 'generated', file.path), file.text);
  const text = (name: string): string => result.files.find((f) => f.path === name)?.text ?? '';
  return { text, diagnostics: typecheck([path.join(folder, 'generated', 'index.ts')], 'Bundler') };
}

/** Writes schema files into a new folder of the scratch folder, under `schemas/`; returns that folder. */
async function writeSet(files: Readonly<Record<string, unknown>>): Promise<string> {
  scratch ??= await mkdtemp(path.join(tmpdir(), 'callgen-load-'));
  const folder = path.join(scratch, `set-${++count}`);
  await mkdir(path.join(folder, 'schemas'), { recursive: true });
  for (const [name, schema] of Object.entries(files)) {
    await writeFile(path.join(folder, 'schemas', name), typeof schema === 'string' ? schema : JSON.stringify(schema));
  }
  return folder;
}

async function writeModule(file: string, source: string): Promise<string> {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  await writeFile(file, outputText);
  return pathToFileURL(file).href;
}

/** Removes the scratch folder; call it from `afterAll`. */
export async function removeScratch(): Promise<void> {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
  runtimeUrl = undefined;
}

/** The response validator of the schema named `name`; throws, listing the problems, where the folder was refused. */
export function responseValidator(loaded: Loaded, name: string): Validate {
  return validator(loaded, name, 'response');
}

/** The request validator of the schema named `name`, likewise. */
export function requestValidator(loaded: Loaded, name: string): Validate {
  return validator(loaded, name, 'request');
}

/** The validator of the schema named `name` in `mode`; throws, listing the problems, where the folder was refused. */
export function validator(loaded: Loaded, name: string, mode: 'request' | 'response'): Validate {
  if (!loaded.ok) throw new Error(`refused:\n${loaded.problems.join('\n')}`);
  const found = loaded.validators[name]?.[mode];
  if (found === undefined) throw new Error(`no ${mode} validator for ${name}`);
  return found;
}
