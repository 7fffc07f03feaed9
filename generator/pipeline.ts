import { statSync } from 'node:fs';
import path from 'node:path';
import { sortProblems, type Problem } from './diagnostics.js';
import { whyUnreadable } from './fileErrors.js';
import { emitAll, type EmittedFile } from './emit/emit.js';
import { formatFiles, PrettierConfigError } from './emit/format.js';
import { buildModel } from './model/build.js';
import type { ApiVersion, Model } from './model/types.js';
import { selectVersion } from './model/versions.js';
import { checkKeywords } from './schema/keywords.js';
import type { OpenApiRead } from './openapi/read.js';
import { readSchemaFolder } from './schema/read.js';
import { resolveRefs } from './schema/resolve.js';

export interface GenerateOptions {
  readonly schemas: string;
  readonly out: string;
  /** Only what this API version has; undefined: every version, each marked in the doc comments. */
  readonly apiVersion?: ApiVersion | undefined;
  /** An OpenAPI 3.0 or 3.1 document (YAML or JSON) to read instead of the schema folder. */
  readonly openapi?: string | undefined;
  /** Format with prettier and the user's prettier config instead of callgen's own layout (emit/format.ts). */
  readonly prettier?: boolean | undefined;
  /** Keys of other tools to ignore wherever a keyword may stand in the schema folder (docs/dialect.md, "Annotations of other tools"). */
  readonly annotations?: readonly string[] | undefined;
}

export type GenerateResult =
  | { readonly ok: true; readonly model: Model; readonly files: readonly EmittedFile[]; readonly notes: readonly Problem[]; readonly timings: Timings }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly timings: Timings };

/** Milliseconds per stage, for `--timings` and the benchmark. */
export type Timings = Readonly<Record<'read' | 'resolve' | 'model' | 'emit' | 'format', number>>;

/**
 * The whole generator as one readable pipeline, in memory: read → resolve `$ref`s → check
 * keywords → build the model → emit → format. Writing is the caller's, so `--check` shares it all.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings = { read: 0, resolve: 0, model: 0, emit: 0, format: 0 };
  const time = async <T>(stage: keyof Timings, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[stage] += performance.now() - start;
    return result;
  };
  const loaded = await loadModel(options, time);
  if (!loaded.ok) return { ...loaded, timings };
  const { model, notes } = loaded;
  const emitted = await time('emit', () => emitAll(model));
  try {
    const files = await time('format', () => formatFiles(emitted, { prettier: options.prettier, out: options.out }));
    return { ok: true, model, files, notes, timings };
  } catch (error) {
    if (!(error instanceof PrettierConfigError)) throw error;
    return { ok: false, problems: [{ file: error.file, pointer: '', message: error.message }], timings };
  }
}

type Timer = <T>(stage: keyof Timings, work: () => T | Promise<T>) => Promise<T>;

/**
 * The stages up to the model: read → resolve `$ref`s → check keywords → build the model → select
 * the API version, when one is asked for. Shared by
 * `generate` and by the commands that need the model itself (`snippet`).
 */
export async function loadModel(
  options: GenerateOptions,
  time: Timer = async (_stage, work) => work(),
): Promise<{ readonly ok: true; readonly model: Model; readonly notes: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] }> {
  const read = await time('read', () => readInput(options));
  const { resolved, problems: refProblems } = await time('resolve', () => resolveRefs(read.folder, read.documents));
  const keywordProblems = checkKeywords(resolved);
  const { model, problems: modelProblems, notes: modelNotes } = await time('model', () => buildModel(resolved, bannerPath(options)));
  const selected = options.apiVersion === undefined ? { model, problems: [] } : selectVersion(model, options.apiVersion);
  const later = [...refProblems, ...keywordProblems, ...modelProblems, ...selected.problems].map(read.locate);
  // A document written for other tools is held to JSON Schema's meaning, not to the dialect's guards for authors.
  const eased = options.openapi === undefined ? [] : later.filter((p) => p.otherwise !== undefined);
  const problems = [...read.problems, ...later.filter((p) => !eased.includes(p))];
  const notes = [...read.notes, ...modelNotes.map(read.locate), ...eased.map((p) => ({ file: p.file, pointer: p.pointer, message: p.otherwise ?? p.message }))];
  return problems.length > 0 ? { ok: false, problems: dedupe(sortProblems(problems)) } : { ok: true, model: selected.model, notes: sortProblems(notes) };
}

/**
 * The first stage: a folder of schema files, or an OpenAPI document read into the same schema
 * documents. `locate` places a later stage's problem in the file the user wrote.
 */
async function readInput(options: GenerateOptions): Promise<OpenApiRead> {
  // The OpenAPI reader (and its YAML parser) loads only for an OpenAPI document.
  if (options.openapi !== undefined) {
    const missing = notADocument(options.openapi);
    if (missing !== undefined) return missing;
    const read = (await import('./openapi/read.js')).readOpenApi(options.openapi);
    // It leaves other tools' keys out already; those declared as annotations go without a note.
    const declared = new Set(options.annotations);
    return { ...read, notes: read.notes.filter((note) => note.unknownKey === undefined || !declared.has(note.unknownKey)) };
  }
  const read = await readSchemaFolder(options.schemas, options.annotations);
  return { ...read, folder: options.schemas };
}

/**
 * An OpenAPI document that is not there, or is a folder (a schema folder given to `--openapi`), as
 * the one problem the reading would give, in words; undefined when there is a file to read.
 */
function notADocument(file: string): OpenApiRead | undefined {
  const absolute = path.resolve(file);
  let message: string;
  try {
    if (!statSync(absolute).isDirectory()) return undefined;
    message = 'it is a folder, where an OpenAPI document (one YAML or JSON file) was expected; a folder of JSON Schemas is read with --schemas ("schemas" in a config target)';
  } catch (error) {
    message = whyUnreadable(error, 'file');
  }
  const problems = [{ file: path.basename(absolute), pointer: '', message: `cannot read the file: ${message}` }];
  return { documents: [], problems, notes: [], folder: path.dirname(absolute), locate: (problem) => problem };
}

/** The schema folder (or OpenAPI document) as the model records it: relative to the output folder's parent, never absolute (no output names it). */
function bannerPath(options: GenerateOptions): string {
  const input = path.resolve(options.openapi ?? options.schemas);
  const relative = path.relative(path.dirname(path.resolve(options.out)), input).split(path.sep).join('/');
  return options.openapi !== undefined ? relative : `${relative === '' ? '.' : relative}/`;
}

function dedupe(problems: readonly Problem[]): Problem[] {
  return problems.filter((p, i) => i === 0 || JSON.stringify(p) !== JSON.stringify(problems[i - 1]));
}
