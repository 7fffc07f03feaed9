import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../diagnostics.js';
import { whyUnreadable } from '../fileErrors.js';
import { extractFile } from '../extract/index.js';
import type { Repair } from '../extract/types.js';
import { readTolerantJson } from '../json/tolerant.js';
import type { Model, NamedType } from '../model/types.js';
import { didYouMean } from '../hints.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { readUtf8 } from '../utf8.js';
import { DEFAULT_IMPORT } from '../snippet/defaults.js';
import { annotationHelp, ANNOTATION_OPTION, checkedAnnotations, display, EXIT_OK, EXIT_USAGE, inFolder, pathOption, UsageError, type Command } from './command.js';
import { BUNDLED_PAGES_DIR, bundledPages } from './extract.js';
import { BUNDLED_SCHEMAS } from './generate.js';

/** A payload as read from a file or a documented example: its value, and what was repaired. */
type Payload =
  | { readonly ok: true; readonly value: unknown; readonly repairs: readonly string[] }
  | { readonly ok: false; readonly message: string };

export const snippetCommand: Command = {
  name: 'snippet',
  usage: 'callgen snippet [--type <name>] [--import <specifier>] [--schemas <dir>] [--annotation <key>]... <file.json | example id>',
  optionHelp: [
    ['--type <name>', 'request type of the payload, by schema or TypeScript name (default: createCallRequest)'],
    ['--import <specifier>', `module the snippet imports the builders from (default: ${DEFAULT_IMPORT})`],
    ['--schemas <dir>', "folder of JSON Schemas the generated code came from (default: callgen's curated Graph call schemas)"],
    annotationHelp(false),
  ],
  options: { type: { type: 'string' }, import: { type: 'string' }, schemas: { type: 'string' }, ...ANNOTATION_OPTION },
  exits: '0 written; 2 a usage error, or a payload or schema folder that cannot be read',
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const [given, ...extra] = positionals;
    if (given === undefined || extra.length > 0) throw new UsageError('name one payload: a .json file or a documented example id (`callgen extract` lists them)');
    const importFrom = stringOption(values['import'], '--import', DEFAULT_IMPORT);
    const typeName = stringOption(values['type'], '--type', 'createCallRequest');
    const schemas = pathOption(values, 'schemas', io.cwd) ?? BUNDLED_SCHEMAS;
    const annotations = checkedAnnotations(values);
    // Loaded here: the model and prettier are only needed once a snippet is asked for.
    const [{ loadModel }, snippets] = await Promise.all([import('../pipeline.js'), import('../snippet/index.js')]);
    const loaded = await loadModel({ schemas, out: path.resolve(io.cwd, 'generated'), annotations });
    if (!loaded.ok) {
      const located = loaded.problems.map((p) => formatProblem(inFolder(io.cwd, schemas)(p)));
      io.err(`${located.join('\n')}\n\n${located.length} problem(s) in ${display(io.cwd, schemas)}; no snippet was written.\n${unknownKeysSummary(loaded.problems)}`);
      return EXIT_USAGE;
    }
    const type = requestType(snippets, loaded.model, typeName);
    const payload = await readPayload(given, io.cwd);
    if (!payload.ok) {
      io.err(`${payload.message}\n`);
      return EXIT_USAGE;
    }
    const result = await snippets.snippet(loaded.model, payload.value, { type, importFrom });
    if (!result.ok) {
      io.err(`${given}#${result.pointer}: ${result.message}\n`);
      return EXIT_USAGE;
    }
    io.out(result.text);
    const notes = [...payload.repairs.map((r) => `${given}: ${r}`), ...result.notes.map((n) => `${given}#${n.pointer}: ${n.message}`)];
    if (notes.length > 0) io.err(`${notes.join('\n')}\n`);
    return EXIT_OK;
  },
};

function stringOption(value: unknown, flag: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

function requestType(snippets: typeof import('../snippet/index.js'), model: Model, name: string): NamedType {
  const type = snippets.requestTypeNamed(model, name);
  if (type !== undefined) return type;
  const known = `snippets build one of: ${snippets.requestTypeNames(model).join(', ')}`;
  const other = model.types.find((t) => t.schemaName === name || t.name === name);
  if (other !== undefined) throw new UsageError(`${other.schemaName} has no request shape (no request body holds it), so there is nothing to build; ${known}`);
  const guess = didYouMean(name, snippets.requestTypeNames(model));
  throw new UsageError(`no request type named "${name}"${guess === '' ? `; ${known}` : guess}`);
}

/** A `.json` name or an existing file is read as a file; anything else is looked up as an example id. */
async function readPayload(given: string, cwd: string): Promise<Payload> {
  const file = path.resolve(cwd, given);
  if (given.endsWith('.json') || existsSync(file)) return readPayloadFile(given, file);
  if (!existsSync(BUNDLED_PAGES_DIR)) {
    return { ok: false, message: `${given}: no such file; example ids name payloads of the bundled "Create call" pages, which ship with callgen's repository, not its package: save the payload as a .json file and name that` };
  }
  for (const page of bundledPages()) {
    const found = (await extractFile(page, display(cwd, page))).find((p) => p.id === given);
    if (found === undefined) continue;
    const pageLine = (line: number): number => found.lines.start + line - 1;
    if (!found.parsed.ok) {
      const { message, line, column } = found.parsed.error;
      return { ok: false, message: `${given}: not JSON: ${message} at line ${pageLine(line)}, column ${column} of ${found.file}` };
    }
    return { ok: true, value: found.parsed.value, repairs: found.parsed.repairs.map((r) => describeRepair({ ...r, line: pageLine(r.line) }, found.file)) };
  }
  return { ok: false, message: `${given}: no such file, and no documented example has this id (\`callgen extract\` lists them)` };
}

async function readPayloadFile(given: string, file: string): Promise<Payload> {
  let text: string;
  try {
    text = await readUtf8(file);
  } catch (error) {
    return { ok: false, message: `${given}: cannot read: ${whyUnreadable(error, 'file')}` };
  }
  const parsed = readTolerantJson(text);
  if (!parsed.ok) return { ok: false, message: `${given}: not JSON: ${parsed.error.message} at line ${parsed.error.line}, column ${parsed.error.column}` };
  return { ok: true, value: parsed.value, repairs: parsed.repairs.map((r) => describeRepair(r)) };
}

function describeRepair(repair: Repair, page?: string): string {
  return `repaired line ${repair.line}, column ${repair.column}${page === undefined ? '' : ` of ${page}`}: ${repair.what}`;
}
