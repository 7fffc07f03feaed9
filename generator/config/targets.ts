import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../diagnostics.js';
import { didYouMean } from '../hints.js';
import { whyUnreadable } from '../fileErrors.js';
import { packagePath } from '../paths.js';
import { annotationList, annotationRefusal, annotationsRefusal } from '../schema/annotations.js';
import { parseJson } from '../schema/read.js';
import { realTarget, within } from '../output/destination.js';
import { readUtf8 } from '../utf8.js';
import type { ValidationIssue } from './generated/runtime.js';
import type { CallgenConfig, CallgenTargetInput } from './generated/types.js';
import { validateCallgenConfig } from './generated/validators.js';
import { FETCHES_NOTHING, isUrl, urlRefusal } from './urls.js';

/** The file `callgen generate` looks for, from the working directory up. */
export const CONFIG_FILE = 'callgen.config.json';

/** The curated schemas that ship with callgen: the input of a target that names none. */
export const BUNDLED_SCHEMAS = packagePath('schemas');

/**
 * One output folder and its input, paths absolute. Options beyond name, schemas and out (those a
 * target in callgen.config.json may carry, see generator/config/schema/) pass through unchanged, so
 * a new option needs a property in the config schema and a reader in the pipeline, nothing here.
 */
export type Target = Omit<CallgenTargetInput, 'name' | 'schemas' | 'out' | 'annotations'> & {
  readonly name: string;
  readonly schemas: string;
  readonly out: string;
  /** The file's and the target's annotations (and `--annotation`s), sorted, each once; absent when there are none. */
  readonly annotations?: readonly string[];
};

export type ConfigLoad =
  | { readonly ok: true; readonly file: string; readonly targets: readonly Target[] }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

/** `callgen.config.json` in `cwd` or the nearest folder above it; undefined when there is none. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if ((await stat(candidate).catch(() => undefined))?.isFile() === true) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and validates a config file with the validator callgen generated for its own config
 * schema (request mode: an unknown or misspelt option is an error, not silently ignored). Problems
 * carry the file's absolute path and the JSON Pointer of the offending value.
 */
export async function loadConfig(file: string): Promise<ConfigLoad> {
  const problem = (pointer: string, message: string): ConfigLoad => ({ ok: false, file, problems: [{ file, pointer, message }] });
  let text: string;
  try {
    text = await readUtf8(file);
  } catch (error) {
    return problem('', `cannot read the config file: ${whyUnreadable(error, 'file')}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return problem('', `not valid JSON: ${parsed.message}`);
  const result = validateCallgenConfig(parsed.value);
  if (!result.ok) return { ok: false, file, problems: result.errors.map((issue) => ({ file, pointer: issue.path, message: backslash(issue, parsed.value) ?? issue.message + hint(issue) })) };
  const targets = resolveTargets(result.value, path.dirname(file));
  const problems = [...keywordAnnotations(result.value, file), ...urls(result.value, file), ...duplicates(targets, result.value.targets, file)];
  if (problems.length === 0) problems.push(...(await crossedFolders(targets, file)));
  return problems.length > 0 ? { ok: false, file, problems } : { ok: true, file, targets };
}

// The options a config may hold, for "did you mean" hints; `satisfies` keeps the lists complete
// when an option is added to the config schema.
const CONFIG_KEYS = Object.keys({ $schema: 0, annotations: 0, targets: 0 } satisfies Record<keyof CallgenConfig, 0>);
const TARGET_KEYS = Object.keys({ name: 0, schemas: 0, openapi: 0, out: 0, annotations: 0, apiVersion: 0 } satisfies Record<keyof CallgenTargetInput, 0>);

/**
 * A path with a backslash (the config schema's pattern): written on Windows, where it separates
 * folders, it names one file of that name on Linux and macOS, so the config would do something
 * else in CI. Refused on every platform, so that the file means one thing everywhere.
 */
function backslash(issue: ValidationIssue, config: unknown): string | undefined {
  const key = /^\/targets\/(\d+)\/(schemas|openapi|out)$/.exec(issue.path);
  if (issue.keyword !== 'pattern' || key === null) return undefined;
  const targets = (config as { readonly targets: readonly Readonly<Record<string, unknown>>[] }).targets;
  const given = targets[Number(key[1])]?.[key[2] ?? ''];
  if (typeof given !== 'string') return undefined;
  if (/^[a-z]:\\/i.test(given)) return `${JSON.stringify(given)} is a Windows path, which names nothing on Linux and macOS; write the path relative to the config file, with "/" between folders`;
  return `${JSON.stringify(given)} holds a backslash, which separates folders on Windows only (on Linux and macOS it is part of a name); write ${JSON.stringify(given.replaceAll('\\', '/'))}, which works everywhere`;
}

function hint(issue: ValidationIssue): string {
  if (issue.keyword !== 'additionalProperties') return '';
  const tokens = issue.path.split('/');
  const known = tokens.length === 2 ? CONFIG_KEYS : TARGET_KEYS;
  const guess = didYouMean(tokens.at(-1)?.replaceAll('~1', '/').replaceAll('~0', '~') ?? '', known);
  return guess === '' ? `; the options are ${known.join(', ')}` : guess;
}

/** An entry of "annotations" that is a keyword callgen reads (or refuses): ignoring it would drop a rule. */
function keywordAnnotations(config: CallgenConfig, file: string): Problem[] {
  const lists = [{ at: '', keys: config.annotations }, ...config.targets.map((t, i) => ({ at: `/targets/${i}`, keys: t.annotations }))];
  return lists.flatMap(({ at, keys }) =>
    (keys ?? []).flatMap((key, i) => {
      const refusal = annotationRefusal(key);
      return refusal === undefined ? [] : [{ file, pointer: `${at}/annotations/${i}`, message: `${refusal}; remove it from "annotations"` }];
    }),
  );
}

/** A URL as a target's input: resolved as a path, it would name a file that does not exist. */
function urls(config: CallgenConfig, file: string): Problem[] {
  return config.targets.flatMap((target, i) =>
    (['schemas', 'openapi'] as const).flatMap((key) => (isUrl(target[key] ?? '') ? [{ file, pointer: `/targets/${i}/${key}`, message: `a URL: ${FETCHES_NOTHING}` }] : [])),
  );
}

function resolveTargets(config: CallgenConfig, base: string): Target[] {
  return config.targets.map(({ name, schemas, openapi, out, annotations, ...options }) => ({
    ...options,
    ...withAnnotations(annotationList(config.annotations, annotations)),
    name: name ?? out,
    ...input(schemas === undefined ? undefined : path.resolve(base, schemas), openapi === undefined ? undefined : path.resolve(base, openapi)),
    out: path.resolve(base, out),
  }));
}

/** `annotations` only when there are some, so a target without them keeps the input hash it had before they existed. */
function withAnnotations(annotations: readonly string[]): Pick<Target, 'annotations'> {
  return annotations.length === 0 ? {} : { annotations };
}

/** A target reads a schema folder or an OpenAPI document (whose folder stands for `schemas`: problems are named relative to it). */
function input(schemas: string | undefined, openapi: string | undefined): Pick<Target, 'schemas' | 'openapi'> {
  if (openapi !== undefined) return { schemas: path.dirname(openapi), openapi };
  return { schemas: schemas ?? BUNDLED_SCHEMAS };
}

/** Two targets with one name could not be told apart by --target; two with one folder would overwrite each other. */
function duplicates(targets: readonly Target[], configured: CallgenConfig['targets'], file: string): Problem[] {
  const problems: Problem[] = [];
  targets.forEach((target, index) => {
    const earlier = targets.slice(0, index);
    if (target.openapi !== undefined && configured[index]?.schemas !== undefined) {
      problems.push({ file, pointer: `/targets/${index}/openapi`, message: 'a target reads "schemas" or "openapi", not both; remove one' });
    }
    if (earlier.some((t) => t.name === target.name)) {
      problems.push({ file, pointer: `/targets/${index}`, message: `a second target named "${target.name}"; give each target its own name` });
    }
    if (earlier.some((t) => t.out === target.out)) {
      problems.push({ file, pointer: `/targets/${index}/out`, message: 'a second target writes to this folder; give each target its own out' });
    }
  });
  return problems;
}

/**
 * A target writing into (or around) a schema folder, its own or one another target reads: its
 * output would be mixed with schemas there, and its stale files removed from there, whichever
 * target is run. (An --out given on the command line is checked when the target is built.)
 */
async function crossedFolders(targets: readonly Target[], file: string): Promise<Problem[]> {
  const real = await Promise.all(targets.map(async (t) => ({ out: await realTarget(t.out), schemas: t.openapi === undefined ? await realTarget(t.schemas) : undefined })));
  const shown = (folder: string): string => path.relative(path.dirname(file), folder).split(path.sep).join('/') || '.';
  return targets.flatMap((target, index) => {
    const out = real[index]?.out ?? target.out;
    const crosses = ({ schemas }: { readonly schemas: string | undefined }): boolean => schemas !== undefined && (within(out, schemas) || within(schemas, out));
    // Its own schema folder first: the target to name is then the one being read.
    const other = real[index] !== undefined && crosses(real[index]) ? index : real.findIndex(crosses);
    const reader = targets[other];
    const schemas = real[other]?.schemas;
    if (reader === undefined || schemas === undefined) return [];
    const relation = out === schemas ? 'is' : within(out, schemas) ? 'is inside' : 'holds';
    return [{ file, pointer: `/targets/${index}/out`, message: `${shown(target.out)} ${relation} the schema folder ${shown(reader.schemas)}${other === index ? '' : ` of target "${reader.name}"`}; choose an output folder outside it` }];
  });
}

/** What the command line (or an API caller) asks for; paths relative to `cwd`. */
export interface TargetRequest {
  readonly cwd: string;
  /** A config file; when absent, `callgen.config.json` is looked for from `cwd` up (unless `schemas` is given). */
  readonly config?: string | undefined;
  /** Names of the config's targets to run; all when absent or empty. */
  readonly targets?: readonly string[] | undefined;
  /** Overrides every selected target's schemas (with no config: the one target's input). */
  readonly schemas?: string | undefined;
  /** Overrides every selected target's input with an OpenAPI document (with no config: the one target's input). */
  readonly openapi?: string | undefined;
  /** Overrides the selected target's output folder. */
  readonly out?: string | undefined;
  /** Overrides the selected target's API version (`--api-version`). */
  readonly apiVersion?: 'v1.0' | 'beta' | undefined;
  /** Added to every selected target's annotations (`--annotation`). */
  readonly annotations?: readonly string[] | undefined;
}

export type TargetPlan =
  | {
      readonly ok: true;
      readonly config: string | undefined;
      readonly targets: readonly Target[];
      /** Where each target stands in the config file (`/targets/0`), so that a problem with one names it there; absent without a config. */
      readonly pointers?: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly usage: string };

/**
 * The targets one run builds. Naming the input (`schemas`) without a config file describes the one
 * target to build, and no file is looked for; otherwise the config file's targets are taken (all,
 * or those named), and the flags given override their fields. With no config at all, the one
 * target is callgen's curated schemas into `generated`.
 */
export async function planTargets(request: TargetRequest): Promise<TargetPlan> {
  const here = (p: string): string => path.resolve(request.cwd, p);
  if (request.schemas !== undefined && request.openapi !== undefined) return { ok: false, usage: 'give either --schemas or --openapi, not both' };
  const refused = annotationsRefusal(request.annotations);
  if (refused !== undefined) return { ok: false, usage: `--annotation: ${refused}` };
  const url = urlFlag(request);
  if (url !== undefined) return { ok: false, usage: url };
  const named = request.schemas !== undefined || request.openapi !== undefined;
  const file = request.config !== undefined ? here(request.config) : named ? undefined : await findConfig(request.cwd);
  const given = input(request.schemas === undefined ? undefined : here(request.schemas), request.openapi === undefined ? undefined : here(request.openapi));
  if (file === undefined && (request.targets ?? []).length > 0) return { ok: false, usage: noConfigFor(request) };
  if (file === undefined) {
    const out = here(request.out ?? 'generated');
    const version = request.apiVersion === undefined ? {} : { apiVersion: request.apiVersion };
    const annotations = withAnnotations(annotationList(request.annotations));
    return { ok: true, config: undefined, targets: [{ name: path.relative(request.cwd, out) || '.', ...given, out, ...version, ...annotations }] };
  }
  const loaded = await loadConfig(file);
  if (!loaded.ok) return loaded;
  const wanted = request.targets ?? [];
  const unknown = wanted.filter((name) => !loaded.targets.some((t) => t.name === name));
  if (unknown.length > 0) {
    return { ok: false, usage: `no target named ${unknown.map((n) => `"${n}"`).join(', ')} in ${file}; its targets are ${names(loaded.targets)}` };
  }
  const selected = wanted.length === 0 ? loaded.targets : loaded.targets.filter((t) => wanted.includes(t.name));
  const overridden = (['schemas', 'openapi', 'out', 'apiVersion'] as const).filter((flag) => request[flag] !== undefined).map((flag) => FLAGS[flag]);
  if (overridden.length > 0 && selected.length > 1) {
    return { ok: false, usage: `--${overridden.join(' and --')} would apply to ${selected.length} targets (${names(selected)}); choose one with --target` };
  }
  const targets = selected.map(({ openapi, ...t }) => ({
    ...t,
    ...(named ? given : openapi === undefined ? {} : { openapi }),
    ...(request.out === undefined ? {} : { out: here(request.out) }),
    ...(request.apiVersion === undefined ? {} : { apiVersion: request.apiVersion }),
    ...withAnnotations(annotationList(t.annotations, request.annotations)),
  }));
  return { ok: true, config: file, targets, pointers: selected.map((t) => `/targets/${loaded.targets.indexOf(t)}`) };
}

/**
 * `--target` without a config file to pick it from: dropping it would build (or validate against)
 * something the user did not ask for.
 */
function noConfigFor(request: TargetRequest): string {
  const target = `--target ${(request.targets ?? []).join(', ')}`;
  const input = request.schemas !== undefined ? '--schemas' : request.openapi !== undefined ? '--openapi' : undefined;
  if (input !== undefined) return `${target}: a target is picked from a config file, and ${input} without --config reads none; name the file with --config, or leave out --target`;
  return `${target}: no ${CONFIG_FILE} in ${request.cwd} or a folder above it to pick the target from; name one with --config`;
}

function urlFlag(request: TargetRequest): string | undefined {
  const flag = (['schemas', 'openapi'] as const).find((name) => isUrl(request[name] ?? ''));
  return flag === undefined ? undefined : urlRefusal(`--${flag}`, request[flag] ?? '');
}

const FLAGS = { schemas: 'schemas', openapi: 'openapi', out: 'out', apiVersion: 'api-version' } as const;

function names(targets: readonly Target[]): string {
  return targets.map((t) => `"${t.name}"`).join(', ');
}
