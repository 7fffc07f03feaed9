/**
 * callgen's programmatic API: the same functions the CLI runs, returning data instead of printing.
 *
 * ```ts
 * import { generate, writeOutput, check, loadValidators } from 'callgen';
 *
 * const result = await generate({ schemas: 'schemas' });
 * if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
 * const stale = await check('src/generated', result.files); // [] when the folder is current
 * if (stale.length > 0) await writeOutput('src/generated', result.files);
 *
 * const loaded = await loadValidators({ schemas: 'schemas' });
 * if (loaded.ok) loaded.validators['ticket']?.response?.(JSON.parse(text));
 * ```
 *
 * Errors in the user's schemas or config are data (`{ ok: false, problems }`, each problem with a
 * file and a JSON Pointer); a thrown error is a bug in callgen or an unusable file system.
 */
import path from 'node:path';
import { BUNDLED_SCHEMAS } from './config/targets.js';
import type { EmittedFile } from './emit/emit.js';
import type { ApiVersion } from './model/types.js';
import type { OutputDifference } from './output/write.js';
import type { GenerateResult } from './pipeline.js';
import type { LoadedValidators } from './load.js';
import type { ExportResult } from './commands/export.js';

export { BUNDLED_SCHEMAS, CONFIG_FILE, findConfig, loadConfig, planTargets } from './config/targets.js';
export type { ConfigLoad, Target, TargetPlan, TargetRequest } from './config/targets.js';
export { formatProblem, type Problem, type Source } from './diagnostics.js';
export type { EmittedFile } from './emit/emit.js';
export type { Model } from './model/types.js';
export type { OutputDifference } from './output/write.js';
export type { GenerateResult, Timings } from './pipeline.js';
export type { LoadedValidators, ValidatorEntry, ValidatorRegistry } from './load.js';
export type { ValidationIssue, ValidationResult, Validator } from '../generated/runtime.js';
export { buildTargets, type BuiltTarget, type TargetsBuild } from './commands/build.js';
export type { ExportResult } from './commands/export.js';

/** What to generate from: one schema folder (or OpenAPI document), with options. */
export interface ApiGenerateOptions {
  /** Folder of JSON Schemas in callgen's dialect (docs/dialect.md); callgen's curated Graph calling schemas when absent. */
  readonly schemas?: string | undefined;
  /** An OpenAPI 3.0 or 3.1 document (YAML or JSON) to read instead of a schema folder. */
  readonly openapi?: string | undefined;
  /** Only what this Microsoft Graph API version has; every version when absent. */
  readonly apiVersion?: ApiVersion | undefined;
  /** The output folder the files are meant for (`generated` when absent). Nothing is written. */
  readonly out?: string | undefined;
  /** Keys of other tools to ignore wherever a keyword may stand in the schema folder (`markdownDescription`, `x-internal`); a keyword callgen reads is refused. */
  readonly annotations?: readonly string[] | undefined;
}

function pipelineOptions(options: ApiGenerateOptions) {
  return {
    schemas: path.resolve(options.schemas ?? BUNDLED_SCHEMAS),
    out: path.resolve(options.out ?? 'generated'),
    apiVersion: options.apiVersion,
    openapi: options.openapi === undefined ? undefined : path.resolve(options.openapi),
    annotations: options.annotations,
  };
}

/**
 * Generates in memory: `{ ok: true, files, model, notes }`, each file a path relative to the output
 * folder and its text, or `{ ok: false, problems }`. Loads the generator on first use.
 */
export async function generate(options: ApiGenerateOptions = {}): Promise<GenerateResult> {
  const { generate: run } = await import('./pipeline.js');
  return run(pipelineOptions(options));
}

/**
 * A schema folder as one OpenAPI 3.1 document, as `callgen export --openapi` writes it:
 * `{ ok: true, text }` (YAML when `file` ends in .yaml or .yml, else JSON) or `{ ok: false, problems }`
 * when the folder does not generate. Nothing is written.
 */
export async function exportOpenApi(
  options: { readonly schemas?: string | undefined; readonly file?: string | undefined; readonly annotations?: readonly string[] | undefined } = {},
): Promise<ExportResult> {
  const { exportFolder } = await import('./commands/export.js');
  return exportFolder(path.resolve(options.schemas ?? BUNDLED_SCHEMAS), options.file, options.annotations);
}

/**
 * Writes generated files to an output folder as `callgen generate` does (each file replaced whole,
 * the manifest last, stale files of an earlier run removed, files callgen did not write left alone).
 */
export async function writeOutput(out: string, files: readonly EmittedFile[]): Promise<void> {
  const { writeOutput: write } = await import('./output/write.js');
  await write(path.resolve(out), files);
}

/** What `writeOutput` would change in the folder, as `callgen generate --check` reports it; `[]` when it is current. */
export async function check(out: string, files: readonly EmittedFile[]): Promise<OutputDifference[]> {
  const { compareOutput } = await import('./output/write.js');
  return compareOutput(path.resolve(out), files);
}

/**
 * The validators of any schema set, ready to call: `validators` by schema name (each with its
 * `request` and `response` validator), and every export of the generated index.
 */
export async function loadValidators(options: ApiGenerateOptions = {}): Promise<LoadedValidators> {
  const { loadValidators: load } = await import('./load.js');
  return load(pipelineOptions(options));
}
