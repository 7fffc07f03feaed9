import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';

export const OPENAPI_FIXTURES = fileURLToPath(new URL('../fixtures/openapi/', import.meta.url));

/** Generates from an OpenAPI document in memory; the banner names it relative to the output folder's parent. */
export async function generateDocument(document: string) {
  const out = path.join(path.dirname(path.dirname(document)), 'generated');
  return generate({ schemas: path.dirname(document), out, openapi: document });
}

/** The problems of a document (written to a temporary folder with its companions), as printed lines. */
export async function problemsOfDocument(files: Record<string, string>, main = 'openapi.yaml'): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  const result = await generateDocument(path.join(folder, main));
  if (result.ok) throw new Error(`expected ${main} to be refused`);
  return result.problems.map(formatProblem);
}
