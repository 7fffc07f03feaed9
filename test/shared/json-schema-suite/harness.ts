import { readdir, readFile } from 'node:fs/promises';
import { loadSchemas } from '../../support/load.js';

/** One group of the official suite: a schema and cases with the verdict the standard expects. */
export interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly { readonly description: string; readonly data: unknown; readonly valid: boolean }[];
}

/** What callgen made of one group: refused (with its problems), crashed, or each case's verdict. */
export type GroupOutcome =
  | { readonly kind: 'refused'; readonly problems: readonly string[] }
  | { readonly kind: 'crashed'; readonly error: string }
  | { readonly kind: 'generated'; readonly verdicts: readonly { readonly description: string; readonly expected: boolean; readonly actual: boolean | string }[] };

export async function readSuiteFile(file: string): Promise<SuiteGroup[]> {
  return JSON.parse(await readFile(file, 'utf8')) as SuiteGroup[];
}

export async function suiteFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
}

/**
 * Runs a group through `generate` (the whole pipeline, prettier included) as a folder of one file,
 * and each case through the root type's response validator.
 */
export async function runGroup(group: SuiteGroup): Promise<GroupOutcome> {
  let validate;
  try {
    const loaded = await loadSchemas({ 'schema.json': group.schema });
    if (!loaded.ok) return { kind: 'refused', problems: loaded.problems };
    const root = loaded.result.model.types.find((t) => t.source.file === 'schema.json' && t.source.pointer === '');
    validate = root === undefined ? undefined : loaded.validators[root.schemaName]?.response;
    if (validate === undefined) return { kind: 'crashed', error: 'no response validator for the root schema' };
  } catch (error) {
    return { kind: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const check = validate;
  const verdicts = group.tests.map((test) => {
    try {
      return { description: test.description, expected: test.valid, actual: check(test.data).ok };
    } catch (error) {
      return { description: test.description, expected: test.valid, actual: `threw: ${String(error)}` };
    }
  });
  return { kind: 'generated', verdicts };
}
