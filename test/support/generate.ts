import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';
import { typecheck } from './typecheck.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/generator/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Generates a schema folder in memory; the banner names the folder relative to `FIXTURES`-style parents. */
export async function generateFolder(schemas: string) {
  const result = await generate({ schemas, out: path.join(path.dirname(schemas), 'generated') });
  if (!result.ok) throw new Error(`unexpected problems:\n${result.problems.map(formatProblem).join('\n')}`);
  return result;
}

/** The problems of a schema folder that is expected to be refused, as printed lines. */
export async function problemsOf(schemas: string): Promise<string[]> {
  const result = await generate({ schemas, out: path.join(path.dirname(schemas), 'generated') });
  if (result.ok) throw new Error(`expected ${schemas} to be refused`);
  return result.problems.map(formatProblem);
}

/**
 * Generates a folder of the given schema files into a new scratch folder and type-checks the output
 * as a strict consumer compiles it (test/support/typecheck.ts). Returns the files' text by name,
 * the diagnostics, and the scratch folder, for the caller to remove.
 */
export async function generateAndTypecheck(files: Readonly<Record<string, unknown>>): Promise<{ readonly text: (name: string) => string; readonly diagnostics: string[]; readonly folder: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-compile-'));
  const schemas = path.join(folder, 'schemas');
  await mkdir(schemas);
  for (const [name, schema] of Object.entries(files)) await writeFile(path.join(schemas, name), JSON.stringify(schema));
  const result = await generateFolder(schemas);
  const out = path.join(folder, 'out');
  await mkdir(out);
  for (const file of result.files) await writeFile(path.join(out, file.path), file.text);
  const text = (name: string): string => result.files.find((f) => f.path === name)?.text ?? '';
  return { text, diagnostics: typecheck([path.join(out, 'index.ts')], 'Bundler'), folder };
}
