import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { formatProblem } from '../../../generator/diagnostics.js';
import { generate } from '../../../generator/pipeline.js';

/** One group of the official suite: a schema and cases with the verdict the standard expects. */
export interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly { readonly description: string; readonly data: unknown; readonly valid: boolean }[];
}

/** What callgen made of one group: refused (with its problems), or each case's verdict. */
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

type Validate = (value: unknown) => { readonly ok: boolean };

/**
 * Runs groups through `generate` (the whole pipeline, prettier included) in a scratch folder of
 * their own; the validators module is transpiled by TypeScript (types erased, nothing checked:
 * the compile tests do that) and imported, and each case goes through the root type's response
 * validator.
 */
export class SuiteRunner {
  #scratch: string | undefined;
  #runtime: string | undefined;
  #count = 0;

  async run(group: SuiteGroup): Promise<GroupOutcome> {
    const scratch = (this.#scratch ??= await mkdtemp(path.join(tmpdir(), 'callgen-suite-')));
    const folder = path.join(scratch, `group-${++this.#count}`);
    await mkdir(path.join(folder, 'schemas'), { recursive: true });
    await writeFile(path.join(folder, 'schemas', 'schema.json'), JSON.stringify(group.schema));
    let validate: Validate;
    try {
      const result = await generate({ schemas: path.join(folder, 'schemas'), out: path.join(folder, 'generated') });
      if (!result.ok) return { kind: 'refused', problems: result.problems.map(formatProblem) };
      const root = result.model.types.find((t) => t.source.file === 'schema.json' && t.source.pointer === '');
      if (root === undefined) return { kind: 'crashed', error: 'no type for the root schema' };
      const validators = result.files.find((f) => f.path === 'validators.ts');
      const runtime = result.files.find((f) => f.path === 'runtime.ts');
      if (validators === undefined || runtime === undefined) return { kind: 'crashed', error: 'no validators.ts or runtime.ts' };
      const runtimeUrl = (this.#runtime ??= await this.#writeModule(path.join(scratch, 'runtime.mjs'), runtime.text));
      const moduleText = validators.text.replace("from './runtime.js'", `from ${JSON.stringify(runtimeUrl)}`);
      const url = await this.#writeModule(path.join(folder, 'validators.mjs'), moduleText);
      const module = (await import(url)) as { validatorsBySchemaName: Record<string, { response: Validate | undefined }> };
      const found = module.validatorsBySchemaName[root.schemaName]?.response;
      if (found === undefined) return { kind: 'crashed', error: `no response validator for ${root.schemaName}` };
      validate = found;
    } catch (error) {
      return { kind: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    const verdicts = group.tests.map((test) => {
      try {
        return { description: test.description, expected: test.valid, actual: validate(test.data).ok };
      } catch (error) {
        return { description: test.description, expected: test.valid, actual: `threw: ${String(error)}` };
      }
    });
    return { kind: 'generated', verdicts };
  }

  async #writeModule(file: string, source: string): Promise<string> {
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    await writeFile(file, outputText);
    return pathToFileURL(file).href;
  }

  async dispose(): Promise<void> {
    if (this.#scratch !== undefined) await rm(this.#scratch, { recursive: true, force: true });
  }
}
