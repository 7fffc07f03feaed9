import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../generator/diagnostics.js';
import { generate } from '../../generator/pipeline.js';

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
